"""``claimdesk export --company FILE --claim ID --out CASE.json``: a claim back as a case file."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="write a claim of a company file as a case file",
        description="Write one claim of a company file as a case file (claimdesk-case/1). Its evidence files "
                    "are written to a folder named after the case file, beside it.",
    )
    add_company_options(p)
    p.add_argument("--claim", required=True, type=int, metavar="ID", help="claim id (see 'claimdesk claims')")
    p.add_argument("--out", required=True, metavar="CASE.json", help="case file to write")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..safe_paths import check_outputs
    from ..services.company_io import export_case_file
    from ._company import company_path, read_only_notice, user_errors

    check_outputs({"--out": args.out}, reading=(company_path(args),))
    with user_errors():
        path = company_path(args)
        read_only_notice(path)
        case = export_case_file(path, args.claim, args.out)
    print(f"Wrote claim {args.claim} ({len(case.outages)} outage(s)) to {args.out}")
    return 0
