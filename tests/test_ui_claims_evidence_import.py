"""Evidence copied off the GUI thread, amounts received and status dates in the claims list, and
importing a case file from the File menu."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from claimdesk.services.workspace import OutageFilter, Workspace, with_claim_defaults
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, ws, tmp_path):
    w = MainWindow(ws, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


# ---- evidence ----------------------------------------------------------------------------------

def test_evidence_is_copied_in_a_worker_while_the_gui_keeps_running(qtbot, window, ws, tmp_path, monkeypatch):
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    big = tmp_path / "router-log.txt"
    big.write_bytes(b"x" * (6 * 1024 * 1024))
    small = tmp_path / "bounce.eml"
    small.write_text("Delivery failed")
    gate = threading.Event()
    threads = []
    original = ws.file.add_evidence

    def slow_add(outage_id, source, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        assert gate.wait(10)
        return original(outage_id, source, *args, **kwargs)

    monkeypatch.setattr(ws.file, "add_evidence", slow_add)
    dlg = OutageEditor(ws, window.formats, rec, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.add_files([big, small])
    dlg.accept()
    # the copy is waiting in its worker: the GUI thread still runs its event loop
    ticks = []
    qtbot.waitUntil(lambda: threads == [False])
    for _ in range(5):
        qtbot.wait(20)
        ticks.append(dlg.isVisible())
    try:
        assert all(ticks) and dlg.copying
        assert not dlg.buttons.isEnabled()  # no second save meanwhile
        qtbot.waitUntil(lambda: dlg.progress.isVisible(), timeout=3000)  # it takes time: progress shown
        assert dlg.progress.maximum() == 1000
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10000)
    assert threads == [False, False]
    saved = ws.outage(rec.id)
    assert sorted(e.filename for e in saved.evidence) == ["bounce.eml", "router-log.txt"]
    assert {e.size for e in saved.evidence} == {6 * 1024 * 1024, len("Delivery failed")}


def test_an_unreadable_file_is_reported_and_the_others_are_kept(qtbot, window, ws, tmp_path, monkeypatch):
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    good = tmp_path / "photo.jpg"
    good.write_bytes(b"\xff\xd8jpeg")
    gone = tmp_path / "deleted-meanwhile.pdf"
    gone.write_bytes(b"%PDF")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dlg = OutageEditor(ws, window.formats, rec, window)
    qtbot.addWidget(dlg)
    dlg.add_files([gone, good])
    gone.unlink()
    dlg.accept()
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10000)
    assert len(warnings) == 1 and "deleted-meanwhile.pdf" in warnings[0]
    assert [e.filename for e in ws.outage(rec.id).evidence] == ["photo.jpg"]


# ---- claims: amount received and status dates --------------------------------------------------

def _claim(ws, days_ago=40, amount="2179.11"):
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    spec = with_claim_defaults(ws.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date.today() - timedelta(days=days_ago)})
    case = ws.build_case(rec.contract_id, [rec.id], spec)
    return ws.store_claim(rec.contract_id, [rec.id], case, Decimal(amount), None)


def test_claims_list_records_status_date_and_amount_received(qtbot, window, ws):
    cid = _claim(ws)
    window.refresh_all()
    view = window.claims
    view.table.selectRow(0)
    sent_on = date.today() - timedelta(days=35)
    view.status.setCurrentIndex(view.status.findData("sent"))
    view.status_date.setDate(QDate(sent_on.year, sent_on.month, sent_on.day))
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    claim = ws.file.claim(cid)
    assert claim.status == "sent" and claim.status_dates["sent"] == sent_on
    assert view.model.index(0, 7).data() == f"Sent on {window.formats.date(sent_on, 'medium')}"
    assert view.model.index(0, 5).data() == "$2,179.11"
    assert view.model.index(0, 6).data() == "—"  # nothing received yet
    # the provider pays part of it
    view.status.setCurrentIndex(view.status.findData("settled"))
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    view.received.clear()
    qtbot.keyClicks(view.received, "1500,00")
    qtbot.mouseClick(view.record_received, Qt.MouseButton.LeftButton)
    claim = ws.file.claim(cid)
    assert claim.amount_received == Decimal("1500.00") and claim.status == "settled"
    assert view.model.index(0, 6).data() == "$1,500.00"
    assert view.current_claim().id == cid  # the selection stays on the claim


def test_a_bad_amount_or_a_future_date_is_flagged_and_nothing_is_saved(qtbot, window, ws):
    cid = _claim(ws)
    window.refresh_all()
    view = window.claims
    view.table.selectRow(0)
    qtbot.keyClicks(view.received, "a lot")
    qtbot.mouseClick(view.record_received, Qt.MouseButton.LeftButton)
    assert not view.error.isHidden() and "120.00" in view.error.text()
    assert view.received.text() == "a lot"
    assert ws.file.claim(cid).amount_received is None
    view.received.setText("-5")
    qtbot.mouseClick(view.record_received, Qt.MouseButton.LeftButton)
    assert not view.error.isHidden()
    assert ws.file.claim(cid).amount_received is None
    tomorrow = date.today() + timedelta(days=1)
    view.status.setCurrentIndex(view.status.findData("sent"))
    view.status_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    assert "future" in view.error.text() and ws.file.claim(cid).status == "draft"


# ---- import a case file ------------------------------------------------------------------------

def test_import_a_case_of_the_same_company_adds_a_draft_claim(qtbot, window, ws, bakery_path):
    from claimdesk.domain.loss import estimate_case
    from claimdesk.services.workspace import read_case

    opened = ws.file
    window.import_case_file(str(bakery_path))
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == 1, timeout=15000)
    # imported into the open company file: never closed and reopened meanwhile
    assert window.ws is ws and ws.file is opened and not opened.closed and window.centralWidget().isEnabled()
    claim = window.ws.claims()[0]
    assert claim.status == "draft"
    assert claim.amount_claimed == estimate_case(read_case(bakery_path)).total_claimed
    # the bakery's outage was already in the journal: it is reused, not doubled
    assert window.model.rowCount() == 1
    assert window.tabs.currentIndex() == 1 and window.claims.current_claim().id == claim.id


def test_import_a_case_of_another_company_into_a_new_file(qtbot, window, ws, travel_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    old = ws.path
    window.import_case_file(str(travel_path))
    qtbot.waitUntil(lambda: window.ws is not None and window.ws.path != old, timeout=15000)
    assert window.ws.company().name != "Fraser Street Bakery Ltd."
    assert len(window.ws.claims()) == 1
    assert ws.file.closed  # the bakery's file was closed when the window switched


def test_a_broken_case_file_is_a_message_and_the_company_stays_open(qtbot, window, ws, tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "claimdesk-case/1", "company": {"name": ""}}')
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.import_case_file(str(broken))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert window.ws is ws and not ws.file.closed and window.centralWidget().isEnabled()
    assert ws.claims() == []


def test_import_case_into_an_open_company_file_leaves_it_open(ws, bakery_path, tmp_path):
    """The service takes an open company file as well as a path; the path form still works."""
    from claimdesk.services.company_io import import_case
    from claimdesk.services.workspace import read_case

    case = read_case(bakery_path)
    claim_id = import_case(case, ws.file)
    assert not ws.file.closed
    assert [c.id for c in ws.file.claims()] == [claim_id]
    assert ws.file.claim(claim_id).amount_claimed > 0
    # the open file is still usable; the same case again is refused unless asked for, then it is a
    # second claim on the same outage
    from claimdesk.services.company_io import AlreadyImportedError

    with pytest.raises(AlreadyImportedError):
        import_case(case, ws.file)
    again = import_case(case, ws.file, again=True)
    assert again != claim_id and ws.file.claim(again).outage_ids == ws.file.claim(claim_id).outage_ids
    # the path form opens, imports and closes (the file can be opened again at once)
    elsewhere = tmp_path / "bakery-copy.claimdesk"
    third = import_case(case, elsewhere)
    reopened = Workspace.open(elsewhere)
    try:
        assert [c.id for c in reopened.claims()] == [third]
    finally:
        reopened.close()


def test_import_into_the_open_file_refuses_another_company(ws, travel_path):
    from claimdesk.services.company_io import import_case
    from claimdesk.services.workspace import read_case
    from claimdesk.storage import StorageError

    with pytest.raises(StorageError) as err:
        import_case(read_case(travel_path), ws.file)
    assert err.value.code == "other_company" and ws.file.claims() == [] and not ws.file.closed
