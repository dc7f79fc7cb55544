"""Company files opened from the desktop: a double-click in the macOS Finder.

Windows and Linux pass the file on the command line. The Finder does not: it sends the running
application a QFileOpenEvent, also when the double-click is what started it. A file that arrives
before the main window exists is kept, and the app opens it first; later ones replace the company
in the window, as File ▸ Open does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class FileOpenHandler(QObject):
    def __init__(self, app):
        super().__init__(app)
        self.pending: str | None = None
        self.window = None
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file()
        if not path:
            return False
        if self.window is None:
            self.pending = path
        else:
            self.window.switch_to(path)
            self.window.raise_()
            self.window.activateWindow()
        return True

    def take_pending(self) -> str | None:
        path, self.pending = self.pending, None
        return path
