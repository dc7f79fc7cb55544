"""Outages read out of evidence other tools produced: bounce e-mails and monitoring exports.

Each import adds detected outages (to be confirmed by the user) with the source data attached as
evidence, in one transaction: nothing is added if any part fails.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..storage import CompanyFile, StorageError
from ..storage.watch_log import WatchLog
from ..watchdog import bounces as bounce_mod
from ..watchdog import monitors
from .watchdog import pick_contract

SINGLE_BOUNCE_SPAN = timedelta(minutes=1)


@dataclass(frozen=True)
class BounceImport:
    outage_id: int
    start: datetime
    end: datetime
    groups: list
    messages: int
    skipped: list[str]


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name) or "message"


def import_bounces(cf: CompanyFile, files: list[Path], *, contract_id: int | None = None) -> BounceImport:
    for f in files:
        if not f.is_file():
            raise StorageError(f"{f.name} was not found.", "evidence_not_found", file=str(f))
    messages = bounce_mod.read(files)
    found = [m for m in messages if m.bounces]
    if not found:
        raise StorageError("No bounce was found in these files (no delivery-status report and no SMTP status code "
                           "such as 550 5.1.1).", "no_bounce")
    every = [b for m in found for b in m.bounces]
    start, end = bounce_mod.window(every)
    single = end == start
    if single:  # one instant is not a span: the journal needs an end after the start
        end = start + SINGLE_BOUNCE_SPAN
    groups = bounce_mod.groups(every)
    contract_id = pick_contract(cf, "email", contract_id)
    log = WatchLog(cf)
    for o in cf.outages(service="email", contract_id=contract_id):
        if (o.start, o.end) == (start, end) and (d := log.detected(o.id)) is not None and d.source == "bounces":
            raise StorageError(f"These bounces were imported before, as outage {o.id}.", "bounces_imported",
                               outage=o.id)
    statuses = ", ".join(sorted({f"{g.status} ×{sum(x.count for x in groups if x.status == g.status)}"
                                 for g in groups}))
    description = (f"E-mail bounces: {len(every)} for {len({g.recipient for g in groups})} recipient(s) "
                   f"({statuses}), from the first bounce to the last"
                   + ("; a single bounce, shown as one minute" if single else "") + ".")
    with cf.transaction(), tempfile.TemporaryDirectory(prefix="claimdesk-bounces-") as tmp:
        oid = log.add_detected_outage(contract_id, "email", start, end, "bounces", description)
        for i, m in enumerate(found, 1):
            path = Path(tmp) / f"bounce-{i:03d}-{_safe(m.source)}"
            if path.suffix.lower() != ".eml":
                path = path.with_name(path.name + ".eml")
            path.write_bytes(m.raw)
            b = m.bounces[0]
            cf.add_evidence(oid, path, f"Bounce: {b.recipient} {b.status} {b.action}".strip())
        table = Path(tmp) / "bounces.csv"
        table.write_text(_bounces_csv(every), encoding="utf-8")
        cf.add_evidence(oid, table, "Every bounce by recipient and status (CSV)")
    return BounceImport(oid, start, end, groups, len(found), [m.source for m in messages if not m.bounces])


def _bounces_csv(every) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("time_utc", "recipient", "status", "action", "diagnostic", "message"))
    for b in sorted(every, key=lambda b: (b.at, b.recipient)):
        w.writerow((b.at.isoformat(), b.recipient, b.status, b.action, b.diagnostic, b.source))
    return out.getvalue()


@dataclass(frozen=True)
class MonitorImport:
    outage_ids: list[int]
    found: list  # monitors.Span, including those already in the journal
    monitor: str


def import_monitor(cf: CompanyFile, kind: str, source: Path, *, monitor: str | None = None,
                   service: str = "internet", contract_id: int | None = None) -> MonitorImport:
    if not source.is_file():
        raise StorageError(f"{source.name} was not found.", "evidence_not_found", file=str(source))
    try:
        export = monitors.read(kind, source, monitor)
    except monitors.MonitorError as exc:
        raise StorageError(str(exc), "monitor_data") from None
    contract_id = pick_contract(cf, service, contract_id)
    log = WatchLog(cf)
    added = []
    with cf.transaction(), tempfile.TemporaryDirectory(prefix="claimdesk-monitor-") as tmp:
        for span in export.spans:
            if any(o.start == span.start and (d := log.detected(o.id)) is not None and d.source == kind
                   for o in cf.outages(service=service, contract_id=contract_id)):
                continue  # imported before
            text = (f"Down according to {export.tool} monitor “{export.monitor}”"
                    + (f": {span.detail}" if span.detail else "") + ".")
            oid = log.add_detected_outage(contract_id, service, span.start, span.end, kind, text)
            extract = Path(tmp) / f"{_safe(kind)}-{_safe(export.monitor)}-{oid}.csv"
            extract.write_text(export.csv_around(span), encoding="utf-8")
            cf.add_evidence(oid, extract, f"{export.tool} data around the outage (CSV)")
            if export.attach_whole:
                cf.add_evidence(oid, source, f"{export.tool} export as imported")
            added.append(oid)
    return MonitorImport(added, export.spans, export.monitor)
