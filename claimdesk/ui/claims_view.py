"""The claims list: letters grouped by chain (a claim, then its reminder and formal notice),
amounts claimed and received, status with its date, the answer deadline; overdue answers
highlighted. Above it, what is due, each with its action one click away; below it, the actions
on the selected letter (mark it sent, follow it up, record the answer or a payment) and its
status and amount received."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
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
from ..services import claims as ladder
from ..services.workspace import is_overdue
from .claim_labels import delivery_label, kind_label, status_label
from .due_panel import DuePanel
from .forms import ERROR_STYLE, parse_decimal, plain, problems_text
from .language import Retranslating
from .storage_messages import storage_text
from .tables import fit_header
from .theme import muted, overdue_colors

HEADERS = (QT_TRANSLATE_NOOP("ClaimsModel", "No."), QT_TRANSLATE_NOOP("ClaimsModel", "Provider"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Letter date"), QT_TRANSLATE_NOOP("ClaimsModel", "Kind"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Outages"), QT_TRANSLATE_NOOP("ClaimsModel", "Claimed"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Received"), QT_TRANSLATE_NOOP("ClaimsModel", "Status"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Answer due"))
COL_CLAIMED, COL_RECEIVED, COL_STATUS, COL_DUE = 5, 6, 7, 8
CLAIMS_WIDTHS = (50, 220, 120, 110, 70, 120, 120, 170, 190)  # the last column takes the spare width


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list = []
        self.providers: dict[int, str] = {}
        self.formats = None
        self.currency = "EUR"
        self.today = date.today()
        self.depth: dict[int, int] = {}
        self.followed: set[int] = set()
        self.sent: dict = {}

    def set_claims(self, claims, providers, formats, currency, chains=None) -> None:
        """``chains`` (services.claims.Chain, newest first) group the rows: each chain's letters
        oldest first, follow-ups indented under the letter they follow."""
        self.beginResetModel()
        by_id = {c.id: c for c in claims}
        self.depth, self.followed, self.sent = {}, set(), {}
        if chains is None:
            self.claims = sorted(claims, key=lambda c: c.id, reverse=True)
        else:
            self.claims = []
            for chain in chains:
                for depth, link in enumerate(chain.links):
                    self.claims.append(by_id.get(link.id, link.claim))
                    self.depth[link.id] = depth
                    self.sent[link.id] = link.sent
                    if depth:
                        self.followed.add(chain.links[depth - 1].id)
        self.providers, self.formats, self.currency = providers, formats, currency
        self.today = date.today()
        self.endResetModel()

    def is_overdue(self, c) -> bool:
        """Overdue and not followed up yet (a followed-up letter has done its part)."""
        return c.id not in self.followed and is_overdue(c, self.today)

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
        overdue = self.is_overdue(c)
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.formats
            if col == 0:
                return str(c.id)
            if col == 1:
                return self.providers.get(c.contract_id, "")
            if col == 2:
                return f.date(c.spec.date, "medium")
            if col == 3:
                return ("↳ " if self.depth.get(c.id) else "") + kind_label(c.spec.kind)
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
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and getattr(self.sent.get(c.id), "pdf_sha256",
                                                                                 None):
            sent = self.sent[c.id]
            return self.tr("Sent on {0} ({1}); letter SHA-256 {2}").format(
                self.formats.date(sent.sent_on, "medium"), sent.tracking or delivery_label(sent.delivery),
                sent.pdf_sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4, COL_CLAIMED, COL_RECEIVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClaimsView(Retranslating, QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.ws = None
        self.chains = []
        self.folder: Path | None = None  # where new letters go (the documents folder unless set)
        self.dialog = None  # the last dialog opened (window-modal, not blocking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.due_panel = DuePanel()
        self.due_panel.acted.connect(self.act_on)
        layout.addWidget(self.due_panel)
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

        actions = QHBoxLayout()
        self.mark_sent = QPushButton()
        self.mark_sent.clicked.connect(lambda: self.open_send_dialog())
        self.write_reminder = QPushButton()
        self.write_reminder.clicked.connect(lambda: self.write_followup("reminder"))
        self.write_notice = QPushButton()
        self.write_notice.clicked.connect(lambda: self.write_followup("formal_notice"))
        self.record_answer = QPushButton()
        self.record_answer.clicked.connect(self.open_answer_dialog)
        self.record_payment = QPushButton()
        self.record_payment.clicked.connect(self.open_payment_dialog)
        self.write_referral = QPushButton()
        self.write_referral.clicked.connect(lambda: self.write_referral_file())
        self.action_buttons = (self.mark_sent, self.write_reminder, self.write_notice, self.record_answer,
                               self.record_payment, self.write_referral)
        for b in self.action_buttons:
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

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
        grid.addWidget(self.error, 2, 0, 1, 7)
        layout.addLayout(grid)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()
        self._current_changed()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Claims"))
        self.empty.setText(self.tr("No claim yet. Select outages in the journal and choose Claim ▸ New claim "
                                   "(Ctrl+L)."))
        self.mark_sent.setText(self.tr("Mark as s&ent…"))
        self.mark_sent.setToolTip(self.tr("Record the day the letter left and its tracking number; ClaimDesk then "
                                          "keeps that exact letter."))
        self.write_reminder.setText(self.tr("Write a rem&inder"))
        self.write_notice.setText(self.tr("Write a formal no&tice"))
        self.record_answer.setText(self.tr("Record an ans&wer…"))
        self.record_payment.setText(self.tr("Record a pa&yment…"))
        self.write_referral.setText(self.tr("Mediator or co&urt file…"))
        self.write_referral.setToolTip(self.tr("One PDF for the mediator or the court: parties, outages, amounts, the "
                                               "letters sent and the answers."))
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
        self.model.retranslate()
        self.due_panel.retranslate()
        fit_header(self.table, CLAIMS_WIDTHS)

    def set_workspace(self, ws, formats) -> None:
        self.ws = ws
        current = self.current_claim()
        providers = {rec.id: rec.contract.provider for rec in ws.contracts()}
        self.chains = ladder.chains(ws.file)
        self.model.set_claims(ws.claims(), providers, formats, ws.company().currency, self.chains)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.due_panel.set_items(ladder.due(ws.file), formats)
        if current is not None:
            self.select_claim(current.id)
        self._current_changed()

    # ---- what is due

    def act_on(self, item) -> None:
        """The action of a due item, on its letter."""
        self.select_claim(item.claim_id)
        if item.action == "send":
            self.open_send_dialog()
        elif item.action == "referral":
            self.write_referral_file()
        else:
            self.write_followup(item.action)

    # ---- selection

    def select_claim(self, claim_id: int) -> None:
        row = self.model.row_of(claim_id)
        if row >= 0:
            self.table.selectRow(row)

    def current_claim(self):
        index = self.table.currentIndex()
        return self.model.claims[index.row()] if index.isValid() and index.row() < len(self.model.claims) else None

    def _chain_of(self, claim_id: int):
        return next((ch for ch in self.chains if claim_id in ch.ids()), None)

    def _current_changed(self, *_):
        c = self.current_claim()
        # a read-only file: only files can be written (the letter, the mediator file)
        writable = self.ws is not None and not self.ws.read_only
        for w in (self.status, self.status_date, self.apply, self.received, self.record_received, self.save_pdf,
                  *self.action_buttons):
            w.setEnabled(c is not None and (writable or w in (self.save_pdf, self.write_referral)))
        self.error.hide()
        if c is None:
            return
        chain = self._chain_of(c.id)
        sent = self.model.sent.get(c.id)
        last = chain is None or chain.last.id == c.id
        self.mark_sent.setEnabled(writable and (sent is None or not sent.pdf_sha256))  # not frozen yet
        follows = writable and sent is not None and last
        self.write_reminder.setEnabled(follows and c.spec.kind in ladder.MAY_FOLLOW["reminder"])
        self.write_notice.setEnabled(follows and c.spec.kind in ladder.MAY_FOLLOW["formal_notice"])
        self.write_referral.setEnabled(chain is not None and any(link.sent is not None for link in chain.links))
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        on = c.status_dates.get(c.status) or date.today()
        self.status_date.setDate(QDate(on.year, on.month, on.day))
        self.received.setText("" if c.amount_received is None else plain(c.amount_received))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _refresh(self, claim_id: int) -> None:
        self.window_.refresh_all()
        self.select_claim(claim_id)

    # ---- the ladder

    def letters_folder(self) -> Path:
        if self.folder is not None:
            return self.folder
        from PySide6.QtCore import QStandardPaths

        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    def open_send_dialog(self, claim_id: int | None = None, saved_path: Path | None = None):
        """"Have you sent it?" for a letter (after saving it, ``saved_path`` says where it went)."""
        from .claim_dialogs import SendDialog

        c = self.ws.file.claim(claim_id) if claim_id is not None else self.current_claim()
        if c is None:
            return None
        self.dialog = SendDialog(self.ws, c, saved_path, self)
        self.dialog.accepted.connect(lambda: self._refresh(c.id))
        self.dialog.open()
        return self.dialog

    def write_followup(self, kind: str) -> None:
        """The next letter of the chain: written, kept as a draft, saved as PDF; then "Have you sent it?"."""
        from ..services.workspace import claim_file_name

        c = self.current_claim()
        if c is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new_id, rendered = ladder.followup(self.ws.file, c.id, kind, date.today())
            new = self.ws.file.claim(new_id)
            target = self.letters_folder() / claim_file_name(self.ws.company(), self.ws.contract(new.contract_id),
                                                             new.spec)
            ladder.write_pdf(target, rendered.pdf)
        except ValidationError as exc:
            self._show_error(problems_text(exc.problems))
            return
        except OSError as exc:
            self._show_error(self.tr("The letter is kept in the company file but could not be written to {0}: {1}")
                             .format(str(self.letters_folder()), exc.strerror or exc))
            self._refresh(c.id)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._refresh(new_id)
        self.open_send_dialog(new_id, target)

    def write_referral_file(self) -> None:
        from .referral_actions import write_referral

        c = self.current_claim()
        if c is not None:
            self.dialog = write_referral(self, c)

    def open_answer_dialog(self) -> None:
        from .claim_dialogs import AnswerDialog

        c = self.current_claim()
        if c is None:
            return
        self.dialog = AnswerDialog(self.ws, c, self)
        self.dialog.accepted.connect(lambda: self._refresh(c.id))
        self.dialog.open()

    def open_payment_dialog(self) -> None:
        from .claim_dialogs import PaymentDialog

        c = self.current_claim()
        if c is None:
            return
        self.dialog = PaymentDialog(self.ws, c, self)
        self.dialog.accepted.connect(lambda: self._refresh(c.id))
        self.dialog.open()

    # ---- status and amount

    def apply_status(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        d = self.status_date.date()
        on = date(d.year(), d.month(), d.day())
        if on > date.today():
            self._show_error(self.tr("The date cannot lie in the future."))
            return
        status = self.status.currentData()
        try:
            sent = self.model.sent.get(c.id)
            if status == "sent" and (sent is None or not sent.pdf_sha256):
                ladder.send(self.ws.file, c.id, on)  # sent means kept as sent: the letter is frozen
            else:
                self.ws.set_claim_status(c.id, status, on)
        except ValidationError as exc:
            self._show_error(problems_text(exc.problems))
            return
        except Exception as exc:  # noqa: BLE001 - a refused change (e.g. by the file) is a message
            self._show_error(storage_text(exc) or getattr(exc, "message", None) or str(exc))
            return
        self._refresh(c.id)

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
        try:
            self.ws.set_amount_received(c.id, amount)
        except ValidationError as exc:
            self._show_error(problems_text(exc.problems))
            return
        self._refresh(c.id)

    def export_pdf(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        pdf = self.ws.claim_pdf(c.id)  # once sent, exactly the letter that was sent
        if not pdf:
            QMessageBox.information(self, self.tr("No letter stored"), self.tr("This claim has no stored PDF letter."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), f"claim-{c.id}.pdf", "PDF (*.pdf)")
        if name:
            ladder.write_pdf(name, pdf)
