"""``claimdesk outages --company FILE [--csv]``: the outage journal of a company file."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "outages",
        help="list the outages of a company file",
        description="List the outages of a company file, newest first, in the company's time zone; with "
                    "--csv as UTF-8 CSV with a header row and decimal hours.",
    )
    add_company_options(p)
    p.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    p.set_defaults(run=run)


def run(args) -> int:
    import sys

    from ..services.company_io import outages_csv, outages_table
    from ._company import company_path, user_errors

    with user_errors():
        if args.csv:
            outages_csv(company_path(args), sys.stdout)
        else:
            sys.stdout.write(outages_table(company_path(args)))
    return 0
