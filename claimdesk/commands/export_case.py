"""``claimdesk export --company FILE --claim ID (--out CASE.json | --pdf OUT.pdf)``: a claim back as a
case file, or its stored letter."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="write a claim of a company file as a case file, or its stored letter",
        description="Write one claim of a company file as a case file (claimdesk-case/1); its evidence files "
                    "are written to a folder named after the case file, beside it. With --pdf, write the "
                    "claim's stored letter instead: once sent, exactly the PDF that was sent.",
    )
    add_company_options(p)
    p.add_argument("--claim", required=True, type=int, metavar="ID", help="claim id (see 'claimdesk claims')")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="CASE.json", help="case file to write")
    target.add_argument("--pdf", metavar="OUT.pdf", help="write the stored letter (the sent one once sent)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ._company import company_path, read_only_notice, user_errors

    if args.pdf:
        return _run_pdf(args)
    from ..safe_paths import check_outputs
    from ..services.company_io import export_case_file

    check_outputs({"--out": args.out}, reading=(company_path(args),))
    with user_errors():
        path = company_path(args)
        read_only_notice(path)
        case = export_case_file(path, args.claim, args.out)
    print(f"Wrote claim {args.claim} ({len(case.outages)} outage(s)) to {args.out}")
    return 0


def _run_pdf(args) -> int:
    from ..cli import UserError
    from ..services import claims
    from ..services.company_io import opened
    from ._company import check_pdf_output, company_path, user_errors

    check_pdf_output(args, "--pdf", args.pdf)
    with user_errors(), opened(company_path(args)) as cf:
        pdf = claims.stored_letter(cf, args.claim)
        sent = cf.sent_letter(args.claim)
    if pdf is None:
        raise UserError(f"Claim {args.claim} has no stored letter.")
    claims.write_pdf(args.pdf, pdf)
    state = f"sent on {sent.sent_on.isoformat()}, SHA-256 {sent.pdf_sha256}" if sent else "not sent yet"
    print(f"Wrote the letter of claim {args.claim} ({state}) to {args.pdf}")
    return 0
