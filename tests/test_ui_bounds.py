"""Numbers, dates and names are bounded at their field, with a message in the user's language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claimdesk.domain import bounds
from claimdesk.services.workspace import OutageFilter, with_claim_defaults

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HUGE = ("12345678901234567890123456789", "1e30")


def test_the_bounds_the_fields_use():
    assert bounds.check_money(Decimal("1000000000"), "x") == []
    assert [p.code for p in bounds.check_money(Decimal("1e30"), "x")] == ["too_big"]
    today = date(2026, 11, 29)
    assert bounds.check_date(date(1900, 1, 1), "d", today)[0].code == "date_window"
    assert bounds.check_date(date(2036, 11, 29), "d", today) == []
    assert bounds.check_date(date(2036, 11, 30), "d", today)[0].code == "date_window"


@pytest.mark.parametrize("typed", HUGE)
def test_a_huge_extra_cost_is_refused_at_its_field_and_the_figures_stay(qtbot, window, typed):
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    before = dict(window.estimate.view.amounts)
    edit = window.estimate.extras.edits["extra_costs"]
    qtbot.keyClicks(edit, typed)  # every keystroke recomputes: none may raise
    qtbot.wait(250)
    field = window.estimate.extras.fields["extra_costs"]
    assert not field.error.isHidden() and "1000000000" in field.error.text()
    assert edit.text() == typed
    assert window.estimate.view.amounts == before


def test_the_bound_is_said_in_the_interface_language(qtbot, qapp, window):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "fr")
    try:
        window.estimate.extras.edits["savings"].setText("1e30")
        assert window.estimate.extras.items() is None
        assert "doit être au plus égal à 1000000000" in window.estimate.extras.fields["savings"].error.text()
    finally:
        set_language(qapp, "en")


@pytest.mark.parametrize("typed", HUGE)
def test_a_huge_amount_received_is_refused_and_nothing_is_saved(qtbot, window, ws, typed):
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    case = ws.build_case(rec.contract_id, [rec.id], with_claim_defaults(ws.company(), "en"))
    claim_id = ws.store_claim(rec.contract_id, [rec.id], case, Decimal("114.76"), None)
    window.refresh_all()
    view = window.claims
    view.select_claim(claim_id)
    view.received.setText(typed)
    view.record_received.click()
    assert not view.error.isHidden() and "Amount" in view.error.text() and "1000000000" in view.error.text()
    assert ws.claims()[0].amount_received is None


def test_a_huge_usual_turnover_is_refused_in_the_settings(qtbot, window, ws):
    from claimdesk.ui.settings_dialog import SettingsDialog

    before = ws.company()
    dlg = SettingsDialog(ws, window)
    qtbot.addWidget(dlg)
    dlg.hours.turnover["mon"].setText("1e30")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    field = dlg.hours.fields["company.baseline.standard_turnover.mon"]
    assert not field.error.isHidden() and "1000000000" in field.error.text()
    assert ws.company() == before


def test_a_huge_monthly_fee_is_refused_at_its_field(qtbot, window, ws):
    from claimdesk.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ws, window)
    qtbot.addWidget(dlg)
    tab = dlg.contracts
    form = tab.form
    form.fee.setText("1e30")
    assert not tab.save_contract()
    assert not form.fields["contract.monthly_fee"].error.isHidden()


def test_a_turnover_saved_before_the_bounds_shows_a_message_not_a_crash(qtbot, window, ws, monkeypatch):
    # a file written before the bounds (a 1e30 turnover) overflows the loss method's arithmetic
    from decimal import InvalidOperation

    def overflow(*_a, **_k):
        raise InvalidOperation([InvalidOperation])

    monkeypatch.setattr(ws, "estimate_records", overflow)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: "too large" in window.estimate.view.headline.text())
    assert window.estimate.view.amounts == {}


def test_outage_dates_keep_to_the_bounds_and_a_year_slip_is_flagged(qtbot, window, ws):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    dlg = OutageEditor(ws, window.formats, rec, window)
    qtbot.addWidget(dlg)
    assert dlg.start.minimumDate() == QDate(1990, 1, 1)
    last = bounds.latest_date()
    assert dlg.end.maximumDate() == QDate(last.year, last.month, last.day)
    dlg.start.setDateTime(QDateTime(QDate(1900, 1, 1), QTime(9, 0)))  # clamped: no 1900 start
    assert dlg.start.date() == QDate(1990, 1, 1)
    # an end a year too late (2020 for 2019) is more than 366 days: asked to check the year
    dlg.start.setDateTime(QDateTime(QDate(2019, 8, 1), QTime(8, 15)))
    dlg.end.setDateTime(QDateTime(QDate(2020, 8, 6), QTime(12, 30)))
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    error = dlg.fields["outage.end"].error
    assert not error.isHidden() and "366 days" in error.text()
    assert ws.outage(rec.id).end == rec.end  # nothing saved
    assert dlg.end.date() == QDate(2020, 8, 6)  # what was typed stays


# ---- implausible but possible values are asked about ---------------------------------------------

def _claim(ws, amount="114.76"):
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    case = ws.build_case(rec.contract_id, [rec.id], with_claim_defaults(ws.company(), "en"))
    return ws.store_claim(rec.contract_id, [rec.id], case, Decimal(amount), None)


@pytest.mark.parametrize(("reply", "kept"), (("No", None), ("Yes", Decimal("1000000000"))))
def test_an_amount_received_above_the_claim_is_asked_about(qtbot, window, ws, monkeypatch, reply, kept):
    from PySide6.QtWidgets import QMessageBox

    claim_id = _claim(ws)
    window.refresh_all()
    view = window.claims
    view.select_claim(claim_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or getattr(QMessageBox.StandardButton, reply))
    view.received.setText("1000000000")
    view.record_received.click()
    assert len(asked) == 1 and "114.76" in asked[0] and "claimed" in asked[0]
    assert ws.claims()[0].amount_received == kept
    asked.clear()
    view.select_claim(claim_id)
    view.received.setText("100")  # less than claimed: nothing to ask
    view.record_received.click()
    assert asked == [] and ws.claims()[0].amount_received == Decimal("100")


def test_a_status_date_before_the_letter_is_asked_about(qtbot, window, ws, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    claim_id = _claim(ws)
    window.refresh_all()
    view = window.claims
    view.select_claim(claim_id)
    letter_date = ws.claims()[0].spec.date
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    before = letter_date - timedelta(days=3)
    view.status.setCurrentIndex(view.status.findData("answered"))
    view.status_date.setDate(QDate(before.year, before.month, before.day))
    view.apply.click()
    assert len(asked) == 1 and letter_date.isoformat() in asked[0]
    assert ws.claims()[0].status == "draft"
