"""Undo of the last delete: an outage (with its evidence) and a draft claim come back with Ctrl+Z."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from claimdesk.services.workspace import OutageFilter, with_claim_defaults

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_deleted_outage_comes_back_with_its_evidence(qtbot, window, ws, tmp_path, monkeypatch):
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    proof = tmp_path / "bounce.eml"
    proof.write_bytes(b"Delivery failed\n" * 100)
    ws.add_evidence(rec.id, proof, "the bounce")
    window.refresh_all()
    window.select_outage(rec.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert not window.act_undo.isEnabled()
    window.act_delete.trigger()
    assert ws.count_outages() == 0
    assert window.act_undo.isEnabled() and "Undo" in window.statusBar().currentMessage()

    window.act_undo.trigger()
    (back,) = ws.outage_page(OutageFilter(), 0, 10)
    assert (back.service, back.start, back.end, back.provider_reference, back.description) == (
        rec.service, rec.start, rec.end, rec.provider_reference, rec.description)
    (evidence,) = back.evidence
    assert evidence.filename == "bounce.eml" and evidence.description == "the bounce"
    assert ws.file.evidence_bytes(evidence.id) == proof.read_bytes()
    assert [r.id for r in window.selected_records()] == [back.id]
    assert not window.act_undo.isEnabled()  # one undo per delete


def test_a_draft_claim_can_be_deleted_and_brought_back_a_sent_one_cannot(qtbot, window, ws):
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    case = ws.build_case(rec.contract_id, [rec.id], with_claim_defaults(ws.company(), "en"))
    claim_id = ws.store_claim(rec.contract_id, [rec.id], case, Decimal("114.76"), b"%PDF-1.4 letter")
    window.refresh_all()
    view = window.claims
    view.select_claim(claim_id)
    assert view.delete_draft.isEnabled()
    view.delete_draft.click()
    assert ws.claims() == [] and ws.outage(rec.id).claim_ids == ()  # the outage can be claimed again
    window.act_undo.trigger()
    (claim,) = ws.claims()
    assert claim.amount_claimed == Decimal("114.76") and claim.outage_ids == (rec.id,)
    assert ws.claim_pdf(claim.id) == b"%PDF-1.4 letter"
    assert view.current_claim().id == claim.id

    ws.set_claim_status(claim.id, "sent", claim.spec.date)
    window.refresh_all()
    view.select_claim(claim.id)
    assert not view.delete_draft.isEnabled()
    with pytest.raises(Exception, match="no longer a draft"):
        ws.file.delete_claim(claim.id)


def test_evidence_removed_in_the_editor_comes_back(qtbot, window, ws, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    proof = tmp_path / "router.log"
    proof.write_bytes(b"link down 08:15\n")
    ws.add_evidence(rec.id, proof, "router log")
    window.refresh_all()
    window.select_outage(rec.id)

    def remove_and_save():
        dlg = next((w for w in QApplication.topLevelWidgets() if isinstance(w, OutageEditor) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(10, remove_and_save)
            return
        row = next(i for i in range(dlg.evidence.count()) if "router.log" in dlg.evidence.item(i).text())
        dlg.evidence.setCurrentRow(row)
        dlg.remove_selected()
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, remove_and_save)
    window.act_edit.trigger()
    assert [e.filename for e in ws.outage(rec.id).evidence if e.filename == "router.log"] == []
    assert window.act_undo.isEnabled() and "evidence" in window.statusBar().currentMessage()

    window.act_undo.trigger()
    (back,) = [e for e in ws.outage(rec.id).evidence if e.filename == "router.log"]
    assert back.description == "router log" and ws.file.evidence_bytes(back.id) == proof.read_bytes()
