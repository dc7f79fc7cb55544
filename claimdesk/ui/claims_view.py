"""The claims list: amounts claimed and received, status with its date, the answer deadline;
overdue answers highlighted. Below it, the status (with the date it was reached) and the amount
received are recorded for the selected claim."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import CLAIM_STATUSES
from ..domain.problems import ValidationError
from ..services.workspace import is_overdue
from .forms import ERROR_STYLE, limit_dates, parse_decimal, plain, problems_text
from .language import Retranslating
from .storage_messages import storage_text
from .theme import muted, overdue_colors

STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("ClaimsModel", "Draft"), "sent": QT_TRANSLATE_NOOP("ClaimsModel", "Sent"),
                "answered": QT_TRANSLATE_NOOP("ClaimsModel", "Answered"),
                "settled": QT_TRANSLATE_NOOP("ClaimsModel", "Settled"),
                "refused": QT_TRANSLATE_NOOP("ClaimsModel", "Refused"),
                "escalated": QT_TRANSLATE_NOOP("ClaimsModel", "Escalated")}
KIND_NAMES = {"claim": QT_TRANSLATE_NOOP("ClaimsModel", "Claim"),
              "reminder": QT_TRANSLATE_NOOP("ClaimsModel", "Reminder"),
              "formal_notice": QT_TRANSLATE_NOOP("ClaimsModel", "Formal notice")}
HEADERS = (QT_TRANSLATE_NOOP("ClaimsModel", "No."), QT_TRANSLATE_NOOP("ClaimsModel", "Provider"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Letter date"), QT_TRANSLATE_NOOP("ClaimsModel", "Kind"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Outages"), QT_TRANSLATE_NOOP("ClaimsModel", "Claimed"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Received"), QT_TRANSLATE_NOOP("ClaimsModel", "Status"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Answer due"))
COL_CLAIMED, COL_RECEIVED, COL_STATUS, COL_DUE = 5, 6, 7, 8
CLAIMS_WIDTHS = (50, 220, 120, 110, 70, 120, 120, 170, 190)  # the last column takes the spare width


def status_label(status: str) -> str:
    text = STATUS_NAMES.get(status)
    return QCoreApplication.translate("ClaimsModel", text) if text else status


def kind_label(kind: str) -> str:
    text = KIND_NAMES.get(kind)
    return QCoreApplication.translate("ClaimsModel", text) if text else kind


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list = []
        self.providers: dict[int, str] = {}
        self.formats = None
        self.currency = "EUR"
        self.today = date.today()

    def set_claims(self, claims, providers, formats, currency) -> None:
        self.beginResetModel()
        self.claims = sorted(claims, key=lambda c: c.id, reverse=True)
        self.providers, self.formats, self.currency = providers, formats, currency
        self.today = date.today()
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.claims:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.claims) - 1, len(HEADERS) - 1))

    def row_of(self, claim_id: int) -> int:
        return next((i for i, c in enumerate(self.claims) if c.id == claim_id), -1)

    def rowCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.claims)

    def columnCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None

    def _status_text(self, c) -> str:
        on = c.status_dates.get(c.status)
        if on is None:
            return status_label(c.status)
        return self.tr("{0} on {1}").format(status_label(c.status), self.formats.date(on, "medium"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.claims):
            return None
        c = self.claims[index.row()]
        col = index.column()
        overdue = is_overdue(c, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.formats
            if col == 0:
                return str(c.id)
            if col == 1:
                return self.providers.get(c.contract_id, "")
            if col == 2:
                return f.date(c.spec.date, "medium")
            if col == 3:
                return kind_label(c.spec.kind)
            if col == 4:
                return str(len(c.outage_ids))
            if col == COL_CLAIMED:
                return f.money(c.amount_claimed, self.currency)
            if col == COL_RECEIVED:
                return "—" if c.amount_received is None else f.money(c.amount_received, self.currency)
            if col == COL_STATUS:
                return self._status_text(c)
            if col == COL_DUE:
                text = f.date(c.response_deadline, "medium")
                return self.tr("{0} — overdue").format(text) if overdue else text
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and overdue:
            background, text = overdue_colors(QGuiApplication.palette())
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if role == Qt.ItemDataRole.FontRole and overdue and col in (COL_STATUS, COL_DUE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("The provider has not answered in time: send a reminder or a formal notice.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4, COL_CLAIMED, COL_RECEIVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClaimsView(Retranslating, QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.ws = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.model = ClaimsModel(self)
        self.table = QTableView()
        self.table.setObjectName("claims")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(CLAIMS_WIDTHS):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        muted(self.empty)
        layout.addWidget(self.empty)

        grid = QGridLayout()
        self.status_label = QLabel()
        self.status = QComboBox()
        for s in CLAIM_STATUSES:
            self.status.addItem("", s)
        self.status_label.setBuddy(self.status)
        self.status_on_label = QLabel()
        self.status_date = QDateEdit(QDate.currentDate())
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat("yyyy-MM-dd")
        limit_dates(self.status_date)
        self.status_on_label.setBuddy(self.status_date)
        self.apply = QPushButton()
        self.apply.clicked.connect(self.apply_status)
        self.received_label = QLabel()
        self.received = QLineEdit()
        self.received.setPlaceholderText("0.00")
        self.received_label.setBuddy(self.received)
        self.record_received = QPushButton()
        self.record_received.clicked.connect(self.save_received)
        self.received.returnPressed.connect(self.save_received)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_pdf = QPushButton()
        self.save_pdf.clicked.connect(self.export_pdf)
        self.save_dossier = QPushButton()  # the letter followed by every exhibit
        self.save_dossier.clicked.connect(self.export_dossier)
        self.delete_draft = QPushButton()
        self.delete_draft.clicked.connect(self.delete_claim)
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.status_on_label, 0, 2)
        grid.addWidget(self.status_date, 0, 3)
        grid.addWidget(self.apply, 0, 4)
        grid.addWidget(self.received_label, 1, 0)
        grid.addWidget(self.received, 1, 1, 1, 3)
        grid.addWidget(self.record_received, 1, 4)
        grid.setColumnStretch(5, 1)
        grid.addWidget(self.save_pdf, 0, 6)
        grid.addWidget(self.save_dossier, 1, 6)
        grid.addWidget(self.delete_draft, 2, 6)
        grid.addWidget(self.error, 3, 0, 1, 7)
        layout.addLayout(grid)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()
        self._current_changed()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Claims"))
        self.empty.setText(self.tr("No claim yet. Select outages in the journal and choose Claim ▸ New claim "
                                   "(Ctrl+L)."))
        self.status_label.setText(self.tr("&Status of the selected claim:"))
        self.status.setAccessibleName(self.tr("New status"))
        for i, s in enumerate(CLAIM_STATUSES):
            self.status.setItemText(i, status_label(s))
        self.status_on_label.setText(self.tr("reached o&n"))
        self.status_date.setAccessibleName(self.tr("Date the status was reached"))
        self.apply.setText(self.tr("&Apply"))
        self.apply.setAccessibleName(self.tr("Apply status"))
        self.received_label.setText(self.tr("Amount &received:"))
        self.received.setAccessibleName(self.tr("Amount received"))
        self.received.setToolTip(self.tr("What the provider paid or credited for this claim; leave empty if "
                                         "nothing came yet."))
        self.record_received.setText(self.tr("Recor&d amount"))
        self.save_pdf.setText(self.tr("Save the &letter as PDF…"))
        self.save_dossier.setText(self.tr("Save the dossier…"))
        self.save_dossier.setToolTip(self.tr("One PDF: the letter, then every evidence file of its outages as a "
                                             "numbered exhibit."))
        self.delete_draft.setText(self.tr("Dele&te this draft"))
        self.delete_draft.setToolTip(self.tr("Only a claim not yet sent can be deleted; Ctrl+Z brings it back."))
        self.model.retranslate()
        from .main_window import fit_header

        fit_header(self.table, CLAIMS_WIDTHS)

    def set_workspace(self, ws, formats) -> None:
        self.ws = ws
        current = self.current_claim()
        providers = {rec.id: rec.contract.provider for rec in ws.contracts()}
        self.model.set_claims(ws.claims(), providers, formats, ws.company().currency)
        self.empty.setVisible(self.model.rowCount() == 0)
        if current is not None:
            self.select_claim(current.id)
        self._current_changed()

    def select_claim(self, claim_id: int) -> None:
        row = self.model.row_of(claim_id)
        if row >= 0:
            self.table.selectRow(row)

    def current_claim(self):
        index = self.table.currentIndex()
        return self.model.claims[index.row()] if index.isValid() and index.row() < len(self.model.claims) else None

    def _current_changed(self, *_):
        c = self.current_claim()
        writable = self.ws is not None and not self.ws.read_only  # a read-only file: only PDFs can be saved
        saving = (self.save_pdf, self.save_dossier)
        for w in (self.status, self.status_date, self.apply, self.received, self.record_received, *saving):
            w.setEnabled(c is not None and (writable or w in saving))
        self.error.hide()
        self.delete_draft.setEnabled(c is not None and c.status == "draft" and writable)
        if c is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        on = c.status_dates.get(c.status) or date.today()
        self.status_date.setDate(QDate(on.year, on.month, on.day))
        self.received.setText("" if c.amount_received is None else plain(c.amount_received))

    def _confirm(self, question: str) -> bool:
        """An implausible but possible value: the user says whether it is meant (No by default)."""
        answer = QMessageBox.question(self, self.tr("Please check"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def apply_status(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        d = self.status_date.date()
        on = date(d.year(), d.month(), d.day())
        if on > date.today():
            self._show_error(self.tr("The date cannot lie in the future."))
            return
        if on < c.spec.date and not self._confirm(self.tr(
                "The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?")
                .format(c.spec.date.isoformat(), on.isoformat())):
            return
        try:
            self.ws.set_claim_status(c.id, self.status.currentData(), on)
        except ValidationError as exc:
            self._show_error(problems_text(exc.problems))
            return
        except Exception as exc:  # noqa: BLE001 - a refused change (e.g. by the file) is a message
            self._show_error(storage_text(exc) or getattr(exc, "message", None) or str(exc))
            return
        self.window_.refresh_all()
        self.select_claim(c.id)

    def save_received(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        text = self.received.text().strip()
        amount = None
        if text:
            amount = parse_decimal(text)
            if amount is None:
                self._show_error(self.tr("Type an amount such as 120.00, or leave the field empty."))
                return
            from ..domain.bounds import check_money

            beyond = check_money(amount, "amount")
            if beyond:  # named, in the interface language: "Amount: must be at most …"
                self._show_error(problems_text(beyond))
                return
            if amount > c.amount_claimed and not self._confirm(self.tr(
                    "{0} received is more than the {1} claimed. Record it anyway?").format(
                    self.model.formats.money(amount, self.model.currency),
                    self.model.formats.money(c.amount_claimed, self.model.currency))):
                return
        try:
            self.ws.set_amount_received(c.id, amount)
        except ValidationError as exc:
            self._show_error(problems_text(exc.problems))
            return
        self.window_.refresh_all()
        self.select_claim(c.id)

    def delete_claim(self) -> None:
        """Delete the selected draft claim; the window keeps the way back (Ctrl+Z)."""
        c = self.current_claim()
        if c is None or c.status != "draft":
            return
        from ..services.undo import delete_draft_claim

        try:
            undo = delete_draft_claim(self.ws, c.id)
        except Exception as exc:  # noqa: BLE001 - refused by the company file: nothing was deleted
            self._show_error(getattr(exc, "message", None) or str(exc))
            return
        self.window_.refresh_all()
        self.window_.remember_undo(undo)

    def export_pdf(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        pdf = self.ws.claim_pdf(c.id)
        if not pdf:
            QMessageBox.information(self, self.tr("No letter stored"), self.tr("This claim has no stored PDF letter."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), f"claim-{c.id}.pdf", "PDF (*.pdf)")
        if name:
            from pathlib import Path

            Path(name).write_bytes(pdf)

    def export_dossier(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        if not c.has_pdf:
            QMessageBox.information(self, self.tr("No letter stored"), self.tr("This claim has no stored PDF letter."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dossier"), f"claim-{c.id}-dossier.pdf",
                                              "PDF (*.pdf)")
        if not name:
            return
        from .workers import run_task

        self.save_dossier.setEnabled(False)
        self._show_error("")

        def done(_pages) -> None:
            self.save_dossier.setEnabled(self.current_claim() is not None)

        def failed(exc) -> None:
            done(0)
            self._show_error(self.tr("The dossier could not be saved: {0}").format(
                getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)))

        run_task(self.ws.save_claim_dossier, c.id, name, on_done=done, on_failed=failed, context=self)
