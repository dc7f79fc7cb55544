"""``claimdesk claims --company FILE [--csv]``: the claims of a company file."""

from __future__ import annotations

from ._company import register_listing


def register(sub) -> None:
    register_listing(
        sub, "claims",
        help="list the claims of a company file",
        description="List the claims of a company file with their status and amounts; with --csv as UTF-8 "
                    "CSV with a header row and decimal amounts.",
        table="claims_table", csv="claims_csv",
    )
