"""The outage just logged, ended, added or edited is selected, so Edit and the estimate follow it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from claimdesk.services.workspace import now_utc
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


errors: list[str] = []


def answer(cls, fill):
    """When the action's dialog of class ``cls`` shows, ``fill`` it and press OK."""
    errors.clear()
    def act():
        dlg = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(10, act)
            return
        try:
            fill(dlg)
        finally:
            ok = QDialogButtonBox.StandardButton
            (dlg.buttons.button(ok.Ok) or dlg.buttons.button(ok.Save)).click()
        if dlg.isVisible():  # refused: say why instead of waiting forever
            errors.extend(f.error.text() for f in getattr(dlg, "fields", {}).values() if not f.error.isHidden())
            dlg.reject()

    QTimer.singleShot(0, act)


def selected_ids(window) -> list[int]:
    return [r.id for r in window.selected_records()]


def test_the_outage_just_started_then_ended_is_selected_with_its_estimate(qtbot, window, ws, monkeypatch):
    from claimdesk.ui.outage_dialogs import ServiceBackDialog, StartOutageDialog

    window.table.clearSelection()
    answer(StartOutageDialog, lambda d: d.service.setCurrentIndex(d.service.findData("internet")))
    window.act_start.trigger()
    (running,) = ws.running_outages()
    assert selected_ids(window) == [running.id]
    assert window.act_edit.isEnabled()
    # the estimate speaks of this outage, no longer of "select one or more outages"
    qtbot.waitUntil(lambda: "ended" in window.estimate.view.headline.text())

    later = now_utc() + timedelta(minutes=95)
    monkeypatch.setattr("claimdesk.services.workspace.now_utc", lambda: later)
    window.table.clearSelection()
    answer(ServiceBackDialog, lambda d: d.ticket.setText("INC-1"))
    window.act_back.trigger()
    assert selected_ids(window) == [running.id]
    assert window.act_edit.isEnabled() and window.act_delete.isEnabled()
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))


@pytest.mark.parametrize("order", ("start", "provider"))  # an indexed sort and one read in a worker
def test_the_outage_just_added_is_selected(qtbot, window, ws, order):
    from claimdesk.ui.outage_dialogs import OutageEditor

    window.sort_journal(order)

    def fill(d):
        d.service.setCurrentIndex(d.service.findData("phone"))
        d.start.setDateTime(QDateTime(QDate(2019, 7, 3), QTime(9, 0)))
        d.end.setDateTime(QDateTime(QDate(2019, 7, 3), QTime(11, 30)))

    before = {r.id for r in ws.outage_page(window.model.filter, 0, 10)}
    answer(OutageEditor, fill)
    window.act_add.trigger()
    assert errors == []
    (new_id,) = {r.id for r in ws.outage_page(window.model.filter, 0, 10)} - before
    assert selected_ids(window) == [new_id]
    assert window.act_edit.isEnabled()
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))


def test_the_outage_just_edited_stays_selected(qtbot, window, ws):
    from claimdesk.ui.outage_dialogs import OutageEditor

    window.table.selectRow(0)
    (rec_id,) = selected_ids(window)
    answer(OutageEditor, lambda d: d.ticket.setText("TKT-EDITED"))
    window.act_edit.trigger()
    assert ws.outage(rec_id).provider_reference == "TKT-EDITED"
    assert selected_ids(window) == [rec_id]
    assert window.act_edit.isEnabled()


# ---- the costs and credits beside the estimate ---------------------------------------------------

def test_costs_typed_beside_the_estimate_are_kept_and_go_into_the_claim(qtbot, qapp, window, ws, tmp_path):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.claim_wizard import ClaimWizard

    window.table.selectRow(0)
    qtbot.keyClicks(window.estimate.extras.edits["extra_costs"], "85")
    window.estimate.extras.edits["credits_received"].setText("12,50")
    qtbot.waitUntil(lambda: ws.draft_costs() == {"extra_costs": "85", "credits_received": "12,50"})
    # a wrong amount is not kept (the last good ones are)
    window.estimate.extras.edits["savings"].setText("lots")
    qtbot.wait(500)
    assert "savings" not in ws.draft_costs()
    window.estimate.extras.edits["savings"].setText("")

    # they come back with the company file
    path = ws.path
    window.close()
    again = Workspace.open(path)
    w2 = MainWindow(again, data_dir=tmp_path / "data")
    qtbot.addWidget(w2)
    assert w2.estimate.extras.edits["extra_costs"].text() == "85"
    assert w2.estimate.extras.edits["credits_received"].text() == "12,50"

    # and into the claim wizard's figures
    seen = {}

    def look():
        wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ClaimWizard) and w.isVisible()),
                      None)
        if wizard is None:
            QTimer.singleShot(10, look)
            return
        wizard.next()
        seen.update(wizard.review.estimate.figures())
        wizard.reject()

    w2.table.selectRow(0)
    QTimer.singleShot(0, look)
    w2.new_claim()
    assert seen["increased_cost_of_working"] == "85.00" and seen["credits_received"] == "12.50"
    w2.close()


# ---- long and odd company names ------------------------------------------------------------------

def test_a_long_company_name_is_elided_in_the_header_and_whole_in_its_tooltip(qtbot, window, ws):
    import dataclasses

    from PySide6.QtCore import Qt

    name = "<b>Boulangerie</b> " + "Pâtisserie du Grand Marché de la Croix-Rousse " * 3
    name = name[:120]
    ws.save_company(dataclasses.replace(ws.company(), name=name))
    window.refresh_company()
    qtbot.wait(50)
    assert window.minimumSizeHint().width() < 1000 and window.width() <= 1280
    label = window.company_label
    assert label.textFormat() == Qt.TextFormat.PlainText  # the tags are shown as typed, not as bold
    assert label.full_text() == name and label.toolTip() == name
    assert label.text().endswith("…") and label.text().startswith("<b>Boulangerie</b>")
    window.resize(1800, 800)
    qtbot.wait(50)
    assert label.width() < label.fontMetrics().horizontalAdvance(name) or label.text() == name


def test_a_running_outage_shows_its_whole_start_time(qtbot, window, ws):
    """The running outage's row stands out, but its start date and time are never cut off."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from claimdesk.ui.outage_model import COLUMNS

    outage_id = ws.start_outage("internet")
    window.refresh_all()
    model, col = window.model, COLUMNS.index("start")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == outage_id)
    index = model.index(row, col)
    font = index.data(Qt.ItemDataRole.FontRole) or QFont(window.table.font())
    needed = QFontMetrics(font).horizontalAdvance(index.data(Qt.ItemDataRole.DisplayRole)) + 8  # cell padding
    assert needed <= window.table.columnWidth(col)
