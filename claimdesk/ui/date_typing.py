"""Typing a whole date over a selected date field: Qt would put the digits in the section the
cursor happens to be in (the old year stayed), and a separator typed after a full section would
skip the next one. The filter starts at the first section and lets the field move on by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

SEPARATORS = "-./:, "


class WholeDateTyping(QObject):
    def __init__(self, edit):
        super().__init__(edit)
        self.after_digit = False
        edit.installEventFilter(self)

    def eventFilter(self, edit, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self.after_digit = False
        if event.type() != QEvent.Type.KeyPress:
            return False
        text, line = event.text(), edit.lineEdit()
        if text.isdigit():
            if line.hasSelectedText() and len(line.selectedText()) == len(line.text()):
                edit.setSelectedSection(edit.sectionAt(0))
            self.after_digit = True
            return False
        if text and text in SEPARATORS and self.after_digit and line.hasSelectedText():
            self.after_digit = False
            return True  # the field already moved to the next section when this one was full
        self.after_digit = False
        return False
