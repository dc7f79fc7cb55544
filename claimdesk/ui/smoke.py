"""``--smoke-test=full``: a new user's first hour, driven offscreen through the real windows.

The script is a generator: each ``yield`` hands the driver a condition (a dialog is showing, a row
is there) and the next step runs once it holds. Steps that open a modal dialog do so from a
zero-delay timer, so the dialog's own event loop never re-enters the script.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

log = logging.getLogger(__name__)

STEP_TIMEOUT_S = 60


def shown(cls):
    """The visible window of class ``cls``, or None."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, cls) and w.isVisible():
            return w
    return None


def later(fn: Callable) -> None:
    """Run ``fn`` once the driver's step has returned (``fn`` may open a modal dialog)."""
    QTimer.singleShot(0, fn)


class Driver(QObject):
    """Runs a script generator: ``yield condition`` waits until ``condition()`` is true."""

    def __init__(self, script: Iterator, parent=None):
        super().__init__(parent)
        self.script = script
        self.waiting_for: Callable | None = None
        self.step = "start"
        self.since = time.monotonic()
        self.finished = False
        self.failure: str | None = None
        self.timer = QTimer(self, interval=25)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.finished:
            return
        try:
            if self.waiting_for is not None and not self.waiting_for():
                if time.monotonic() - self.since > STEP_TIMEOUT_S:
                    raise TimeoutError(f"waited {STEP_TIMEOUT_S} s for: {self.step}")
                return
            self.timer.stop()  # a step that spins an event loop must not be re-entered
            try:
                self.step, self.waiting_for = next(self.script)
            finally:
                if not self.finished:
                    self.timer.start()
            self.since = time.monotonic()
        except StopIteration:
            self._finish(None)
        except Exception:  # noqa: BLE001 - the smoke test reports any failure and exits 1
            self._finish(f"step '{self.step}':\n{traceback.format_exc()}")

    def _finish(self, failure: str | None) -> None:
        self.finished = True
        self.failure = failure
        self.timer.stop()
        # close whatever dialog is still up, so a nested event loop ends too
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "reject"):
                w.reject()
        QApplication.instance().exit(0 if failure is None else 1)


def first_hour(data_dir) -> Iterator:
    """The steps; each yields (what it waits for, condition)."""
    from ..services.workspace import now_utc
    from .claim_wizard import ClaimWizard
    from .company_wizard import CompanyWizard
    from .main_window import MainWindow
    from .outage_dialogs import ServiceBackDialog, StartOutageDialog

    # the first-run assistant: the user's own business
    yield "the first-run assistant", lambda: shown(CompanyWizard)
    wizard = shown(CompanyWizard)
    wizard.next()
    p = wizard.profile
    p.name.setText("Smoke Test Bakery")
    p.address.setPlainText("12 rue Mercière\n69002 Lyon\nFrance")
    p.signatory.setText("Ana Martin")
    p.jurisdiction.setCurrentIndex(p.jurisdiction.findData("FR"))
    wizard.next()
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        wizard.hours.hours[day].setText("00:00-24:00")
        wizard.hours.turnover[day].setText("2400")
    wizard.next()
    wizard.next()
    b = wizard.baseline
    b.edits["average_order_value"].setText("35")
    b.edits["gross_profit_rate"].setText("62")
    b.edits["recovery_rate"].setText("10")
    wizard.next()
    c = wizard.contract
    c.provider.setText("Orange SA")
    c.provider_address.setPlainText("1 avenue Nelson Mandela\n94110 Arcueil\nFrance")
    c.customer.setText("C-123")
    c.reference.setText("PRO-42")
    c.services["internet"].setChecked(True)
    c.services["phone"].setChecked(True)
    c.fee.setText("59,90")
    assert wizard.currentId() == wizard.pageIds()[-1], f"the assistant stopped on page {wizard.currentId()}"
    wizard.button(QWizard.WizardButton.FinishButton).click()

    yield "the main window", lambda: shown(MainWindow) and shown(MainWindow).ws is not None
    window = shown(MainWindow)
    assert window.ws.company().name == "Smoke Test Bakery", window.ws.company().name

    # an outage starts, then ends
    later(window.act_start.trigger)
    yield "“Outage started now”", lambda: shown(StartOutageDialog)
    dlg = shown(StartOutageDialog)
    dlg.ticket.setText("TKT-1")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    yield "the running outage", lambda: not shown(StartOutageDialog) and window.ws.running_outages()
    started = now_utc()
    yield "a second of outage", lambda: (now_utc() - started).total_seconds() > 1.1
    later(window.act_back.trigger)
    yield "“Service is back”", lambda: shown(ServiceBackDialog)
    shown(ServiceBackDialog).buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    yield "the outage ended", lambda: not shown(ServiceBackDialog) and not window.ws.running_outages()

    # a claim for it, through the wizard (the outage just ended is the one selected)
    assert [r.end is not None for r in window.selected_records()] == [True], "the ended outage is not selected"
    later(window.act_claim.trigger)
    yield "the claim wizard", lambda: shown(ClaimWizard)
    cw = shown(ClaimWizard)
    assert cw.outages.chosen(), "the ended outage is not offered in the claim wizard"
    cw.next()  # figures
    yield "the figures", lambda: cw.review.isComplete()
    cw.next()  # letter settings
    cw.next()  # preview
    yield "the letter preview", lambda: cw.preview.rendered is not None or cw.preview.error.isVisible()
    assert cw.preview.rendered is not None, cw.preview.error.text()
    cw.next()  # save
    cw.save.folder.setText(str(_letters_folder(data_dir)))
    cw.button(QWizard.WizardButton.FinishButton).click()
    yield "the claim saved", lambda: not shown(ClaimWizard) and cw.claim_id is not None
    claim_id = cw.claim_id

    # marked sent in the claims view
    view = window.claims
    window.tabs.setCurrentIndex(1)
    view.select_claim(claim_id)
    view.status.setCurrentIndex(view.status.findData("sent"))
    view.apply.click()
    claim = next(c for c in window.ws.claims() if c.id == claim_id)
    assert claim.status == "sent", claim.status

    # the demo path, from File ▸ New company
    later(window.act_new.trigger)
    yield "the assistant again", lambda: shown(CompanyWizard)
    wizard = shown(CompanyWizard)
    wizard.welcome.demo.setChecked(True)
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled(), "the demo path offers no way to finish"
    button.click()
    yield "the demo company", lambda: not shown(CompanyWizard) and window.ws is not None \
        and window.ws.company().name == "Fraser Street Bakery Ltd."
    window.table.selectRow(0)
    yield "the demo estimate", lambda: bool(window.estimate.view.amounts)
    window.estimate.view.calc_toggle.click()
    yield "the calculation shown", lambda: not window.estimate.view.formula_labels["shortage_in_turnover"].isHidden()
    guide = window.owner_menus.show_guide()
    yield "the guide", lambda: guide.isVisible()
    guide.close()
    tables = window.owner_menus.write_tables(_letters_folder(data_dir).parent)
    assert all(t.read_bytes().startswith(b"\xef\xbb\xbf") for t in tables), tables
    print(f"smoke test (full): ok — claim {claim_id} sent, demo company open with "
          f"{window.model.rowCount()} outage(s)", flush=True)
    window.close()


def _letters_folder(data_dir):
    from pathlib import Path

    from .. import paths

    return Path(data_dir) / "letters" if data_dir else paths.log_dir(None).parent / "letters"


def full_smoke_test(app, data_dir, language: str | None = None) -> int:
    """The first hour of a new user, offscreen: 0 if every step went well."""
    from .app import start_main_window

    driver = Driver(first_hour(data_dir))
    window = start_main_window(data_dir, None, language)
    if window is None and not driver.finished:
        driver._finish("the first-run assistant closed without a company")
    code = app.exec() if not driver.finished else (0 if driver.failure is None else 1)
    if window is not None and window.isVisible():
        window.close()
    from .workers import wait_for_all

    wait_for_all(30000)
    if driver.failure:
        print(f"smoke test (full): FAILED at {driver.failure}", flush=True)
        return 1
    return code
