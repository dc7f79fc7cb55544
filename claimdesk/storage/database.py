"""Opening a company file safely: header, version, lock, integrity, backup, migration.

The order matters: every check runs through a read-only connection (``mode=ro``), so a newer,
foreign or damaged file is refused without a byte written, not even a switch of journal mode or a
checkpoint of a pending WAL. A read-write connection is made only for the first change; a backup
through SQLite's backup API (which includes pages still in the WAL) comes before any migration.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import schema
from .errors import CorruptFileError, NewerFileError, NotACompanyFileError, StorageError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
AUTO_BACKUPS_KEPT = 7
# SQLite's primary result codes this module tells apart.
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 11, 13, 26
SQLITE_READONLY, SQLITE_CANTOPEN = 8, 14
# A file claiming a schema this far ahead of ours was not written by any ClaimDesk: its version
# number was damaged.
PLAUSIBLE_VERSIONS_AHEAD = 50
# Our tables: a file that has them is a company file even when its application id was damaged.
OWN_TABLES = frozenset({"meta", "company", "contract", "outage", "claim", "history"})


def connect(path: Path) -> sqlite3.Connection:
    """The read-write connection, made for the first change of a session."""
    # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE (see transaction()).
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before it returns, so a power cut never loses a saved outage.
        con.execute("PRAGMA synchronous = FULL")
    except BaseException:
        con.close()
        raise
    return con


def connect_ro(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: checks and reads run through it.

    Reading a file in WAL mode needs ``-wal``/``-shm`` files beside it, which SQLite creates. In a
    folder where nobody may create them, a WAL-mode file with no ``-wal`` (closed by its last
    writer, so it holds everything, and no writer can come) is read as an immutable file. Files
    ClaimDesk closes after a change are in rollback-journal mode and need neither."""
    uri = f"file:{quote(str(path))}?mode=ro"
    if _wal_mode(path) and not sidecar(path, "-wal").exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # reads the header and any WAL
    except sqlite3.OperationalError as exc:
        con.close()
        if _code(exc) in (SQLITE_CANTOPEN, SQLITE_READONLY):
            raise StorageError(
                f"{path.name} was not closed properly and cannot be read in this folder, where ClaimDesk may not "
                "write. Copy it, with the files beside it of the same name, to a folder you can write to.",
                "unreadable_here", path=str(path)) from None
        raise
    except BaseException:
        con.close()
        raise
    return con


def _wal_mode(path: Path) -> bool:
    """Whether the header says WAL (bytes 18 and 19 are 2 in WAL mode, 1 in rollback-journal mode)."""
    try:
        with open(path, "rb") as f:
            f.seek(18)
            return f.read(2) == b"\x02\x02"
    except OSError:
        return False


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def sidecars(path: Path) -> set[Path]:
    """The ``-wal``/``-shm``/``-journal`` files beside a company file that exist now."""
    return {p for p in (sidecar(path, s) for s in ("-wal", "-shm", "-journal")) if p.exists()}


def remove_new_sidecars(path: Path, before: set[Path]) -> None:
    """Remove the side files that were not there before (only while holding the file's lock)."""
    for extra in sidecars(path) - before:
        try:
            extra.unlink()
        except OSError as exc:
            log.warning("could not remove %s: %s", extra, exc)


def why_read_only(path: Path) -> str | None:
    """``"file"`` or ``"folder"`` when ClaimDesk may read but not write there, else None."""
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "folder"
    return None


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return _code(exc) == SQLITE_FULL


def is_damage(exc: BaseException) -> bool:
    return _code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB) or (
        isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc))


def is_read_only(exc: BaseException) -> bool:
    return _code(exc) == SQLITE_READONLY


def disk_full(path: Path) -> StorageError:
    return StorageError(f"There is not enough space on the disk to save {path.name}; nothing was changed. "
                        "Free some space, then try again.", "disk_full", path=str(path))


def read_only(path: Path) -> StorageError:
    return StorageError(f"{path.name} was opened read-only: changes cannot be saved.", "read_only", path=str(path))


@contextmanager
def transaction(con: sqlite3.Connection):
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:  # SQLite may have rolled back already (a full disk does)
            con.execute("ROLLBACK")
        raise


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
        # A header a few bits away from SQLite's, or a file that has backups, was a company file
        # that got damaged: say so and offer the backup, rather than "not a company file".
        near = len(header) == len(SQLITE_HEADER) and sum(a != b for a, b in zip(header, SQLITE_HEADER,
                                                                                  strict=True)) <= 4
        if near or latest_backup(path) is not None:
            raise corrupt(path)
        raise NotACompanyFileError(f"{name} is not a ClaimDesk company file.", path=str(path))


def probe_version(con: sqlite3.Connection, path: Path) -> int:
    """The schema version, read through the read-only connection; refuses other and newer files,
    and tells a damaged id or version number from a real one."""
    name = path.name
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        stated = None
        if "meta" in tables:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            stated = int(row[0]) if row and str(row[0]).isdigit() else None
    except sqlite3.DatabaseError:
        raise corrupt(path) from None
    ours = OWN_TABLES <= tables
    if app_id != schema.APPLICATION_ID:
        if ours:
            raise corrupt(path)
        raise NotACompanyFileError(f"{name} is a database, but not a ClaimDesk company file.", path=str(path))
    # The version is also kept in the meta table (since schema 1 sessions): a header that
    # disagrees with it, or a file claiming to be empty while it holds our tables, was damaged.
    if (stated is not None and stated != version) or (version == 0 and ours):
        raise corrupt(path)
    if version > schema.current_version():
        if version > schema.current_version() + PLAUSIBLE_VERSIONS_AHEAD:
            raise corrupt(path)
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
            record_version(con, target)
    except (sqlite3.Error, ValueError) as exc:
        if is_disk_full(exc):
            raise disk_full(path) from exc
        raise StorageError(f"{path.name} could not be upgraded for this version of ClaimDesk; it was left as it "
                           "was.", "upgrade_failed", path=str(path), detail=str(exc)) from exc
    return backup_path


# ---- backups ---------------------------------------------------------------------------


def record_version(con: sqlite3.Connection, version: int) -> None:
    """The schema version again, in the meta table: a damaged header is then told from a newer file."""
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(int(version)),))


def upgrade_in_memory(con: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An older file opened read-only: a migrated copy in memory to read from (the file is untouched)."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    con.backup(mem)
    with transaction(mem):
        for step in schema.MIGRATIONS[version:schema.current_version()]:
            step(mem)
        mem.execute(f"PRAGMA user_version = {int(schema.current_version())}")
    return mem


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
    try:
        copy_database(con, partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half backup behind
        raise
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
