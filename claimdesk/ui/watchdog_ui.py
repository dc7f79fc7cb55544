"""The watchdog in the app: its settings dialog with the consent text, the worker that runs it
while the window is open, a tray icon showing its state, and "Import bounce messages…".

``install(window)`` adds all of it to the main window, so the window's own code only calls it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QSystemTrayIcon,
    QVBoxLayout,
)

from .icons import icon
from .language import Retranslating, changes

if TYPE_CHECKING:  # imported when first used: the probes' modules (socket, OpenSSL) are not needed at start
    from ..services import watch_settings

log = logging.getLogger(__name__)


class WatchdogDialog(Retranslating, QDialog):
    """Turn the watchdog on or off; on needs the user's agreement to the hosts listed."""

    def __init__(self, settings: watch_settings.WatchSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("watchdog_dialog")
        self.settings = settings
        self.enabled = QCheckBox(objectName="watchdog_enabled")
        self.enabled.setChecked(settings.enabled)
        self.gateway = QLineEdit(settings.gateway, objectName="watchdog_gateway")
        self.gateway.setPlaceholderText("192.168.1.1:80")
        self.resolver = QLineEdit(settings.isp_resolver, objectName="watchdog_resolver")
        self.consent = QLabel(objectName="watchdog_consent", wordWrap=True)
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        self.agree = QCheckBox(objectName="watchdog_agree")
        self.agree.setChecked(settings.active)
        self.error = QLabel(objectName="watchdog_error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.form = QFormLayout()
        self.gateway_label, self.resolver_label = QLabel(), QLabel()
        self.gateway_label.setBuddy(self.gateway)
        self.resolver_label.setBuddy(self.resolver)
        self.form.addRow(self.gateway_label, self.gateway)
        self.form.addRow(self.resolver_label, self.resolver)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # the dialog grows with the consent text (a wrapped label does not ask for its height by itself)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.consent.setFixedWidth(500)
        self.error.setFixedWidth(500)
        for w in (self.enabled, self.form, self.consent, self.agree, self.error, buttons):
            layout.addLayout(w) if w is self.form else layout.addWidget(w)
        for edit in (self.gateway, self.resolver):
            edit.textChanged.connect(self._update_consent)
        self.enabled.toggled.connect(self._update_consent)
        self.retranslate()

    def chosen(self) -> watch_settings.WatchSettings:
        return replace(self.settings, enabled=self.enabled.isChecked(), gateway=self.gateway.text().strip(),
                       isp_resolver=self.resolver.text().strip())

    def _update_consent(self, *_):
        hosts = ", ".join(self.chosen().hosts())
        self.consent.setText(self.tr(
            "While it is on, ClaimDesk contacts these hosts from this computer about once a minute: {hosts}. "
            "They see your shop's internet address; nothing else leaves the computer. Every result is kept "
            "in the company file, chained so that any later change shows. It runs only while ClaimDesk is "
            "open.").format(hosts=hosts))
        self.agree.setEnabled(self.enabled.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Watchdog"))
        self.enabled.setText(self.tr("&Watch the internet connection while ClaimDesk is open"))
        self.gateway_label.setText(self.tr("&Gateway (your box, HOST:PORT):"))
        self.resolver_label.setText(self.tr("&Provider's DNS server:"))
        self.resolver.setPlaceholderText(self.tr("the one this computer uses"))
        self.agree.setText(self.tr("I &agree that ClaimDesk contacts these hosts"))
        self._update_consent()

    def _show_error(self, text: str, widget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def accept(self) -> None:
        chosen = self.chosen()
        if "gateway" in chosen.check():
            return self._show_error(self.tr("Gateway: write it as HOST:PORT, for example 192.168.1.1:80."),
                                    self.gateway)
        if chosen.enabled and not self.agree.isChecked():
            return self._show_error(self.tr("Tick the agreement to turn the watchdog on."), self.agree)
        self.settings = replace(chosen, consented_hosts=tuple(chosen.hosts()) if chosen.enabled else ())
        super().accept()


class WatchdogController(QObject):
    """Runs the watchdog on the window's company file while the window is open."""

    event_seen = Signal(object)  # a state Event, delivered on the GUI thread
    failed = Signal(object)
    imported = Signal(int)  # the outage made from bounce messages

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.background = None
        self.tray = QSystemTrayIcon(icon("claimdesk"), self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.event_seen.connect(self._on_event)
        self.failed.connect(self._on_failed)
        self.state = None
        self.act_settings = QAction(icon("settings"), "", window, objectName="watchdog")
        self.act_settings.triggered.connect(self.open_settings)
        self.act_import = QAction(icon("open"), "", window, objectName="import_bounces")
        self.act_import.triggered.connect(lambda: self.import_bounces())
        window.company_menu.addAction(self.act_settings)
        window.outage_menu.addSeparator()
        window.outage_menu.addAction(self.act_import)
        self.retranslate()
        changes().language.connect(self.retranslate)
        window.installEventFilter(self)  # for its Close
        window.workspace_changed.connect(self.restart)

    def retranslate(self) -> None:
        self.act_settings.setText(self.tr("&Watchdog…"))
        self.act_settings.setStatusTip(self.tr("Let ClaimDesk check the internet connection and record outages "
                                               "by itself"))
        self.act_import.setText(self.tr("&Import bounce messages…"))
        self.act_import.setStatusTip(self.tr("Turn bounce e-mails into an e-mail outage with the messages as "
                                             "evidence"))
        self._show_state(self.state)

    def open_settings(self) -> None:
        from ..services import watch_settings

        dialog = WatchdogDialog(self.settings(), self.window)
        if dialog.exec():
            watch_settings.save(dialog.settings, self.window.data_dir)
            self.restart()

    def import_bounces(self, files=None) -> None:
        """Bounce e-mails chosen by the user become an e-mail outage with the messages as evidence."""
        from pathlib import Path

        from ..services.evidence_import import import_bounces as do_import
        from .workers import run_task

        window = self.window
        if files is None:
            files, _ = QFileDialog.getOpenFileNames(window, self.tr("Import bounce messages"), "",
                                                    self.tr("E-mail messages (*.eml *.mbox)"))
        if not files or window.ws is None:
            return

        def done(result):
            oid = result.outage_id

            def select_when_loaded(*_):  # the journal reads its pages in a worker
                if window.model.row_of(oid) >= 0:
                    window.model.dataChanged.disconnect(select_when_loaded)
                    window.select_outage(oid)

            window.model.dataChanged.connect(select_when_loaded)
            window.refresh_all()
            window.model.record(0)
            select_when_loaded()
            window.statusBar().showMessage(self.tr("E-mail outage added from %n bounce message(s).", "",
                                                   result.messages), 8000)
            self.imported.emit(result.outage_id)

        def failed(exc):
            QMessageBox.warning(window, self.tr("Cannot import these messages"), self.message(exc))

        run_task(do_import, window.ws.file, [Path(f) for f in files], on_done=done, on_failed=failed, context=self)

    def settings(self) -> watch_settings.WatchSettings:
        from ..services import watch_settings

        return watch_settings.load(self.window.data_dir)

    def restart(self) -> None:
        self.stop()
        settings = self.settings()
        if not settings.active or self.window.ws is None:
            self._show_state(None)
            return
        from ..services.watchdog import Background

        self.background = Background(self.window.ws.file, settings, on_event=self.event_seen.emit,
                                     on_error=self.failed.emit)
        try:
            self.background.start()
        except Exception as exc:  # noqa: BLE001 - e.g. no contract covers the internet
            self.background = None
            self._on_failed(exc)
            return
        self._show_state("up")

    def stop(self) -> None:
        if self.background is not None:
            self.background.stop()
            self.background = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.stop()  # before the window closes the company file
            if self.tray is not None:
                self.tray.hide()
        return False

    def _on_event(self, event) -> None:
        if self.background is None or self.window.ws is None or self.window.ws.file.closed:
            return  # queued before the watchdog stopped; the journal is read afresh anyway
        if event.kind == "state":
            self._show_state(event.state)
        if event.kind in ("outage_start", "outage_end"):
            self.window.refresh_all()
            if event.kind == "outage_start" and self.tray is not None:
                self.tray.showMessage(self.tr("Internet outage detected"), self.tr(
                    "The outage is in the journal, marked as detected by the watchdog. Confirm it and add "
                    "the provider's ticket number."))

    def _on_failed(self, exc) -> None:
        self._show_state(None)
        QMessageBox.warning(self.window, self.tr("The watchdog stopped"), self.message(exc))

    def message(self, exc) -> str:
        """The failure in the interface language where the watchdog knows it, else as the file says it."""
        from .main_window import user_message

        code = getattr(exc, "code", None)
        if code == "no_bounce":
            return self.tr("No bounce was found in these files: no delivery report and no SMTP status code "
                           "such as 550 5.1.1.")
        if code == "bounces_imported":
            return self.tr("These bounces were imported before, as outage {0}.").format(exc.params.get("outage"))
        if code == "no_contract":
            return self.tr("No contract of this company covers this service; add one in the company settings.")
        if code == "several_contracts":
            return self.tr("Several contracts cover this service; the watchdog needs exactly one to record "
                           "outages against.")
        return user_message(exc)

    def _show_state(self, state) -> None:
        self.state = state
        if self.tray is None:
            return
        texts = {"up": self.tr("ClaimDesk watchdog: the internet answers"),
                 "suspect": self.tr("ClaimDesk watchdog: checking a failure"),
                 "down": self.tr("ClaimDesk watchdog: internet outage"),
                 "local": self.tr("ClaimDesk watchdog: your own network does not answer (not counted)")}
        self.tray.setToolTip(texts.get(state, ""))
        self.tray.setVisible(state is not None)


def install(window) -> None:
    """Add the watchdog's menu entries and worker to the main window (which calls this just after
    its first paint: ``window.watchdog`` is None until then)."""
    window.watchdog = WatchdogController(window)
    window.watchdog.restart()
