"""The desktop app driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPoint, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWizard

from claimdesk.services.workspace import OutageFilter, Workspace, now_utc, recent_files
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.outage_model import COLUMNS, duration_text

COLUMNS_INDEX = {name: i for i, name in enumerate(COLUMNS)}

# The offscreen platform says it cannot propagate size hints: harmless, not a test failure.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def demo(qtbot, ws):
    return ws


@pytest.fixture
def window(qtbot, qapp, demo):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")  # as the app does at start: English with its plural forms
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def cli_estimate(path) -> dict:
    out = subprocess.run([sys.executable, "-m", "claimdesk", "estimate", str(path)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


# ---- first-run assistant --------------------------------------------------------------------

def fill_company(wizard, qtbot):
    p = wizard.profile
    p.name.setText("Café du Marché")
    p.address.setPlainText("12 rue Mercière\n69002 Lyon\nFrance")
    qtbot.keyClicks(p.signatory, "Ana Martin")
    p.jurisdiction.setCurrentIndex(p.jurisdiction.findData("FR"))
    h = wizard.hours
    for day in ("tue", "wed", "thu", "fri", "sat"):
        h.hours[day].setText("08:00-12:00, 14:00-19:00")
        h.turnover[day].setText("900")


def test_assistant_creates_the_company(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome → profile
    # an empty name is flagged at its field and the step does not go on
    wizard.next()
    assert wizard.currentId() == 1
    assert wizard.profile.fields["company.name"].error.isVisible()
    fill_company(wizard, qtbot)
    assert wizard.profile.currency.text() == "EUR"  # follows the jurisdiction
    wizard.next()
    wizard.next()  # hours → channels
    wizard.next()  # channels → baseline
    b = wizard.baseline
    b.edits["average_order_value"].setText("35")
    b.edits["gross_profit_rate"].setText("150")  # a rate above 100 %
    b.edits["recovery_rate"].setText("10")
    wizard.next()
    field = b.fields["company.baseline.gross_profit_rate"]
    assert field.error.isVisible() and "100" in field.error.text()
    assert b.edits["gross_profit_rate"].text() == "150"  # what was typed is kept
    b.edits["gross_profit_rate"].setText("62")
    wizard.next()
    c = wizard.contract
    qtbot.keyClicks(c.provider, "Orange SA")
    c.services["internet"].setChecked(True)
    c.services["phone"].setChecked(True)
    c.fee.setText("59,90")
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    ws = wizard.workspace
    company = ws.company()
    assert company.name == "Café du Marché"
    assert company.baseline.gross_profit_rate == Decimal("0.62")
    assert company.opening_hours["sat"][1].start == 14 * 60
    assert ws.contracts()[0].contract.monthly_fee == Decimal("59.90")
    assert ws.path in [p.resolve() for p in recent_files(tmp_path / "data")]
    ws.close()


def test_assistant_opens_the_demo_bakery(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.demo.setChecked(True)
    assert wizard.welcome.nextId() == -1
    wizard.accept()
    ws = wizard.workspace
    assert ws.company().name == "Fraser Street Bakery Ltd."
    assert ws.count_outages() == 1
    ws.close()


# ---- quick logging and editing --------------------------------------------------------------

def test_the_running_banner_follows_a_switch_to_a_dark_palette(qtbot, qapp, window, demo):
    """Dark mode switched on while an outage runs: the banner takes its dark colours at once."""
    from claimdesk.ui.theme import banner_style, dark_palette

    qtbot.waitUntil(lambda: window.shortcuts_set)  # the window's start is over
    demo.start_outage("internet")
    window.refresh_all()
    assert window.banner.styleSheet() == banner_style(window.palette())
    light = window.banner.styleSheet()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: window.banner.styleSheet() != light)
        assert window.banner.styleSheet() == banner_style(dark_palette())
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: window.banner.styleSheet() == light)



def test_outage_started_now_then_service_is_back(qtbot, window, demo, monkeypatch):
    from claimdesk.ui.outage_dialogs import ServiceBackDialog, StartOutageDialog

    before = now_utc()
    dlg = StartOutageDialog(demo, window.formats, window)
    qtbot.addWidget(dlg)
    dlg.service.setCurrentIndex(dlg.service.findData("internet"))
    dlg.accept()
    window.refresh_all()
    running = demo.running_outages()
    assert [r.service for r in running] == ["internet"]
    assert before <= running[0].start <= now_utc()
    assert window.banner.isVisible() and "ticket number" in window.banner_label.text()
    assert window.act_back.isEnabled()

    back = ServiceBackDialog(demo, window.formats, running, window)
    qtbot.addWidget(back)
    assert "ticket" in back.ticket_field.help.text()
    qtbot.keyClicks(back.ticket, "INC-4711")
    later = now_utc() + timedelta(minutes=95)
    monkeypatch.setattr("claimdesk.services.workspace.now_utc", lambda: later)
    back.accept()
    window.refresh_all()
    rec = demo.outage(running[0].id)
    assert rec.end == later and rec.provider_reference == "INC-4711"
    assert not window.banner.isVisible()
    assert not window.act_back.isEnabled()


def test_edit_a_past_outage_with_evidence(qtbot, window, demo, tmp_path):
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    dlg = OutageEditor(demo, window.formats, rec, window)
    qtbot.addWidget(dlg)
    # the editor shows local shop time (Vancouver)
    assert dlg.start.dateTime() == QDateTime(QDate(2019, 8, 1), QTime(8, 15))
    # an end before the start is flagged at the end field and nothing typed is lost
    dlg.end.setDateTime(QDateTime(QDate(2019, 7, 30), QTime(9, 0)))
    dlg.ticket.setText("TKT-NEW")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert not dlg.fields["outage.end"].error.isHidden()
    assert dlg.ticket.text() == "TKT-NEW"
    assert demo.outage(rec.id).provider_reference == "TKT-2019-081734"
    # fix the end, add a file by drag and drop, save
    dlg.end.setDateTime(QDateTime(QDate(2019, 8, 6), QTime(12, 30)))
    proof = tmp_path / "bounce.eml"
    proof.write_text("Delivery failed")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(proof))])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    dlg.evidence.dropEvent(event)
    assert dlg.pending == [proof]
    dlg.accept()
    # the evidence is copied in a worker: the dialog closes when it is in
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=10000)
    saved = demo.outage(rec.id)
    assert saved.provider_reference == "TKT-NEW"
    assert saved.end == datetime(2019, 8, 6, 19, 30, tzinfo=timezone.utc)  # 12:30 PDT
    assert [e.filename for e in saved.evidence] == ["bounce.eml"]


def test_add_a_past_outage_from_the_window(qtbot, window, demo):
    from claimdesk.ui.outage_dialogs import OutageEditor

    dlg = OutageEditor(demo, window.formats, None, window)
    qtbot.addWidget(dlg)
    dlg.service.setCurrentIndex(dlg.service.findData("phone"))
    dlg.start.setDateTime(QDateTime(QDate(2019, 9, 3), QTime(9, 0)))
    dlg.end.setDateTime(QDateTime(QDate(2019, 9, 3), QTime(11, 30)))
    dlg.accept()
    window.refresh_all()
    assert window.model.rowCount() == 2
    assert window.model.index(0, 0).data() == "Phone"  # newest first
    assert window.model.index(0, 4).data() == "2 h 30 min"


# ---- live estimate ---------------------------------------------------------------------------

def test_live_estimate_equals_claimdesk_estimate(qtbot, window, bakery_path):
    expected = cli_estimate(bakery_path)
    window.table.selectRow(0)
    # the bakery's case has 85.00 of extra costs: type them into the panel
    qtbot.keyClicks(window.estimate.extras.edits["extra_costs"], "85.00")
    qtbot.waitUntil(lambda: window.estimate.view.amounts.get("increased_cost_of_working") == "85.00")
    shown = window.estimate.view.amounts
    for key in ("lost_turnover_gross", "lost_orders", "loss_of_gross_profit", "subscription_refund",
                "total_claimed", "outage_hours", "business_hours_affected"):
        assert shown[key] == expected[key], key
    assert window.estimate.view.value_labels["total_claimed"].text() == "$2,179.11"
    assert "62%" in window.estimate.view.formula_labels["loss_of_gross_profit"].text()
    # the bakery's outage spans 5 opening days (Aug 1-6, closed on Monday): a plural, not "day(s)"
    assert window.estimate.view.formula_labels["lost_turnover_gross"].text() == \
        "Lost turnover (gross): added up over 5 opening days"


def test_live_estimate_flags_a_bad_amount_and_keeps_the_figures(qtbot, window):
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    before = dict(window.estimate.view.amounts)
    qtbot.keyClicks(window.estimate.extras.edits["credits_received"], "twelve")
    qtbot.wait(200)
    field = window.estimate.extras.fields["credits_received"]
    assert not field.error.isHidden()
    assert window.estimate.extras.edits["credits_received"].text() == "twelve"
    assert window.estimate.view.amounts == before


# ---- journal model ---------------------------------------------------------------------------

def test_journal_pages_lazily_and_filters(qtbot, demo):
    cid = demo.contracts()[0].id
    t0 = datetime(2020, 1, 1, tzinfo=timezone.utc)
    with demo.file.transaction():
        for i in range(3000):
            s = t0 + timedelta(hours=3 * i)
            demo.file.add_outage(cid, ("phone", "internet")[i % 2], s, s + timedelta(minutes=40))
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.model.rowCount() == 3001
    assert w.model.loaded_pages() <= 2
    w.table.scrollToBottom()
    qtbot.wait(10)
    assert w.model.index(3000, 0).data() == "E-mail"  # the bakery's 2019 outage is the oldest
    assert w.model.loaded_pages() <= 4
    w.f_service.setCurrentIndex(w.f_service.findData("phone"))
    assert w.model.rowCount() == 1500
    assert w.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert w.model.index(0, 0).data(Qt.ItemDataRole.WhatsThisRole) is None


def test_journal_cells_follow_the_language_an_edit_and_a_running_clock(qtbot, qapp, demo, monkeypatch):
    """The journal keeps each painted row's texts (Qt asks every cell for seven roles, on every
    repaint): what it keeps must never outlive a language switch, an edit or a running outage."""
    from claimdesk.i18n.qt import set_language
    from claimdesk.services import workspace as wsvc

    set_language(qapp, "en")
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    model, claimed = w.model, COLUMNS_INDEX["claimed"]
    rec = model.record(0)
    assert rec.end is not None
    assert model.index(0, claimed).data() == "no"
    w.table.viewport().repaint()  # painted: its texts are kept now
    set_language(qapp, "fr")
    qapp.processEvents()
    assert model.index(0, claimed).data() == "non"
    assert model.headerData(claimed, Qt.Orientation.Horizontal) == "Réclamée"
    set_language(qapp, "en")
    qapp.processEvents()

    end = rec.end + timedelta(hours=5)
    demo.file.update_outage(rec.id, end=end)
    w.refresh_all()
    row = model.row_of(rec.id, read_pages=1)
    assert model.index(row, COLUMNS_INDEX["end"]).data() == model._when(end)
    assert model.index(row, COLUMNS_INDEX["duration"]).data() == duration_text((end - rec.start).total_seconds())

    started = now_utc() - timedelta(hours=1)
    demo.start_outage("phone", at=started)
    w.refresh_all()
    row = model.row_of(demo.running_outages()[0].id, read_pages=1)
    duration = model.index(row, COLUMNS_INDEX["duration"])
    assert duration.data() == "1 h 00 min"
    assert duration.data(Qt.ItemDataRole.FontRole).bold()
    w.table.viewport().repaint()
    monkeypatch.setattr(wsvc, "now_utc", lambda: started + timedelta(hours=2, minutes=5))
    assert duration.data() == "2 h 05 min"  # a running outage's duration is never kept


# ---- claims ---------------------------------------------------------------------------------

def test_claims_list_highlights_overdue_answers(qtbot, window, demo):
    from claimdesk.services.workspace import with_claim_defaults

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    spec = with_claim_defaults(demo.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date.today() - timedelta(days=40)})
    case = demo.build_case(rec.contract_id, [rec.id], spec)
    cid = demo.store_claim(rec.contract_id, [rec.id], case, Decimal("100.00"), None)
    window.tabs.setCurrentIndex(1)
    window.refresh_all()
    view = window.claims
    view.table.selectRow(0)
    view.status.setCurrentIndex(view.status.findData("sent"))
    view.apply_status()
    assert demo.file.claim(cid).status == "sent"
    index = view.model.index(0, 8)  # answer due
    assert "overdue" in index.data()
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 answer overdue" in window.summary_label.text()
    assert "0</b> outages not yet claimed" in window.summary_label.text()


def test_claim_wizard_to_a_pdf_whose_figures_equal_the_estimate(qtbot, window, demo, tmp_path, bakery_path):
    pytest.importorskip("claimdesk.services.render")
    from pypdf import PdfReader

    from claimdesk.ui.claim_wizard import ClaimWizard

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    wizard = ClaimWizard(demo, window.formats, [rec.id], window, folder=tmp_path / "letters")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.outages.chosen() == [rec.id]
    wizard.next()
    qtbot.keyClicks(wizard.review.extras.edits["extra_costs"], "85")
    expected = cli_estimate(bakery_path)
    assert wizard.review.estimate.figures()["total_claimed"] == expected["total_claimed"]
    wizard.next()
    wizard.letter.language.setCurrentIndex(wizard.letter.language.findData("en"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.rendered is not None, timeout=20000)
    assert wizard.preview.document.pageCount() >= 1
    assert wizard.preview.rendered.summary["total_claimed"] == expected["total_claimed"]
    wizard.next()
    assert wizard.save.name.text().endswith("claim - TELUS Communications Inc - Fraser Street Bakery Ltd.pdf")
    wizard.accept()
    assert wizard.saved_path.is_file()
    text = "".join(page.extract_text() for page in PdfReader(wizard.saved_path).pages)
    assert "2,179.11" in text
    claim = demo.file.claim(wizard.claim_id)
    assert claim.amount_claimed == Decimal(expected["total_claimed"]) and claim.has_pdf
    assert claim.outage_ids == (rec.id,)


# ---- behaviour ------------------------------------------------------------------------------

def test_every_action_has_a_shortcut_and_widgets_have_names(qtbot, window):
    # the keys are set just after the first paint, and the tool tips then name them
    qtbot.waitUntil(lambda: window.shortcuts_set)
    for act in (window.act_start, window.act_back, window.act_edit, window.act_add, window.act_claim,
                window.act_open, window.act_settings, window.act_claims, window.act_delete):
        assert not act.shortcut().isEmpty(), act.objectName()
    assert window.act_start.toolTip().endswith("(Ctrl+D)")
    assert window.act_delete.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Delete)) \
        == QKeySequence.SequenceMatch.ExactMatch
    opened = []

    def close_the_dialog():  # the dialog runs its own event loop: closed from within it
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "StartOutageDialog" and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, close_the_dialog)
            return
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_the_dialog)
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Outage started now
    qtbot.waitUntil(lambda: len(opened) == 1)
    for widget in (window.table, window.f_service, window.f_claimed, window.estimate.view):
        assert widget.accessibleName()


def test_crash_dialog_names_the_log_file(qtbot, tmp_path):
    from claimdesk.ui.crash import crash_box, setup_logging

    log_path = setup_logging(tmp_path / "d")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        box = crash_box(*sys.exc_info(), log_path)
    qtbot.addWidget(box)
    assert str(log_path) in box.informativeText()
    assert "RuntimeError: boom" in box.detailedText()


def test_a_full_log_is_rotated_when_the_app_starts(tmp_path):
    import logging

    from claimdesk import paths
    from claimdesk.ui.crash import LOG_BACKUPS, LOG_MAX_BYTES, LOG_NAME, setup_logging

    folder = paths.log_dir(tmp_path)
    folder.mkdir(parents=True)
    log = folder / LOG_NAME
    for i in range(1, LOG_BACKUPS + 1):  # a full set of older logs: the oldest goes
        (folder / f"{LOG_NAME}.{i}").write_text(f"old {i}\n", "utf-8")
    log.write_text("x" * LOG_MAX_BYTES, "utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(tmp_path) == log
        logging.getLogger("claimdesk").warning("after the rotation")
        for handler in root.handlers:
            handler.flush()
        assert log.read_text("utf-8").endswith("after the rotation\n")
        assert (folder / f"{LOG_NAME}.1").stat().st_size == LOG_MAX_BYTES
        assert [(folder / f"{LOG_NAME}.{i}").read_text("utf-8") for i in (2, 3)] == ["old 1\n", "old 2\n"]
        assert not (folder / f"{LOG_NAME}.4").exists()
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()


def test_settings_flag_a_bad_entry_at_its_field(qtbot, window, demo):
    from claimdesk.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(demo, window)
    qtbot.addWidget(dlg)
    dlg.hours.hours["mon"].setText("nine to five")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert not dlg.hours.fields["company.opening_hours.mon"].error.isHidden()
    assert dlg.tabs.currentIndex() == 1
    dlg.hours.hours["mon"].setText("09:00-17:00")
    dlg.hours.turnover["mon"].setText("700")
    dlg.accept()
    assert demo.file.company().opening_hours["mon"][0].start == 9 * 60


@pytest.mark.parametrize("lang", ("en", "fr", "de"))
def test_a_message_under_its_field_does_not_repeat_the_field_name(qtbot, qapp, window, demo, lang):
    from claimdesk.i18n.problem_texts import field_name
    from claimdesk.i18n.qt import set_language
    from claimdesk.ui.settings_dialog import SettingsDialog

    name = field_name("company.baseline.gross_profit_rate", lang)
    set_language(qapp, lang)
    try:
        dlg = SettingsDialog(demo, window)
        qtbot.addWidget(dlg)
        dlg.baseline.edits["gross_profit_rate"].setText("150")
        dlg.accept()
        under = dlg.baseline.fields["company.baseline.gross_profit_rate"].error.text()
        assert "100" in under and name.lower() not in under.lower()  # the label above names it
        assert dlg.baseline.edits["gross_profit_rate"].text() == "150"
        # a message away from its field (a list in a dialog) still says which field it is about
        from claimdesk.domain.problems import Problem
        from claimdesk.ui.forms import problems_text

        listed = problems_text([Problem("company.baseline.gross_profit_rate", "must be at most 1", "range",
                                        {"low": "0", "high": "1"})])
        assert listed.startswith(name)
    finally:
        set_language(qapp, "en")


def test_smoke_test_command(tmp_path):
    pytest.importorskip("claimdesk.services.render")
    from claimdesk.services.workspace import recent_files

    ws = Workspace.create_demo(tmp_path)  # the file the user works in, which the app reopens
    ws.close()
    recent = (tmp_path / "settings" / "recent.json").read_bytes()
    result = subprocess.run([sys.executable, "-m", "claimdesk", "--smoke-test", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout
    # A successful run prints nothing else: the offscreen plugin's notices are not warnings.
    assert "propagateSizeHints" not in result.stderr, result.stderr
    assert result.stderr.strip() == "", result.stderr
    assert (tmp_path / "settings" / "recent.json").read_bytes() == recent
    assert recent_files(tmp_path) == [ws.path.resolve()]


def test_the_app_starts_on_the_last_company_file(qtbot, tmp_path):
    from claimdesk.ui.app import start_main_window

    data = tmp_path / "data"
    ws = Workspace.create_demo(data)
    path = ws.path
    ws.close()
    window = start_main_window(data)
    qtbot.addWidget(window)
    assert window.isVisible() and window.ws.path == path
    assert window.model.rowCount() == 1 and window.company_label.text() == "Fraser Street Bakery Ltd."
    window.close()
    assert window.ws is None  # closing the window closes the company file (no integrity check next time)


def test_closing_the_window_cancels_a_pending_estimate(qtbot, window, demo, monkeypatch):
    """A selection made just before quitting must not start an estimate on the closed company file."""
    calls = []
    real = demo.estimate_records
    monkeypatch.setattr(demo, "estimate_records", lambda *a, **k: calls.append(a) or real(*a, **k))
    window.table.selectRow(0)
    assert window._estimate_timer.isActive()  # the estimate waits 120 ms for more changes
    window.close()
    assert demo.file.closed and window.ws is None
    assert not window._estimate_timer.isActive()
    qtbot.wait(300)
    assert calls == []
    assert window.estimate.view.amounts == {}


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen cannot raise
def test_a_company_file_opened_from_the_finder_replaces_the_company(window, qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from claimdesk.ui.file_open import FileOpenHandler

    other = Workspace.create_demo(tmp_path / "other")
    other_path = other.path
    other.close()
    opener = FileOpenHandler(qapp)
    try:
        # Before the window exists the file is kept for the start (the Finder launched the app).
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(other_path)))
        assert opener.take_pending() == str(other_path) and opener.pending is None
        # Once it exists, the file is opened in it.
        opener.window = window
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(other_path)))
        assert window.ws.path == other_path
    finally:
        qapp.removeEventFilter(opener)
        opener.deleteLater()
