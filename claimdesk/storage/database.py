"""Opening a company file safely: header, version, lock, integrity, backup, migration.

The order matters: the file is locked before anything else, its version is read through a
read-only connection (so a newer file is refused without a byte written), and a backup through
SQLite's backup API (which includes pages still in the WAL) comes before any migration.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import schema
from .errors import CorruptFileError, NewerFileError, NotACompanyFileError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
AUTO_BACKUPS_KEPT = 7


def connect(path: Path) -> sqlite3.Connection:
    # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE (see transaction()).
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk before it returns, so a power cut never loses a saved outage.
    con.execute("PRAGMA synchronous = FULL")
    return con


@contextmanager
def transaction(con: sqlite3.Connection):
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def check_header(path: Path) -> None:
    name = path.name
    if not path.exists():
        raise NotACompanyFileError(f"{name} does not exist.", "missing", path=str(path))
    if path.is_dir():
        raise NotACompanyFileError(f"{name} is a folder, not a ClaimDesk company file.", path=str(path))
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"Cannot read {name}: {exc.strerror or exc}.", "unreadable", path=str(path)) from None
    if header != SQLITE_HEADER:
        raise NotACompanyFileError(f"{name} is not a ClaimDesk company file.", path=str(path))


def probe_version(path: Path) -> int:
    """The schema version, read without writing anything; refuses other and newer files."""
    name = path.name
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise corrupt(path) from None
    if app_id != schema.APPLICATION_ID:
        raise NotACompanyFileError(f"{name} is a database, but not a ClaimDesk company file.", path=str(path))
    if version > schema.current_version():
        raise NewerFileError(
            f"{name} was saved by a newer version of ClaimDesk. Install the latest ClaimDesk to open it; "
            "the file has not been changed.", path=str(path), version=version,
            supported=schema.current_version())
    return version


# The full check reads every page: about 25 ms per MB here. Up to this size it runs at every
# opening; a bigger file is fully checked after a session that did not close cleanly, once a week,
# and whenever CompanyFile.verify() is called (the GUI does it in the background).
FULL_CHECK_MAX_BYTES = 4 * 1024 * 1024
FULL_CHECK_EVERY_US = 7 * 86400 * 10**6


def full_check_due(con: sqlite3.Connection, path: Path, now_us: int) -> bool:
    if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
        return True
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return True
    if meta.get("clean_close") != "1":
        return True
    return now_us - int(meta.get("last_full_check_us", "0")) > FULL_CHECK_EVERY_US


def check_structure(con: sqlite3.Connection, path: Path) -> None:
    """The cheap part of the checks: the schema parses and the first page of each table reads."""
    try:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            con.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
    except sqlite3.DatabaseError:
        raise corrupt(path) from None


def check_integrity(con: sqlite3.Connection, path: Path) -> None:
    try:
        rows = con.execute("PRAGMA integrity_check(5)").fetchall()
        ok = rows == [("ok",)]
        if ok:
            ok = not con.execute("PRAGMA foreign_key_check").fetchone()
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        raise corrupt(path)


def corrupt(path: Path) -> CorruptFileError:
    backup = latest_backup(path)
    offer = (f" The latest backup is from {_when(backup)}: {backup.name}." if backup
             else " No backup of it was found.")
    return CorruptFileError(f"{path.name} is damaged and cannot be opened safely.{offer}", backup,
                            path=str(path), backup_file=str(backup) if backup else None)


def _when(backup: Path) -> str:
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def migrate(con: sqlite3.Connection, path: Path, version: int) -> Path | None:
    """Bring the file up to the current schema, after a backup if it held data; returns the backup."""
    target = schema.current_version()
    if version >= target:
        return None
    backup_path = backup(con, path, f"before-v{target}") if version > 0 else None
    try:
        with transaction(con):
            for step in schema.MIGRATIONS[version:target]:
                step(con)
            con.execute(f"PRAGMA user_version = {int(target)}")
    except (sqlite3.Error, ValueError) as exc:
        raise StorageError(f"{path.name} could not be upgraded for this version of ClaimDesk; it was left as it "
                           "was.", "upgrade_failed", path=str(path), detail=str(exc)) from exc
    return backup_path


# ---- backups ---------------------------------------------------------------------------


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent, self-contained copy of ``source`` to ``target`` through SQLite's
    backup API (it includes what is still in the WAL; a plain file copy would not)."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # The copy must open on its own, without a -wal file beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def backup(con: sqlite3.Connection, path: Path, reason: str) -> Path:
    """A timestamped backup beside the company file, written under a temporary name first."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    partial = target.with_name(target.name + ".partial")
    copy_database(con, partial)
    os.replace(partial, target)
    return target


def backups(path: Path) -> list[Path]:
    """Backups of a company file, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem}-*{path.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def latest_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[0] if found else None


def prune_auto_backups(path: Path, keep: int = AUTO_BACKUPS_KEPT) -> None:
    auto = [p for p in backups(path) if p.stem.endswith("-auto")]
    for old in auto[keep:]:
        old.unlink(missing_ok=True)
