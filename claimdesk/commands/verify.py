"""``claimdesk verify --company F``: is the probe log as it was written? Exit 0 intact, 1 not."""

from __future__ import annotations

from ._company import add_company_options, company_path, user_errors


def register(sub) -> None:
    p = sub.add_parser(
        "verify", help="check the tamper-evident probe log and the evidence files",
        description="Recompute the hash chain of the watchdog's probe log, check every stored time-stamp token "
                    "against the chain and every evidence file against its SHA-256. Names the first row that "
                    "no longer matches (exit 1), or says the file is intact (exit 0).")
    add_company_options(p)
    p.add_argument("--tsa-cert", metavar="FILE", help="the TSA's certificate (PEM or DER) to check token "
                   "signatures with, instead of the certificate each token carries")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path

    from ..services.watch_verify import verify

    cert = Path(args.tsa_cert).read_bytes() if args.tsa_cert else None
    with user_errors():
        report = verify(company_path(args), tsa_certificate=cert)
    print(report.text)
    return 0 if report.intact else 1
