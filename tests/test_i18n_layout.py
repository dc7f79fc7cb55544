"""Every window and dialog in every interface language (and the 40 %-longer pseudo-language):
no text cut off, accelerators unique; live language switching; amounts in the user's conventions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from claimdesk.i18n.qt import current_language, set_language
from tests.i18n_helpers import (
    cut_texts,
    duplicate_accelerators,
    menu_duplicate_accelerators,
    settle,
    tour,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LANGUAGES = ("en", "fr", "de", "nl", "it", "pseudo")


@pytest.fixture
def language(qapp):
    """Switch the interface language for one test; English again afterwards."""
    def switch(lang):
        set_language(qapp, lang)
        settle(qapp)
        return lang

    yield switch
    set_language(qapp, "en")
    settle(qapp)


def skip_data_labels(widget):
    """Labels that show the user's data (a file path, a company name) rather than translated text."""
    return tuple(w for w in (getattr(widget, "file_label", None), getattr(widget, "company_label", None)) if w)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_cut_off(qtbot, tmp_path, language, lang):
    app = QApplication.instance()
    language(lang)
    cut, seen = [], []
    for screen, widget in tour(app, tmp_path):
        seen.append(screen)
        cut += [f"{lang} {screen}: {line}" for line in cut_texts(widget, skip_data_labels(widget))]
    assert {"main-window-journal", "main-window-claims", "crash-dialog", "settings-1", "outage-editor",
            "company-assistant-1", "claim-wizard-1"} <= set(seen)
    assert not cut, f"{len(cut)} text(s) cut off:\n" + "\n".join(cut)


@pytest.mark.parametrize("lang", LANGUAGES[:-1])
def test_accelerators_are_unique_in_each_menu_and_dialog(qtbot, tmp_path, language, lang):
    app = QApplication.instance()
    language(lang)
    clashes = []
    for screen, widget in tour(app, tmp_path, previews=False):
        clashes += [f"{lang} {screen}: {line}" for line in duplicate_accelerators(widget)]
        if screen == "main-window-journal":
            clashes += [f"{lang}: {line}" for line in menu_duplicate_accelerators(widget)]
    assert not clashes, "\n".join(clashes)


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_retranslates_an_open_window(qtbot, language):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.main_window import MainWindow

    ws = Workspace.create_demo(QCoreApplication.applicationDirPath() and None or _tmp(qtbot))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert menu_titles(window)[0] == "&File"
    english_tabs = window.tabs.tabText(0)
    language("fr")
    assert current_language() == "fr"
    assert menu_titles(window)[0] == QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert window.tabs.tabText(0) != english_tabs
    language("de")
    assert menu_titles(window)[0] == "&Datei"
    language("en")
    assert menu_titles(window)[0] == "&File" and window.tabs.tabText(0) == english_tabs
    ws.close()


def _tmp(qtbot):
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix="claimdesk-i18n-"))


def shown_total(window) -> str:
    return window.estimate.view.value_labels["total_claimed"].text()


@pytest.mark.parametrize("lang", ("fr", "de", "nl", "it", "en"))
def test_amounts_follow_the_interface_language_and_the_company_country(qtbot, tmp_path, language, lang):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.main_window import MainWindow

    language(lang)
    ws = Workspace.create_demo(tmp_path / "data")
    window = MainWindow(ws, ui_language=lang)
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    window.update_estimate()
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    total = Decimal(window.estimate.view.amounts["total_claimed"])
    company = ws.company()
    expected = format_currency(total, company.currency, locale=f"{lang}_{company.country}").replace("\u202f", "\u00a0")
    assert shown_total(window) == expected
    ws.close()


def test_amounts_change_convention_when_the_language_changes_at_runtime(qtbot, tmp_path, language):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.main_window import MainWindow

    ws = Workspace.create_demo(tmp_path / "data")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    window.update_estimate()
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    total = Decimal(window.estimate.view.amounts["total_claimed"])
    company = ws.company()
    language("fr")
    expected = format_currency(total, company.currency, locale=f"fr_{company.country}").replace("\u202f", "\u00a0")
    qtbot.waitUntil(lambda: shown_total(window) == expected, timeout=3000)
    ws.close()
