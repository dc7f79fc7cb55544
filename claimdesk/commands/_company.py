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
            message = exc.message
            if exc.code == "corrupt" and exc.params.get("path"):
                message += f" To put a backup in its place: claimdesk restore --company {exc.params['path']}"
            raise UserError(message) from None

    return guard()


def read_only_notice(path) -> None:
    """One line on standard error when the company file can only be read where it is."""
    import sys

    from ..services.company_io import read_only_reason

    reason = read_only_reason(path)
    if reason is not None:
        where = "the file" if reason == "file" else "its folder"
        print(f"claimdesk: note: {path.name} opened read-only ({where} cannot be written): changes cannot be saved",
              file=sys.stderr)


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
        read_only_notice(path)
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


def check_pdf_output(args, option: str, target) -> None:
    """Before a command writes a PDF: never over a company file or the file read (exit 2), and
    into a folder that exists (exit 1 naming it)."""
    from ..safe_paths import check_outputs, missing_folder

    check_outputs({option: target}, reading=(company_path(args),))
    error = missing_folder(target)
    if error is not None:
        raise error
