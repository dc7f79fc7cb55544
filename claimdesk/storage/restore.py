"""Putting a backup back in place of a damaged company file, without deleting anything."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from . import database as db
from .errors import StorageError
from .lock import FileLock


def restore_backup(backup: Path, path: Path) -> Path:
    """Replace ``path`` by a copy of ``backup``; the damaged file is kept beside it, renamed.

    The backup is checked first (read-only) and copied under a temporary name, so a bad backup
    or a full disk leaves everything as it was. Returns the name the damaged file was moved to
    (or ``path`` itself if there was none).
    """
    backup, path = Path(backup), Path(path)
    _check_backup(backup)
    lock = FileLock(path)
    lock.acquire(path.stem)
    copy = path.with_name(f".{path.name}.restoring")
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        copy.unlink(missing_ok=True)
        src = db.connect_ro(backup)
        try:
            db.copy_database(src, copy)
        except (sqlite3.Error, OSError) as exc:
            if db.is_disk_full(exc):
                raise db.disk_full(path) from exc
            raise
        finally:
            src.close()
        if path.exists():
            os.replace(path, kept)
            for side in ("-wal", "-shm", "-journal"):
                stale = db.sidecar(path, side)
                if stale.exists():
                    os.replace(stale, db.sidecar(kept, side))
        else:
            kept = path
        os.replace(copy, path)
        return kept
    finally:
        copy.unlink(missing_ok=True)
        lock.release()


def _check_backup(backup: Path) -> None:
    """A backup is put in place only if it is a whole company file this ClaimDesk can open."""
    try:
        db.check_header(backup)
        con = db.connect_ro(backup)
        try:
            db.probe_version(con, backup)
            db.check_integrity(con, backup)
        finally:
            con.close()
    except (StorageError, sqlite3.DatabaseError) as exc:
        reason = getattr(exc, "message", None) or "it is damaged."
        raise StorageError(f"The backup {backup.name} cannot be used: {reason}", "bad_backup",
                           backup=str(backup)) from None
