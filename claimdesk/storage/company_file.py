"""``CompanyFile``: one company's journal of outages, evidence and claims in one SQLite file.

Every change is one transaction that also appends a history row (who, what, when), so a figure
in a letter can be traced back to the person who entered it.
"""

from __future__ import annotations

import getpass
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
    Baseline,
    Case,
    Channel,
    ClaimSpec,
    Company,
    Contract,
    MoneyItem,
    Signatory,
    Span,
)
from ..domain.problems import Problem, ValidationError
from . import database as db
from . import schema, vault
from .codec import dec, dec_text, from_us, iso, jdump, jload, now_us, to_us
from .errors import NotACompanyFileError, StorageError
from .ladder import ClaimLadder
from .lock import FileLock
from .records import ClaimRecord, ContractRecord, EvidenceRecord, HistoryEntry, OutageRecord

_OUTAGE_FIELDS = ("contract_id", "service", "start", "end", "provider_reference", "description")
_MONEY_KINDS = (("extra_costs", "extra_cost"), ("savings", "saving"), ("credits_received", "credit"))
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound values
_AUTO_BACKUP_AGE = timedelta(days=1)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing for
        return ""


def _raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


class CompanyFile(ClaimLadder):
    """An open company file; close it (or use ``with``) to release the lock."""

    def __init__(self, path: Path, con: sqlite3.Connection, lock: FileLock, actor: str) -> None:
        self.path = path
        self._con = con
        self._lock = lock
        self._mutex = threading.RLock()
        self.actor = actor or _default_actor()
        self.changed = False
        self.migration_backup: Path | None = None
        self._depth = 0  # nesting of transaction() blocks

    # ---- opening and closing -----------------------------------------------------------

    @classmethod
    def create(cls, path, company: Company, *, actor: str = "") -> CompanyFile:
        """A new company file; it is built under a temporary name and renamed, so a crash never
        leaves a half-made file."""
        path = Path(path)
        if path.exists():
            raise StorageError(f"{path.name} already exists; open it instead.", "exists", path=str(path))
        _raise_problems(v.check_company(company))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        tmp.unlink(missing_ok=True)
        try:
            con = db.connect(tmp)
            try:
                con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                db.migrate(con, tmp, 0)
                with db.transaction(con):
                    _write_company(con, company)
                    _log(con, actor or _default_actor(), "create", "company", 1, {"name": company.name})
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
            if path.exists():  # someone made it meanwhile: never overwrite
                raise StorageError(f"{path.name} already exists; open it instead.", "exists", path=str(path))
            os.replace(tmp, path)
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
                leftover.unlink(missing_ok=True)
        return cls.open(path, actor=actor)

    @classmethod
    def open(cls, path, *, actor: str = "") -> CompanyFile:
        """Lock, check, back up and migrate if needed; refuses newer, foreign and damaged files."""
        path = Path(path)
        db.check_header(path)
        lock = FileLock(path)
        lock.acquire(path.stem)
        try:
            version = db.probe_version(path)
            try:
                con = db.connect(path)
            except sqlite3.DatabaseError:
                raise db.corrupt(path) from None
            try:
                started = now_us()
                full = version < schema.current_version() or db.full_check_due(con, path, started)
                if full:
                    db.check_integrity(con, path)
                else:
                    db.check_structure(con, path)
                backup = db.migrate(con, path, version)
                _session_started(con, started if full else None)
                if not con.execute("SELECT 1 FROM company").fetchone():
                    raise NotACompanyFileError(f"{path.name} has no company profile.", path=str(path))
            except BaseException:
                con.close()
                raise
        except BaseException:
            lock.release()
            raise
        self = cls(path, con, lock, actor)
        self.migration_backup = backup
        return self

    def close(self) -> None:
        with self._mutex:
            if self._con is None:
                return
            try:
                if self.changed:
                    self._auto_backup()
                self._con.execute("PRAGMA optimize")
                self._con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('clean_close', '1')")
            finally:
                self._con.close()
                self._con = None
                self._lock.release()

    def __enter__(self) -> CompanyFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._con is None

    def _auto_backup(self) -> None:
        """A daily backup when a session changed something, so a damaged file can be restored."""
        latest = db.latest_backup(self.path)
        if latest and datetime.now().timestamp() - latest.stat().st_mtime < _AUTO_BACKUP_AGE.total_seconds():
            return
        try:
            db.backup(self._con, self.path, "auto")
            db.prune_auto_backups(self.path)
        except (OSError, sqlite3.Error):
            pass  # the file itself is saved; a failed extra copy must not stop closing

    def verify(self) -> None:
        """The full integrity check (every page); raises CorruptFileError with the latest backup.

        Opening runs it for small files; for big ones the GUI calls this in the background."""
        with self._mutex:
            db.check_integrity(self._db(), self.path)
            self._con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_full_check_us', ?)",
                              (str(now_us()),))

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

    def contracts(self) -> list[ContractRecord]:
        with self._mutex:
            rows = self._db().execute("SELECT * FROM contract ORDER BY id").fetchall()
            return [ContractRecord(r[0], _contract(r)) for r in rows]

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
                "monthly_fee) VALUES (?, ?, ?, ?, ?, ?)", _contract_row(contract))
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
                "contract_reference = ?, services = ?, monthly_fee = ? WHERE id = ?",
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
                   provider_reference: str | None = None, description: str | None = None) -> int:
        with self._change():
            return self._insert_outage(contract_id, service, start, end, provider_reference, description)

    def _insert_outage(self, contract_id, service, start, end, provider_reference, description,
                       path: str = "outage") -> int:
        contract = self.contract(contract_id)
        _raise_problems(_check_outage(path, service, start, end, contract.services))
        zone = self._con.execute("SELECT timezone FROM company").fetchone()[0]
        cur = self._con.execute(
            "INSERT INTO outage (contract_id, service, start_us, end_us, timezone, provider_reference, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contract_id, service, to_us(start), None if end is None else to_us(end), zone,
             provider_reference, description))
        self._log("add", "outage", cur.lastrowid, {
            "contract_id": contract_id, "service": service, "start": iso(start), "end": iso(end),
            "provider_reference": provider_reference, "description": description})
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
                                          contract.services))
            self._con.execute(
                "UPDATE outage SET contract_id = ?, service = ?, start_us = ?, end_us = ?, provider_reference = ?, "
                "description = ? WHERE id = ?",
                (after["contract_id"], after["service"], to_us(after["start"]),
                 None if after["end"] is None else to_us(after["end"]), after["provider_reference"],
                 after["description"], outage_id))
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
            "SELECT contract_id, service, start_us, end_us, provider_reference, description FROM outage "
            "WHERE id = ?", (outage_id,)).fetchone()
        if row is None:
            raise _missing("outage", outage_id)
        return dict(zip(_OUTAGE_FIELDS, (row[0], row[1], from_us(row[2]), from_us(row[3]), row[4], row[5]),
                        strict=True))

    def _refuse_if_sent(self, outage_id: int, what: str) -> None:
        sent = [r[0] for r in self._con.execute(
            "SELECT c.id FROM claim c JOIN claim_outage co ON co.claim_id = c.id "
            "WHERE co.outage_id = ? AND c.status != 'draft' ORDER BY c.id", (outage_id,))]
        if sent:
            raise StorageError(
                f"This outage is part of claim {', '.join(map(str, sent))}, which has been sent; "
                f"it can no longer be {what}.", "outage_in_sent_claim", claims=sent)

    def outage(self, outage_id: int) -> OutageRecord:
        with self._mutex:
            rows = self._db().execute(f"{_OUTAGE_SELECT} WHERE o.id = ?", (outage_id,)).fetchall()
            if not rows:
                raise _missing("outage", outage_id)
            return self._records(rows)[0]

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

    def count_outages(self, *, service: str | None = None, provider: str | None = None,
                      contract_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
                      claimed: bool | None = None) -> int:
        with self._mutex:
            where, params = self._filters(service, provider, contract_id, since, until, claimed)
            return self._db().execute(f"SELECT COUNT(*) FROM outage o {where}", params).fetchone()[0]

    def running_outages(self) -> list[OutageRecord]:
        with self._mutex:
            rows = self._db().execute(f"{_OUTAGE_SELECT} WHERE o.end_us IS NULL ORDER BY o.start_us DESC").fetchall()
            return self._records(rows)

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
                             tuple(evidence.get(r[0], ())), tuple(claims.get(r[0], ()))) for r in rows]

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

    def evidence(self, evidence_id: int) -> EvidenceRecord:
        with self._mutex:
            e = self._db().execute(
                "SELECT e.id, e.sha256, e.filename, e.description, b.size, e.added_us FROM evidence e "
                "JOIN blob b ON b.sha256 = e.sha256 WHERE e.id = ?", (evidence_id,)).fetchone()
            if e is None:
                raise _missing("evidence", evidence_id)
            return EvidenceRecord(e[0], e[1], e[2], e[3], e[4], from_us(e[5]))

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
                  extra_costs=(), savings=(), credits_received=(), pdf: bytes | None = None) -> int:
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
                "amount_claimed, created_us) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                (contract_id, spec.kind, spec.language, spec.date.isoformat(), spec.place, spec.response_days,
                 spec.delivery, dec_text(amount_claimed), created))
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
                **{name: [{"label": i.label, "amount": str(i.amount)} for i in lists[name]] for name in lists}})
            if pdf is not None:
                self._store_pdf(claim_id, pdf)
            return claim_id

    def claims(self) -> list[ClaimRecord]:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} ORDER BY c.id DESC").fetchall()
            return self._claim_records(rows)

    def claim(self, claim_id: int) -> ClaimRecord:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} WHERE c.id = ?", (claim_id,)).fetchall()
            if not rows:
                raise _missing("claim", claim_id)
            return self._claim_records(rows)[0]

    def _claim_records(self, rows) -> list[ClaimRecord]:
        con = self._con
        result = []
        for r in rows:
            (cid, contract_id, kind, language, claim_date, place, days, delivery, status, claimed, received,
             created, has_pdf) = r
            outage_ids = tuple(x[0] for x in con.execute(
                "SELECT outage_id FROM claim_outage WHERE claim_id = ? ORDER BY position", (cid,)))
            money: dict[str, list[MoneyItem]] = {kind_: [] for _, kind_ in _MONEY_KINDS}
            for m in con.execute("SELECT kind, label, amount FROM claim_money WHERE claim_id = ? "
                                 "ORDER BY kind, position", (cid,)):
                money[m[0]].append(MoneyItem(m[1], Decimal(m[2])))
            dates = {s: date.fromisoformat(d) for s, d in con.execute(
                "SELECT status, on_date FROM claim_status WHERE claim_id = ?", (cid,))}
            spec = ClaimSpec(kind, language, date.fromisoformat(claim_date), place, days, delivery)
            result.append(ClaimRecord(
                cid, contract_id, outage_ids, spec, status, dates, Decimal(claimed), dec(received),
                tuple(money["extra_cost"]), tuple(money["saving"]), tuple(money["credit"]),
                spec.date + timedelta(days=spec.response_days), bool(has_pdf), from_us(created)))
        return result

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
        if self._con.execute("SELECT 1 FROM claim_sent WHERE claim_id = ?", (claim_id,)).fetchone():
            raise StorageError(f"Claim {claim_id} has been sent; its letter is never changed.", "already_sent",
                               id=claim_id)
        sha256 = hashlib.sha256(pdf).hexdigest()
        self._con.execute("INSERT OR REPLACE INTO claim_pdf (claim_id, sha256, pdf, attached_us) VALUES (?, ?, ?, ?)",
                          (claim_id, sha256, bytes(pdf), now_us()))
        self._log("attach_pdf", "claim", claim_id, {"sha256": sha256, "size": len(pdf)})

    def claim_pdf(self, claim_id: int) -> bytes | None:
        with self._mutex:
            self.claim(claim_id)
            # Once sent, the letter is the one that left, whatever was attached before.
            row = self._db().execute("SELECT COALESCE((SELECT pdf FROM claim_sent WHERE claim_id = ?), "
                                     "(SELECT pdf FROM claim_pdf WHERE claim_id = ?))", (claim_id, claim_id)).fetchone()
            return None if row is None or row[0] is None else bytes(row[0])

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

    def history(self, limit: int = 200, *, entity: str | None = None, entity_id: int | None = None) -> list[HistoryEntry]:
        """Latest changes first; optionally only those about one record."""
        with self._mutex:
            sql, params = "SELECT id, at_us, actor, action, entity, entity_id, detail FROM history", []
            if entity is not None:
                sql += " WHERE entity = ?" + (" AND entity_id = ?" if entity_id is not None else "")
                params = [entity] + ([entity_id] if entity_id is not None else [])
            sql += " ORDER BY id DESC LIMIT ?"
            rows = self._db().execute(sql, [*params, int(limit)]).fetchall()
            return [HistoryEntry(r[0], from_us(r[1]), r[2], r[3], r[4], r[5], jload(r[6])) for r in rows]


class _Change:
    """``with self._change():`` holds the object's lock and one IMMEDIATE transaction."""

    def __init__(self, owner: CompanyFile) -> None:
        self.owner = owner

    def __enter__(self):
        owner = self.owner
        owner._mutex.acquire()
        try:
            if owner._depth == 0:
                owner._db().execute("BEGIN IMMEDIATE")
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
                owner._con.execute("COMMIT" if exc_type is None else "ROLLBACK")
        finally:
            owner._mutex.release()
        return False


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
                  "o.description FROM outage o")
_CLAIM_SELECT = ("SELECT c.id, c.contract_id, c.kind, c.language, c.claim_date, c.place, c.response_days, "
                 "c.delivery, c.status, c.amount_claimed, c.amount_received, c.created_us, "
                 "EXISTS (SELECT 1 FROM claim_pdf p WHERE p.claim_id = c.id) FROM claim c")


def _session_started(con, checked_us: int | None) -> None:
    """Mark the file as in use until close() (a crash leaves the mark: next opening checks fully)."""
    with db.transaction(con):
        con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('clean_close', '0')")
        if checked_us is not None:
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_full_check_us', ?)",
                        (str(checked_us),))


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


def _check_outage(path, service, start, end, services) -> list[Problem]:
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
    }


def _write_company(con, c: Company) -> None:
    b = c.baseline
    con.execute(
        "INSERT OR REPLACE INTO company (id, name, address, registration_id, email, phone, signatory_name, "
        "signatory_title, jurisdiction, timezone, currency, opening_hours, closed_dates, standard_turnover, trend, "
        "average_order_value, gross_profit_rate, recovery_rate) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)",
        (c.name, jdump(list(c.address)), c.registration_id, c.email, c.phone, c.signatory.name, c.signatory.title,
         c.jurisdiction, c.timezone, c.currency,
         jdump({d: [[s.start, s.end] for s in spans] for d, spans in c.opening_hours.items()}),
         jdump([d.isoformat() for d in c.closed_dates]),
         jdump({d: dec_text(a) for d, a in b.standard_turnover.items()}), dec_text(b.trend),
         dec_text(b.average_order_value), dec_text(b.gross_profit_rate), dec_text(b.recovery_rate)))
    con.execute("DELETE FROM channel")
    con.executemany("INSERT INTO channel (position, name, share, depends_on) VALUES (?, ?, ?, ?)",
                    [(i, ch.name, dec_text(ch.share), jdump(list(ch.depends_on))) for i, ch in enumerate(c.channels)])


def _read_company(con) -> Company:
    r = con.execute(
        "SELECT name, address, registration_id, email, phone, signatory_name, signatory_title, jurisdiction, "
        "timezone, currency, opening_hours, closed_dates, standard_turnover, trend, average_order_value, "
        "gross_profit_rate, recovery_rate FROM company WHERE id = 1").fetchone()
    channels = tuple(Channel(n, Decimal(s), tuple(jload(d))) for n, s, d in con.execute(
        "SELECT name, share, depends_on FROM channel ORDER BY position"))
    return Company(
        name=r[0], address=tuple(jload(r[1])), registration_id=r[2], email=r[3], phone=r[4],
        signatory=Signatory(r[5], r[6]), jurisdiction=r[7], timezone=r[8], currency=r[9],
        opening_hours={d: tuple(Span(a, b) for a, b in spans) for d, spans in jload(r[10]).items()},
        closed_dates=tuple(date.fromisoformat(d) for d in jload(r[11])), channels=channels,
        baseline=Baseline({d: Decimal(a) for d, a in jload(r[12]).items()}, Decimal(r[13]), Decimal(r[14]),
                          Decimal(r[15]), Decimal(r[16])))


def _contract_row(c: Contract) -> tuple:
    return (c.provider, jdump(list(c.provider_address)), c.customer_number, c.contract_reference,
            jdump(list(c.services)), dec_text(c.monthly_fee))


def _contract(r) -> Contract:
    return Contract(r[1], tuple(jload(r[2])), r[3], r[4], tuple(jload(r[5])), Decimal(r[6]))


def _contract_dict(c: Contract) -> dict:
    return {"provider": c.provider, "provider_address": list(c.provider_address),
            "customer_number": c.customer_number, "contract_reference": c.contract_reference,
            "services": list(c.services), "monthly_fee": str(c.monthly_fee)}


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
