"""What the company-file commands share: the ``--company``/``--data-dir`` options and errors."""

from __future__ import annotations

import argparse


def add_company_options(p) -> None:
    p.add_argument("--company", required=True, metavar="FILE",
                   help="company file: a path, or a bare name looked for in the data folder "
                        "(the .claimdesk extension may be left out)")
    # Also accepted after the command; SUPPRESS keeps the global --data-dir when it is absent here.
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help="data folder where bare company names are looked for")


def company_path(args):
    from ..services.company_io import company_path

    return company_path(args.company, getattr(args, "data_dir", None))


def user_errors():
    """Storage errors become one-line messages (exit 1) rather than Python error names."""
    from contextlib import contextmanager

    from ..cli import UserError
    from ..storage import StorageError

    @contextmanager
    def guard():
        try:
            yield
        except StorageError as exc:
            raise UserError(exc.message) from None

    return guard()
