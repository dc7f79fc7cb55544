"""Small dialogs of the claims list: a letter was saved (where, and has it been sent?), the
provider's answer, an amount received.

Each dialog checks its input through the services and shows every problem at its field; nothing
is stored unless all is well.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import DELIVERIES
from ..domain.problems import Problem, ValidationError
from ..services import claims as ladder
from .claim_labels import delivery_label, kind_label
from .forms import add_row, parse_decimal, problems_text, show_problems
from .language import Retranslating
from .theme import error_text, muted


def _date_edit(on: date | None = None) -> QDateEdit:
    on = on or date.today()
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _error_label() -> QLabel:
    label = QLabel()
    error_text(label)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_refusal(fields: dict, error: QLabel, problems) -> None:
    """Each problem at its field; those no field of the dialog shows, in its error line."""
    leftover = show_problems(fields, problems)
    error.setText(problems_text(leftover))
    error.setVisible(bool(leftover))


def _amount_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("0.00")
    return edit


def _save_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Save checks and stores (``dialog.save``); Cancel leaves everything as it was."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _message(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc)


class SendDialog(Retranslating, QDialog):
    """Where the letter went (Open, Show in folder) and "Have you sent it?": the date, how, the
    tracking number. "Not yet" leaves a draft, which the due list keeps reminding about."""

    def __init__(self, ws, claim, saved_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.ws, self.claim, self.saved_path = ws, claim, saved_path
        self.sent = None
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        files = QWidget()
        row = QHBoxLayout(files)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_letter)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.show_folder)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addWidget(files)
        files.setVisible(saved_path is not None)
        self.where.setVisible(saved_path is not None)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        form = QFormLayout()
        self.on = _date_edit()
        self.delivery = QComboBox()
        for d in DELIVERIES:
            self.delivery.addItem("", d)
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(claim.spec.delivery)))
        self.tracking = QLineEdit()
        self.fields = {"on": add_row(form, self.on), "delivery": add_row(form, self.delivery),
                       "tracking": add_row(form, self.tracking)}
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        muted(self.hint)
        layout.addWidget(self.hint)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.mark_sent)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The letter — ClaimDesk"))
        if self.saved_path is not None:
            self.where.setText(self.tr("{0} no. {1} was saved as {2}").format(
                kind_label(self.claim.spec.kind), self.claim.id, str(self.saved_path)))
        self.open_button.setText(self.tr("&Open"))
        self.folder_button.setText(self.tr("Show in &folder"))
        self.question.setText(self.tr("Have you sent it? Once marked sent, ClaimDesk keeps this exact letter, "
                                      "whatever changes later in the company's profile."))
        for i in range(self.delivery.count()):
            self.delivery.setItemText(i, delivery_label(self.delivery.itemData(i)))
        self.fields["on"].set_texts(self.tr("Sent o&n:"))
        self.fields["delivery"].set_texts(self.tr("Sent &by:"))
        self.fields["tracking"].set_texts(self.tr("&Tracking number:"),
                                          self.tr("The registered-mail number: the follow-up letters quote it."))
        self.hint.setText(self.tr("Not sent yet? The claims list reminds you until it is."))
        self.send_button.setText(self.tr("&Mark as sent"))
        self.later_button.setText(self.tr("Not &yet"))

    def open_letter(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.saved_path).parent)))

    def mark_sent(self) -> None:
        try:
            self.sent = ladder.send(self.ws.file, self.claim.id, _date_of(self.on), self.delivery.currentData(),
                                    self.tracking.text())
        except ValidationError as exc:
            _show_refusal(self.fields, self.error, exc.problems)
            return
        except Exception as exc:  # noqa: BLE001 - a refusal of the file (already sent) is a message
            self.error.setText(_message(exc))
            self.error.show()
            return
        self.accept()


class AnswerDialog(Retranslating, QDialog):
    """The provider's answer: its date, the amount offered, its reference and its letter."""

    def __init__(self, ws, claim, parent=None):
        super().__init__(parent)
        self.ws, self.claim = ws, claim
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.on = _date_edit()
        self.amount = _amount_edit()
        self.reference = QLineEdit()
        letter_row = QWidget()
        row = QHBoxLayout(letter_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.letter = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.letter, 1)
        row.addWidget(self.browse)
        self.note = QLineEdit()
        self.fields = {"answer.date": add_row(form, self.on), "answer.amount_offered": add_row(form, self.amount),
                       "answer.reference": add_row(form, self.reference), "answer.letter": add_row(form, letter_row),
                       "answer.note": add_row(form, self.note)}
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(_save_cancel(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The provider's answer — ClaimDesk"))
        self.fields["answer.date"].set_texts(self.tr("Answered o&n:"))
        self.fields["answer.amount_offered"].set_texts(self.tr("Amount &offered:"),
                                                       self.tr("Leave empty if they offer nothing."))
        self.fields["answer.reference"].set_texts(self.tr("Their &reference:"))
        self.fields["answer.letter"].set_texts(self.tr("Their &letter:"),
                                               self.tr("Kept in the company file as evidence."), self.tr("Their letter"))
        self.letter.setAccessibleName(self.tr("Their letter"))
        self.browse.setText(self.tr("Bro&wse…"))
        self.fields["answer.note"].set_texts(self.tr("No&te:"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The provider's letter"))
        if name:
            self.letter.setText(name)

    def save(self) -> None:
        text = self.amount.text().strip()
        amount = parse_decimal(text) if text else None
        if text and amount is None:
            show_problems(self.fields, [Problem("answer.amount_offered", "not an amount", "number")])
            return
        try:
            ladder.record_answer(self.ws.file, self.claim.id, _date_of(self.on), amount, self.reference.text(),
                                 self.note.text(), self.letter.text().strip() or None)
        except ValidationError as exc:
            _show_refusal(self.fields, self.error, exc.problems)
            return
        self.accept()


class PaymentDialog(Retranslating, QDialog):
    """An amount received; several add up (partial settlements)."""

    def __init__(self, ws, claim, parent=None):
        super().__init__(parent)
        self.ws, self.claim = ws, claim
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.on = _date_edit()
        self.amount = _amount_edit()
        self.note = QLineEdit()
        self.fields = {"payment.date": add_row(form, self.on), "payment.amount": add_row(form, self.amount),
                       "payment.note": add_row(form, self.note)}
        layout.addLayout(form)
        layout.addWidget(_save_cancel(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amount received — ClaimDesk"))
        self.fields["payment.date"].set_texts(self.tr("Received o&n:"))
        self.fields["payment.amount"].set_texts(self.tr("&Amount:"), self.tr("A credit on the bill counts too; "
                                                                             "several payments add up."))
        self.fields["payment.note"].set_texts(self.tr("No&te:"))

    def save(self) -> None:
        amount = parse_decimal(self.amount.text())
        if amount is None:
            show_problems(self.fields, [Problem("payment.amount", "not an amount", "number")])
            return
        try:
            ladder.record_payment(self.ws.file, self.claim.id, _date_of(self.on), amount, self.note.text())
        except ValidationError as exc:
            show_problems(self.fields, exc.problems)
            return
        self.accept()
