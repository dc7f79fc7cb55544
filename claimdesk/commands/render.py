"""``claimdesk render CASE.json --out LETTER.pdf [--summary FIGURES.json] [--cover COVER.pdf]
[--dossier DOSSIER.pdf]``: write the claim letter (the user's cover sheet, the claim dossier with
every exhibit)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "render",
        help="write the PDF claim letter of a case file",
        description="Check a case file and write its claim letter as a PDF, in the claim's language for "
                    "the company's jurisdiction. Nothing is written when the case is invalid (exit 2) or "
                    "anything fails (exit 1). With --summary, also write the figures as JSON "
                    "(claimdesk-summary/1, with the page count and the response deadline). With --dossier, also "
                    "write the claim dossier: the letter, its annexes and every evidence file as a "
                    "numbered exhibit.",
    )
    p.add_argument("case", metavar="CASE.json", help="case file (claimdesk-case/1 or /2)")
    p.add_argument("--out", required=True, metavar="LETTER.pdf", help="where to write the PDF")
    p.add_argument("--summary", metavar="FIGURES.json", help="also write the figures as JSON")
    p.add_argument("--cover", metavar="COVER.pdf",
                   help="also write the cover sheet for yourself, never to be sent: the law applied, the "
                        "limitation periods with the day each runs out, what to enclose, how to send")
    p.add_argument("--dossier", metavar="DOSSIER.pdf",
                   help="also write the dossier: the letter followed by every exhibit")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..casefile import read
    from ..safe_paths import check_outputs

    outputs = {"--out": args.out, "--summary": args.summary, "--cover": args.cover, "--dossier": args.dossier}
    check_outputs(outputs, reading=(args.case,))
    case = read(args.case)
    if case.base_dir:  # no output over an evidence file either: the dossier reads them all
        from pathlib import Path

        evidence = tuple(Path(case.base_dir) / e.file for o in case.outages for e in o.evidence)
        check_outputs(outputs, reading=(args.case, *evidence))
    # reportlab loads only once the case is known to be valid.
    from ..services.render import render_to_file

    render_to_file(case, args.out, args.summary, args.cover, args.dossier)
    return 0
