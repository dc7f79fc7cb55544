"""The outage journal of a company file and its evidence: add, change, page through, export."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from .codec import from_us, iso, now_us, to_us
from .errors import StorageError
from .records import EvidenceRecord, OutageRecord
from .rows import (
    _OUTAGE_FIELDS,
    _OUTAGE_SELECT,
    _PROVIDER_RANK,
    OUTAGE_ORDERS,
    _check_outage,
    _chunks,
    _decoding,
    _diff,
    _free_name,
    _missing,
    _raise_problems,
    _reading,
    _safe_filename,
)


class OutageJournal:
    """Methods of CompanyFile (a mixin: it uses the file's connection, lock and history)."""

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
        from . import vault  # with the first evidence file or deletion, not at opening

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
    def count_unclaimed(self) -> int:
        """Outages named in no claim: all of them less those claims name. (Every outage a claim names
        exists: the foreign key refuses to delete it. Two index counts, where the claimed=False
        filter looks each outage up: ~1 ms at 10,000, at every start.)"""
        with self._mutex:
            return self._db().execute("SELECT (SELECT COUNT(*) FROM outage) - "
                                      "(SELECT COUNT(DISTINCT outage_id) FROM claim_outage)").fetchone()[0]

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
        from . import vault

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
        from . import vault

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
        from . import vault

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
