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


def register_listing(sub, name: str, *, help: str, description: str, table: str, csv: str):
    """A listing command (``outages``, ``claims``): a readable table, or CSV with ``--csv``.

    ``table`` and ``csv`` name the functions of services.company_io that write each form.
    """
    p = sub.add_parser(name, help=help, description=description)
    add_company_options(p)
    p.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    p.set_defaults(run=lambda args: _run_listing(args, table, csv))
    return p


def _run_listing(args, table: str, csv: str) -> int:
    import sys

    from ..services import company_io

    with user_errors():
        path = company_path(args)
        if args.csv:
            getattr(company_io, csv)(path, sys.stdout)
        else:
            sys.stdout.write(getattr(company_io, table)(path))
    return 0


def parse_date(text: str | None, path: str = "on"):
    """An ISO date typed on the command line (today when absent); a bad one is exit 2 naming ``path``."""
    from datetime import date

    from ..domain.problems import Problem, ValidationError

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError([Problem(path, f"not a date: {text!r} (use YYYY-MM-DD)", "date",
                                       {"value": text})]) from None
