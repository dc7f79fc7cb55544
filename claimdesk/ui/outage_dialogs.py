"""Logging an outage as it happens ("Outage started now", "Service is back") and editing a past one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.bounds import check_date, check_outage_length, check_text
from ..domain.problems import ValidationError
from ..services.workspace import now_utc
from .forms import (
    add_row,
    limit_dates,
    ok_cancel,
    problems_text,
    show_problems,
    text_box,
)
from .icons import icon
from .language import Retranslating
from .outage_model import service_label
from .theme import error_text
from .workers import run_task

TICKET_REMINDER = QT_TRANSLATE_NOOP("OutageDialogs", "Call your provider's support line and write down the ticket "
                                                     "number they give you: your claim letter quotes it as proof "
                                                     "that you reported the outage.")


def ticket_reminder() -> str:
    return QCoreApplication.translate("OutageDialogs", TICKET_REMINDER)


def to_qdatetime(instant: datetime, tz: ZoneInfo) -> QDateTime:
    local = instant.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, tz: ZoneInfo) -> datetime:
    """The local wall time shown in an editor as an aware instant in the company's zone."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=tz)


class TicketTimeEdit(Retranslating, QWidget):
    """When the provider's ticket was opened: the restoration clock of most service guarantees
    starts there. Set to the moment the ticket number is first typed; editable; may stay unknown."""

    def __init__(self, tz: ZoneInfo, parent=None):
        super().__init__(parent)
        self.tz = tz
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setDateTime(to_qdatetime(now_utc(), tz))
        self.when.setEnabled(False)
        self.known.toggled.connect(self.when.setEnabled)
        row.addWidget(self.known)
        row.addWidget(self.when, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.known.setText(self.tr("Known"))
        self.when.setAccessibleName(self.tr("Ticket opened at"))

    def stamp_now(self) -> None:
        """The ticket number was just typed: the ticket was opened about now (unless already set)."""
        if not self.known.isChecked():
            self.when.setDateTime(to_qdatetime(now_utc().replace(second=0), self.tz))
            self.known.setChecked(True)

    def set_value(self, instant: datetime | None) -> None:
        self.known.setChecked(instant is not None)
        if instant is not None:
            self.when.setDateTime(to_qdatetime(instant, self.tz))

    def value(self) -> datetime | None:
        return from_qdatetime(self.when.dateTime(), self.tz) if self.known.isChecked() else None


def ticket_time_help() -> str:
    return QCoreApplication.translate(
        "OutageDialogs", "When you reported the fault. Service guarantees (GTR) often count from this moment: "
                         "it is filled in when you type the ticket number; correct it if you called earlier.")


def _services_combo(services) -> QComboBox:
    combo = QComboBox()
    for s in services:
        combo.addItem(service_label(s), s)
    return combo


def _relabel_services(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, service_label(combo.itemData(i)))


class StartOutageDialog(Retranslating, QDialog):
    """"Outage started now": pick the service that is down; the time is taken when OK is pressed."""

    def __init__(self, workspace, formats, parent=None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.outage_id: int | None = None
        self.opened_at = now_utc()
        self.setWindowIcon(icon("outage-start"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.service = _services_combo(workspace.services())
        self.service_field = add_row(form, self.service)
        self.ticket = QLineEdit()
        self.ticket_field = add_row(form, self.ticket)
        self.reported = TicketTimeEdit(ZoneInfo(workspace.company().timezone))
        self.reported_field = add_row(form, self.reported)
        self.ticket.textEdited.connect(lambda text: text.strip() and self.reported.stamp_now())
        layout.addLayout(form)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outage started now"))
        self.reported_field.set_texts(self.tr("Ticket opened:"), ticket_time_help())
        self.intro.setText(self.tr("Which service is down? ClaimDesk notes the time now ({0}).").format(
            self.formats.time(self.opened_at)))
        _relabel_services(self.service)
        self.service_field.set_texts(self.tr("&Service down:"))
        self.ticket.setPlaceholderText(self.tr("for example TKT-2019-081734 (you can add it later)"))
        self.ticket_field.set_texts(self.tr("&Ticket number:"), ticket_reminder())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the clock"))
        if not self.ws.services():
            self.service_field.set_error(self.tr("Add a contract with its services first (Company ▸ Settings)."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        try:
            self.outage_id = self.ws.start_outage(self.service.currentData())
            fields = {}
            if self.ticket.text().strip():
                fields["provider_reference"] = self.ticket.text().strip()
            if self.reported.value() is not None:
                fields["reported_at"] = self.reported.value()
            if fields:
                self.ws.file.update_outage(self.outage_id, **fields)
        except ValidationError as exc:
            self.service_field.set_error(problems_text(exc.problems))
            return
        super().accept()


class ServiceBackDialog(Retranslating, QDialog):
    """"Service is back": ends a running outage now, with a last reminder about the ticket number."""

    def __init__(self, workspace, formats, running, parent=None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.outage_id: int | None = None
        self.setWindowIcon(icon("service-back"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.outage = QComboBox()
        for rec in running:
            self.outage.addItem("", rec)
        self.outage_field = add_row(form, self.outage)
        self.ticket = QLineEdit()
        self.ticket_field = add_row(form, self.ticket)
        self.reported = TicketTimeEdit(ZoneInfo(workspace.company().timezone))
        self.reported_field = add_row(form, self.reported)
        self.ticket.textEdited.connect(lambda text: text.strip() and self.reported.stamp_now())
        self.outage.currentIndexChanged.connect(self._fill_ticket)
        self._fill_ticket()
        layout.addLayout(form)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Service is back"))
        for i in range(self.outage.count()):
            rec = self.outage.itemData(i)
            self.outage.setItemText(i, self.tr("{0}, down since {1}").format(
                service_label(rec.service), self.formats.datetime(rec.start, "short")))
        self.outage_field.set_texts(self.tr("&Outage:"))
        self.ticket.setPlaceholderText(self.tr("the number your provider gave you"))
        self.ticket_field.set_texts(self.tr("&Ticket number:"), ticket_reminder())
        self.reported_field.set_texts(self.tr("Ticket opened:"), ticket_time_help())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("The service is back now"))

    def _fill_ticket(self) -> None:
        rec = self.outage.currentData()
        self.ticket.setText((rec.provider_reference or "") if rec else "")
        self.reported.set_value(rec.reported_at if rec else None)

    def accept(self) -> None:
        rec = self.outage.currentData()
        try:
            self.ws.end_outage(rec.id, provider_reference=self.ticket.text(), reported_at=self.reported.value())
        except ValidationError as exc:
            self.outage_field.set_error(problems_text(exc.problems))
            return
        self.outage_id = rec.id  # the window selects it
        super().accept()


class EvidenceList(Retranslating, QListWidget):
    """Evidence files of an outage; files dropped from the file manager are added."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setMinimumHeight(80)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Evidence files"))

    def dragEnterEvent(self, event):  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt's name
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class OutageEditor(Retranslating, QDialog):
    """Edit a past outage (or enter one afterwards): service, contract, local start and end with a
    calendar, ticket number, description and evidence files. Evidence is hashed and copied into
    the company file in a worker thread, with a progress dialog when it takes a while."""

    def __init__(self, workspace, formats, record=None, parent=None):
        super().__init__(parent)
        self.ws, self.formats, self.record = workspace, formats, record
        self.tz = ZoneInfo(workspace.company().timezone)
        self.pending: list[Path] = []  # evidence chosen before the outage is saved
        self.removing: list = []  # stored evidence to remove when the outage is saved
        self.removed: list = []  # the Undo of each one removed
        self.undo = None
        self.outage_id: int | None = record.id if record else None
        self.progress: QProgressDialog | None = None
        self.copying = False
        self.setWindowIcon(icon("edit"))
        self.resize(580, 660)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.contract = QComboBox()
        for rec in workspace.contracts():
            c = rec.contract
            self.contract.addItem(f"{c.provider} — {c.contract_reference or c.customer_number}", rec.id)
        self.service = QComboBox()
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            limit_dates(edit)
        self.running = QCheckBox()
        end_box = QWidget()
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end, 1)
        end_row.addWidget(self.running)
        self.ticket = QLineEdit()
        self.reported = TicketTimeEdit(self.tz)
        self.ticket.textEdited.connect(self._ticket_typed)
        self.affected = QLineEdit()
        self.description = text_box(80)
        self.fields = {
            "outage.contract_id": add_row(form, self.contract),
            "outage.service": add_row(form, self.service),
            "outage.start": add_row(form, self.start),
            "outage.end": add_row(form, end_box),
            "outage.provider_reference": add_row(form, self.ticket),
            "outage.reported_at": add_row(form, self.reported),
            "outage.affected": add_row(form, self.affected),
            "outage.description": add_row(form, self.description),
        }
        layout.addLayout(form)
        self.ev_label = QLabel()
        self.ev_label.setWordWrap(True)
        self.evidence = EvidenceList()
        self.ev_label.setBuddy(self.evidence)
        self.evidence.files_dropped.connect(self.add_files)
        layout.addWidget(self.ev_label)
        layout.addWidget(self.evidence)
        ev_buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("evidence"), "")
        self.add_button.clicked.connect(self.choose_files)
        ev_buttons.addWidget(self.add_button)
        # Open, export and remove the selected evidence file.
        self.open_button, self.export_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.open_button, self.export_button, self.remove_button):
            ev_buttons.addWidget(button)
        self.evidence.itemSelectionChanged.connect(self._evidence_selected)
        self.evidence.itemDoubleClicked.connect(lambda _item: self.open_selected())
        ev_buttons.addStretch(1)
        layout.addLayout(ev_buttons)
        self.general_error = QLabel()
        error_text(self.general_error)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.contract.currentIndexChanged.connect(self._fill_services)
        self.running.toggled.connect(lambda on: self.end.setEnabled(not on))
        self._load()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit outage") if self.record else self.tr("Add a past outage"))
        self.running.setText(self.tr("Still down (no end yet)"))
        self.description.setPlaceholderText(self.tr("What stopped working, what customers noticed, what you did."))
        f = self.fields
        f["outage.contract_id"].set_texts(self.tr("&Contract:"))
        f["outage.service"].set_texts(self.tr("&Service:"))
        _relabel_services(self.service)
        f["outage.start"].set_texts(
            self.tr("S&tarted:"),
            self.tr("Local time of the shop ({0}). Click the arrow for a calendar.").format(self.tz.key),
            self.tr("Start"))
        f["outage.end"].set_texts(self.tr("&Ended:"), self.tr("When the service worked again."), self.tr("End"))
        self.end.setAccessibleName(self.tr("End"))
        f["outage.provider_reference"].set_texts(self.tr("Tic&ket number:"), ticket_reminder())
        f["outage.reported_at"].set_texts(self.tr("Ticket opened:"), ticket_time_help())
        f["outage.affected"].set_texts(self.tr("Line or access:"),
                                       self.tr("The line number, access ID or mailbox that was down, as the provider "
                                               "knows it."))
        f["outage.description"].set_texts(self.tr("&Description:"))
        self.ev_label.setText(self.tr("E&vidence (screenshots, e-mails from the provider, photos): drop files "
                                      "here or use Add file…"))
        self.add_button.setText(self.tr("&Add file…"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open a copy of the selected file with its usual application."))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save a copy of the selected file in a folder."))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file from this outage when you save."))
        self._evidence_selected()
        for i in range(self.evidence.count()):
            item = self.evidence.item(i)
            ev = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(ev, Path):
                item.setText(self.tr("{0}  (added when you save)").format(ev.name))
            elif ev in self.removing:
                item.setText(self.tr("{0}  (removed when you save)").format(ev.filename))
            elif ev is not None:
                item.setText(self.tr("{0}  ({1} bytes)").format(ev.filename, self.formats.number(ev.size, 0)))
                item.setToolTip(self.tr("SHA-256: {0}").format(ev.sha256))

    def _ticket_typed(self, text: str) -> None:
        """A ticket number typed while the outage lasts dates the ticket now; for an outage that
        is over, "now" would be after its end: the user enters the time (help text)."""
        if text.strip() and (self.running.isChecked() or now_utc() < from_qdatetime(self.end.dateTime(), self.tz)):
            self.reported.stamp_now()

    def _fill_services(self) -> None:
        current = self.service.currentData()
        self.service.clear()
        cid = self.contract.currentData()
        if cid is None:
            return
        for s in self.ws.contract(cid).services:
            self.service.addItem(service_label(s), s)
        i = self.service.findData(current)
        if i >= 0:
            self.service.setCurrentIndex(i)

    def _load(self) -> None:
        rec = self.record
        now = now_utc()
        if rec is None:
            self._fill_services()
            self.start.setDateTime(to_qdatetime(now.replace(second=0), self.tz).addSecs(-3600))
            self.end.setDateTime(to_qdatetime(now.replace(second=0), self.tz))
            return
        self.contract.setCurrentIndex(max(0, self.contract.findData(rec.contract_id)))
        self._fill_services()
        self.service.setCurrentIndex(max(0, self.service.findData(rec.service)))
        self.start.setDateTime(to_qdatetime(rec.start, self.tz))
        self.end.setDateTime(to_qdatetime(rec.end or now, self.tz))
        self.running.setChecked(rec.end is None)
        self.ticket.setText(rec.provider_reference or "")
        self.reported.set_value(rec.reported_at)
        self.affected.setText(rec.affected or "")
        self.description.setPlainText(rec.description or "")
        for ev in rec.evidence:
            item = QListWidgetItem(icon("evidence"), ev.filename)
            item.setData(Qt.ItemDataRole.UserRole, ev)
            self.evidence.addItem(item)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"), str(Path.home()))
        self.add_files([Path(f) for f in files])

    def add_files(self, files) -> None:
        for f in files:
            path = Path(f)
            self.pending.append(path)
            item = QListWidgetItem(icon("evidence"), self.tr("{0}  (added when you save)").format(path.name))
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.evidence.addItem(item)

    # -- the selected evidence file --------------------------------------------------------------
    def selected_evidence(self):
        """The selected item's evidence: an EvidenceRecord, or a Path not saved yet; else None."""
        item = self.evidence.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def _evidence_selected(self) -> None:
        ev = self.selected_evidence()
        stored = ev is not None and not isinstance(ev, Path) and ev not in self.removing
        self.open_button.setEnabled(ev is not None and (stored or isinstance(ev, Path)))
        self.export_button.setEnabled(stored)
        self.remove_button.setEnabled(ev is not None and ev not in self.removing)

    def _evidence_error(self, exc) -> None:
        self.general_error.setText(getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc))
        self.general_error.show()

    def open_selected(self) -> None:
        """A copy of a stored file (checked against its SHA-256) opens in its usual application;
        the company file itself is never handed out."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        ev = self.selected_evidence()
        if ev is None or ev in self.removing:
            return
        try:
            path = ev if isinstance(ev, Path) else self.ws.evidence_copy_to_open(ev.id)
        except Exception as exc:  # noqa: BLE001 - a damaged or missing file is a message
            self._evidence_error(exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._evidence_error(OSError(self.tr("No application opens {0}.").format(path.name)))

    def export_selected(self) -> None:
        ev = self.selected_evidence()
        if ev is None or isinstance(ev, Path):
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the evidence file to"), str(Path.home()))
        if not folder:
            return
        try:
            path = self.ws.export_evidence(ev.id, folder)
        except Exception as exc:  # noqa: BLE001 - a full disk or a damaged file is a message
            self._evidence_error(exc)
            return
        self.general_error.hide()
        self.evidence.currentItem().setToolTip(self.tr("Exported to {0}").format(path))

    def remove_selected(self) -> None:
        """A file not saved yet is dropped at once; a stored one when the outage is saved."""
        item = self.evidence.currentItem()
        ev = self.selected_evidence()
        if ev is None:
            return
        if isinstance(ev, Path):
            self.pending.remove(ev)
            self.evidence.takeItem(self.evidence.row(item))
        else:
            self.removing.append(ev)
            item.setText(self.tr("{0}  (removed when you save)").format(ev.filename))
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        self._evidence_selected()

    def values(self) -> dict:
        return dict(
            contract_id=self.contract.currentData(),
            service=self.service.currentData(),
            start=from_qdatetime(self.start.dateTime(), self.tz),
            end=None if self.running.isChecked() else from_qdatetime(self.end.dateTime(), self.tz),
            provider_reference=self.ticket.text(),
            description=self.description.toPlainText(),
            reported_at=self.reported.value(),
            affected=self.affected.text(),
        )

    def accept(self) -> None:
        if self.copying:
            return
        self.general_error.hide()
        values = self.values()
        # an end typed in the wrong year would make a decade-long outage (and a frozen estimate)
        beyond = check_date(values["start"], "outage.start")
        if values["end"] is not None:
            beyond += check_date(values["end"], "outage.end")
            if not beyond:
                beyond += check_outage_length(values["start"], values["end"], "outage.end")
        beyond += check_text(values["provider_reference"] or "", "outage.provider_reference")
        beyond += check_text(values["description"] or "", "outage.description")
        if beyond:
            show_problems(self.fields, beyond)
            return
        try:
            self.outage_id = self.ws.save_outage(self.outage_id, **values)
        except ValidationError as exc:
            rest = show_problems(self.fields, exc.problems)
            if rest:
                self.general_error.setText(problems_text(rest))
                self.general_error.show()
            return
        from ..services.undo import combined, remove_evidence

        while self.removing:
            try:
                self.removed.append(remove_evidence(self.ws, self.outage_id, self.removing[0]))
            except Exception as exc:  # noqa: BLE001 - e.g. a letter already sent cites it
                self._evidence_error(exc)
                return
            self.removing.pop(0)
        # the window offers to undo the removal (Ctrl+Z)
        self.undo = combined(self.removed) if self.removed else None
        if not self.pending:
            super().accept()
            return
        self._copy_evidence()

    def _copy_evidence(self) -> None:
        """Hash and copy the pending files in a worker; the dialog closes when they are in."""
        files, self.pending = list(self.pending), []
        self.copying = True
        self.buttons.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Copying the evidence into the company file…"), "", 0, 1000, self)
        self.progress.setWindowTitle(self.tr("Adding evidence"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)  # appears only when it takes time
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        run_task(self.ws.add_evidence_files, self.outage_id, files, on_done=self._copied,
                 on_failed=lambda exc: self._copied([(f, str(exc)) for f in files]),
                 on_progress=lambda done, _total: self.progress.setValue(done), context=self)

    def _copied(self, failed) -> None:
        self.copying = False
        self.buttons.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
        if failed:
            QMessageBox.warning(self, self.tr("Some files were not added"),
                                self.tr("The outage is saved, but these files could not be added:") + "\n" +
                                "\n".join(f"{Path(p).name}: {why}" for p, why in failed))
        QDialog.accept(self)

    def reject(self) -> None:
        if self.copying:  # the outage is saved; the copy finishes and then closes the dialog
            return
        super().reject()
