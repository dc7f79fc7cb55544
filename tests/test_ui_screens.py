"""Screens a shop owner reads at the default size and in their language: nothing hidden, hints in
their number format, errors that go once put right, words that say what they mean."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def open_window(qtbot, qapp, ws):
    from claimdesk.i18n.qt import set_language

    def make(lang):
        set_language(qapp, lang)
        w = MainWindow(ws, lang)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        return w

    yield make
    set_language(qapp, "en")


@pytest.mark.parametrize("lang", ("en", "fr", "de", "nl", "it"))
def test_every_journal_column_is_in_sight_at_the_default_width(qtbot, open_window, lang):
    window = open_window(lang)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    # with figures in the estimate beside it: the total's row is the panel's widest line
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    qtbot.wait(50)
    table, header = window.table, window.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    for col in range(header.count()):
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert right <= table.viewport().width(), (col, window.model.headerData(col, 1))
    # and the dates and the provider's name are whole in their cells
    metrics = table.fontMetrics()
    for col in (1, 2, 3, 4, 5):
        text = window.model.index(0, col).data()
        assert metrics.horizontalAdvance(text) < header.sectionSize(col), text


def test_the_amount_hint_is_in_the_users_number_format(qtbot, open_window, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    window = open_window("fr")
    assert window.estimate.extras.edits["extra_costs"].placeholderText() == "0,00"
    assert window.claims.received.placeholderText() == "0,00"
    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    assert {e.placeholderText() for e in wizard.hours.turnover.values()} == {"0,00"}


def test_an_assistant_error_goes_once_the_field_is_filled(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()  # an empty name: flagged, the step does not go on
    field = wizard.profile.fields["company.name"]
    assert not field.error.isHidden()
    qtbot.keyClicks(wizard.profile.name, "Cafe du Marche")  # QTest types ASCII only
    assert field.error.isHidden()
    assert wizard.profile.name.property("invalid") is False


def test_growth_says_since_when(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    label = wizard.baseline.fields["company.baseline.trend"].label.text()
    assert label == "&Growth since the reference months (%):"
    assert "the months your usual turnover was taken from" in wizard.baseline.edits["trend"].toolTip()


def test_the_german_interface_uses_words_germany_and_switzerland_share():
    root = ET.parse(ROOT / "translations" / "claimdesk_de.ts").getroot()
    texts = " ".join(m.findtext("translation") or "" for m in root.iter("message"))
    for swiss in ("innert", "Unterbruch", "allfällig"):  # whole words: "erinnert" is German everywhere
        assert not re.search(rf"\b{swiss}", texts), swiss


def type_over(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("typed", ("2024-03-15 10:30", "202403151030", "2024-3-15 10:30"))
def test_a_whole_date_typed_over_the_field_replaces_the_old_one(qtbot, ws, typed):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from claimdesk.i18n.formats import Formats
    from claimdesk.ui.outage_dialogs import OutageEditor

    c = ws.company()
    dialog = OutageEditor(ws, Formats("en", c.country, c.timezone))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDateTime(QDateTime(QDate(2019, 9, 3), QTime(9, 0)))
    type_over(qtbot, dialog.start, typed)
    assert dialog.start.dateTime() == QDateTime(QDate(2024, 3, 15), QTime(10, 30))


def test_a_whole_date_typed_over_a_day_field_replaces_the_old_one(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.hours.closed_date
    edit.setDate(QDate(2019, 9, 3))
    type_over(qtbot, edit, "2024-12-24")
    assert edit.date() == QDate(2024, 12, 24)


def test_no_empty_gap_under_an_address_box(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import PAGE_CONTRACT, CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.setStartId(PAGE_CONTRACT)
    wizard.show()
    wizard.restart()
    qtbot.waitExposed(wizard)
    field = wizard.contract.fields["contract.provider_address"]
    qtbot.waitUntil(lambda: field.help.isVisible())
    # the box, its help line, nothing more: the page's spare height stays at the foot of the page
    assert field.height() <= field.sizeHint().height() + 2, (field.height(), field.sizeHint().height())


@pytest.mark.parametrize("lang", ("fr", "de", "nl", "it"))
def test_the_journal_filters_show_their_whole_choice(qtbot, open_window, lang):
    window = open_window(lang)
    for combo in (window.f_service, window.f_provider, window.f_period, window.f_claimed):
        assert combo.width() >= combo.sizeHint().width(), (combo.currentText(), combo.width())
