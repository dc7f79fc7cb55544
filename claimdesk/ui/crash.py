"""Logging to a file, and a calm dialog for bugs: what happened, the details, where the log is."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths

if TYPE_CHECKING:  # the dialog's Qt types are made when a crash shows it
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("claimdesk")
LOG_NAME = "claimdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging(data_dir=None) -> Path:
    """Log to ``<log dir>/claimdesk.log`` (rotated); returns the file's path."""
    folder = paths.log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _rotate(path: Path) -> None:
    """A log grown past LOG_MAX_BYTES becomes ``claimdesk.log.1`` (older ones move up, the fourth
    goes) before this start writes. Rotating at start rather than mid-session spares every start
    ``logging.handlers`` and the socket, pickle and queue modules it imports; a session writes a
    few lines."""
    try:
        if path.stat().st_size < LOG_MAX_BYTES:
            return
        for i in range(LOG_BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # another window has it open (Windows): it grows until the next start
        pass


def crash_box(exc_type, exc, tb, log_path: Path | None) -> QMessageBox:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "ClaimDesk ran into a problem"))
    box.setText(QCoreApplication.translate("CrashDialog", "Something went wrong inside ClaimDesk. Your saved data is safe; "
                    "what you were doing may not have finished."))
    where = str(log_path) if log_path else QCoreApplication.translate("CrashDialog", "(no log file)")
    box.setInformativeText(QCoreApplication.translate("CrashDialog", "The details below are also in the log file:\n{0}\n"
                               "Please send that file to your support contact.").format(where))
    box.setDetailedText(details)
    box.setAccessibleName(QCoreApplication.translate("CrashDialog", "Error report"))
    return box


def install_excepthook(log_path: Path | None) -> None:
    """Show a dialog for any uncaught exception instead of letting the app vanish."""
    showing = []

    def hook(exc_type, exc, tb):
        from PySide6.QtWidgets import QApplication

        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None or showing:
            sys.__excepthook__(exc_type, exc, tb)
            return
        showing.append(True)
        try:
            crash_box(exc_type, exc, tb, log_path).exec()
        finally:
            showing.clear()

    sys.excepthook = hook
