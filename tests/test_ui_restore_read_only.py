"""The window over a company file that can only be read, a backup put back from the File menu,
a case imported twice, and a full disk said in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from claimdesk.services.workspace import Workspace
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot, ws, tmp_path):
    w = MainWindow(ws, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_read_only_file_shows_the_notice_and_disables_every_change(qtbot, ws, tmp_path, bakery_path):
    from claimdesk.services.workspace import read_case

    ws.import_case(read_case(bakery_path))
    ws.start_outage("internet")
    path = ws.path
    ws.close()
    reader = Workspace.open(path, read_only=True)
    w = _window(qtbot, reader, tmp_path)
    try:
        assert w.read_only_bar.isVisible()
        assert w.read_only_bar.text() == "Opened read-only: changes cannot be saved."
        w.table.selectRow(0)
        for act in (w.act_start, w.act_back, w.act_add, w.act_edit, w.act_delete, w.act_claim, w.act_import,
                    w.act_settings):
            assert not act.isEnabled(), act.objectName()
        assert not w.banner_back.isEnabled()
        assert w.model.rowCount() == 2  # but everything reads
        w.update_estimate()
        w.tabs.setCurrentIndex(1)
        w.claims.select_claim(w.claims.model.claims[0].id)
        assert not w.claims.apply.isEnabled() and not w.claims.record_received.isEnabled()
        assert w.claims.save_pdf.isEnabled()
    finally:
        w.close()
    # a writable file shows no notice
    other = Workspace.open(path)
    w2 = _window(qtbot, other, tmp_path)
    assert not w2.read_only_bar.isVisible() and w2.act_add.isEnabled()
    w2.close()


def test_restore_a_backup_from_the_file_menu_keeps_the_replaced_file(qtbot, ws, tmp_path, monkeypatch):
    from claimdesk.ui.restore_dialog import RestoreDialog

    backup = ws.file.backup("manual")
    ws.start_outage("internet")  # a change made after the backup
    w = _window(qtbot, ws, tmp_path)
    assert w.model.rowCount() == 2
    seen = {}

    def choose(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["first"] = dialog.table.item(0, 2).text()
        seen["size"] = dialog.table.item(0, 1).text()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    path = ws.path
    w.restore_backup()
    assert seen["first"] == backup.name and seen["size"].endswith("KB")
    assert w.ws is not ws and ws.file.closed and w.ws.path == path
    assert w.model.rowCount() == 1  # the backup's content
    kept = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].name in w.statusBar().currentMessage()


def test_a_damaged_file_offers_its_backups(qtbot, ws, tmp_path, monkeypatch):
    from claimdesk.ui import restore_dialog

    ws.file.backup("manual")
    path = ws.path
    w = _window(qtbot, ws, tmp_path)
    other = Workspace.create_demo(tmp_path / "other")
    w.set_workspace(other)  # the bakery's file is closed now
    with open(path, "r+b") as f:
        f.write(b"SQlite format 3\x00")  # a flipped bit in the header
    asked = []

    def offer(parent, where, exc):  # the user presses "Restore a backup…", then "Restore"
        asked.append(exc.code)
        return _restore_first(where)

    monkeypatch.setattr(restore_dialog, "offer_restore", offer)
    assert w.switch_to(path)
    assert asked == ["corrupt"] and w.ws.path == path


def _restore_first(path):
    from claimdesk.services.workspace import backups_of, restore_backup

    restore_backup(path, backups_of(path)[0].path)
    return True


def test_a_case_imported_twice_asks_before_adding_a_second_claim(qtbot, ws, tmp_path, bakery_path, monkeypatch):
    w = _window(qtbot, ws, tmp_path)
    w.import_case_file(str(bakery_path))
    qtbot.waitUntil(lambda: w.claims.model.rowCount() == 1 and not w._importing, timeout=15000)
    questions = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: questions.append(text) or next(answers))
    w.import_case_file(str(bakery_path))
    qtbot.waitUntil(lambda: bool(questions) and not w._importing, timeout=15000)
    assert "already imported as claim no. 1" in questions[0] and len(ws.claims()) == 1
    w.import_case_file(str(bakery_path))
    qtbot.waitUntil(lambda: w.claims.model.rowCount() == 2, timeout=15000)
    assert len(questions) == 2


def test_a_full_disk_is_said_in_the_interface_language(qtbot, ws, tmp_path):
    from claimdesk.i18n.qt import set_language
    from claimdesk.storage import database as db
    from claimdesk.ui.main_window import user_message

    exc = db.disk_full(ws.path)
    assert user_message(exc).startswith("There is not enough space on the disk to save ")
    app = QApplication.instance()
    set_language(app, "fr")
    try:
        text = user_message(exc)
        assert ws.path.name in text and "espace" in text and "not enough" not in text
    finally:
        set_language(app, "en")


def test_a_bad_row_found_while_reading_offers_the_backups(qtbot, ws, tmp_path, bakery_path, monkeypatch):
    import sqlite3

    from claimdesk.services.workspace import read_case
    from claimdesk.ui import restore_dialog

    ws.import_case(read_case(bakery_path))
    ws.file.backup("manual")
    w = _window(qtbot, ws, tmp_path)
    w.tabs.setCurrentIndex(1)
    con = sqlite3.connect(ws.path)  # a disk error flips a byte of a claim's date
    con.execute("UPDATE claim SET claim_date = '2019-08-0\x07'")
    con.commit()
    con.close()
    offered = []
    monkeypatch.setattr(restore_dialog, "offer_restore",
                        lambda parent, where, exc: offered.append(exc.code) or _restore_first(where))
    w.refresh_all()
    assert offered == ["corrupt"] and ws.file.closed and w.ws is not ws
    assert w.ws.claims()[0].spec.date.isoformat() == "2019-08-07" and w.centralWidget().isEnabled()
