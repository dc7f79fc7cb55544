"""``CompanyFile``: one company's journal of outages, evidence and claims in one SQLite file.

Every change is one transaction that also appends a history row (who, what, when), so a figure
in a letter can be traced back to the person who entered it.
"""

from __future__ import annotations

import functools
import getpass
import json
import logging
import os
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ..domain import validation as v
from ..domain.model import (
    CLAIM_STATUSES,
    SERVICES,
    BankAccount,
    Baseline,
    Case,
    Channel,
    ClaimSpec,
    Company,
    Contract,
    MoneyItem,
    PreviousLetter,
    Signatory,
    Span,
)
from ..domain.problems import Problem, ValidationError
from ..domain.sla_codec import from_plain as sla_from_plain
from ..domain.sla_codec import to_plain as sla_to_plain
from . import database as db
from . import schema, vault
from .codec import dec, dec_text, from_us, iso, jdump, jload, now_us, to_us
from .errors import CorruptFileError, FileLockedError, NotACompanyFileError, StorageError
from .lock import FileLock
from .records import ClaimRecord, ContractRecord, EvidenceRecord, HistoryEntry, OutageRecord

_OUTAGE_FIELDS = ("contract_id", "service", "start", "end", "provider_reference", "description", "affected",
                  "reported_at")
_MONEY_KINDS = (("extra_costs", "extra_cost"), ("savings", "saving"), ("credits_received", "credit"))
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound values
_AUTO_BACKUP_AGE = timedelta(days=1)

log = logging.getLogger(__name__)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing for
        return ""


def _raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


class _BadRow(CorruptFileError):
    """A row that does not decode (a flipped bit in a JSON text, a date, an amount)."""


def _decoding(function):
    """Rows to domain objects: a value that does not decode is damage, not a Python error."""
    @functools.wraps(function)
    def decode(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (ValueError, TypeError, KeyError, IndexError, ArithmeticError) as exc:
            raise _BadRow(f"A record of the company file is damaged ({type(exc).__name__}).") from exc
    return decode


def _reading(method):
    """A read of the file: damage found while reading is reported as a damaged file, with its
    latest backup, instead of a database or JSON error."""
    @functools.wraps(method)
    def read(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _BadRow as exc:
            raise db.corrupt(self.path) from exc
        except sqlite3.DatabaseError as exc:
            if db.is_damage(exc):
                raise db.corrupt(self.path) from exc
            raise
    return read


class CompanyFile:
    """An open company file; close it (or use ``with``) to release the lock.

    Opening writes nothing: checks and reads go through a read-only connection, and the
    read-write one is made for the first change (which also marks the session as running, so a
    crash is noticed at the next opening). A session that changed nothing writes nothing at close.
    """

    def __init__(self, path: Path, con: sqlite3.Connection, lock: FileLock | None, actor: str, *,
                 read_only_reason: str | None = None) -> None:
        self.path = path
        self._con = con
        self._lock = lock
        self._mutex = threading.RLock()
        self.actor = actor or _default_actor()
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

    # ---- opening and closing -----------------------------------------------------------

    @classmethod
    def create(cls, path, company: Company, *, actor: str = "", wait: float = 0.0) -> CompanyFile:
        """A new company file; it is built under a temporary name and renamed, so a crash never
        leaves a half-made file. The file's lock is taken first, so of two processes creating the
        same file one creates it and the other finds it there (``exists``)."""
        path = Path(path)
        if path.exists():
            raise _exists(path)
        _raise_problems(v.check_company(company))
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

    # ---- company -----------------------------------------------------------------------

    @_reading
    def company(self) -> Company:
        with self._mutex:
            return _read_company(self._db())

    def save_company(self, company: Company) -> None:
        _raise_problems(v.check_company(company))
        with self._change():
            before = _read_company(self._con)
            if before == company:
                return
            _write_company(self._con, company)
            self._log("update", "company", 1, _diff(_company_dict(before), _company_dict(company)))

    def _zone(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self._con.execute("SELECT timezone FROM company").fetchone()[0])

    # ---- contracts ---------------------------------------------------------------------

    @_reading
    def contracts(self) -> list[ContractRecord]:
        with self._mutex:
            rows = self._db().execute("SELECT * FROM contract ORDER BY id").fetchall()
            return [ContractRecord(r[0], _contract(r)) for r in rows]

    @_reading
    def contract(self, contract_id: int) -> Contract:
        with self._mutex:
            row = self._db().execute("SELECT * FROM contract WHERE id = ?", (contract_id,)).fetchone()
            if row is None:
                raise _missing("contract", contract_id)
            return _contract(row)

    def add_contract(self, contract: Contract) -> int:
        _raise_problems(v.check_contract(contract))
        with self._change():
            cur = self._con.execute(
                "INSERT INTO contract (provider, provider_address, customer_number, contract_reference, services, "
                "monthly_fee, signed_on, service_fees, monthly_fee_tax, sla) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _contract_row(contract))
            self._log("add", "contract", cur.lastrowid, _contract_dict(contract))
            return cur.lastrowid

    def update_contract(self, contract_id: int, contract: Contract) -> None:
        _raise_problems(v.check_contract(contract))
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

    # ---- outages -----------------------------------------------------------------------

    def add_outage(self, contract_id: int, service: str, start: datetime, end: datetime | None = None,
                   provider_reference: str | None = None, description: str | None = None,
                   affected: str | None = None, reported_at: datetime | None = None) -> int:
        with self._change():
            return self._insert_outage(contract_id, service, start, end, provider_reference, description,
                                       affected=affected, reported_at=reported_at)

    def _insert_outage(self, contract_id, service, start, end, provider_reference, description,
                       path: str = "outage", affected: str | None = None,
                       reported_at: datetime | None = None) -> int:
        contract = self.contract(contract_id)
        _raise_problems(_check_outage(path, service, start, end, contract.services, reported_at))
        zone = self._con.execute("SELECT timezone FROM company").fetchone()[0]
        cur = self._con.execute(
            "INSERT INTO outage (contract_id, service, start_us, end_us, timezone, provider_reference, description, "
            "affected, reported_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (contract_id, service, to_us(start), None if end is None else to_us(end), zone,
             provider_reference, description, affected, None if reported_at is None else to_us(reported_at)))
        self._log("add", "outage", cur.lastrowid, {
            "contract_id": contract_id, "service": service, "start": iso(start), "end": iso(end),
            "provider_reference": provider_reference, "description": description,
            **({"affected": affected} if affected is not None else {}),
            **({"reported_at": iso(reported_at)} if reported_at is not None else {})})
        return cur.lastrowid

    def update_outage(self, outage_id: int, **fields) -> None:
        unknown = sorted(set(fields) - set(_OUTAGE_FIELDS))
        if unknown:
            raise TypeError(f"update_outage() got unknown fields: {', '.join(unknown)}")
        with self._change():
            before = self._outage_fields(outage_id)
            after = {**before, **fields}
            if after == before:
                return
            self._refuse_if_sent(outage_id, "changed")
            contract = self.contract(after["contract_id"])
            _raise_problems(_check_outage("outage", after["service"], after["start"], after["end"],
                                          contract.services, after["reported_at"]))
            self._con.execute(
                "UPDATE outage SET contract_id = ?, service = ?, start_us = ?, end_us = ?, provider_reference = ?, "
                "description = ?, affected = ?, reported_us = ? WHERE id = ?",
                (after["contract_id"], after["service"], to_us(after["start"]),
                 None if after["end"] is None else to_us(after["end"]), after["provider_reference"],
                 after["description"], after["affected"],
                 None if after["reported_at"] is None else to_us(after["reported_at"]), outage_id))
            self._log("update", "outage", outage_id, _diff({k: iso(x) for k, x in before.items()},
                                                            {k: iso(x) for k, x in after.items()}))

    def delete_outage(self, outage_id: int) -> None:
        """Delete an outage and its evidence links; a vault file another record uses is kept."""
        with self._change():
            before = self._outage_fields(outage_id)
            claims = [r[0] for r in self._con.execute(
                "SELECT claim_id FROM claim_outage WHERE outage_id = ? ORDER BY claim_id", (outage_id,))]
            if claims:
                raise StorageError(
                    f"This outage is part of claim {', '.join(map(str, claims))}; it cannot be deleted.",
                    "outage_in_claim", claims=claims)
            evidence = self._con.execute("SELECT id, sha256, filename FROM evidence WHERE outage_id = ?",
                                         (outage_id,)).fetchall()
            self._con.execute("DELETE FROM outage WHERE id = ?", (outage_id,))
            vault.drop_unused(self._con, [e[1] for e in evidence])
            self._log("delete", "outage", outage_id, {
                **{k: iso(x) for k, x in before.items()},
                "evidence": [{"id": e[0], "sha256": e[1], "filename": e[2]} for e in evidence]})

    @_reading
    def find_outage(self, contract_id: int, outage, exclude=()) -> int | None:
        """The id of a stored outage identical to a domain ``Outage`` (evidence aside), if any,
        other than those in ``exclude``."""
        with self._mutex:
            rows = self._db().execute(
                "SELECT id FROM outage WHERE contract_id = ? AND service = ? AND start_us = ? AND end_us = ? "
                "AND provider_reference IS ? AND description IS ? ORDER BY id",
                (contract_id, outage.service, to_us(outage.start), to_us(outage.end), outage.provider_reference,
                 outage.description)).fetchall()
            return next((r[0] for r in rows if r[0] not in exclude), None)

    def _outage_fields(self, outage_id: int) -> dict:
        row = self._db().execute(
            "SELECT contract_id, service, start_us, end_us, provider_reference, description, affected, reported_us "
            "FROM outage WHERE id = ?", (outage_id,)).fetchone()
        if row is None:
            raise _missing("outage", outage_id)
        return dict(zip(_OUTAGE_FIELDS, (row[0], row[1], from_us(row[2]), from_us(row[3]), row[4], row[5], row[6],
                                         from_us(row[7])), strict=True))

    def _refuse_if_sent(self, outage_id: int, what: str) -> None:
        sent = [r[0] for r in self._con.execute(
            "SELECT c.id FROM claim c JOIN claim_outage co ON co.claim_id = c.id "
            "WHERE co.outage_id = ? AND c.status != 'draft' ORDER BY c.id", (outage_id,))]
        if sent:
            raise StorageError(
                f"This outage is part of claim {', '.join(map(str, sent))}, which has been sent; "
                f"it can no longer be {what}.", "outage_in_sent_claim", claims=sent)

    @_reading
    def outage(self, outage_id: int) -> OutageRecord:
        with self._mutex:
            rows = self._db().execute(f"{_OUTAGE_SELECT} WHERE o.id = ?", (outage_id,)).fetchall()
            if not rows:
                raise _missing("outage", outage_id)
            return self._records(rows)[0]

    @_reading
    def outages(self, *, service: str | None = None, provider: str | None = None, contract_id: int | None = None,
                since: datetime | None = None, until: datetime | None = None, claimed: bool | None = None,
                limit: int | None = None, offset: int = 0, order: str = "start",
                descending: bool = True) -> list[OutageRecord]:
        """Outages, newest start first. ``since``/``until`` keep those that overlap that span
        (a running outage lasts until now); ``provider`` matches the contract's provider
        (not case-sensitive). ``order`` is one of ``OUTAGE_ORDERS``; ``descending`` reverses the
        whole ordering, ties included, so both directions page consistently."""
        if order not in OUTAGE_ORDERS:
            raise ValueError(f"unknown outage order {order!r}")
        with self._mutex:
            terms = []
            for term, ascending in OUTAGE_ORDERS[order]:
                if term == _PROVIDER_RANK:
                    term = self._provider_rank()
                terms.append(f"{term} {'ASC' if ascending != descending else 'DESC'}")
            where, params = self._filters(service, provider, contract_id, since, until, claimed)
            sql = f"{_OUTAGE_SELECT} {where} ORDER BY {', '.join(terms)}"
            if limit is not None or offset:
                sql += " LIMIT ? OFFSET ?"
                params += [-1 if limit is None else int(limit), int(offset)]
            return self._records(self._db().execute(sql, params).fetchall())

    def _provider_rank(self) -> str:
        """Each outage's place by its contract's provider name, as a CASE over the (few) contracts:
        no per-row lookup in the sort."""
        rows = self._con.execute("SELECT id, provider FROM contract ORDER BY provider COLLATE NOCASE, id").fetchall()
        ranks, last, rank = [], None, -1
        for cid, name in rows:
            if name.casefold() != last:
                rank, last = rank + 1, name.casefold()
            ranks.append(f"WHEN {int(cid)} THEN {rank}")
        return f"(CASE o.contract_id {' '.join(ranks)} ELSE 0 END)" if ranks else "0"

    @_reading
    def count_outages(self, *, service: str | None = None, provider: str | None = None,
                      contract_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
                      claimed: bool | None = None) -> int:
        with self._mutex:
            where, params = self._filters(service, provider, contract_id, since, until, claimed)
            return self._db().execute(f"SELECT COUNT(*) FROM outage o {where}", params).fetchone()[0]

    @_reading
    def running_outages(self) -> list[OutageRecord]:
        with self._mutex:
            rows = self._db().execute(f"{_OUTAGE_SELECT} WHERE o.end_us IS NULL ORDER BY o.start_us DESC").fetchall()
            return self._records(rows)

    @_reading
    def providers(self) -> list[str]:
        with self._mutex:
            return [r[0] for r in self._db().execute(
                "SELECT DISTINCT provider FROM contract ORDER BY provider COLLATE NOCASE")]

    def _filters(self, service, provider, contract_id, since, until, claimed) -> tuple[str, list]:
        where: list[str] = []
        params: list = []
        if service is not None:
            where.append("o.service = ?")
            params.append(service)
        if provider is not None:
            where.append("o.contract_id IN (SELECT id FROM contract WHERE provider = ? COLLATE NOCASE)")
            params.append(provider)
        if contract_id is not None:
            where.append("o.contract_id = ?")
            params.append(contract_id)
        if until is not None:
            where.append("o.start_us < ?")
            params.append(to_us(until))
        if since is not None:
            since_us = to_us(since)
            where.append("(o.end_us IS NULL OR o.end_us > ?)")
            params.append(since_us)
            # No outage lasts longer than the longest one, so its start bounds the index range.
            where.append("o.start_us >= ?")
            params.append(since_us - self._longest_outage_us())
        if claimed is not None:
            where.append(("" if claimed else "NOT ") + "EXISTS (SELECT 1 FROM claim_outage co WHERE co.outage_id = o.id)")
        return ("WHERE " + " AND ".join(where) if where else ""), params

    def _longest_outage_us(self) -> int:
        con = self._con
        longest = con.execute("SELECT MAX(end_us - start_us) FROM outage").fetchone()[0] or 0
        first_running = con.execute("SELECT MIN(start_us) FROM outage WHERE end_us IS NULL").fetchone()[0]
        if first_running is not None:
            longest = max(longest, now_us() - first_running)
        return longest

    @_decoding
    def _records(self, rows) -> list[OutageRecord]:
        ids = [r[0] for r in rows]
        evidence: dict[int, list[EvidenceRecord]] = {}
        claims: dict[int, list[int]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for e in self._con.execute(
                    f"SELECT e.outage_id, e.id, e.sha256, e.filename, e.description, b.size, e.added_us "
                    f"FROM evidence e JOIN blob b ON b.sha256 = e.sha256 WHERE e.outage_id IN ({marks}) "
                    f"ORDER BY e.id", chunk):
                evidence.setdefault(e[0], []).append(EvidenceRecord(e[1], e[2], e[3], e[4], e[5], from_us(e[6])))
            for c in self._con.execute(
                    f"SELECT outage_id, claim_id FROM claim_outage WHERE outage_id IN ({marks}) ORDER BY claim_id",
                    chunk):
                claims.setdefault(c[0], []).append(c[1])
        return [OutageRecord(r[0], r[1], r[2], from_us(r[3]), from_us(r[4]), r[5], r[6],
                             tuple(evidence.get(r[0], ())), tuple(claims.get(r[0], ())), r[7], from_us(r[8]))
                for r in rows]

    # ---- evidence ----------------------------------------------------------------------

    def add_evidence(self, outage_id: int, source: str | Path, description: str | None = None,
                     *, filename: str | None = None) -> EvidenceRecord:
        source = Path(source)
        if not source.is_file():
            raise StorageError(f"{source.name} was not found.", "evidence_not_found", file=str(source))
        with self._change():
            self._outage_fields(outage_id)
            self._refuse_if_sent(outage_id, "changed")
            sha256, size = vault.store(self._con, source)
            added = now_us()
            name = filename or source.name
            cur = self._con.execute(
                "INSERT INTO evidence (outage_id, sha256, filename, description, added_us) VALUES (?, ?, ?, ?, ?)",
                (outage_id, sha256, name, description, added))
            self._log("add", "evidence", cur.lastrowid, {"outage_id": outage_id, "sha256": sha256,
                                                         "filename": name, "size": size, "description": description})
            return EvidenceRecord(cur.lastrowid, sha256, name, description, size, from_us(added))

    def remove_evidence(self, outage_id: int, evidence_id: int) -> None:
        with self._change():
            row = self._con.execute("SELECT sha256, filename FROM evidence WHERE id = ? AND outage_id = ?",
                                    (evidence_id, outage_id)).fetchone()
            if row is None:
                raise _missing("evidence", evidence_id)
            self._refuse_if_sent(outage_id, "changed")
            self._con.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            vault.drop_unused(self._con, [row[0]])
            self._log("remove", "evidence", evidence_id, {"outage_id": outage_id, "sha256": row[0],
                                                          "filename": row[1]})

    @_reading
    def evidence(self, evidence_id: int) -> EvidenceRecord:
        with self._mutex:
            e = self._db().execute(
                "SELECT e.id, e.sha256, e.filename, e.description, b.size, e.added_us FROM evidence e "
                "JOIN blob b ON b.sha256 = e.sha256 WHERE e.id = ?", (evidence_id,)).fetchone()
            if e is None:
                raise _missing("evidence", evidence_id)
            return EvidenceRecord(e[0], e[1], e[2], e[3], e[4], from_us(e[5]))

    @_reading
    def evidence_bytes(self, evidence_id: int) -> bytes:
        """The file's bytes, checked against the SHA-256 recorded when it was added."""
        record = self.evidence(evidence_id)
        with self._mutex:
            return vault.read(self._con, record.sha256, record.filename)

    def export_evidence(self, evidence_id: int, folder: Path) -> Path:
        """Write the evidence file into ``folder`` (a new name if one is taken); returns its path."""
        record = self.evidence(evidence_id)
        data = self.evidence_bytes(evidence_id)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, _safe_filename(record.filename), data)
        if not target.exists():
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return target

    # ---- claims ------------------------------------------------------------------------

    def add_claim(self, contract_id: int, outage_ids, spec: ClaimSpec, amount_claimed: Decimal, *,
                  extra_costs=(), savings=(), credits_received=(), pdf: bytes | None = None,
                  case_sha256: str | None = None) -> int:
        """A draft claim; ``case_sha256`` is the fingerprint of the case file it was imported from
        (kept in the history, see ``claim_for_case``)."""
        outage_ids = tuple(outage_ids)
        problems = v.check_claim(spec)
        lists = {"extra_costs": tuple(extra_costs), "savings": tuple(savings),
                 "credits_received": tuple(credits_received)}
        for name, items in lists.items():
            problems += v.check_money_items(items, name)
        if not outage_ids:
            problems.append(Problem("outages", "list at least one outage", "empty"))
        if len(set(outage_ids)) != len(outage_ids):
            problems.append(Problem("outages", "an outage is listed twice", "duplicate"))
        _raise_problems(problems)
        with self._change():
            self.contract(contract_id)
            for oid in outage_ids:
                fields = self._outage_fields(oid)
                if fields["contract_id"] != contract_id:
                    raise StorageError(f"Outage {oid} belongs to another contract.", "outage_other_contract",
                                       outage=oid)
                if fields["end"] is None:
                    raise StorageError(f"Outage {oid} is still running; enter its end before claiming it.",
                                       "outage_running", outage=oid)
            created = now_us()
            cur = self._con.execute(
                "INSERT INTO claim (contract_id, kind, language, claim_date, place, response_days, delivery, status, "
                "amount_claimed, created_us, previous, acknowledged, interest) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
                (contract_id, spec.kind, spec.language, spec.date.isoformat(), spec.place, spec.response_days,
                 spec.delivery, dec_text(amount_claimed), created, jdump(_previous_list(spec.previous)),
                 spec.acknowledged, int(spec.interest)))
            claim_id = cur.lastrowid
            self._con.executemany("INSERT INTO claim_outage (claim_id, outage_id, position) VALUES (?, ?, ?)",
                                  [(claim_id, oid, i) for i, oid in enumerate(outage_ids)])
            for name, kind in _MONEY_KINDS:
                self._con.executemany(
                    "INSERT INTO claim_money (claim_id, kind, position, label, amount) VALUES (?, ?, ?, ?, ?)",
                    [(claim_id, kind, i, item.label, dec_text(item.amount)) for i, item in enumerate(lists[name])])
            self._con.execute("INSERT INTO claim_status (claim_id, status, on_date) VALUES (?, 'draft', ?)",
                              (claim_id, datetime.now(UTC).astimezone(self._zone()).date().isoformat()))
            self._log("add", "claim", claim_id, {
                "contract_id": contract_id, "outage_ids": list(outage_ids), "kind": spec.kind,
                "language": spec.language, "date": spec.date.isoformat(), "place": spec.place,
                "response_days": spec.response_days, "delivery": spec.delivery,
                "amount_claimed": str(amount_claimed),
                **({"previous": _previous_list(spec.previous)} if spec.previous else {}),
                **({"acknowledged": spec.acknowledged} if spec.acknowledged else {}),
                **({"interest": False} if not spec.interest else {}),
                **{name: [{"label": i.label, "amount": str(i.amount)} for i in lists[name]] for name in lists},
                **({"case_sha256": case_sha256} if case_sha256 else {})})
            if pdf is not None:
                self._store_pdf(claim_id, pdf)
            return claim_id

    @_reading
    def claim_for_case(self, case_sha256: str) -> tuple[int, datetime] | None:
        """The claim last imported from a case with this fingerprint, and when; None if none was."""
        if not all(c in "0123456789abcdef" for c in case_sha256):
            raise ValueError("a case fingerprint is a SHA-256 in lower-case hexadecimal")
        with self._mutex:
            row = self._db().execute(
                "SELECT entity_id, at_us FROM history WHERE entity = 'claim' AND action = 'add' AND detail LIKE ? "
                "ORDER BY id DESC LIMIT 1", (f'%"case_sha256":"{case_sha256}"%',)).fetchone()
            return None if row is None else (row[0], from_us(row[1]))

    @_reading
    def claims(self) -> list[ClaimRecord]:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} ORDER BY c.id DESC").fetchall()
            return self._claim_records(rows)

    @_reading
    def claim(self, claim_id: int) -> ClaimRecord:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} WHERE c.id = ?", (claim_id,)).fetchall()
            if not rows:
                raise _missing("claim", claim_id)
            return self._claim_records(rows)[0]

    @_decoding
    def _claim_records(self, rows) -> list[ClaimRecord]:
        con = self._con
        result = []
        for r in rows:
            (cid, contract_id, kind, language, claim_date, place, days, delivery, status, claimed, received,
             created, has_pdf, previous, acknowledged, interest) = r
            outage_ids = tuple(x[0] for x in con.execute(
                "SELECT outage_id FROM claim_outage WHERE claim_id = ? ORDER BY position", (cid,)))
            money: dict[str, list[MoneyItem]] = {kind_: [] for _, kind_ in _MONEY_KINDS}
            for m in con.execute("SELECT kind, label, amount FROM claim_money WHERE claim_id = ? "
                                 "ORDER BY kind, position", (cid,)):
                money[m[0]].append(MoneyItem(m[1], Decimal(m[2])))
            dates = {s: date.fromisoformat(d) for s, d in con.execute(
                "SELECT status, on_date FROM claim_status WHERE claim_id = ?", (cid,))}
            spec = ClaimSpec(kind, language, date.fromisoformat(claim_date), place, days, delivery,
                             _previous_letters(jload(previous)), acknowledged, bool(interest))
            result.append(ClaimRecord(
                cid, contract_id, outage_ids, spec, status, dates, Decimal(claimed), dec(received),
                tuple(money["extra_cost"]), tuple(money["saving"]), tuple(money["credit"]),
                spec.response_deadline, bool(has_pdf), from_us(created)))
        return result

    def delete_claim(self, claim_id: int) -> None:
        """Delete a draft claim (its outages become unclaimed again); a claim sent cannot be deleted."""
        with self._change():
            row = self._con.execute("SELECT status FROM claim WHERE id = ?", (claim_id,)).fetchone()
            if row is None:
                raise _missing("claim", claim_id)
            if row[0] != "draft":
                raise StorageError(f"Claim {claim_id} is no longer a draft; it cannot be deleted.",
                                   "claim_not_draft", claim=claim_id)
            self._con.execute("DELETE FROM claim WHERE id = ?", (claim_id,))
            self._log("delete", "claim", claim_id, {})

    def set_claim_status(self, claim_id: int, status: str, on: date) -> None:
        if status not in CLAIM_STATUSES:
            raise ValidationError([Problem("claim.status", f"unknown status {status!r} (use "
                                                           f"{', '.join(CLAIM_STATUSES)})", "status")])
        with self._change():
            before = self.claim(claim_id)
            self._con.execute("UPDATE claim SET status = ? WHERE id = ?", (status, claim_id))
            self._con.execute("INSERT OR REPLACE INTO claim_status (claim_id, status, on_date) VALUES (?, ?, ?)",
                              (claim_id, status, on.isoformat()))
            self._log("status", "claim", claim_id, {"from": before.status, "to": status, "on": on.isoformat()})

    def set_amount_received(self, claim_id: int, amount: Decimal | None) -> None:
        if amount is not None:
            _raise_problems(v.check_money_items((MoneyItem("", amount),), "amount_received"))
        with self._change():
            before = self.claim(claim_id)
            self._con.execute("UPDATE claim SET amount_received = ? WHERE id = ?", (dec_text(amount), claim_id))
            self._log("update", "claim", claim_id, {"amount_received": {"from": iso(before.amount_received),
                                                                        "to": iso(amount)}})

    def attach_pdf(self, claim_id: int, pdf: bytes) -> None:
        with self._change():
            self.claim(claim_id)
            self._store_pdf(claim_id, pdf)

    def _store_pdf(self, claim_id: int, pdf: bytes) -> None:
        import hashlib

        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:5]) == b"%PDF-":
            raise StorageError("The letter is not a PDF document.", "not_pdf")
        sha256 = hashlib.sha256(pdf).hexdigest()
        self._con.execute("INSERT OR REPLACE INTO claim_pdf (claim_id, sha256, pdf, attached_us) VALUES (?, ?, ?, ?)",
                          (claim_id, sha256, bytes(pdf), now_us()))
        self._log("attach_pdf", "claim", claim_id, {"sha256": sha256, "size": len(pdf)})

    @_reading
    def claim_pdf(self, claim_id: int) -> bytes | None:
        with self._mutex:
            self.claim(claim_id)
            row = self._db().execute("SELECT pdf FROM claim_pdf WHERE claim_id = ?", (claim_id,)).fetchone()
            return None if row is None else bytes(row[0])

    @_reading
    def case_for_claim(self, claim_id: int) -> Case:
        """The claim as a domain case, times in the company's zone, evidence named by vault file."""
        with self._mutex:
            record = self.claim(claim_id)
            company = self.company()
            from zoneinfo import ZoneInfo

            tz = ZoneInfo(company.timezone)
            outages = {o.id: o for o in self._records(
                self._con.execute(f"{_OUTAGE_SELECT} WHERE o.id IN (SELECT outage_id FROM claim_outage "
                                  f"WHERE claim_id = ?)", (claim_id,)).fetchall())}
            return Case(company, self.contract(record.contract_id),
                        tuple(outages[oid].to_outage(tz) for oid in record.outage_ids), record.spec,
                        record.extra_costs, record.savings, record.credits_received)

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


# ---- rows <-> domain objects ----------------------------------------------------------------

# Sort keys of the journal: (term, ascending) for the ascending order; ``descending`` flips every
# term, ties included. Start, service and duration walk an existing index both ways; the others
# sort in a temporary B-tree (tens of ms for 100,000 outages, once per page of rows).
_PROVIDER_RANK = "provider rank"
OUTAGE_ORDERS = {
    "start": (("o.start_us", True), ("o.id", True)),
    "service": (("o.service", True), ("o.start_us", False), ("o.id", False)),  # newest first within a service
    "duration": (("o.end_us - o.start_us", True), ("o.id", True)),
    "end": (("o.end_us IS NULL", True), ("o.end_us", True), ("o.id", True)),  # running outages end last
    "provider": ((_PROVIDER_RANK, True), ("o.start_us", False), ("o.id", False)),
    "ticket": (("o.provider_reference IS NULL", True), ("o.provider_reference COLLATE NOCASE", True),
               ("o.start_us", False), ("o.id", False)),
    "claimed": (("EXISTS (SELECT 1 FROM claim_outage co WHERE co.outage_id = o.id)", True),
                ("o.start_us", False), ("o.id", False)),
}
_OUTAGE_SELECT = ("SELECT o.id, o.contract_id, o.service, o.start_us, o.end_us, o.provider_reference, "
                  "o.description, o.affected, o.reported_us FROM outage o")
_CLAIM_SELECT = ("SELECT c.id, c.contract_id, c.kind, c.language, c.claim_date, c.place, c.response_days, "
                 "c.delivery, c.status, c.amount_claimed, c.amount_received, c.created_us, "
                 "EXISTS (SELECT 1 FROM claim_pdf p WHERE p.claim_id = c.id), c.previous, c.acknowledged, "
                 "c.interest FROM claim c")


def _exists(path: Path) -> StorageError:
    return StorageError(f"{path.name} already exists; open it instead.", "exists", path=str(path))


def _os_error(path: Path, exc: OSError) -> StorageError:
    if db.is_disk_full(exc):
        return db.disk_full(path)
    return StorageError(f"Cannot write {path.name} in {path.parent}: {exc.strerror or exc}.", "unwritable",
                        path=str(path))


def _check_company_row(con, path: Path) -> None:
    """The profile is read at every opening: a file without one, or with a damaged one, is refused."""
    try:
        if not con.execute("SELECT 1 FROM company").fetchone():
            raise NotACompanyFileError(f"{path.name} has no company profile.", path=str(path))
        _read_company(con)
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, ArithmeticError):
        raise db.corrupt(path) from None


def _tidy_after_refusal(path: Path, before: set[Path], lock: FileLock | None) -> None:
    """A refused file is left as it was found: no -wal/-shm made by the checks, no lock file."""
    own = lock
    if own is None:
        own = FileLock(path)
        try:
            own.acquire(path.stem)
        except (OSError, FileLockedError):
            return  # someone else has it open (or the folder is read-only): their files, not ours
    try:
        db.remove_new_sidecars(path, before)
    finally:
        if own is not lock:
            own.release()


@_decoding
def _history_entries(rows) -> list[HistoryEntry]:
    return [HistoryEntry(r[0], from_us(r[1]), r[2], r[3], r[4], r[5], jload(r[6])) for r in rows]


def _log(con, actor: str, action: str, entity: str, entity_id, detail: dict) -> None:
    con.execute("INSERT INTO history (at_us, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                (now_us(), actor, action, entity, entity_id, jdump(detail)))


def _diff(before: dict, after: dict) -> dict:
    return {k: {"from": before.get(k), "to": after.get(k)} for k in sorted(set(before) | set(after))
            if before.get(k) != after.get(k)}


def _missing(entity: str, entity_id) -> StorageError:
    return StorageError(f"There is no {entity} number {entity_id} in this company file.", "not_found",
                        entity=entity, id=entity_id)


def _chunks(ids: list[int]):
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _check_outage(path, service, start, end, services, reported_at=None) -> list[Problem]:
    problems = []
    if service not in SERVICES:
        problems.append(Problem(f"{path}.service", f"unknown service {service!r} (use {', '.join(SERVICES)})",
                                "service", {"service": service}))
    elif service not in services:
        problems.append(Problem(f"{path}.service", f"the contract does not cover {service!r} (it covers "
                                                   f"{', '.join(services)})", "service_not_covered",
                                {"service": service}))
    for name, value in (("start", start), ("end", end)):
        if value is None and name == "end":
            continue
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            problems.append(Problem(f"{path}.{name}", "must be a date and time with a UTC offset", "naive_time"))
    if not problems and end is not None and end <= start:
        problems.append(Problem(f"{path}.end", f"must be after start ({start.isoformat()})", "end_before_start",
                                {"start": start.isoformat()}))
    if reported_at is not None:
        if not isinstance(reported_at, datetime) or reported_at.tzinfo is None or reported_at.utcoffset() is None:
            problems.append(Problem(f"{path}.reported_at", "must be a date and time with a UTC offset", "naive_time"))
        elif not problems and end is not None and reported_at > end:
            problems.append(Problem(f"{path}.reported_at", f"must not be after the end of the outage "
                                    f"({end.isoformat()})", "reported_after_end", {"end": end.isoformat()}))
    return problems


def _company_dict(c: Company) -> dict:
    return {
        "name": c.name, "address": list(c.address), "registration_id": c.registration_id, "email": c.email,
        "phone": c.phone, "signatory": {"name": c.signatory.name, "title": c.signatory.title},
        "jurisdiction": c.jurisdiction, "timezone": c.timezone, "currency": c.currency,
        "opening_hours": {d: [[s.start, s.end] for s in spans] for d, spans in c.opening_hours.items()},
        "closed_dates": [d.isoformat() for d in c.closed_dates],
        "channels": [{"name": ch.name, "share": str(ch.share), "depends_on": list(ch.depends_on)}
                     for ch in c.channels],
        "baseline": {"standard_turnover": {d: str(a) for d, a in c.baseline.standard_turnover.items()},
                     "trend": str(c.baseline.trend), "average_order_value": str(c.baseline.average_order_value),
                     "gross_profit_rate": str(c.baseline.gross_profit_rate),
                     "recovery_rate": str(c.baseline.recovery_rate)},
        "bank": _bank_dict(c.bank),
    }


def _bank_dict(bank: BankAccount | None) -> dict | None:
    if bank is None:
        return None
    return {k: getattr(bank, k) for k in ("holder", "iban", "bic", "account") if getattr(bank, k) is not None}


def _previous_list(letters) -> list[dict]:
    return [{"kind": p.kind, "date": p.date.isoformat(),
             **{k: getattr(p, k) for k in ("reference", "delivery", "tracking") if getattr(p, k) is not None}}
            for p in letters]


def _previous_letters(items: list[dict]) -> tuple[PreviousLetter, ...]:
    return tuple(PreviousLetter(i["kind"], date.fromisoformat(i["date"]), i.get("reference"), i.get("delivery"),
                                i.get("tracking")) for i in items)


def _write_company(con, c: Company) -> None:
    b = c.baseline
    con.execute(
        "INSERT OR REPLACE INTO company (id, name, address, registration_id, email, phone, signatory_name, "
        "signatory_title, jurisdiction, timezone, currency, opening_hours, closed_dates, standard_turnover, trend, "
        "average_order_value, gross_profit_rate, recovery_rate, bank) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)",
        (c.name, jdump(list(c.address)), c.registration_id, c.email, c.phone, c.signatory.name, c.signatory.title,
         c.jurisdiction, c.timezone, c.currency,
         jdump({d: [[s.start, s.end] for s in spans] for d, spans in c.opening_hours.items()}),
         jdump([d.isoformat() for d in c.closed_dates]),
         jdump({d: dec_text(a) for d, a in b.standard_turnover.items()}), dec_text(b.trend),
         dec_text(b.average_order_value), dec_text(b.gross_profit_rate), dec_text(b.recovery_rate),
         None if c.bank is None else jdump(_bank_dict(c.bank))))
    con.execute("DELETE FROM channel")
    con.executemany("INSERT INTO channel (position, name, share, depends_on) VALUES (?, ?, ?, ?)",
                    [(i, ch.name, dec_text(ch.share), jdump(list(ch.depends_on))) for i, ch in enumerate(c.channels)])


@_decoding
def _read_company(con) -> Company:
    r = con.execute(
        "SELECT name, address, registration_id, email, phone, signatory_name, signatory_title, jurisdiction, "
        "timezone, currency, opening_hours, closed_dates, standard_turnover, trend, average_order_value, "
        "gross_profit_rate, recovery_rate, bank FROM company WHERE id = 1").fetchone()
    channels = tuple(Channel(n, Decimal(s), tuple(jload(d))) for n, s, d in con.execute(
        "SELECT name, share, depends_on FROM channel ORDER BY position"))
    return Company(
        name=r[0], address=tuple(jload(r[1])), registration_id=r[2], email=r[3], phone=r[4],
        signatory=Signatory(r[5], r[6]), jurisdiction=r[7], timezone=r[8], currency=r[9],
        opening_hours={d: tuple(Span(a, b) for a, b in spans) for d, spans in jload(r[10]).items()},
        closed_dates=tuple(date.fromisoformat(d) for d in jload(r[11])), channels=channels,
        baseline=Baseline({d: Decimal(a) for d, a in jload(r[12]).items()}, Decimal(r[13]), Decimal(r[14]),
                          Decimal(r[15]), Decimal(r[16])),
        bank=None if r[17] is None else BankAccount(**jload(r[17])))


def _contract_row(c: Contract) -> tuple:
    fees = None if c.service_fees is None else jdump({s: dec_text(f) for s, f in c.service_fees.items()})
    return (c.provider, jdump(list(c.provider_address)), c.customer_number, c.contract_reference,
            jdump(list(c.services)), dec_text(c.monthly_fee), c.signed_on and c.signed_on.isoformat(), fees,
            c.monthly_fee_tax, None if c.sla is None else jdump(sla_to_plain(c.sla)))


@_decoding
def _contract(r) -> Contract:
    # SELECT *: the version-2 columns follow the version-1 ones, then version 3's.
    return Contract(r[1], tuple(jload(r[2])), r[3], r[4], tuple(jload(r[5])), Decimal(r[6]),
                    r[7] and date.fromisoformat(r[7]),
                    None if r[8] is None else {s: Decimal(f) for s, f in jload(r[8]).items()}, r[9],
                    None if r[10] is None else sla_from_plain(jload(r[10])))


def _contract_dict(c: Contract) -> dict:
    result = {"provider": c.provider, "provider_address": list(c.provider_address),
              "customer_number": c.customer_number, "contract_reference": c.contract_reference,
              "services": list(c.services), "monthly_fee": str(c.monthly_fee)}
    if c.signed_on is not None:
        result["signed_on"] = c.signed_on.isoformat()
    if c.service_fees is not None:
        result["service_fees"] = {s: str(f) for s, f in c.service_fees.items()}
    if c.monthly_fee_tax != "included":
        result["monthly_fee_tax"] = c.monthly_fee_tax
    if c.sla is not None:
        result["sla"] = sla_to_plain(c.sla)
    return result


def _safe_filename(name: str) -> str:
    """A vault name made safe for any file system (no folders, no reserved characters)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().strip(".")
    cleaned = "".join("_" if c in '<>:"|?*' or ord(c) < 32 else c for c in base)
    return cleaned or "evidence"


def _free_name(folder: Path, name: str, data: bytes) -> Path:
    """``name`` in ``folder``, or ``name (2)`` etc. when another file holds that name."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            return target
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target
