"""Form helpers shared by the dialogs: a field with its help text and an error line below it.

An invalid entry is flagged at its field; what the user typed stays in the field. Texts are set
by the owning form's ``retranslate()`` through :meth:`Field.set_texts`, so they follow the
interface language.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.problems import Problem
from .language import problem_detail_text, problem_text
from .theme import ERROR_COLOR, error_text, muted

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; }}'


def input_types() -> tuple[type, ...]:
    """The input widgets that can show a red frame (their Qt types are made when first asked for)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit

    return (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit)


class Field(QWidget):
    """An input widget with a short help text and a (normally hidden) error message under it."""

    def __init__(self, editor: QWidget, help_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.label: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.help = QLabel()
        self.help.setWordWrap(True)
        muted(self.help)
        layout.addWidget(self.help)
        self.error = QLabel()
        self.error.setWordWrap(True)
        error_text(self.error)
        self.error.hide()
        layout.addWidget(self.error)
        self.set_help(help_text)
        self.error.setAccessibleName(QCoreApplication.translate("Forms", "Error message"))

    def set_help(self, help_text: str) -> None:
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self.editor.setToolTip(help_text)
        self.editor.setAccessibleDescription(help_text)

    def set_texts(self, label: str, help_text: str = "", accessible: str | None = None) -> None:
        """The (translated) label, help text and accessible name of the field."""
        if self.label is not None:
            self.label.setText(label)
        self.editor.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        self.set_help(help_text)
        self.error.setAccessibleName(QCoreApplication.translate("Forms", "Error message"))

    def set_error(self, message: str | None) -> None:
        was_invalid = not self.error.isHidden()  # the message shows exactly while the frame does
        invalid = bool(message)
        self.error.setText(message or "")
        self.error.setVisible(invalid)
        if invalid == was_invalid:
            return  # already so: no style sheet to parse again
        for widget in self._inputs():
            widget.setProperty("invalid", invalid)
            # The selector keeps the red frame on this input: not on its children (a check box
            # beside a date), and a style sheet without colours leaves the palette (dark or light) alone.
            widget.setStyleSheet(INVALID_STYLE if invalid else "")

    def clear_error_on_edit(self) -> None:
        """Where problems are checked only on Next (the assistant), the red message goes as soon
        as the field is changed, rather than staying beside a value already put right."""
        for widget in self._inputs():
            for name in ("textEdited", "textChanged", "currentIndexChanged", "dateTimeChanged", "toggled"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self._edited)
                    break

    def _edited(self, *_args) -> None:
        if not self.error.isHidden():
            self.set_error(None)

    def _inputs(self) -> list[QWidget]:
        """The input widgets that show the red frame: the editor, or those inside a compound editor."""
        kinds = input_types()
        if isinstance(self.editor, kinds):
            return [self.editor]
        return [w for w in self.editor.findChildren(QWidget) if isinstance(w, kinds)
                and not isinstance(w.parent(), kinds)]


def amount_hint() -> str:
    """The empty amount field's hint in the user's number format: "0.00", or "0,00" where the
    comma is the decimal mark (Qt's default locale follows the interface language)."""
    return QLocale().toString(0.0, "f", 2)


def limit_dates(edit) -> None:
    """A date (or date-time) field keeps to the dates the company file accepts (domain.bounds):
    a slip of the year (1900, 2100) cannot be typed or picked."""
    from PySide6.QtCore import QDate

    from ..domain.bounds import EARLIEST_DATE, latest_date

    last = latest_date()
    edit.setMinimumDate(QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day))
    edit.setMaximumDate(QDate(last.year, last.month, last.day))
    from .date_typing import WholeDateTyping

    WholeDateTyping(edit)  # a whole date typed over the selection replaces the old one


def text_box(height: int) -> QPlainTextEdit:
    """A few lines of free text (an address, a description) where Tab moves on to the next field."""
    from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    # fixed in policy too: an expanding box would take the page's spare height and, unable to
    # grow, leave it as an empty gap under itself
    box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
    return box


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons wired to the dialog's accept and reject."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_row(form: QFormLayout, editor: QWidget) -> Field:
    """A labelled row; its texts come from the form's ``retranslate()`` (``Field.set_texts``)."""
    field = Field(editor)
    lab = QLabel()
    lab.setBuddy(editor)
    lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    field.label = lab
    form.addRow(lab, field)
    return field


def parse_decimal(text: str) -> Decimal | None:
    """``1 234,50`` / ``1234.50`` / ``12 %`` → Decimal; None when it is not a number."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    cleaned = cleaned.replace("’", "").rstrip("%")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def plain(value: Decimal) -> str:
    """A Decimal as the user would type it: no exponent, trailing zeros kept for money."""
    return format(value, "f")


def show_problems(fields: dict[str, Field], problems: list[Problem], prefix: str = "") -> list[Problem]:
    """Put each problem at its field (matched by path), saying what is wrong without repeating the
    field's name; returns the problems no field took (for :func:`problems_text`, which names them)."""
    for field in fields.values():
        field.set_error(None)
    leftover = []
    for problem in problems:
        path = problem.path[len(prefix):] if prefix and problem.path.startswith(prefix) else problem.path
        target, target_key = None, None
        for key, field in fields.items():
            if (path == key or path.startswith(key + ".") or path.startswith(key + "[")) and (
                    target_key is None or len(key) > len(target_key)):
                target, target_key = field, key
        if target is None:
            leftover.append(problem)
        else:
            previous = target.error.text()
            # the label above already names the field; a part of it (a channel's share) is named
            message = problem_detail_text(problem) if path == target_key else problem_text(problem)
            target.set_error(f"{previous}\n{message}" if previous else message)
    return leftover


def problems_text(problems) -> str:
    """Problems no field took, one per line, in the interface language."""
    return "\n".join(problem_text(p) for p in problems)
