"""``claimdesk claims --company FILE [--csv | --due [--on DATE]]``: the claims of a company file."""

from __future__ import annotations

from ._company import register_listing


def register(sub) -> None:
    p = register_listing(
        sub, "claims",
        help="list the claims of a company file",
        description="List the claims of a company file with their status and amounts; with --csv as UTF-8 "
                    "CSV with a header row and decimal amounts; with --due only what is due, one line per "
                    "letter: id, kind, provider, action (send, reminder, formal_notice, referral), reason.",
        table="claims_table", csv="claims_csv",
    )
    p.add_argument("--due", action="store_true", help="only what is due: letters to send or follow up")
    p.add_argument("--on", metavar="DATE", help="with --due: the day to look from (default today)")
    listing = p.get_default("run")
    p.set_defaults(run=lambda args: run_due(args) if args.due else listing(args))


def run_due(args) -> int:
    from ..services import claims
    from ..services.company_io import opened
    from ._company import company_path, parse_date, user_errors

    on = parse_date(args.on)
    with user_errors(), opened(company_path(args)) as cf:
        items = claims.due(cf, on)
    for item in items:
        print(item.line())
    if not items:
        print(f"Nothing is due on {on.isoformat()}.")
    return 0
