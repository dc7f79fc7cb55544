"""Work that can wait until a window has been painted once.

The user sees the window as soon as its first paint ends; what only a menu entry or a later click
needs (and the modules it imports) is done in the event-loop pass after that paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, widget, callback):
        super().__init__(widget)  # deleted with the widget: a window closed unseen runs nothing
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self._widget and event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            # the filter runs before the paint: a zero timer runs once this paint is on screen
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        try:
            if self._widget.isVisible():  # not closed meanwhile
                self._callback()
        finally:
            self.deleteLater()


def after_first_paint(widget, callback) -> None:
    """Call ``callback`` on the GUI thread just after ``widget``'s first paint."""
    _FirstPaint(widget, callback)
