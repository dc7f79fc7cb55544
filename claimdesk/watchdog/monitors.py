"""Outages out of monitoring tools the shop may already run.

- Uptime Kuma: the ``heartbeat`` table of ``kuma.db`` (status 0 DOWN, 1 UP, 2 PENDING,
  3 MAINTENANCE; times are UTC text). Down from the first DOWN beat to the next UP beat.
- Gatus: the endpoint statuses JSON (``/api/v1/endpoints/{key}/statuses``, or the list of all
  endpoints): its UNHEALTHY/HEALTHY events when there are any, else runs of failed results.
- Healthchecks.io: the flips JSON (``/api/v3/checks/<uuid>/flips/``): down at an ``up: 0`` flip,
  back at the next ``up: 1``.

An outage still running at the end of the data has no end.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

KINDS = ("uptime-kuma", "gatus", "healthchecks")
CONTEXT = timedelta(hours=1)  # data kept in the extract before and after an outage


class MonitorError(ValueError):
    pass


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime | None
    detail: str = ""


@dataclass
class Export:
    tool: str
    monitor: str
    spans: list[Span]
    samples: list[tuple[datetime, str, str]] = field(default_factory=list)  # (time, state, message)
    source_sha256: str = ""
    attach_whole: bool = True  # small exports go in whole; a kuma.db only as an extract

    def csv_around(self, span: Span) -> str:
        lo = span.start - CONTEXT
        hi = (span.end or span.start) + CONTEXT
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow((f"# {self.tool} monitor {self.monitor}; source file SHA-256 {self.source_sha256}",))
        w.writerow(("time_utc", "state", "message"))
        for at, state, message in self.samples:
            if lo <= at <= hi:
                w.writerow((at.isoformat(), state, message))
        return out.getvalue()


def _utc(text: str) -> datetime:
    value = text.strip().replace(" ", "T")
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        raise MonitorError(f"unreadable time {text!r}") from None
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def _runs(samples: list[tuple[datetime, bool | None, str]]) -> list[Span]:
    """Spans from each first down sample to the next up one (None: neither, e.g. pending)."""
    spans, start, why = [], None, ""
    for at, up, message in sorted(samples, key=lambda s: s[0]):
        if up is False and start is None:
            start, why = at, message
        elif up is True and start is not None:
            spans.append(Span(start, at, why))
            start = None
    if start is not None:
        spans.append(Span(start, None, why))
    return spans


def read(kind: str, path: Path, monitor: str | None = None) -> Export:
    if kind not in KINDS:
        raise MonitorError(f"unknown monitor kind {kind!r} (use {', '.join(KINDS)})")
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    export = {"uptime-kuma": _kuma, "gatus": _gatus, "healthchecks": _healthchecks}[kind](Path(path), monitor)
    export.source_sha256 = digest
    return export


def _choose(names: list[str], wanted: str | None, what: str) -> str:
    if wanted is not None:
        if wanted not in names:
            raise MonitorError(f"no {what} named {wanted!r} (there are: {', '.join(names) or 'none'})")
        return wanted
    if len(names) != 1:
        raise MonitorError(f"choose a {what} with --monitor: {', '.join(names) or 'none found'}")
    return names[0]


_KUMA_STATES = {0: "down", 1: "up", 2: "pending", 3: "maintenance"}


def _kuma(path: Path, monitor: str | None) -> Export:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise MonitorError(f"{path.name} cannot be opened: {exc}") from None
    try:
        names = {name: mid for mid, name in con.execute("SELECT id, name FROM monitor ORDER BY id")}
        name = _choose(list(names), monitor, "monitor")
        beats = con.execute("SELECT status, msg, time FROM heartbeat WHERE monitor_id = ? ORDER BY time",
                            (names[name],)).fetchall()
    except sqlite3.Error as exc:
        raise MonitorError(f"{path.name} is not an Uptime Kuma database ({exc})") from None
    finally:
        con.close()
    samples = [(_utc(t), {0: False, 1: True}.get(s), m or "") for s, m, t in beats]
    return Export("Uptime Kuma", name, _runs(samples),
                  [(at, _KUMA_STATES.get(s, str(s)), m or "") for (s, m, _), (at, _, _) in zip(beats, samples)],
                  attach_whole=False)


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise MonitorError(f"{path.name} is not JSON ({exc})") from None


def _gatus(path: Path, monitor: str | None) -> Export:
    data = _load_json(path)
    endpoints = data if isinstance(data, list) else [data]
    if not all(isinstance(e, dict) and "results" in e for e in endpoints):
        raise MonitorError(f"{path.name} is not a Gatus statuses file (no results)")
    if monitor is None:
        names = [e.get("key") or e.get("name", "") for e in endpoints]
        endpoint = endpoints[names.index(_choose(names, None, "endpoint"))]
    else:
        endpoint = next((e for e in endpoints if monitor in (e.get("key"), e.get("name"))), None)
        if endpoint is None:
            _choose([e.get("name", "") for e in endpoints], monitor, "endpoint")  # raises, naming them
    results = [(_utc(r["timestamp"]), bool(r.get("success")), "; ".join(r.get("errors") or []))
               for r in endpoint.get("results") or []]
    events = [(_utc(e["timestamp"]), e.get("type")) for e in endpoint.get("events") or []]
    if any(kind == "UNHEALTHY" for _, kind in events):
        spans = _runs([(at, {"UNHEALTHY": False, "HEALTHY": True}.get(kind), "") for at, kind in events])
    else:
        spans = _runs(results)
    samples = [(at, "up" if ok else "down", msg) for at, ok, msg in results] + \
              [(at, f"event {kind}", "") for at, kind in events]
    return Export("Gatus", endpoint.get("name") or endpoint.get("key", ""), spans, sorted(samples, key=lambda s: s[0]))


def _healthchecks(path: Path, monitor: str | None) -> Export:
    data = _load_json(path)
    flips = data.get("flips") if isinstance(data, dict) else data
    if not isinstance(flips, list) or not all(isinstance(f, dict) and "up" in f and "timestamp" in f for f in flips):
        raise MonitorError(f"{path.name} is not a Healthchecks.io flips file")
    samples = [(_utc(f["timestamp"]), bool(f["up"]), "") for f in flips]
    name = monitor or (data.get("name") if isinstance(data, dict) else None) or path.stem
    return Export("Healthchecks.io", name, _runs(samples),
                  sorted((at, "up" if up else "down", "") for at, up, _ in samples))
