"""A tour of every window and dialog, and a check for texts that do not fit their widgets.

Used by tests/test_i18n_layout.py and scripts/screenshots_i18n.py.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStyle,
    QTabBar,
    QToolBar,
    QWidget,
)

SLACK = 1  # pixels of rounding a text may overflow without a visible cut


def shown_text(text: str) -> str:
    """What the user reads: accelerator marks removed (``&&`` stays one ``&``)."""
    return re.sub(r"&(.)", r"\1", text)


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    rect = label.contentsRect()
    margin = 2 * label.margin() + (max(label.indent(), 0) if label.indent() > 0 else 0)
    available = rect.width() - margin
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height, has {label.height()}px"
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        needed = doc.idealWidth()
    else:
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in shown_text(text).split("\n"))
    if needed > available + SLACK:
        return f"needs {needed:.0f}px of width, has {available}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    # the size hint is the text's horizontalAdvance plus the icon, indicator and margins
    needed = button.sizeHint().width()
    if button.width() + SLACK < needed:
        return f"needs {needed}px of width, has {button.width()}px"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    needed = box.fontMetrics().horizontalAdvance(shown_text(box.title())) + 16  # frame and title margins
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    if box.width() + SLACK < needed:
        return f"title needs {needed}px of width, has {box.width()}px"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = shown_text(bar.tabText(i))
        needed = bar.fontMetrics().horizontalAdvance(text)
        if not bar.tabIcon(i).isNull():
            needed += bar.iconSize().width() + 4
        rect = bar.tabRect(i)
        if not bar.rect().contains(rect):
            found.append(f"tab {text!r} lies outside the tab bar (hidden behind scroll buttons)")
        elif rect.width() < needed + 8:
            found.append(f"tab {text!r} needs {needed + 8}px, has {rect.width()}px")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n")) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(section) + SLACK < needed:
            found.append(f"column {text!r} needs {needed}px, has {header.sectionSize(section)}px")
    return found


def cut_texts(top: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every visible text of ``top`` that does not fit its widget, as readable lines."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget in skip or widget.width() <= 0:
            continue
        where = f"{type(widget).__name__} {_name(widget)!r}"
        problem = None
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problem = _label_problem(widget)
            where += f" {widget.text()[:60]!r}"
        elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(
                widget.parentWidget(), QTabBar):
            problem = _button_problem(widget)
            where += f" {widget.text()[:60]!r}"
        elif isinstance(widget, QGroupBox) and widget.title():
            problem = _group_problem(widget)
            where += f" {widget.title()[:60]!r}"
        elif isinstance(widget, QTabBar):
            found += [f"{where}: {p}" for p in _tab_problems(widget)]
        elif isinstance(widget, QHeaderView):
            found += [f"{where}: {p}" for p in _header_problems(widget)]
        elif isinstance(widget, QToolBar):
            hidden = [shown_text(a.text()) for a in widget.actions()
                      if not a.isSeparator() and a.isVisible() and widget.widgetForAction(a) is not None
                      and not widget.widgetForAction(a).isVisible()]
            if hidden:
                problem = f"actions pushed into the overflow menu: {hidden}"
        if problem:
            found.append(f"{where}: {problem}")
    return found


def duplicate_accelerators(top: QWidget) -> list[str]:
    """Accelerator letters used twice among the visible widgets of a window (and its menu bar)."""
    owners = defaultdict(list)
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts = []
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = accelerator(text)
            if key:
                owners[key].append(shown_text(text))
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            key = accelerator(action.text())
            if key:
                owners[key].append(shown_text(action.text()))
    return [f"&{key}: {sorted(set(texts))}" for key, texts in sorted(owners.items()) if len(texts) > 1]


def menu_duplicate_accelerators(window: QMainWindow) -> list[str]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        owners = defaultdict(list)
        for action in menu.actions():
            key = accelerator(action.text())
            if key and not action.isSeparator():
                owners[key].append(shown_text(action.text()))
        found += [f"menu {shown_text(top.text())!r} &{k}: {v}" for k, v in sorted(owners.items()) if len(v) > 1]
    return found


def settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def tour(app: QApplication, data_dir, *, previews: bool = True):
    """Open every window and dialog in turn; yields (screen name, top-level widget) while shown.

    The caller looks at the widget before asking for the next one; each is closed afterwards.
    """
    from claimdesk.services.workspace import OutageFilter, Workspace, now_utc
    from claimdesk.ui.company_wizard import CompanyWizard
    from claimdesk.ui.crash import crash_box
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.outage_dialogs import OutageEditor, ServiceBackDialog, StartOutageDialog
    from claimdesk.ui.settings_dialog import SettingsDialog
    from claimdesk.ui.workers import wait_for_all

    def show(widget):
        widget.show()
        settle(app)
        return widget

    wizard = CompanyWizard(data_dir)
    for page_id in wizard.pageIds():
        one = CompanyWizard(data_dir)
        one.setStartId(page_id)
        yield f"company-assistant-{page_id + 1}", show(one)
        one.close()
        one.deleteLater()
    wizard.deleteLater()

    ws = Workspace.create_demo(data_dir / "demo")
    contract_id = ws.contracts()[0].id
    start = now_utc() - timedelta(days=9, hours=3)
    ws.file.add_outage(contract_id, "phone", start, start + timedelta(hours=2, minutes=40), "TKT-55120",
                       "No dial tone on both lines.")
    ws.start_outage("internet", at=now_utc() - timedelta(minutes=42))
    window = MainWindow(ws, ui_language=_language(app), data_dir=data_dir)
    window.show()
    settle(app)
    rows = window.model.rowCount()
    window.table.selectRow(rows - 1)
    window.estimate.extras.edits["extra_costs"].setText("85.00")
    window.update_estimate()
    settle(app)
    yield "main-window-journal", window

    for name, dialog in (("outage-started-now", lambda: StartOutageDialog(ws, window.formats, window)),
                         ("service-is-back", lambda: ServiceBackDialog(ws, window.formats, ws.running_outages(),
                                                                       window)),
                         ("outage-editor", lambda: OutageEditor(ws, window.formats,
                                                                ws.outage_page(OutageFilter(), rows - 1, 1)[0],
                                                                window)),
                         ("outage-editor-new", lambda: OutageEditor(ws, window.formats, None, window))):
        dlg = show(dialog())
        yield name, dlg
        dlg.close()
        dlg.deleteLater()

    settings = show(SettingsDialog(ws, window))
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        settle(app)
        yield f"settings-{i + 1}", settings
    settings.close()
    settings.deleteLater()

    from claimdesk.ui.claim_wizard import ClaimWizard

    record = ws.outage_page(OutageFilter(), rows - 1, 1)[0]
    claim = show(ClaimWizard(ws, window.formats, [record.id], window, folder=data_dir))
    page = 1
    while True:
        if claim.currentPage() is getattr(claim, "preview", None):
            if not previews:
                break
            for _ in range(300):
                wait_for_all(100)
                app.processEvents()
                if claim.preview.rendered is not None:
                    break
            for _ in range(20):  # QPdfView paints its pages asynchronously
                app.processEvents()
                time.sleep(0.02)
        yield f"claim-wizard-{page}", claim
        if claim.nextId() == -1:
            break
        claim.next()
        settle(app)
        page += 1
    claim.reject()
    wait_for_all(10000)
    claim.deleteLater()

    window.refresh_all()
    window.tabs.setCurrentIndex(1)
    settle(app)
    yield "main-window-claims", window

    try:
        raise RuntimeError("an example of an unexpected failure")
    except RuntimeError:
        box = crash_box(*sys.exc_info(), data_dir / "logs" / "claimdesk.log")
    show(box)
    yield "crash-dialog", box
    box.close()
    box.deleteLater()

    wait_for_all(10000)
    settle(app)
    window.close()
    window.deleteLater()
    settle(app)


def _language(app) -> str:
    from claimdesk.i18n.qt import current_language

    language = current_language(app)
    return "en" if language == "pseudo" else language
