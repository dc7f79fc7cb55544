"""Form helpers shared by the dialogs: a field with its help text and an error line below it.

An invalid entry is flagged at its field; what the user typed stays in the field.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..domain.problems import Problem

ERROR_STYLE = "color: #c0392b;"
HELP_STYLE = "color: palette(placeholder-text);"


def tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class Field(QWidget):
    """An input widget with a short help text and a (normally hidden) error message under it."""

    def __init__(self, editor: QWidget, help_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.help = QLabel(help_text)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        self.help.setVisible(bool(help_text))
        layout.addWidget(self.help)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(tr("Error message"))
        self.error.hide()
        layout.addWidget(self.error)
        if help_text:
            editor.setToolTip(help_text)
            editor.setAccessibleDescription(help_text)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet("border: 1px solid #c0392b;" if message else "")


def add_row(form: QFormLayout, label: str, editor: QWidget, help_text: str = "",
            accessible: str | None = None) -> Field:
    field = Field(editor, help_text)
    editor.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
    lab = QLabel(label)
    lab.setBuddy(editor)
    lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
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
    """Put each problem at its field (matched by path); returns the problems no field took."""
    for field in fields.values():
        field.set_error(None)
    leftover = []
    for problem in problems:
        path = problem.path[len(prefix):] if prefix and problem.path.startswith(prefix) else problem.path
        target = None
        best = -1
        for key, field in fields.items():
            if (path == key or path.startswith(key + ".") or path.startswith(key + "[")) and len(key) > best:
                target, best = field, len(key)
        if target is None:
            leftover.append(problem)
        else:
            previous = target.error.text()
            target.set_error(f"{previous}\n{problem.message}" if previous else problem.message)
    return leftover
