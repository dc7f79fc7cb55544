"""Work that can wait until a window has been painted once.

The user sees the window as soon as its first paint ends; what only a menu entry or a later click
needs (and the modules it imports) is done in an event-loop pass after that paint.

The window is watched by a timer, not by an event filter: the first event Qt hands to Python costs
~3 ms of PySide's own set-up (ui/language.py says more), which would land before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

RETRY_MS = 15  # about a frame
GIVE_UP_MS = 3000  # a window never exposed (started minimised, say) gets its work all the same


class _FirstPaint(QTimer):
    def __init__(self, widget, callback):
        super().__init__(widget)  # a child: a window closed unseen runs nothing
        self._widget = widget
        self._callback = callback
        self._waited = 0
        self.setSingleShot(True)
        self.timeout.connect(self._check)
        self.start(0)

    def _check(self) -> None:
        # Qt paints a widget window as the window system exposes (maps) it: mapped means painted.
        # (An attribute, not windowHandle().isExposed(): that would build PySide's QWindow type.)
        if not self._widget.testAttribute(Qt.WidgetAttribute.WA_Mapped) and self._waited < GIVE_UP_MS:
            self._waited += RETRY_MS
            self.start(RETRY_MS)
            return
        self.deleteLater()
        if self._widget.isVisible():  # not closed meanwhile
            self._callback()


def after_first_paint(widget, callback) -> None:
    """Call ``callback`` on the GUI thread just after ``widget``'s window is first painted."""
    _FirstPaint(widget, callback)
