"""``claimdesk referral --company F --claim ID --out X.pdf``: the file for the mediator or court."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "referral",
        help="write the mediator (or small-claims court) file of a claim's chain",
        description="One PDF for the body the jurisdiction names (Médiateur des entreprises, the Belgian telecom "
                    "ombudsman, ombudscom, CCTS): parties, contract, outages, amounts, the letters sent with "
                    "their dates and tracking numbers, the provider's answers and what that body asks for.",
    )
    add_company_options(p)
    p.add_argument("--claim", required=True, type=int, metavar="ID", help="any letter of the chain")
    p.add_argument("--out", required=True, metavar="X.pdf", help="where to write the file")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..services.company_io import opened
    from ..services.referral import write_referral
    from ._company import check_pdf_output, company_path, user_errors

    check_pdf_output(args, "--out", args.out)
    with user_errors(), opened(company_path(args)) as cf:
        written = write_referral(cf, args.claim, args.out)
    print("Wrote " + ", ".join(str(p) for p in written))
    return 0
