"""The contract's service levels in the app: typed in the contract's settings (no presets), the
ticket's time recorded when its number is typed, the credit beside the refund in the estimate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from claimdesk.services.workspace import OutageFilter

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _settings(qtbot, window, ws):
    from claimdesk.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ws, window)
    qtbot.addWidget(dlg)
    dlg.tabs.setCurrentIndex(4)
    return dlg, dlg.contracts.form.sla


def _fill_availability(sla):
    sla.box.setChecked(True)
    sla.clause.setText("Service terms, section 9")
    sla.availability_on.setChecked(True)
    sla.target_percent.setText("99,9")
    for below, percent in (("99.9", "20"), ("98", "40"), ("95", "60"), ("90", "80")):
        sla.availability_tiers.add_row(below, percent)
    sla.exclusive.setChecked(True)
    sla.window.setValue(30)


def test_service_levels_are_typed_saved_and_shown_again(qtbot, window, ws):
    contract_id = ws.contracts()[0].id
    dated = replace(ws.contract(contract_id), signed_on=date(2018, 3, 1))
    ws.save_contract(contract_id, dated)
    dlg, sla = _settings(qtbot, window, ws)
    assert not sla.box.isChecked()  # no presets: nothing is assumed
    assert sla.restoration_tiers.table.rowCount() == 0 and sla.availability_tiers.table.rowCount() == 0
    _fill_availability(sla)
    assert dlg.contracts.save_contract()
    saved = ws.contract(contract_id)
    assert saved.signed_on == date(2018, 3, 1)  # the facts this form does not show are kept
    assert saved.sla.clause == "Service terms, section 9" and saved.sla.exclusive
    assert saved.sla.availability.target_percent == Decimal("99.9")
    assert [t.percent for t in saved.sla.availability.credits] == [Decimal(p) for p in ("20", "40", "60", "80")]
    assert saved.sla.claim_within_days == 30 and saved.sla.restoration is None
    # opened again, the form shows the terms
    dlg2, sla2 = _settings(qtbot, window, ws)
    assert sla2.box.isChecked() and sla2.clause.text() == "Service terms, section 9"
    assert sla2.availability_tiers.cells()[3] == ("90", "80")
    # the estimate now claims the contract's credit (Q2 of the loss method)
    est = ws.estimate_outages([r.id for r in ws.outage_page(OutageFilter(), 0, 10)])[1]
    assert (est.contractual_credit, est.total_claimed, est.reserved_damages) == (
        Decimal("103.20"), Decimal("103.20"), Decimal("2072.83"))  # P; no extra costs entered yet


def test_a_bad_entry_is_flagged_at_its_field_and_nothing_is_saved(qtbot, window, ws):
    contract_id = ws.contracts()[0].id
    dlg, sla = _settings(qtbot, window, ws)
    sla.box.setChecked(True)
    sla.clause.setText("GTR")
    sla.restoration_on.setChecked(True)
    sla.target_hours.setText("four")
    sla.restoration_tiers.add_row("0", "150")
    sla.clock.setCurrentIndex(1)
    sla.coverage.setText("weekdays 8 to 6")
    assert not dlg.contracts.save_contract()
    assert not sla.fields["contract.sla.restoration.target_hours"].error.isHidden()
    assert not sla.fields["contract.sla.restoration.coverage"].error.isHidden()
    assert ws.contract(contract_id).sla is None
    assert sla.target_hours.text() == "four"  # what was typed stays
    sla.target_hours.setText("4")
    sla.coverage.setText("lun-ven 08:00-18:00")
    assert not dlg.contracts.save_contract()  # the percent is out of range: said at the tiers
    error = sla.fields["contract.sla.restoration.credits"].error.text()
    assert "100" in error
    sla.restoration_tiers.table.item(0, 1).setText("10")
    assert dlg.contracts.save_contract()
    terms = ws.contract(contract_id).sla.restoration
    assert terms.clock == "business" and terms.starts == "ticket"
    assert set(terms.coverage) == {"mon", "tue", "wed", "thu", "fri"}


def test_coverage_text_round_trips():
    from claimdesk.domain.model import Span
    from claimdesk.ui.sla_form import coverage_text, parse_coverage

    coverage = {d: (Span(480, 1080),) for d in ("mon", "tue", "wed", "thu", "fri")} | {"sat": (Span(480, 720),)}
    assert coverage_text(coverage) == "mon-fri 08:00-18:00; sat 08:00-12:00"
    assert parse_coverage(coverage_text(coverage)) == coverage
    assert parse_coverage("Mo-Fr 08:00-18:00") == {d: (Span(480, 1080),) for d in ("mon", "tue", "wed", "thu", "fri")}
    assert parse_coverage("fri-mon 08:00-18:00") is None and parse_coverage("mon") is None


def test_typing_the_ticket_number_records_when_the_ticket_was_opened(qtbot, window, ws, monkeypatch):
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    assert rec.reported_at is None
    moment = datetime(2019, 8, 1, 16, 40, tzinfo=timezone.utc)  # 09:40 in Vancouver
    monkeypatch.setattr("claimdesk.ui.outage_dialogs.now_utc", lambda: moment)
    dlg = OutageEditor(ws, window.formats, rec, window)
    qtbot.addWidget(dlg)
    assert not dlg.reported.known.isChecked()
    dlg.ticket.clear()
    qtbot.keyClicks(dlg.ticket, "TKT-1")
    assert dlg.reported.known.isChecked()
    assert dlg.reported.when.dateTime() == QDateTime(QDate(2019, 8, 1), QTime(9, 40))
    # editable: the user called earlier
    dlg.reported.when.setDateTime(QDateTime(QDate(2019, 8, 1), QTime(8, 30)))
    dlg.accept()
    assert ws.outage(rec.id).reported_at == datetime(2019, 8, 1, 15, 30, tzinfo=timezone.utc)
    # a ticket time after the end is refused at its field
    dlg = OutageEditor(ws, window.formats, ws.outage(rec.id), window)
    qtbot.addWidget(dlg)
    dlg.reported.when.setDateTime(QDateTime(QDate(2019, 8, 7), QTime(8, 30)))
    dlg.accept()
    assert not dlg.fields["outage.reported_at"].error.isHidden()
    assert ws.outage(rec.id).reported_at == datetime(2019, 8, 1, 15, 30, tzinfo=timezone.utc)


def test_the_ticket_time_of_a_running_outage_is_kept_when_the_service_is_back(qtbot, window, ws):
    from claimdesk.ui.outage_dialogs import ServiceBackDialog, StartOutageDialog

    start = StartOutageDialog(ws, window.formats, window)
    qtbot.addWidget(start)
    qtbot.keyClicks(start.ticket, "INC-9")
    assert start.reported.known.isChecked()
    start.accept()
    rec = ws.outage(start.outage_id)
    assert rec.provider_reference == "INC-9" and rec.reported_at is not None
    back = ServiceBackDialog(ws, window.formats, [rec], window)
    qtbot.addWidget(back)
    assert back.reported.known.isChecked()
    back.accept()
    done = ws.outage(rec.id)
    assert done.end is not None and done.reported_at == rec.reported_at <= done.end


def test_the_estimate_shows_the_credit_beside_the_refund_and_which_is_claimed(qtbot, window, ws):
    from claimdesk.casefile import from_dict
    from claimdesk.domain.loss import estimate_case
    from claimdesk.i18n.formats import Formats
    from claimdesk.ui.estimate_view import EstimateView

    from .sla_cases import q1_doc

    view = EstimateView()
    qtbot.addWidget(view)
    view.show()
    formats = Formats("en", "FR", "Europe/Paris")
    plain = estimate_case(from_dict({**q1_doc(), "contract": {
        k: v for k, v in q1_doc()["contract"].items() if k != "sla"}}))
    view.show_estimate(plain, formats, 1, letter_date=date(2015, 5, 21))
    assert view.value_labels["contractual_credit"].isHidden()
    assert view.formula_labels["total_claimed"].text() == "Total claimed: F + P + C − V − K"
    e = estimate_case(from_dict(q1_doc()))
    view.show_estimate(e, formats, 1, letter_date=date(2015, 5, 21))
    assert not view.value_labels["contractual_credit"].isHidden()
    assert view.value_labels["contractual_credit"].text() == formats.money(Decimal("18.90"), "EUR")
    assert "claimed instead of the refund" in view.formula_labels["contractual_credit"].text()
    assert "not claimed" in view.formula_labels["subscription_refund"].text()
    assert view.formula_labels["total_claimed"].text() == "Total claimed: max(F, Q) + P + C − V − K"
    assert view.value_labels["total_claimed"].text() == formats.money(Decimal("540.82"), "EUR")
    # the plain sentence names the credit the claim takes, not the refund it replaces
    assert "service levels give for the outage" in view.headline.text()
    assert "refund of the subscription" not in view.headline.text()
    assert "claimed by 18 June 2015." in view.note.text()
    view.show_estimate(e, formats, 1, letter_date=date(2015, 6, 12))
    assert "⚠" in view.note.text() and "send the letter now" in view.note.text()
    view.show_estimate(e, formats, 1, letter_date=date(2015, 6, 19))
    assert "that date has passed" in view.note.text()
    # screenshot for the record
    view.resize(460, 620)
    assert not view.grab().isNull()
    assert e.sla_claim_deadline - timedelta(days=7) == date(2015, 6, 11)


def test_a_ticket_typed_after_the_outage_ended_is_not_dated_now(qtbot, window, ws):
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]  # ended in 2019
    dlg = OutageEditor(ws, window.formats, rec, window)
    qtbot.addWidget(dlg)
    dlg.ticket.clear()
    qtbot.keyClicks(dlg.ticket, "TKT-2")
    assert not dlg.reported.known.isChecked()  # now would be after its end: left to the user


def test_a_clock_from_the_ticket_needs_the_tickets_time_before_an_estimate(qtbot, window, ws):
    from claimdesk.domain.problems import ValidationError
    from claimdesk.domain.sla import Restoration, RestorationTier, ServiceLevels

    contract_id = ws.contracts()[0].id
    terms = ServiceLevels("art. 6", Restoration(Decimal("4"), (RestorationTier(Decimal("0"), Decimal("10")),),
                                                 "calendar", "ticket"))
    ws.save_contract(contract_id, replace(ws.contract(contract_id), sla=terms))
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    with pytest.raises(ValidationError) as err:
        ws.estimate_outages([rec.id])
    assert err.value.problems[0].path == "outages[0].reported_at"
    ws.file.update_outage(rec.id, reported_at=rec.start + timedelta(hours=1))
    assert ws.estimate_outages([rec.id])[1].sla.restoration[0].clock_start == rec.start + timedelta(hours=1)
