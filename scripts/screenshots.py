"""Save a screenshot of every main screen into docs/screenshots/ (offscreen, demo company).

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="claimdesk-shots-"))
    os.environ["CLAIMDESK_DATA_DIR"] = str(data)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setStyle("Fusion")
    from claimdesk.i18n.qt import set_language

    set_language(app, "en")  # as the app does at start: English with its plural forms ("1 outage")
    from claimdesk.services.workspace import OutageFilter, Workspace, now_utc
    from claimdesk.ui.company_wizard import CompanyWizard
    from claimdesk.ui.main_window import MainWindow
    from claimdesk.ui.outage_dialogs import OutageEditor, ServiceBackDialog, StartOutageDialog
    from claimdesk.ui.settings_dialog import SettingsDialog

    def shot(widget, name):
        widget.show()
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    wizard = CompanyWizard(data)
    shot(wizard, "01-first-run-welcome")
    wizard.next()
    shot(wizard, "02-first-run-profile")
    wizard.close()
    from claimdesk.ui.company_wizard import PAGE_CHANNELS

    wizard = CompanyWizard(data)
    wizard.setStartId(PAGE_CHANNELS)
    wizard.restart()
    shot(wizard, "19-first-run-how-customers-pay")
    wizard.close()

    ws = Workspace.create_demo(data)
    cid = ws.contracts()[0].id
    start = now_utc() - timedelta(days=9, hours=3)
    ws.file.add_outage(cid, "phone", start, start + timedelta(hours=2, minutes=40), "TKT-55120",
                       "No dial tone on both lines.")
    ws.start_outage("internet", at=now_utc() - timedelta(minutes=42))
    window = MainWindow(ws, data_dir=data)
    window.resize(1280, 800)
    rows = window.model.rowCount()
    window.table.selectRow(rows - 1)
    window.estimate.extras.edits["extra_costs"].setText("85.00")
    window.update_estimate()
    shot(window, "03-main-window-journal")
    window.estimate.view.calc_toggle.setChecked(True)
    shot(window, "20-main-window-calculation")
    window.estimate.view.calc_toggle.setChecked(False)
    guide = window.owner_menus.show_guide()
    shot(guide, "22-help-getting-started")
    guide.close()

    shot(StartOutageDialog(ws, window.formats, window), "04-outage-started-now")
    shot(ServiceBackDialog(ws, window.formats, ws.running_outages(), window), "05-service-is-back")
    rec = ws.outage_page(OutageFilter(), rows - 1, 1)[0]
    shot(OutageEditor(ws, window.formats, rec, window), "06-outage-editor")
    settings = SettingsDialog(ws, window)
    for i, name in enumerate(("profile", "hours", "channels", "baseline", "contracts")):
        settings.tabs.setCurrentIndex(i)
        shot(settings, f"07-settings-{i + 1}-{name}")
    settings.close()

    try:
        import claimdesk.services.render  # noqa: F401
    except ImportError:
        print("letters service not available: claim wizard preview skipped")
    else:
        from claimdesk.ui.claim_wizard import ClaimWizard

        wiz = ClaimWizard(ws, window.formats, [rec.id], window, folder=data)
        shot(wiz, "08-claim-wizard-outages")
        wiz.next()
        wiz.review.extras.edits["extra_costs"].setText("85.00")
        shot(wiz, "09-claim-wizard-figures")
        wiz.next()
        shot(wiz, "10-claim-wizard-letter")
        wiz.next()
        from claimdesk.ui.workers import wait_for_all

        for _ in range(200):
            wait_for_all(100)
            app.processEvents()
            if wiz.preview.rendered is not None:
                break
        import time

        for _ in range(40):  # QPdfView paints its pages asynchronously
            app.processEvents()
            time.sleep(0.05)
        shot(wiz, "11-claim-wizard-preview")
        wiz.next()
        shot(wiz, "12-claim-wizard-save")
        wiz.accept()
        window.refresh_all()
    # an overdue answer, so the claims list shows its highlight
    from datetime import date
    from decimal import Decimal

    from claimdesk.services.workspace import with_claim_defaults

    spec = with_claim_defaults(ws.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date.today() - timedelta(days=50)})
    old = ws.build_case(cid, [rec.id], spec)
    overdue = ws.store_claim(cid, [rec.id], old, Decimal("1830.40"), None)
    ws.set_claim_status(overdue, "sent", date.today() - timedelta(days=49))
    window.refresh_all()
    window.tabs.setCurrentIndex(1)
    window.claims.table.selectRow(window.claims.model.rowCount() - 1)  # the overdue row shows its highlight
    shot(window, "13-main-window-claims")
    from claimdesk.ui.letter_actions import SavedLetterDialog

    # an example owner's Documents folder, not this machine's
    saved = SavedLetterDialog(Path("/home/sam/Documents/TELUS Communications Inc. 2019-08-20 Claim.pdf"),
                              "TELUS Communications Inc. 2019-08-20 Claim", window)
    saved.mail_note.show()
    shot(saved, "21-letter-saved")
    saved.close()

    from claimdesk.services.watch_settings import WatchSettings
    from claimdesk.ui.watchdog_ui import WatchdogDialog

    watchdog = WatchdogDialog(WatchSettings(gateway="192.168.1.1:80", isp_resolver="192.168.1.1"), window)
    watchdog.enabled.setChecked(True)
    shot(watchdog, "18-watchdog-consent")
    watchdog.close()

    # the same screens on a dark palette (Fusion), as on a system in dark mode
    from claimdesk.ui.theme import dark_palette

    app.setPalette(dark_palette())
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(rows - 1)
    window.update_estimate()
    shot(window, "14-dark-main-window-journal")
    window.tabs.setCurrentIndex(1)
    shot(window, "15-dark-main-window-claims")
    editor = OutageEditor(ws, window.formats, rec, window)
    editor.fields["outage.end"].set_error("must be after the start")
    shot(editor, "16-dark-outage-editor")
    settings = SettingsDialog(ws, window)
    settings.tabs.setCurrentIndex(3)
    shot(settings, "17-dark-settings-baseline")
    settings.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
