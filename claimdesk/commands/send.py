"""``claimdesk send --company F --claim ID --on DATE``: record that a letter was sent, and freeze it."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "send",
        help="record that a claim's letter was sent; the letter is frozen",
        description="Record the day a letter was sent, how, and its tracking number. The company file keeps "
                    "the exact PDF and the case it was made from, with their SHA-256; later changes to the "
                    "company's profile never change it. Prints the letter's SHA-256 last.",
    )
    add_company_options(p)
    p.add_argument("--claim", required=True, type=int, metavar="ID", help="claim id (see 'claimdesk claims')")
    p.add_argument("--on", required=True, metavar="DATE", help="the day the letter left (YYYY-MM-DD)")
    p.add_argument("--delivery", metavar="HOW", help="registered, post or email (default: as on the letter)")
    p.add_argument("--tracking", metavar="NUMBER", help="the registered-mail or tracking number")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..services import claims
    from ._company import company_path, parse_date, user_errors

    on = parse_date(args.on)
    with user_errors(), claims.changing(company_path(args)) as cf:
        sent = claims.send(cf, args.claim, on, args.delivery, args.tracking)
    print(f"Claim {args.claim} sent on {sent.sent_on.isoformat()} ({sent.delivery}"
          f"{', ' + sent.tracking if sent.tracking else ''}); letter SHA-256 {sent.pdf_sha256}")
    return 0
