"""``claimdesk import-bounces --company F [--contract ID] FILE.eml|FILE.mbox...``: bounce e-mails
become an e-mail outage, from the first bounce to the last, with every message as evidence."""

from __future__ import annotations

from ._company import add_company_options, company_path, user_errors


def register(sub) -> None:
    p = sub.add_parser(
        "import-bounces", help="turn bounce e-mails into an e-mail outage with the messages as evidence",
        description="Read delivery-status reports (and plain-text bounces with an SMTP status code) from .eml "
                    "and .mbox files, list them by recipient and status, and add one e-mail outage from the "
                    "first bounce to the last with every message attached. Prints the new outage id last.")
    add_company_options(p)
    p.add_argument("--contract", type=int, metavar="ID",
                   help="the contract covering e-mail (needed when several do)")
    p.add_argument("files", nargs="+", metavar="FILE", help=".eml or .mbox files")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from ..services.evidence_import import import_bounces
    from ..storage import CompanyFile

    with user_errors(), CompanyFile.open(company_path(args)) as cf:
        result = import_bounces(cf, [Path(f) for f in args.files], contract_id=args.contract)
        zone = ZoneInfo(cf.company().timezone)
    for g in result.groups:
        print(f"{g.recipient}  {g.status}  {g.count} bounce(s)  "
              f"{g.first.astimezone(zone).isoformat(timespec='seconds')} to "
              f"{g.last.astimezone(zone).isoformat(timespec='seconds')}")
    for name in result.skipped:
        print(f"not a bounce, skipped: {name}")
    print(f"E-mail outage {result.start.astimezone(zone).isoformat(timespec='seconds')} to "
          f"{result.end.astimezone(zone).isoformat(timespec='seconds')}, {result.messages} message(s) attached: "
          f"outage {result.outage_id}")
    return 0
