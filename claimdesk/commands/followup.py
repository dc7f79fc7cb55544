"""``claimdesk followup --company F --claim ID --kind reminder|formal_notice --out X.pdf``."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "followup",
        help="write the next letter of a claim's chain (reminder or formal notice)",
        description="Write a reminder or a formal notice after a sent letter: the same outages and amounts, the "
                    "jurisdiction's answer delay, and the earlier letters cited with their dates and tracking "
                    "numbers. It is kept as a new draft claim; prints its id last.",
    )
    add_company_options(p)
    p.add_argument("--claim", required=True, type=int, metavar="ID", help="the sent letter to follow up")
    p.add_argument("--kind", required=True, choices=("reminder", "formal_notice"))
    p.add_argument("--on", metavar="DATE", help="the new letter's date (default today)")
    p.add_argument("--out", required=True, metavar="X.pdf", help="where to write the new letter")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..services import claims
    from ._company import check_pdf_output, company_path, parse_date, user_errors

    on = parse_date(args.on)
    check_pdf_output(args, "--out", args.out)
    with user_errors(), claims.changing(company_path(args)) as cf:
        new_id, rendered = claims.followup(cf, args.claim, args.kind, on)
        claims.write_pdf(args.out, rendered.pdf)
    print(f"Wrote the {args.kind.replace('_', ' ')} ({rendered.pages} page(s)) to {args.out}; claim {new_id}")
    return 0
