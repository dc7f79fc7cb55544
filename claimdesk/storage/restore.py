"""Putting a backup back in place of a damaged company file, without deleting anything."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import database as db
from .lock import FileLock


def restore_backup(backup: Path, path: Path) -> Path:
    """Replace ``path`` by a copy of ``backup``; the damaged file is kept beside it, renamed.

    Returns the name the damaged file was moved to (or ``path`` itself if there was none).
    """
    backup, path = Path(backup), Path(path)
    db.check_header(backup)
    lock = FileLock(path)
    lock.acquire(path.stem)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        copy = path.with_name(f".{path.name}.restoring")
        copy.unlink(missing_ok=True)
        src = sqlite3.connect(f"file:{quote(str(backup))}?mode=ro", uri=True)
        try:
            db.copy_database(src, copy)
        finally:
            src.close()
        if path.exists():
            os.replace(path, kept)
            for side in ("-wal", "-shm"):
                stale = path.with_name(path.name + side)
                if stale.exists():
                    os.replace(stale, kept.with_name(kept.name + side))
        else:
            kept = path
        os.replace(copy, path)
        return kept
    finally:
        lock.release()
