"""``claimdesk import-monitor --company F --kind uptime-kuma|gatus|healthchecks FILE [--monitor NAME]``:
outages recorded by a monitoring tool, with its data as evidence."""

from __future__ import annotations

from ._company import add_company_options, company_path, user_errors

KINDS = ("uptime-kuma", "gatus", "healthchecks")


def register(sub) -> None:
    p = sub.add_parser(
        "import-monitor", help="import the outages a monitoring tool recorded",
        description="Read Uptime Kuma's kuma.db, a Gatus statuses JSON or a Healthchecks.io flips JSON and add "
                    "each down period as an outage marked as detected, with the monitor's data around it as "
                    "evidence. Outages imported before are not added twice. Prints the new outage ids last.")
    add_company_options(p)
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--monitor", metavar="NAME", help="the monitor (endpoint, check) to read when the file has several")
    p.add_argument("--service", default="internet", choices=("internet", "email", "phone", "mobile", "tv"),
                   help="the service the monitor watches (default internet)")
    p.add_argument("--contract", type=int, metavar="ID", help="the contract (needed when several cover the service)")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from ..services.evidence_import import import_monitor
    from ..storage import CompanyFile

    with user_errors(), CompanyFile.open(company_path(args)) as cf:
        result = import_monitor(cf, args.kind, Path(args.file), monitor=args.monitor, service=args.service,
                                contract_id=args.contract)
        zone = ZoneInfo(cf.company().timezone)
    for span in result.found:
        end = span.end.astimezone(zone).isoformat(timespec="seconds") if span.end else "still down"
        print(f"{result.monitor}: down {span.start.astimezone(zone).isoformat(timespec='seconds')} to {end}")
    print(f"{len(result.outage_ids)} new outage(s):" + "".join(f" {i}" for i in result.outage_ids))
    return 0
