"""A detected outage's probe log as evidence: a summary with the timeline, and the raw probes of
the window as CSV, both stored in the vault beside the outage."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..storage import CompanyFile
from ..storage.watch_log import WatchLog

MARGIN = timedelta(minutes=10)  # probes shown before and after the outage
CSV_COLUMNS = ("row", "time", "service", "probe", "ok", "latency_ms", "error_or_detail", "chain_hash")


def probes_csv(cf: CompanyFile, start, end, service: str | None = None) -> str:
    log = WatchLog(cf)
    zone = ZoneInfo(cf.company().timezone)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in log.probes(start, end, service):
        writer.writerow((row.id, row.at.astimezone(zone).isoformat(timespec="seconds"), row.service, row.probe,
                         int(row.ok), "" if row.latency_us is None else f"{row.latency_us / 1000:.1f}",
                         row.error or "", row.hash.hex()))
    return out.getvalue()


def summary(cf: CompanyFile, outage_id: int) -> str:
    log = WatchLog(cf)
    outage = cf.outage(outage_id)
    zone = ZoneInfo(cf.company().timezone)
    end = outage.end or outage.start
    window = (outage.start - MARGIN, end + MARGIN)
    rows = log.probes(*window, service=outage.service)
    cycles: dict = {}
    for r in rows:
        if outage.start <= r.at < end:
            cycles.setdefault(r.at, []).append(r)
    gateway_ok = sum(all(r.ok for r in c if r.probe.startswith("gateway ")) and
                     any(r.probe.startswith("gateway ") for r in c) for c in cycles.values())
    all_failed = sum(not any(r.ok for r in c if not r.probe.startswith("gateway ")) for c in cycles.values())
    detected = log.detected(outage_id)
    check = log.check_span(rows[0].id, rows[-1].id) if rows else None

    def t(instant):
        return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")

    lines = [
        f"Outage {outage_id}: {outage.service}, detected automatically by the ClaimDesk watchdog",
        f"Start: {t(outage.start)} (the first failing probe cycle)",
        f"End:   {t(end)} (the first of two successful cycles in a row)" if outage.end else "End: still running",
        f"Duration: {end - outage.start}" + (" (a micro-outage, under two minutes)" if detected and detected.micro
                                             else ""),
        f"Probing cycles from the start to the end: {len(cycles)} ({sum(map(len, cycles.values()))} probes); "
        f"the shop's gateway answered in {gateway_ok}; every outside host failed in {all_failed}.",
        "",
        "Method: every cycle the computer tries the shop's own gateway and several independent",
        "hosts on the internet (TCP connections, DNS questions, a connectivity-check page). The",
        "service counts as down when the gateway answers but every independent host fails for three",
        "cycles in a row; it counts as back after two successful cycles. Times when the computer",
        "slept, was off or had its clock changed are gaps, never outages; failures of the shop's own",
        "network (gateway unreachable) are never counted.",
        "",
        "Timeline:",
    ]
    for service, kind, start, stop, state, reason in log.events(*window):
        if service != outage.service:
            continue
        what = {"state": f"state {state} ({reason})", "gap": f"gap in observation ({reason})",
                "local": "own network unreachable (not counted)"}.get(kind, kind)
        lines.append(f"  {t(start)}" + (f" to {t(stop)}" if stop else "") + f"  {what}")
    lines += ["", "Tamper evidence: each probe row is chained to the previous one by SHA-256 (the CSV beside "
                  "this summary gives each row's hash)."]
    if check is not None and check.broken is None:
        lines.append(f"The rows {rows[0].id} to {rows[-1].id} of the CSV matched the chain when this exhibit was "
                     f"written; the last one's hash was {check.head.hex()}.")
    elif check is not None:
        lines.append(f"The chain did NOT match at row {check.broken.row_id} when this exhibit was written.")
    lines += ["", *_time_stamps(log, rows, t)]
    lines.append("Check the whole log again with: claimdesk verify --company FILE")
    return "\n".join(lines) + "\n"


def _time_stamps(log: WatchLog, rows, t) -> list[str]:
    """The RFC 3161 tokens that seal these rows, and what such a token proves and what it does not."""
    first_row, last_row = (rows[0].id, rows[-1].id) if rows else (None, None)
    tokens = [k for k in log.tokens() if first_row is not None and k.probe_id >= first_row]
    # the stamps inside this window, and the first one after it (it seals the whole window)
    after = [k for k in tokens if k.probe_id > last_row][:1] if tokens else []
    sealing = [k for k in tokens if k.probe_id <= last_row] + after
    lines = ["Time-stamps (RFC 3161):"]
    if sealing:
        lines += [f"  row {k.probe_id} and every row before it: stamped by {k.tsa} at {t(k.at)}" for k in sealing]
    else:
        lines.append("  none covers these rows yet (no time-stamp authority was configured, or none answered).")
    lines += [
        "What a time-stamp proves: the authority signed the hash of the chain's head at the time it",
        "states, so that row and every row before it existed then and have not been changed since",
        "without breaking the chain.",
        "What it does not prove: that each probe measured what it says, that the computer's clock was",
        "right when a row was written, or who ran the watchdog; the rows after the last time-stamp are",
        "protected by the chain alone.",
    ]
    return lines


def attach(cf: CompanyFile, outage_id: int) -> None:
    """Store the summary and the CSV of the window as evidence of the outage."""
    outage = cf.outage(outage_id)
    end = outage.end or outage.start
    with tempfile.TemporaryDirectory(prefix="claimdesk-exhibit-") as tmp:
        text = Path(tmp) / f"watchdog-outage-{outage_id}.txt"
        text.write_text(summary(cf, outage_id), encoding="utf-8")
        table = Path(tmp) / f"watchdog-probes-{outage_id}.csv"
        table.write_text(probes_csv(cf, outage.start - MARGIN, end + MARGIN, outage.service), encoding="utf-8")
        cf.add_evidence(outage_id, text, "Watchdog summary and timeline")
        cf.add_evidence(outage_id, table, "Watchdog probes around the outage (CSV, chained)")
