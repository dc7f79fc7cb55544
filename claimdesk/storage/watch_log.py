"""The watchdog's part of a company file: the hash-chained probe log, its seals and time-stamp
tokens, state changes and gaps, and the journal outages found automatically.

Every probe cycle is one transaction; the chain is extended under the file's lock, so two writers
can never fork it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..watchdog import chain
from .codec import from_us, now_us, to_us
from .company_file import CompanyFile


@dataclass(frozen=True)
class ProbeRow:
    id: int
    at: datetime
    mono_us: int
    service: str
    probe: str
    ok: bool
    latency_us: int | None
    error: str | None
    hash: bytes


@dataclass(frozen=True)
class Detected:
    outage_id: int
    source: str
    micro: bool
    confirmed_at: datetime | None


@dataclass(frozen=True)
class Token:
    id: int
    probe_id: int
    tsa: str
    token: bytes
    at: datetime


_ROW_SELECT = ("SELECT p.id, p.at_us, p.mono_us, t.service, t.name, p.ok, p.latency_us, p.error, p.hash "
               "FROM probe p JOIN probe_target t ON t.id = p.target_id")


def _row_dict(r) -> dict:
    return {"id": r[0], "at_us": r[1], "mono_us": r[2], "service": r[3], "probe": r[4], "ok": r[5],
            "latency_us": r[6], "error": r[7]}


class WatchLog:
    """The watchdog tables of an open :class:`CompanyFile`."""

    def __init__(self, cf: CompanyFile) -> None:
        self.cf = cf
        self._targets: dict[tuple[str, str], int] = {}

    @property
    def _con(self):
        return self.cf._db()

    # ---- probes ------------------------------------------------------------------------------

    def append(self, service: str, at: datetime, mono: float, results) -> int:
        """Add one cycle's results, each ``(probe name, ok, latency seconds or None, error or
        detail)``, extending the chain; returns the id of the last row (the new chain head)."""
        with self.cf._change():
            con = self._con
            head = con.execute("SELECT id, hash FROM probe ORDER BY id DESC LIMIT 1").fetchone()
            last_id, previous = (head[0], bytes(head[1])) if head else (0, chain.GENESIS)
            at_us, mono_us = to_us(at), int(mono * 1_000_000)
            for name, ok, latency, error in results:
                last_id += 1
                row = {"id": last_id, "at_us": at_us, "mono_us": mono_us, "service": service, "probe": name,
                       "ok": int(bool(ok)), "latency_us": None if latency is None else int(latency * 1_000_000),
                       "error": error}
                previous = chain.link(previous, row)
                con.execute("INSERT INTO probe (id, at_us, mono_us, target_id, ok, latency_us, error, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (last_id, at_us, mono_us, self._target(service, name), row["ok"], row["latency_us"],
                             error, previous))
            return last_id

    def _target(self, service: str, name: str) -> int:
        key = (service, name)
        if key not in self._targets:
            self._con.execute("INSERT OR IGNORE INTO probe_target (service, name) VALUES (?, ?)", key)
            self._targets[key] = self._con.execute(
                "SELECT id FROM probe_target WHERE service = ? AND name = ?", key).fetchone()[0]
        return self._targets[key]

    def probes(self, start: datetime | None = None, end: datetime | None = None,
               service: str | None = None) -> list[ProbeRow]:
        where, params = [], []
        if start is not None:
            where.append("p.at_us >= ?")
            params.append(to_us(start))
        if end is not None:
            where.append("p.at_us <= ?")
            params.append(to_us(end))
        if service is not None:
            where.append("t.service = ?")
            params.append(service)
        sql = _ROW_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.id"
        with self.cf._mutex:
            return [ProbeRow(r[0], from_us(r[1]), r[2], r[3], r[4], bool(r[5]), r[6], r[7], bytes(r[8]))
                    for r in self._con.execute(sql, params)]

    def last_seen(self, service: str) -> datetime | None:
        with self.cf._mutex:
            value = self._con.execute("SELECT MAX(p.at_us) FROM probe p JOIN probe_target t ON t.id = p.target_id "
                                      "WHERE t.service = ?", (service,)).fetchone()[0]
            return from_us(value)

    def head(self) -> tuple[int, bytes] | None:
        with self.cf._mutex:
            row = self._con.execute("SELECT id, hash FROM probe ORDER BY id DESC LIMIT 1").fetchone()
            return (row[0], bytes(row[1])) if row else None

    def check_chain(self) -> tuple[chain.ChainCheck, ProbeRow | None]:
        """The chain walked from the first row; with the row where it breaks, if it does."""
        with self.cf._mutex:
            con = self._con
            seals = [chain.Seal(r[0], r[1], bytes(r[2])) for r in
                     con.execute("SELECT first_id, last_id, last_hash FROM probe_seal")]
            keep = [r[0] for r in con.execute("SELECT DISTINCT probe_id FROM probe_timestamp")]
            rows = ((_row_dict(r), bytes(r[8])) for r in con.execute(_ROW_SELECT + " ORDER BY p.id"))
            result = chain.check(rows, seals, keep)
            bad = None
            if result.broken:
                r = con.execute(_ROW_SELECT + " WHERE p.id = ?", (result.broken.row_id,)).fetchone()
                bad = ProbeRow(r[0], from_us(r[1]), r[2], r[3], r[4], bool(r[5]), r[6], r[7], bytes(r[8]))
            return result, bad

    def check_span(self, first_id: int, last_id: int) -> chain.ChainCheck:
        """The rows ``first_id``..``last_id`` recomputed from the hash of the row before them (cheap:
        an exhibit checks its own window without walking the whole log)."""
        with self.cf._mutex:
            con = self._con
            before = con.execute("SELECT id, hash FROM probe WHERE id < ? ORDER BY id DESC LIMIT 1",
                                 (first_id,)).fetchone()
            seals = [chain.Seal(r[0], r[1], bytes(r[2])) for r in con.execute(
                "SELECT first_id, last_id, last_hash FROM probe_seal WHERE last_id < ?", (first_id,))]
            start = (before[0], bytes(before[1])) if before else (0, chain.GENESIS)
            sealed = next((s for s in seals if s.last_id == first_id - 1 and s.last_id > start[0]), None)
            if sealed is not None:
                start = (sealed.last_id, sealed.last_hash)
            rows = ((_row_dict(r), bytes(r[8])) for r in con.execute(
                _ROW_SELECT + " WHERE p.id BETWEEN ? AND ? ORDER BY p.id", (first_id, last_id)))
            return chain.check(rows, after=start)

    def prune(self, older_than: datetime, margin: timedelta = timedelta(hours=1)) -> int:
        """Remove raw probes older than ``older_than`` except within ``margin`` of an outage or a
        time-stamped row; each removed run is sealed so the chain still verifies. Returns the
        number of rows removed."""
        with self.cf._change():
            con = self._con
            limit, pad = to_us(older_than), int(margin.total_seconds() * 1_000_000)
            windows = con.execute("SELECT start_us - ?, COALESCE(end_us, ?) + ? FROM outage",
                                  (pad, now_us(), pad)).fetchall()
            stamped = {r[0] for r in con.execute("SELECT probe_id FROM probe_timestamp")}
            head = con.execute("SELECT MAX(id) FROM probe").fetchone()[0]
            removed, run = 0, []

            def seal(run):
                con.execute("INSERT INTO probe_seal (first_id, last_id, last_hash, rows, sealed_us) "
                            "VALUES (?, ?, ?, ?, ?)", (run[0][0], run[-1][0], run[-1][1], len(run), now_us()))
                con.execute("DELETE FROM probe WHERE id BETWEEN ? AND ?", (run[0][0], run[-1][0]))

            for pid, at_us, digest in con.execute(
                    "SELECT id, at_us, hash FROM probe WHERE at_us < ? ORDER BY id", (limit,)).fetchall():
                keep = pid in stamped or pid == head or any(a <= at_us <= b for a, b in windows)
                if keep or (run and pid != run[-1][0] + 1):
                    if run:
                        seal(run)
                        removed += len(run)
                    run = []
                if not keep:
                    run.append((pid, bytes(digest)))
            if run:
                seal(run)
                removed += len(run)
            return removed

    # ---- time-stamp tokens -------------------------------------------------------------------

    def add_token(self, probe_id: int, tsa: str, token: bytes) -> int:
        with self.cf._change():
            return self._con.execute("INSERT INTO probe_timestamp (probe_id, tsa, token, at_us) VALUES (?, ?, ?, ?)",
                                     (probe_id, tsa, token, now_us())).lastrowid

    def tokens(self) -> list[Token]:
        with self.cf._mutex:
            return [Token(r[0], r[1], r[2], bytes(r[3]), from_us(r[4])) for r in self._con.execute(
                "SELECT id, probe_id, tsa, token, at_us FROM probe_timestamp ORDER BY id")]

    def hash_of(self, probe_id: int) -> bytes | None:
        with self.cf._mutex:
            row = self._con.execute("SELECT hash FROM probe WHERE id = ?", (probe_id,)).fetchone()
            return bytes(row[0]) if row else None

    # ---- events and detected outages ---------------------------------------------------------

    def add_event(self, service: str, kind: str, start: datetime, end: datetime | None = None,
                  state: str | None = None, reason: str | None = None) -> int:
        with self.cf._change():
            return self._con.execute(
                "INSERT INTO watch_event (service, kind, start_us, end_us, state, reason) VALUES (?, ?, ?, ?, ?, ?)",
                (service, kind, to_us(start), None if end is None else to_us(end), state, reason)).lastrowid

    def events(self, start: datetime | None = None, end: datetime | None = None) -> list[tuple]:
        """(service, kind, start, end, state, reason) overlapping the span, oldest first."""
        lo = to_us(start) if start else -(2**62)
        hi = to_us(end) if end else 2**62
        with self.cf._mutex:
            return [(r[0], r[1], from_us(r[2]), from_us(r[3]), r[4], r[5]) for r in self._con.execute(
                "SELECT service, kind, start_us, end_us, state, reason FROM watch_event "
                "WHERE start_us <= ? AND COALESCE(end_us, start_us) >= ? ORDER BY start_us, id", (hi, lo))]

    def add_detected_outage(self, contract_id: int, service: str, start: datetime, end: datetime | None,
                            source: str, description: str, *, micro: bool = False) -> int:
        """A journal outage found automatically, to be confirmed by the user."""
        with self.cf._change():
            oid = self.cf._insert_outage(contract_id, service, start, end, None, description)
            self._con.execute("INSERT INTO detected_outage (outage_id, source, micro) VALUES (?, ?, ?)",
                              (oid, source, int(micro)))
            return oid

    def end_detected_outage(self, outage_id: int, end: datetime, *, micro: bool) -> None:
        with self.cf._change():
            self.cf.update_outage(outage_id, end=end)
            self._con.execute("UPDATE detected_outage SET micro = ? WHERE outage_id = ?", (int(micro), outage_id))

    def detected(self, outage_id: int) -> Detected | None:
        with self.cf._mutex:
            r = self._con.execute("SELECT outage_id, source, micro, confirmed_us FROM detected_outage "
                                  "WHERE outage_id = ?", (outage_id,)).fetchone()
            return Detected(r[0], r[1], bool(r[2]), from_us(r[3])) if r else None

    def unconfirmed(self) -> list[int]:
        with self.cf._mutex:
            return [r[0] for r in self._con.execute(
                "SELECT outage_id FROM detected_outage WHERE confirmed_us IS NULL ORDER BY outage_id")]

    def evidence_problems(self) -> list[str]:
        """Vault files whose bytes no longer match their SHA-256."""
        import hashlib

        with self.cf._mutex:
            bad = []
            for sha, data in self._con.execute("SELECT sha256, data FROM blob ORDER BY id"):
                if hashlib.sha256(bytes(data)).hexdigest() != sha:
                    names = [r[0] for r in self._con.execute(
                        "SELECT filename FROM evidence WHERE sha256 = ? ORDER BY id", (sha,))]
                    bad.append(", ".join(names) or sha)
            return bad
