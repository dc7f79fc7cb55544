"""Every window and dialog in every interface language (and the 40 %-longer pseudo-language):
no text cut off, accelerators unique; live language switching; amounts in the user's conventions."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from babel import Locale, UnknownLocaleError
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
    # with the preview rendered, so that the wizard reaches its last page (folder, file name, browse)
    for screen, widget in tour(app, tmp_path):
        clashes += [f"{lang} {screen}: {line}" for line in duplicate_accelerators(widget)]
        if screen == "main-window-journal":
            clashes += [f"{lang}: {line}" for line in menu_duplicate_accelerators(widget)]
    assert not clashes, "\n".join(clashes)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """A main window on the demo company, closed (with its company file) after the test."""
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.workers import wait_for_all

    windows = []

    def make(ui_language="en"):
        ws = Workspace.create_demo(tmp_path / f"data-{len(windows)}")
        window = MainWindow(ws, ui_language=ui_language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    wait_for_all(10000)
    for window in windows:
        window.close()


def test_english_counts_read_one_outage_and_three_outages(open_window, language):
    """English has its own plural forms: no "outage(s)" for the shop owner."""
    from claimdesk.services.workspace import OutageFilter, now_utc

    language("en")
    window = open_window()
    records = window.ws.outage_page(OutageFilter(), 0, 1000)
    for record in records[1:]:
        window.ws.delete_outage(record.id)
    window.refresh_all()
    assert window.count_label.text() == "1 outage"
    for hours in (5, 3):
        window.ws.start_outage("internet", at=now_utc() - timedelta(hours=hours))
    window.refresh_all()
    assert window.count_label.text() == "3 outages"
    assert "(s)" not in window.summary_label.text()


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_retranslates_an_open_window(open_window, language):
    window = open_window()
    assert menu_titles(window)[0] == "&File"
    english_tab = window.tabs.tabText(0)
    language("fr")
    assert current_language() == "fr"
    assert menu_titles(window)[0] == QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert window.tabs.tabText(0) != english_tab
    language("de")
    assert menu_titles(window)[0] == "&Datei"
    language("en")
    assert menu_titles(window)[0] == "&File" and window.tabs.tabText(0) == english_tab


def shown_total(window) -> str:
    return window.estimate.view.value_labels["total_claimed"].text()


def expected_money(window, amount: Decimal, lang: str) -> str:
    company = window.ws.company()
    locale = f"{lang}_{company.country}"
    try:
        Locale.parse(locale)
    except UnknownLocaleError:  # German in Canada: babel has no de_CA, German conventions apply
        locale = lang
    return format_currency(amount, company.currency, locale=locale).replace("\u202f", "\u00a0")


def estimate_first_outage(qtbot, window) -> Decimal:
    window.table.selectRow(0)
    window.update_estimate()
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    return Decimal(window.estimate.view.amounts["total_claimed"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_total_to_claim_is_in_sight_at_the_default_window_size(qtbot, open_window, language, lang):
    """The figure the shop owner is after never scrolls out of view, however long the names."""
    language(lang)
    window = open_window("en" if lang == "pseudo" else lang)
    estimate_first_outage(qtbot, window)
    settle(QApplication.instance())
    view = window.estimate.view
    for label in (view.name_labels["total_claimed"], view.value_labels["total_claimed"]):
        assert label.isVisible()
        shown = label.visibleRegion().boundingRect()
        assert shown == label.rect(), f"{label.text()!r} shows only {shown} of {label.rect()}"
    # and the figures above it do scroll rather than push it away: the panel fits the window
    assert window.estimate.geometry().bottom() <= window.estimate.parentWidget().rect().bottom()


@pytest.mark.parametrize("lang", ("fr", "de", "nl", "it", "en"))
def test_amounts_follow_the_interface_language_and_the_company_country(qtbot, open_window, language, lang):
    language(lang)
    window = open_window(lang)
    total = estimate_first_outage(qtbot, window)
    assert shown_total(window) == expected_money(window, total, lang)


def test_amounts_change_convention_when_the_language_changes_at_runtime(qtbot, open_window, language):
    window = open_window()
    total = estimate_first_outage(qtbot, window)
    assert shown_total(window) == expected_money(window, total, "en")
    language("fr")
    qtbot.waitUntil(lambda: shown_total(window) == expected_money(window, total, "fr"), timeout=3000)
