"""``claimdesk import CASE.json --company FILE``: add a case file to a company file as a draft claim."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="add a case file to a company file (created if needed) as a draft claim",
        description="Check a case file and add its contract, outages, evidence files and claim to a company "
                    "file, creating the file if it does not exist. The last word printed is the new claim's id.",
    )
    p.add_argument("case", metavar="CASE.json", help="case file (claimdesk-case/1)")
    add_company_options(p)
    p.add_argument("--actor", default="", help="name recorded in the history (default: your user name)")
    p.add_argument("--again", action="store_true",
                   help="import the case even if the same case file was imported into this company file before")
    p.set_defaults(run=run)


def run(args) -> int:
    import sys

    from ..casefile import read
    from ..services.company_io import AlreadyImportedError, import_case_file
    from ._company import company_path, user_errors

    case = read(args.case)
    path = company_path(args)
    with user_errors():
        try:
            done = import_case_file(case, path, actor=args.actor, again=args.again)
        except AlreadyImportedError as exc:
            # refused like invalid input (exit 2): running the same command twice adds nothing
            print(f"{args.case}: {exc.message} Add --again to import it once more.", file=sys.stderr)
            return 2
    verb = "Created" if done.created else "Updated"
    print(f"{verb} {path} with {len(case.outages)} outage(s); new claim id: {done.claim_id}")
    return 0
