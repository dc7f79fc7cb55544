"""A one-line label that never widens its window: a long text ends in "…", whole in the tooltip.

The text is always plain: a company called "<b>Bakery</b>" is shown with its brackets, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class _Fit(QObject):
    """Elides the label again when its width or font changes. An event filter rather than the
    label's own ``resizeEvent``: installed by ``follow_width()``, it can wait until the window's
    first paint, before which no event reaches Python (see ui/language.py)."""

    def __init__(self, label):
        from PySide6.QtCore import QEvent

        super().__init__(label)
        self._kinds = (QEvent.Type.Resize, QEvent.Type.FontChange)  # looked up once, not per event

    def eventFilter(self, label, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self._kinds:
            label._elide()
        return False


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # the layout may give it less than the whole text needs; it elides instead of pushing
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        self._full = ""
        self._fit = None
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def follow_width(self) -> None:
        """Elide from now on, and whenever the width or the font changes. Until then the whole text
        is set, clipped at the label's edge if too long."""
        if self._fit is None:
            self._fit = _Fit(self)
            self.installEventFilter(self._fit)
        self._elide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        if self._fit is None:
            super().setText(self._full)
        else:
            self._elide()

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setWidth(min(self.fontMetrics().horizontalAdvance(self._full) + 4, 480))
        return hint

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 10))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
