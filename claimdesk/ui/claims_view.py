"""The claims list: letters grouped by chain (a claim, then its reminder and formal notice),
amounts claimed and received, status with its date, the answer deadline; overdue answers
highlighted. Above it, what is due, each with its action one click away; below it, the actions
on the selected letter (mark it sent, follow it up, record the answer or a payment) and its
status and amount received."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
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
from .claim_labels import kind_label, status_label
from .claims_model import CLAIMS_WIDTHS, ClaimsModel
from .due_panel import DuePanel
from .forms import amount_hint, limit_dates, parse_decimal, plain, problems_text
from .language import Retranslating
from .storage_messages import storage_text
from .tables import fit_header
from .theme import error_text, muted


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
        limit_dates(self.status_date)
        self.status_on_label.setBuddy(self.status_date)
        self.apply = QPushButton()
        self.apply.clicked.connect(self.apply_status)
        self.received_label = QLabel()
        self.received = QLineEdit()
        self.received.setPlaceholderText(amount_hint())
        self.received_label.setBuddy(self.received)
        self.record_received = QPushButton()
        self.record_received.clicked.connect(self.save_received)
        self.received.returnPressed.connect(self.save_received)
        self.error = QLabel()
        error_text(self.error)
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
        self.mark_sent.setText(self.tr("Mark as s&ent…"))
        self.mark_sent.setToolTip(self.tr("Record the day the letter left and its tracking number; ClaimDesk then "
                                          "keeps that exact letter."))
        self.write_reminder.setText(self.tr("Write a rem&inder"))
        self.write_notice.setText(self.tr("&Write a formal notice"))
        self.record_answer.setText(self.tr("&Provider's answer…"))
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
        self.save_dossier.setText(self.tr("Save the dossier…"))
        self.save_dossier.setToolTip(self.tr("One PDF: the letter, then every evidence file of its outages as a "
                                             "numbered exhibit."))
        self.delete_draft.setText(self.tr("Dele&te this draft"))
        self.delete_draft.setToolTip(self.tr("Only a claim not yet sent can be deleted; Ctrl+Z brings it back."))
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
        # a read-only file: only files can be written (the letter, the dossier, the mediator file)
        writable = self.ws is not None and not self.ws.read_only
        saving = (self.save_pdf, self.save_dossier, self.write_referral)
        for w in (self.status, self.status_date, self.apply, self.received, self.record_received, self.save_pdf,
                  self.save_dossier, *self.action_buttons):
            w.setEnabled(c is not None and (writable or w in saving))
        self.error.hide()
        self.delete_draft.setEnabled(c is not None and c.status == "draft" and writable)
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

    def _confirm(self, question: str) -> bool:
        """An implausible but possible value: the user says whether it is meant (No by default)."""
        answer = QMessageBox.question(self, self.tr("Please check"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

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
        # (a sent date before the letter is refused outright, at its field, by the send service)
        if on < c.spec.date and self.status.currentData() != "sent" and not self._confirm(self.tr(
                "The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?")
                .format(c.spec.date.isoformat(), on.isoformat())):
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
        self._refresh(c.id)

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
        pdf = self.ws.claim_pdf(c.id)  # once sent, exactly the letter that was sent
        if not pdf:
            QMessageBox.information(self, self.tr("No letter stored"), self.tr("This claim has no stored PDF letter."))
            return
        from pathlib import Path

        from .letter_actions import SavedLetterDialog, documents_folder, safe_file_name

        title = f"{self.model.providers.get(c.contract_id, '')} {c.spec.date.isoformat()} {kind_label(c.spec.kind)}"
        start = documents_folder() / f"{safe_file_name(title)}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), str(start), "PDF (*.pdf)")
        if name:
            ladder.write_pdf(name, pdf)
            SavedLetterDialog(Path(name), title, self).open()

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
