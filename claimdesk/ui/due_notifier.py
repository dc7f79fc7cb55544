"""What is due on the claims, said when a company file opens and whenever something new falls
due while the app stays open: in the status bar, and as a desktop notification where the
desktop has a system tray."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from ..services import claims as ladder

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000  # deadlines are days: once an hour is soon enough


class DueNotifier(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.seen: dict[str, set] = {}  # per company file: the (letter, action) pairs already announced
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.workspace_changed.connect(self.check)

    def check(self) -> list:
        """Announce what fell due since the last check; returns those items."""
        ws = self.window_.ws
        if ws is None or ws.file.closed:
            return []
        try:
            items = ladder.due(ws.file)
        except Exception:  # noqa: BLE001 - a reminder is never worth a crash
            log.warning("could not list what is due", exc_info=True)
            return []
        key = str(ws.path)
        seen = self.seen.get(key, set())
        new = [i for i in items if (i.claim_id, i.action) not in seen]
        self.seen[key] = {(i.claim_id, i.action) for i in items}
        if new:
            text = self.tr("Something is due on your claims ({0}): see the Claims tab.").format(len(items))
            self.window_.statusBar().showMessage(text, 20000)
            self._notify(text)
        return new

    def _notify(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window_.windowIcon(), self)
            self.tray.messageClicked.connect(self._show_claims)
        self.tray.show()
        self.tray.showMessage("ClaimDesk", text, QSystemTrayIcon.MessageIcon.Information, 15000)

    def _show_claims(self) -> None:
        self.window_.showNormal()
        self.window_.raise_()
        self.window_.activateWindow()
        self.window_.tabs.setCurrentIndex(1)
