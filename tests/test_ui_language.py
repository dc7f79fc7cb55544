"""Live translation of the interface: every text goes through a catalog under the context lupdate
records, and changes at once when the language changes (no restart)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMenu, QTabWidget

from claimdesk.services.workspace import OutageFilter
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROOT = Path(__file__).resolve().parent.parent
MARK = "⟦"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


@pytest.fixture(scope="module")
def pseudo_catalog(tmp_path_factory) -> Path:
    """Every string lupdate finds in claimdesk/, "translated" as ⟦text⟧, compiled to a .qm."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "pseudo.ts"
    files = sorted(str(p) for p in (ROOT / "claimdesk").rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run([_tool("lupdate"), *files, "-target-language", "en", "-ts", str(ts)], check=True,
                   capture_output=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", "en")
    for context in tree.getroot().iter("context"):
        assert context.findtext("name"), "a string with no context cannot be found at run time"
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in translation.findall("numerusform"):
                    form.text = MARK + source + "⟧"
            else:
                translation.text = MARK + source + "⟧"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def pseudo(qapp, pseudo_catalog):
    translator = QTranslator()
    assert translator.load(str(pseudo_catalog))
    yield translator
    qapp.removeTranslator(translator)
    QCoreApplication.processEvents()


def visible_texts(root) -> list[tuple[str, str]]:
    """(where, text) of what the user reads: labels, buttons, actions, menus, tabs, combo items,
    table headers; data the user typed (company name, file path, providers, numbers) is left out."""
    out = []
    for w in root.findChildren(QLabel):
        out.append((w.objectName() or type(w).__name__, w.text()))
    for w in root.findChildren(QAbstractButton):
        out.append((type(w).__name__, w.text()))
    for a in root.findChildren(QAction):
        out.append(("action " + a.objectName(), a.text()))
    for m in root.findChildren(QMenu):
        out.append(("menu", m.title()))
    for t in root.findChildren(QTabWidget):
        out += [("tab", t.tabText(i)) for i in range(t.count())]
    for c in root.findChildren(QComboBox):
        out += [("combo " + c.accessibleName(), c.itemText(i)) for i in range(c.count())]
    return out


# Standard buttons are translated by Qt's own catalog (qtbase_xx.qm), not by ClaimDesk's.
QT_OWN = {"OK", "Cancel", "Save", "&OK", "&Cancel", "&Save", "< &Back", "&Next >", "&Finish", "&Commit", "Commit",
          "Finish", "Help", "&Help", "Done", "Continue", "Go Back", "&Back", "&Next", "Next"}


def untranslated(pairs, dynamic=()) -> list[tuple[str, str]]:
    def is_text(t: str) -> bool:
        return sum(ch.isalpha() for ch in t) > 1 and t not in dynamic and t not in QT_OWN and "/" not in t
    return [(where, t) for where, t in pairs if is_text(t) and MARK not in t]


def test_every_text_of_the_main_window_changes_with_the_catalog(qtbot, qapp, ws, pseudo):
    ws.start_outage("internet")
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    w.table.selectRow(1)
    w.update_estimate()
    assert untranslated(visible_texts(w)) != []  # English before
    qapp.installTranslator(pseudo)  # Qt sends LanguageChange to every widget: no restart
    qtbot.waitUntil(lambda: MARK in w.switch_button.text())
    dynamic = {ws.company().name, *ws.providers(), "TKT-2019-081734"}
    left = untranslated(visible_texts(w), dynamic)
    assert left == [], "\n".join(map(repr, left))
    assert MARK in w.model.headerData(0, Qt.Orientation.Horizontal)
    assert MARK in w.claims.model.headerData(0, Qt.Orientation.Horizontal)
    assert MARK in w.model.index(0, 0).data()  # service names in the journal
    assert MARK in w.windowTitle() and MARK in w.summary_label.text() and MARK in w.banner_label.text()
    assert MARK in w.act_start.toolTip() and MARK in w.act_start.statusTip()
    assert MARK in w.table.accessibleName() and MARK in w.f_service.accessibleName()
    assert MARK in w.estimate.view.headline.text()
    assert all(MARK in label.text() for label in w.estimate.view.formula_labels.values())
    # and back to English when the catalog goes
    qapp.removeTranslator(pseudo)
    qtbot.waitUntil(lambda: MARK not in w.switch_button.text())
    assert w.switch_button.text() == "Switch company…"


@pytest.mark.parametrize("opener", ["start", "back", "editor", "settings", "company_wizard", "claim_wizard"])
def test_every_dialog_retranslates_live(qtbot, qapp, ws, pseudo, opener):
    from claimdesk.ui.company_wizard import CompanyWizard
    from claimdesk.ui.outage_dialogs import OutageEditor, ServiceBackDialog, StartOutageDialog
    from claimdesk.ui.settings_dialog import SettingsDialog

    w = MainWindow(ws)
    qtbot.addWidget(w)
    ws.start_outage("phone")
    rec = ws.outage_page(OutageFilter(), 1, 1)[0]
    if opener == "start":
        dlg = StartOutageDialog(ws, w.formats, w)
    elif opener == "back":
        dlg = ServiceBackDialog(ws, w.formats, ws.running_outages(), w)
    elif opener == "editor":
        dlg = OutageEditor(ws, w.formats, rec, w)
    elif opener == "settings":
        dlg = SettingsDialog(ws, w)
    elif opener == "company_wizard":
        dlg = CompanyWizard(None, w)
    else:
        from claimdesk.ui.claim_wizard import ClaimWizard

        dlg = ClaimWizard(ws, w.formats, [rec.id], w)
    qtbot.addWidget(dlg)
    dlg.show()
    qapp.installTranslator(pseudo)
    qtbot.waitUntil(lambda: MARK in dlg.windowTitle())
    dynamic = {ws.company().name, *ws.providers(), *(d for d in ("English", "Français", "Deutsch", "Nederlands",
                                                                 "Italiano")), ws.company().timezone}
    for page_id in (dlg.pageIds() if hasattr(dlg, "pageIds") else [None]):
        root = dlg.page(page_id) if page_id is not None else dlg
        if page_id is not None:
            assert MARK in root.title(), page_id
        bad = untranslated(visible_texts(root), dynamic)
        bad = [(where, t) for where, t in bad if not _is_data(t, ws)]
        assert bad == [], f"{opener} page {page_id}: " + "\n".join(map(repr, bad))


def _is_data(text: str, ws) -> bool:
    """Zones, provider and contract names, typed company data and opening hours shown in fields."""
    c = ws.company()
    values = {c.name, c.signatory.name, c.signatory.title, c.currency, *c.address, *(ch.name for ch in c.channels)}
    for rec in ws.contracts():
        values |= {rec.contract.provider, f"{rec.contract.provider} — {rec.contract.contract_reference}",
                   f"{rec.contract.provider} — {rec.contract.contract_reference or rec.contract.customer_number}"}
    return text in values or "/" in text


def test_the_language_chosen_in_settings_applies_at_once_and_is_kept(qtbot, qapp, ws, tmp_path):
    from claimdesk.ui.language import current_language, saved_choice
    from claimdesk.ui.settings_dialog import SettingsDialog

    data = tmp_path / "d"
    w = MainWindow(ws, data_dir=data)
    qtbot.addWidget(w)
    w.show()
    w.table.selectRow(0)
    w.update_estimate()
    assert w.estimate.view.value_labels["total_claimed"].text() == "$2,094.11"
    dlg = SettingsDialog(ws, w, data_dir=data)
    qtbot.addWidget(dlg)
    tab = dlg.interface_tab
    assert [tab.language.itemData(i) for i in range(tab.language.count())] == ["system", "en", "fr", "de", "nl", "it"]
    tab.language.setCurrentIndex(tab.language.findData("fr"))
    tab.language.activated.emit(tab.language.currentIndex())
    try:
        assert current_language() == "fr" and saved_choice(data) == "fr"
        # amounts follow the interface language at once (fr + CA → fr_CA), without a restart
        qtbot.waitUntil(lambda: w.formats.language == "fr")
        qtbot.waitUntil(lambda: w.estimate.view.value_labels["total_claimed"].text() == "2\u00a0094,11\u00a0$")
    finally:
        from claimdesk.ui.language import apply_language

        apply_language("en")
        QApplication.processEvents()
    qtbot.waitUntil(lambda: w.formats.language == "en")
