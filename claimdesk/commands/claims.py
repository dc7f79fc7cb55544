"""``claimdesk claims --company FILE [--csv]``: the claims of a company file."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "claims",
        help="list the claims of a company file",
        description="List the claims of a company file with their status and amounts; with --csv as UTF-8 "
                    "CSV with a header row and decimal amounts.",
    )
    add_company_options(p)
    p.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    p.set_defaults(run=run)


def run(args) -> int:
    import sys

    from ..services.company_io import claims_csv, claims_table
    from ._company import company_path, user_errors

    with user_errors():
        if args.csv:
            claims_csv(company_path(args), sys.stdout)
        else:
            sys.stdout.write(claims_table(company_path(args)))
    return 0
