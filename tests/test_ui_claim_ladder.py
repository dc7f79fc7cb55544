"""The escalation ladder in the claims list, with real widgets: "Have you sent it?", what is due
with its action one click away, follow-ups grouped under their letter, answers and payments."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from claimdesk.services import claims as ladder
from claimdesk.services.workspace import OutageFilter, with_claim_defaults
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, ws, tmp_path):
    w = MainWindow(ws, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentIndex(1)
    w.claims.folder = tmp_path / "letters"
    return w


def _claim(ws, days_ago=40):
    """A draft claim of the demo outage dated ``days_ago``, its letter rendered and stored."""
    from claimdesk.services.render import render_pdf

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    spec = with_claim_defaults(ws.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date.today() - timedelta(days=days_ago)})
    case = ws.build_case(rec.contract_id, [rec.id], spec)
    return ws.store_claim(rec.contract_id, [rec.id], case, Decimal("2179.11"), render_pdf(case).pdf)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_saved_letter_says_where_it_went_and_marks_it_sent(qtbot, window, ws, tmp_path):
    cid = _claim(ws, days_ago=3)
    window.refresh_all()
    view = window.claims
    # A draft is on the due list until it is marked sent.
    assert not view.due_panel.isHidden() and view.due_panel.buttons[0].text() == "Mark as sent…"
    saved = tmp_path / "letter.pdf"
    saved.write_bytes(ws.claim_pdf(cid))
    dialog = view.open_send_dialog(cid, saved)
    qtbot.waitExposed(dialog)
    assert str(saved) in dialog.where.text() and dialog.open_button.isVisible()
    sent_on = date.today() - timedelta(days=2)
    dialog.on.setDate(_qdate(sent_on))
    qtbot.keyClicks(dialog.tracking, "RN 123 456 789 CA")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    sent = ws.file.sent_letter(cid)
    assert sent.sent_on == sent_on and sent.tracking == "RN 123 456 789 CA" and sent.pdf == saved.read_bytes()
    assert ws.file.claim(cid).status == "sent"
    assert view.due_panel.isHidden()
    view.select_claim(cid)
    assert not view.mark_sent.isEnabled() and view.write_reminder.isEnabled()
    assert "RN 123 456 789 CA" in view.model.index(view.model.row_of(cid), 7).data(Qt.ItemDataRole.ToolTipRole)


def test_a_sent_date_before_the_letter_is_flagged_at_its_field_and_nothing_is_stored(qtbot, window, ws):
    cid = _claim(ws, days_ago=3)
    window.refresh_all()
    dialog = window.claims.open_send_dialog(cid)
    qtbot.waitExposed(dialog)
    assert not dialog.where.isVisible()  # opened from the list: no file was just saved
    dialog.on.setDate(_qdate(date.today() - timedelta(days=10)))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "before the letter's date" in dialog.fields["on"].error.text()
    assert ws.file.sent_letter(cid) is None and ws.file.claim(cid).status == "draft"


def test_overdue_answer_offers_a_reminder_in_one_click_and_the_chain_is_grouped(qtbot, window, ws):
    cid = _claim(ws, days_ago=40)
    ladder.send(ws.file, cid, date.today() - timedelta(days=39), "registered", "RN1")
    window.refresh_all()
    view = window.claims
    (button,) = view.due_panel.buttons
    assert button.text() == "Write a reminder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    chain = ladder.chain_of(ws.file, cid)
    reminder = chain.last
    assert [link.id for link in chain.links] == [cid, reminder.id] and reminder.kind == "reminder"
    (previous,) = ladder.letter_case(ws.file, reminder.id).claim.previous
    assert previous.tracking == "RN1"
    # The letter is written to the letters folder and the "Have you sent it?" dialog says so.
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    (pdf,) = view.letters_folder().glob("*reminder*.pdf")
    assert str(pdf) in dialog.where.text() and pdf.read_bytes() == ws.claim_pdf(reminder.id)
    dialog.reject()
    # Rows: the claim, then its reminder under it; only the reminder is now due (to be sent).
    rows = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    assert rows == ["Claim", "↳ Reminder"]
    assert view.model.index(0, 8).data(Qt.ItemDataRole.BackgroundRole) is None  # followed up: no longer overdue
    assert [i.action for i in view.due_panel.items] == ["send"]


def test_answer_and_partial_payments_are_recorded(qtbot, window, ws, tmp_path):
    cid = _claim(ws, days_ago=20)
    ladder.send(ws.file, cid, date.today() - timedelta(days=19))
    window.refresh_all()
    view = window.claims
    view.select_claim(cid)
    qtbot.mouseClick(view.record_answer, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.amount, "lots")
    dialog.save()
    assert "not an amount" in dialog.fields["answer.amount_offered"].error.text() and ws.file.answers() == []
    dialog.amount.setText("400,00")
    answer = tmp_path / "their-answer.pdf"
    answer.write_bytes(b"%PDF-1.4 answer")
    dialog.letter.setText(str(answer))
    dialog.reference.setText("TEL-77")
    dialog.save()
    assert not dialog.isVisible()
    (recorded,) = ws.file.answers(cid)
    assert recorded.amount_offered == Decimal("400.00") and recorded.letter_name == "their-answer.pdf"
    assert ws.file.claim(cid).status == "answered"
    for amount in ("250.00", "150.00"):
        view.select_claim(cid)
        qtbot.mouseClick(view.record_payment, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(view.dialog.amount, amount)
        view.dialog.save()
    assert ws.file.claim(cid).amount_received == Decimal("400.00")
    assert view.model.index(view.model.row_of(cid), 6).data() == "$400.00"


def test_due_notifier_announces_only_what_is_new(qtbot, window, ws):
    cid = _claim(ws, days_ago=40)
    first = window.due_notifier.check()
    assert [(i.claim_id, i.action) for i in first] == [(cid, "send")]
    assert "Claims tab" in window.statusBar().currentMessage()
    assert window.due_notifier.check() == []  # already said


def test_mediator_file_from_the_claims_list(qtbot, window, ws):
    cid = _claim(ws, days_ago=40)
    window.refresh_all()
    view = window.claims
    view.select_claim(cid)
    assert not view.write_referral.isEnabled()  # nothing sent yet: nothing to show a mediator
    ladder.send(ws.file, cid, date.today() - timedelta(days=39), "registered", "RN1")
    window.refresh_all()
    view.select_claim(cid)
    qtbot.mouseClick(view.write_referral, Qt.MouseButton.LeftButton)
    box = view.dialog
    (written,) = box.written
    assert written.read_bytes().startswith(b"%PDF-") and str(written) in box.text()
    box.close()


def test_the_wizard_saving_a_letter_asks_whether_it_was_sent(qtbot, window, ws, tmp_path, monkeypatch):
    from claimdesk.ui.claim_wizard import ClaimWizard

    cid = _claim(ws, days_ago=1)
    saved = tmp_path / "claim.pdf"
    saved.write_bytes(ws.claim_pdf(cid))

    def finished(wizard):  # the user went through the pages and pressed "Save and keep the claim"
        wizard.claim_id, wizard.saved_path = cid, saved
        return 1

    monkeypatch.setattr(ClaimWizard, "exec", finished)
    window.new_claim()
    dialog = window.claims.dialog
    qtbot.waitExposed(dialog)
    assert str(saved) in dialog.where.text() and dialog.question.text().startswith("Have you sent it?")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert ws.file.claim(cid).status == "draft"
    assert [(i.claim_id, i.action) for i in window.claims.due_panel.items] == [(cid, "send")]  # reminded later
