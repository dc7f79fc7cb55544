"""Company-file failures in the interface language: a full disk, a read-only file, damage.

The services raise errors with an English message, a ``code`` and ``params``; for the codes a
user meets when the disk or the file fails, the window says it in their language instead.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "StorageMessages"
TEXTS = {
    "disk_full": QT_TRANSLATE_NOOP("StorageMessages", "There is not enough space on the disk to save {0}; nothing "
                                                      "was changed. Free some space, then try again."),
    "read_only": QT_TRANSLATE_NOOP("StorageMessages", "{0} was opened read-only: changes cannot be saved."),
    "corrupt": QT_TRANSLATE_NOOP("StorageMessages", "{0} is damaged and cannot be opened safely."),
    "corrupt_backup": QT_TRANSLATE_NOOP("StorageMessages", "The latest backup is from {0}: {1}."),
    "corrupt_no_backup": QT_TRANSLATE_NOOP("StorageMessages", "No backup of it was found."),
}
READ_ONLY_NOTICE = QT_TRANSLATE_NOOP("StorageMessages", "Opened read-only: changes cannot be saved.")


def _text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key])


def read_only_notice() -> str:
    return QCoreApplication.translate(CONTEXT, READ_ONLY_NOTICE)


def storage_text(exc: Exception) -> str | None:
    """The translated sentence for a company-file failure, or None for other failures."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", None) or {}
    name = PurePath(params.get("path") or "").name
    if code in ("disk_full", "read_only") and name:
        return _text(code).format(name)
    if code == "corrupt" and name:
        backup = params.get("backup_file")
        if backup:
            date = saved_at(backup)
            return _text("corrupt").format(name) + " " + _text("corrupt_backup").format(date, PurePath(backup).name)
        return _text("corrupt").format(name) + " " + _text("corrupt_no_backup")
    return None


def saved_at(path) -> str:
    """When a backup was written, as the restore dialog lists it (year first: the same in every language)."""
    from datetime import datetime
    from pathlib import Path

    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return "?"
