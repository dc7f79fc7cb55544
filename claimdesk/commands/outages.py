"""``claimdesk outages --company FILE [--csv]``: the outage journal of a company file."""

from __future__ import annotations

from ._company import register_listing


def register(sub) -> None:
    register_listing(
        sub, "outages",
        help="list the outages of a company file",
        description="List the outages of a company file, newest first, in the company's time zone; with "
                    "--csv as UTF-8 CSV with a header row and decimal hours.",
        table="outages_table", csv="outages_csv",
    )
