"""Logging an outage as it happens ("Outage started now", "Service is back") and editing a past one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.problems import ValidationError
from ..services.workspace import now_utc
from .forms import add_row, show_problems
from .icons import icon
from .outage_model import service_label

TICKET_REMINDER = ("Call your provider's support line and write down the ticket number they give you: "
                   "your claim letter quotes it as proof that you reported the outage.")


def tr(text: str) -> str:
    return QCoreApplication.translate("OutageDialogs", text)


def to_qdatetime(instant: datetime, tz: ZoneInfo) -> QDateTime:
    local = instant.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, tz: ZoneInfo) -> datetime:
    """The local wall time shown in an editor as an aware instant in the company's zone."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=tz)


def _services_combo(services) -> QComboBox:
    combo = QComboBox()
    for s in services:
        combo.addItem(service_label(s), s)
    return combo


class StartOutageDialog(QDialog):
    """"Outage started now": pick the service that is down; the time is taken when OK is pressed."""

    def __init__(self, workspace, formats, parent=None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.outage_id: int | None = None
        self.setWindowTitle(tr("Outage started now"))
        self.setWindowIcon(icon("outage-start"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Which service is down? ClaimDesk notes the time now ({0}).").format(
            formats.time(now_utc())))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.service = _services_combo(workspace.services())
        self.service_field = add_row(form, tr("&Service down:"), self.service)
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(tr("for example TKT-2019-081734 (you can add it later)"))
        add_row(form, tr("&Ticket number:"), self.ticket, tr(TICKET_REMINDER))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start the clock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not workspace.services():
            self.service_field.set_error(tr("Add a contract with its services first (Company ▸ Settings)."))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        try:
            self.outage_id = self.ws.start_outage(self.service.currentData())
            if self.ticket.text().strip():
                self.ws.file.update_outage(self.outage_id, provider_reference=self.ticket.text().strip())
        except ValidationError as exc:
            self.service_field.set_error("\n".join(p.message for p in exc.problems))
            return
        super().accept()


class ServiceBackDialog(QDialog):
    """"Service is back": ends a running outage now, with a last reminder about the ticket number."""

    def __init__(self, workspace, formats, running, parent=None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.setWindowTitle(tr("Service is back"))
        self.setWindowIcon(icon("service-back"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.outage = QComboBox()
        for rec in running:
            self.outage.addItem(tr("{0}, down since {1}").format(
                service_label(rec.service), formats.datetime(rec.start, "short")), rec)
        self.outage_field = add_row(form, tr("&Outage:"), self.outage)
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(tr("the number your provider gave you"))
        self.ticket_field = add_row(form, tr("&Ticket number:"), self.ticket, tr(TICKET_REMINDER))
        self.outage.currentIndexChanged.connect(self._fill_ticket)
        self._fill_ticket()
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("The service is back now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_ticket(self) -> None:
        rec = self.outage.currentData()
        self.ticket.setText((rec.provider_reference or "") if rec else "")

    def accept(self) -> None:
        rec = self.outage.currentData()
        try:
            self.ws.end_outage(rec.id, provider_reference=self.ticket.text())
        except ValidationError as exc:
            self.outage_field.set_error("\n".join(p.message for p in exc.problems))
            return
        super().accept()


class EvidenceList(QListWidget):
    """Evidence files of an outage; files dropped from the file manager are added."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAccessibleName(tr("Evidence files"))
        self.setMinimumHeight(80)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class OutageEditor(QDialog):
    """Edit a past outage (or enter one afterwards): service, contract, local start and end with a
    calendar, ticket number, description and evidence files."""

    def __init__(self, workspace, formats, record=None, parent=None):
        super().__init__(parent)
        self.ws, self.formats, self.record = workspace, formats, record
        self.tz = ZoneInfo(workspace.company().timezone)
        self.pending: list[Path] = []  # evidence chosen before the outage is saved
        self.outage_id: int | None = record.id if record else None
        self.setWindowTitle(tr("Edit outage") if record else tr("Add a past outage"))
        self.setWindowIcon(icon("edit"))
        self.resize(560, 560)
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
        self.running = QCheckBox(tr("Still down (no end yet)"))
        end_box = QWidget()
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end, 1)
        end_row.addWidget(self.running)
        self.ticket = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("What stopped working, what customers noticed, what you did."))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        zone = workspace.company().timezone
        self.fields = {
            "outage.contract_id": add_row(form, tr("&Contract:"), self.contract),
            "outage.service": add_row(form, tr("&Service:"), self.service),
            "outage.start": add_row(form, tr("S&tarted:"), self.start,
                                    tr("Local time of the shop ({0}). Click the arrow for a calendar.").format(zone),
                                    accessible=tr("Start")),
            "outage.end": add_row(form, tr("&Ended:"), end_box, tr("When the service worked again."),
                                  accessible=tr("End")),
            "outage.provider_reference": add_row(form, tr("Tic&ket number:"), self.ticket, tr(TICKET_REMINDER)),
            "outage.description": add_row(form, tr("&Description:"), self.description),
        }
        self.end.setAccessibleName(tr("End"))
        layout.addLayout(form)
        ev_label = QLabel(tr("E&vidence (screenshots, e-mails from the provider, photos): drop files here or "
                             "use Add file…"))
        ev_label.setWordWrap(True)
        self.evidence = EvidenceList()
        ev_label.setBuddy(self.evidence)
        self.evidence.files_dropped.connect(self.add_files)
        layout.addWidget(ev_label)
        layout.addWidget(self.evidence)
        ev_buttons = QHBoxLayout()
        add = QPushButton(icon("evidence"), tr("&Add file…"))
        add.clicked.connect(self.choose_files)
        ev_buttons.addWidget(add)
        ev_buttons.addStretch(1)
        layout.addLayout(ev_buttons)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.contract.currentIndexChanged.connect(self._fill_services)
        self.running.toggled.connect(lambda on: self.end.setEnabled(not on))
        self._load()

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
        self.description.setPlainText(rec.description or "")
        for ev in rec.evidence:
            item = QListWidgetItem(icon("evidence"), f"{ev.filename}  ({ev.size:,} bytes)")
            item.setToolTip(tr("SHA-256: {0}").format(ev.sha256))
            self.evidence.addItem(item)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Add evidence"), str(Path.home()))
        self.add_files([Path(f) for f in files])

    def add_files(self, files) -> None:
        for f in files:
            self.pending.append(Path(f))
            item = QListWidgetItem(icon("evidence"), tr("{0}  (added when you save)").format(Path(f).name))
            self.evidence.addItem(item)

    def values(self) -> dict:
        return dict(
            contract_id=self.contract.currentData(),
            service=self.service.currentData(),
            start=from_qdatetime(self.start.dateTime(), self.tz),
            end=None if self.running.isChecked() else from_qdatetime(self.end.dateTime(), self.tz),
            provider_reference=self.ticket.text(),
            description=self.description.toPlainText(),
        )

    def accept(self) -> None:
        self.general_error.hide()
        try:
            self.outage_id = self.ws.save_outage(self.outage_id, **self.values())
        except ValidationError as exc:
            rest = show_problems(self.fields, exc.problems)
            if rest:
                self.general_error.setText("\n".join(str(p) for p in rest))
                self.general_error.show()
            return
        failed = []
        for path in self.pending:
            try:
                self.ws.add_evidence(self.outage_id, path)
            except Exception as exc:  # noqa: BLE001 - a bad file must not lose the outage just saved
                failed.append(f"{path.name}: {getattr(exc, 'message', None) or exc}")
        self.pending.clear()
        if failed:
            QMessageBox.warning(self, tr("Some files were not added"),
                                tr("The outage is saved, but these files could not be added:\n") + "\n".join(failed))
        super().accept()
