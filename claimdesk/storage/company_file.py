"""``CompanyFile``: one company's journal of outages, evidence and claims in one SQLite file.

Every change is one transaction that also appends a history row (who, what, when), so a figure
in a letter can be traced back to the person who entered it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import Heading, response_deadline
from . import database as db
from . import schema
from .codec import now_us
from .errors import FileLockedError, StorageError
from .journal import OutageJournal
from .lock import FileLock
from .records import ContractRecord
from .rows import (
    _AUTO_BACKUP_AGE,
    _BadRow,
    _check_company_row,
    _company_dict,
    _contract,
    _contract_dict,
    _contract_row,
    _decoding,
    _default_actor,
    _diff,
    _exists,
    _history_entries,
    _log,
    _missing,
    _os_error,
    _raise_problems,
    _read_company,
    _reading,
    _tidy_after_refusal,
    _write_company,
)

if TYPE_CHECKING:
    from ..domain.company_model import Company, Contract
    from .claim_records import HistoryEntry

log = logging.getLogger(__name__)


def _validation():
    # The field checks load with the first change, not at opening.
    from ..domain import validation

    return validation


class _ClaimSide:
    """Stands in on :class:`CompanyFile` for a method of a claim-side mixin (``ClaimBook``,
    ``ClaimLadder``). The first access imports the mixin and puts all its methods on the class in
    place of the stand-ins, so opening a file and painting its journal loads none of that code,
    and ``cf.claims()`` works as if the mixin were a base class."""

    def __init__(self, load) -> None:
        self.load = load  # imports the module and returns the mixin class

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner, self.name = owner, name

    def __get__(self, obj, objtype=None):
        owner = self.owner
        for name, value in vars(self.load()).items():
            if name.startswith("__"):
                continue
            # what the class has already (the journal's, the file's own) wins, as a base class would
            found = next((vars(k)[name] for k in owner.__mro__ if name in vars(k)), None)
            if found is None or isinstance(found, _ClaimSide):
                setattr(owner, name, value)
        return getattr(owner if obj is None else obj, self.name)


# Plain imports, not importlib: the bundler (build.spec) must still see these modules.
def _load_claim_book() -> type:
    from .claim_book import ClaimBook

    return ClaimBook


def _load_ladder() -> type:
    from .ladder import ClaimLadder

    return ClaimLadder


def _book() -> _ClaimSide:
    return _ClaimSide(_load_claim_book)


def _ladder() -> _ClaimSide:
    return _ClaimSide(_load_ladder)


class CompanyFile(OutageJournal):
    """An open company file; close it (or use ``with``) to release the lock.

    Opening writes nothing: checks and reads go through a read-only connection, and the
    read-write one is made for the first change (which also marks the session as running, so a
    crash is noticed at the next opening). A session that changed nothing writes nothing at close.

    Claims, letters sent, answers and payments are the methods of ``claim_book.ClaimBook`` and
    ``ladder.ClaimLadder``, loaded with the first use of one of them (see ``_ClaimSide``).
    """

    # the claims (a test checks that every public method of the two mixins stands here)
    add_claim = _book()
    claim_for_case = _book()
    claims = _book()
    claim = _book()
    delete_claim = _book()
    set_claim_status = _book()
    set_amount_received = _book()
    attach_pdf = _book()
    claim_pdf = _book()
    case_for_claim = _book()
    # the letters sent and what followed them
    mark_sent = _ladder()
    sent_letter = _ladder()
    sent_summaries = _ladder()
    follows = _ladder()
    add_followup = _ladder()
    add_answer = _ladder()
    answers = _ladder()
    answer_letter = _ladder()
    add_payment = _ladder()
    payments = _ladder()

    def __init__(self, path: Path, con: sqlite3.Connection, lock: FileLock | None, actor: str, *,
                 read_only_reason: str | None = None) -> None:
        self.path = path
        self._con = con
        self._lock = lock
        self._mutex = threading.RLock()
        self._actor = actor or None  # the system's user name is looked up with the first change
        self.changed = False
        self.migration_backup: Path | None = None
        self._depth = 0  # nesting of transaction() blocks
        # "asked" (opened for reading), "file" or "folder" (not writable here), or None
        self.read_only_reason = read_only_reason
        self._writing = False  # the read-write connection is in use
        self._session_marked = False
        self._pending_meta: dict[str, str] = {}

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def actor(self) -> str:
        """Who the history names for this session's changes."""
        if self._actor is None:
            self._actor = _default_actor()
        return self._actor

    # ---- opening and closing -----------------------------------------------------------

    @classmethod
    def create(cls, path, company: Company, *, actor: str = "", wait: float = 0.0) -> CompanyFile:
        """A new company file; it is built under a temporary name and renamed, so a crash never
        leaves a half-made file. The file's lock is taken first, so of two processes creating the
        same file one creates it and the other finds it there (``exists``)."""
        path = Path(path)
        if path.exists():
            raise _exists(path)
        _raise_problems(_validation().check_company(company))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path)
        try:
            lock.acquire(path.stem, wait)
        except OSError as exc:
            raise _os_error(path, exc) from None
        try:
            if path.exists():  # made by another process while we waited: never overwrite
                raise _exists(path)
            for stale in path.parent.glob(f".{path.name}.*.creating*"):  # left by a killed creator
                stale.unlink(missing_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
            try:
                con = db.connect(tmp)
                try:
                    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                    db.migrate(con, tmp, 0)
                    with db.transaction(con):
                        _write_company(con, company)
                        _log(con, actor or _default_actor(), "create", "company", 1, {"name": company.name})
                    # closed in rollback-journal mode: reading it later needs no -wal/-shm files
                    con.execute("PRAGMA journal_mode = DELETE")
                finally:
                    con.close()
                os.replace(tmp, path)
            except (sqlite3.Error, OSError) as exc:
                if db.is_disk_full(exc):
                    raise db.disk_full(path) from exc
                if isinstance(exc, OSError):
                    raise _os_error(path, exc) from exc
                raise
            finally:
                for leftover in (tmp, *(db.sidecar(tmp, s) for s in ("-wal", "-shm", "-journal"))):
                    leftover.unlink(missing_ok=True)
            return cls._open_checked(path, lock, actor, None)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path, *, actor: str = "", read_only: bool = False, wait: float = 0.0) -> CompanyFile:
        """Check, then open; refuses newer, foreign and damaged files without writing to them.

        ``read_only`` opens for reading without the lock (a listing while the app has the file
        open); a file or folder ClaimDesk may not write to opens read-only too (see
        ``read_only_reason``). Otherwise the lock is taken, waiting up to ``wait`` seconds."""
        path = Path(path)
        db.check_header(path)
        reason = db.why_read_only(path) or ("asked" if read_only else None)
        lock = None
        if reason is None:
            lock = FileLock(path)
            try:
                lock.acquire(path.stem, wait)
            except FileLockedError:
                raise
            except OSError:  # no lock file can be made beside it: a folder we may not write to
                lock, reason = None, "folder"
        try:
            return cls._open_checked(path, lock, actor, reason)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_checked(cls, path: Path, lock: FileLock | None, actor: str, reason: str | None) -> CompanyFile:
        before = db.sidecars(path)
        con = None
        try:
            try:
                con = db.connect_ro(path)
            except sqlite3.DatabaseError:
                raise db.corrupt(path) from None
            version = db.probe_version(con, path)
            started = now_us()
            full = version < schema.current_version() or db.full_check_due(con, path, started)
            if full:
                db.check_integrity(con, path)
            else:
                db.check_structure(con, path)
            if version == schema.current_version():
                _check_company_row(con, path)
        except BaseException:
            if con is not None:
                con.close()
            _tidy_after_refusal(path, before, lock)
            raise
        self = cls(path, con, lock, actor, read_only_reason=reason)
        if full:
            self._pending_meta["last_full_check_us"] = str(started)
        if version < schema.current_version():
            try:
                self._upgrade(version)
            except BaseException:
                self._con.close()
                self._con = None
                _tidy_after_refusal(path, before, lock)
                raise
        return self

    def _upgrade(self, version: int) -> None:
        if self.read_only:  # read from an upgraded copy in memory; the file stays as it is
            ro, self._con = self._con, db.upgrade_in_memory(self._con, version)
            ro.close()
        else:
            self._make_writable()
            self.migration_backup = db.migrate(self._con, self.path, version)
        _check_company_row(self._con, self.path)

    def _make_writable(self) -> None:
        """The first change: the read-only connection gives way to a read-write one."""
        if self._writing:
            return
        if self.read_only:
            raise db.read_only(self.path)
        try:
            con = db.connect(self.path)
        except sqlite3.Error as exc:
            raise self._storage_error(exc) from exc
        old, self._con = self._con, con
        old.close()
        self._writing = True

    def _mark_session(self) -> None:
        """Inside the first change's transaction: the file is in use until close() (a crash leaves
        the mark, and the next opening checks every page)."""
        if self._session_marked:
            return
        con = self._con
        con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('clean_close', '0')")
        db.record_version(con, schema.current_version())
        for key, value in self._pending_meta.items():
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _storage_error(self, exc: BaseException) -> BaseException:
        """A failure of SQLite in words: a full disk, a file that turned read-only, damage."""
        if db.is_disk_full(exc):
            return db.disk_full(self.path)
        if db.is_read_only(exc):
            return db.read_only(self.path)
        if db.is_damage(exc) or isinstance(exc, _BadRow):
            return db.corrupt(self.path)
        return exc

    def close(self) -> None:
        """Close and release the lock. Whatever was committed stays committed: the bookkeeping
        done here (daily backup, clean-close mark, optimize) is best-effort, and a failure of it is
        logged, never raised (a full disk must not make a saved import look failed)."""
        with self._mutex:
            if self._con is None:
                return
            con, self._con = self._con, None
            try:
                if self._writing:
                    self._finish_session(con)
            finally:
                try:
                    con.close()
                except sqlite3.Error as exc:
                    log.warning("closing %s: %s", self.path.name, exc)
                if self._lock is not None:
                    self._lock.release()

    def _finish_session(self, con: sqlite3.Connection) -> None:
        if self.changed:
            self._auto_backup(con)
        try:
            with db.transaction(con):
                con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('clean_close', '1')")
            con.execute("PRAGMA optimize")
        except sqlite3.Error as exc:
            log.warning("closing %s: the session could not be marked as ended (%s)", self.path.name, exc)
            return
        try:
            # Back to rollback-journal mode: the WAL is written into the file and removed, so the
            # file is complete on its own and later readers create no side files. Not while a
            # reader still has it open (no waiting: it stays in WAL mode then, which is fine).
            con.execute("PRAGMA busy_timeout = 0")
            con.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            log.info("closing %s: kept in WAL mode (%s)", self.path.name, exc)

    def __enter__(self) -> CompanyFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._con is None

    def _auto_backup(self, con: sqlite3.Connection) -> None:
        """A daily backup when a session changed something, so a damaged file can be restored."""
        try:
            latest = db.latest_backup(self.path)
            if latest and datetime.now().timestamp() - latest.stat().st_mtime < _AUTO_BACKUP_AGE.total_seconds():
                return
            db.backup(con, self.path, "auto")
            db.prune_auto_backups(self.path)
        except (OSError, sqlite3.Error) as exc:
            # the file itself is saved; a failed extra copy must not stop closing
            log.warning("closing %s: no daily backup (%s)", self.path.name, exc)

    def verify(self) -> None:
        """The full integrity check (every page); raises CorruptFileError with the latest backup.

        Opening runs it for small files; for big ones the GUI calls this in the background."""
        with self._mutex:
            db.check_integrity(self._db(), self.path)
            checked = str(now_us())
            if not self._writing:  # recorded with the first change, if any: checking is no change
                self._pending_meta["last_full_check_us"] = checked
                return
            try:
                with db.transaction(self._con):
                    self._con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_full_check_us', ?)",
                                      (checked,))
            except sqlite3.Error as exc:
                log.warning("%s: the check could not be recorded (%s)", self.path.name, exc)

    def backup(self, reason: str = "manual") -> Path:
        with self._mutex:
            return db.backup(self._db(), self.path, reason)

    def backups(self) -> list[Path]:
        return db.backups(self.path)

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            raise StorageError(f"{self.path.name} is closed.", "closed")
        return self._con

    def _change(self):
        """One transaction for one change (with its history row)."""
        self.changed = True
        return _Change(self)

    def transaction(self):
        """``with cf.transaction():`` makes several changes one transaction: all or nothing."""
        self.changed = True
        return _Change(self)

    def _log(self, action: str, entity: str, entity_id: int | None, detail: dict) -> None:
        _log(self._con, self.actor, action, entity, entity_id, detail)

    # ---- company -----------------------------------------------------------------------

    @_reading
    def company(self) -> Company:
        with self._mutex:
            return _read_company(self._db())

    @_reading
    def heading(self) -> Heading:
        """The company's name, jurisdiction, zone and currency, read alone (see Heading)."""
        with self._mutex:
            return Heading(*self._db().execute(
                "SELECT name, jurisdiction, timezone, currency FROM company WHERE id = 1").fetchone())

    def save_company(self, company: Company) -> None:
        _raise_problems(_validation().check_company(company))
        with self._change():
            before = _read_company(self._con)
            if before == company:
                return
            _write_company(self._con, company)
            self._log("update", "company", 1, _diff(_company_dict(before), _company_dict(company)))

    def _zone(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self._con.execute("SELECT timezone FROM company").fetchone()[0])

    # ---- costs typed beside the live estimate, kept until the user changes them ------------

    def draft_costs(self) -> dict[str, str]:
        """The amounts of the main window's "Costs and credits" box, as typed ({} if none)."""
        with self._mutex:
            row = self._db().execute("SELECT value FROM meta WHERE key = 'draft_costs'").fetchone()
        try:
            value = json.loads(row[0]) if row else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def save_draft_costs(self, values: dict[str, str]) -> None:
        with self._mutex:
            self._db().execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('draft_costs', ?)",
                               (json.dumps(values, sort_keys=True),))
            self.changed = True

    # ---- claims at a glance ------------------------------------------------------------

    @_reading
    def letters_awaiting_answer(self) -> list[tuple[int, date]]:
        """``(claim id, answer deadline)`` of each claim marked sent and not followed up since:
        the window's summary, read without loading the claims themselves."""
        with self._mutex:
            rows = self._db().execute(
                "SELECT c.id, c.claim_date, c.response_days FROM claim c WHERE c.status = 'sent' "
                "AND NOT EXISTS (SELECT 1 FROM claim f WHERE f.follows_id = c.id) ORDER BY c.id").fetchall()
            return _deadlines(rows)

    # ---- contracts ---------------------------------------------------------------------

    @_reading
    def contracts(self) -> list[ContractRecord]:
        with self._mutex:
            rows = self._db().execute("SELECT * FROM contract ORDER BY id").fetchall()
            return [ContractRecord(r[0], _contract(r)) for r in rows]

    @_reading
    def contract_providers(self) -> dict[int, str]:
        """Each contract's provider by contract id, read without the contracts themselves."""
        with self._mutex:
            return dict(self._db().execute("SELECT id, provider FROM contract ORDER BY id").fetchall())

    @_reading
    def contract(self, contract_id: int) -> Contract:
        with self._mutex:
            row = self._db().execute("SELECT * FROM contract WHERE id = ?", (contract_id,)).fetchone()
            if row is None:
                raise _missing("contract", contract_id)
            return _contract(row)

    def add_contract(self, contract: Contract) -> int:
        _raise_problems(_validation().check_contract(contract))
        with self._change():
            cur = self._con.execute(
                "INSERT INTO contract (provider, provider_address, customer_number, contract_reference, services, "
                "monthly_fee, signed_on, service_fees, monthly_fee_tax, sla) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _contract_row(contract))
            self._log("add", "contract", cur.lastrowid, _contract_dict(contract))
            return cur.lastrowid

    def update_contract(self, contract_id: int, contract: Contract) -> None:
        _raise_problems(_validation().check_contract(contract))
        with self._change():
            before = self.contract(contract_id)
            used = self._con.execute("SELECT DISTINCT service FROM outage WHERE contract_id = ?",
                                     (contract_id,)).fetchall()
            dropped = sorted({r[0] for r in used} - set(contract.services))
            if dropped:
                raise StorageError(
                    f"Outages of this contract concern {', '.join(dropped)}; keep the service in the contract.",
                    "service_in_use", services=dropped)
            self._con.execute(
                "UPDATE contract SET provider = ?, provider_address = ?, customer_number = ?, "
                "contract_reference = ?, services = ?, monthly_fee = ?, signed_on = ?, service_fees = ?, "
                "monthly_fee_tax = ?, sla = ? WHERE id = ?",
                (*_contract_row(contract), contract_id))
            self._log("update", "contract", contract_id, _diff(_contract_dict(before), _contract_dict(contract)))

    def delete_contract(self, contract_id: int) -> None:
        with self._change():
            before = self.contract(contract_id)
            outages = self._con.execute("SELECT COUNT(*) FROM outage WHERE contract_id = ?",
                                        (contract_id,)).fetchone()[0]
            claims = self._con.execute("SELECT COUNT(*) FROM claim WHERE contract_id = ?",
                                       (contract_id,)).fetchone()[0]
            if outages or claims:
                raise StorageError(
                    f"The contract with {before.provider} is used by {outages} outage(s) and {claims} claim(s); "
                    "it cannot be deleted.", "contract_in_use", outages=outages, claims=claims)
            self._con.execute("DELETE FROM contract WHERE id = ?", (contract_id,))
            self._log("delete", "contract", contract_id, _contract_dict(before))

    # ---- history -----------------------------------------------------------------------

    @_reading
    def history(self, limit: int = 200, *, entity: str | None = None, entity_id: int | None = None) -> list[HistoryEntry]:
        """Latest changes first; optionally only those about one record."""
        with self._mutex:
            sql, params = "SELECT id, at_us, actor, action, entity, entity_id, detail FROM history", []
            if entity is not None:
                sql += " WHERE entity = ?" + (" AND entity_id = ?" if entity_id is not None else "")
                params = [entity] + ([entity_id] if entity_id is not None else [])
            sql += " ORDER BY id DESC LIMIT ?"
            rows = self._db().execute(sql, [*params, int(limit)]).fetchall()
            return _history_entries(rows)


@_decoding
def _deadlines(rows) -> list[tuple[int, date]]:
    return [(cid, response_deadline(date.fromisoformat(day), days)) for cid, day, days in rows]


class _Change:
    """``with self._change():`` holds the object's lock and one IMMEDIATE transaction."""

    def __init__(self, owner: CompanyFile) -> None:
        self.owner = owner

    def __enter__(self):
        owner = self.owner
        owner._mutex.acquire()
        try:
            if owner._depth == 0:
                owner._db()
                owner._make_writable()
                try:
                    owner._con.execute("BEGIN IMMEDIATE")
                    owner._mark_session()
                except sqlite3.Error as exc:
                    _rollback(owner._con)
                    raise owner._storage_error(exc) from exc
            owner._depth += 1
        except BaseException:
            owner._mutex.release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        owner = self.owner
        try:
            owner._depth -= 1
            if owner._depth == 0:
                if exc_type is not None:
                    _rollback(owner._con)
                    if isinstance(exc, sqlite3.Error | _BadRow) and owner._storage_error(exc) is not exc:
                        raise owner._storage_error(exc) from exc
                    return False
                try:
                    owner._con.execute("COMMIT")
                except sqlite3.Error as err:
                    _rollback(owner._con)
                    raise owner._storage_error(err) from err
                owner._session_marked = True
        finally:
            owner._mutex.release()
        return False


def _rollback(con: sqlite3.Connection) -> None:
    if con.in_transaction:  # SQLite may have rolled back already (a full disk does)
        try:
            con.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.warning("rollback failed: %s", exc)
