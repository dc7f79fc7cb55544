"""``claimdesk estimate CASE.json [--text]``: the figures of a claim, without writing anything."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "estimate",
        help="print the loss figures of a case file",
        description="Check a case file and print the figures of the loss method as the JSON summary "
                    "object (money as strings with two decimals), or with --text an itemised breakdown, "
                    "each line with its formula, in the letter's language and the company's country.",
    )
    p.add_argument("case", metavar="CASE.json", help="case file (claimdesk-case/1)")
    p.add_argument("--text", action="store_true", help="print a readable breakdown instead of JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    import json
    import sys

    from ..casefile import read
    from ..services.estimate import breakdown_text, summary

    case = read(args.case)
    if args.text:
        sys.stdout.write(breakdown_text(case))
    else:
        sys.stdout.write(json.dumps(summary(case), ensure_ascii=False, indent=2) + "\n")
    return 0
