"""The data of a claim: company, contract, outages, evidence and the claim itself.

The names and constants are defined here; the company and its contracts are in
``company_model``, the claim side (outages, evidence, amounts, the letter's settings, the case) in
``claim_model``. Both are imported from here as before, on first use: opening a company file and
painting its journal needs neither.

Money and rates are ``Decimal``; instants are aware datetimes; local opening hours are minutes
after local midnight (an end of 1440 is ``24:00``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .claim_model import Case, ClaimSpec, Evidence, MoneyItem, Outage, PreviousLetter  # noqa: F401
    from .company_model import BankAccount, Baseline, Channel, Company, Contract, Signatory, Span  # noqa: F401

SERVICES = ("phone", "internet", "email", "mobile", "tv")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
JURISDICTIONS = ("FR", "BE", "CH", "CA-QC", "CA-BC", "CA-AB", "CA-ON")
LANGUAGES = ("fr", "en", "de", "nl", "it")
CLAIM_KINDS = ("claim", "reminder", "formal_notice")
DELIVERIES = ("registered", "post", "email")
FEE_TAX = ("included", "excluded")  # whether the monthly fee (and so the refund) includes tax
CLAIM_STATUSES = ("draft", "sent", "answered", "settled", "refused", "escalated")

# The currency a jurisdiction uses unless the company says otherwise.
DEFAULT_CURRENCY = {
    "FR": "EUR",
    "BE": "EUR",
    "CH": "CHF",
    "CA-QC": "CAD",
    "CA-BC": "CAD",
    "CA-AB": "CAD",
    "CA-ON": "CAD",
}

MINUTES_PER_DAY = 24 * 60


class InJurisdiction:
    """A sender of letters (a company, a network): where it stands."""

    jurisdiction: str
    timezone: str
    currency: str

    @property
    def country(self) -> str:
        """ISO country code of the jurisdiction (``CA-QC`` → ``CA``)."""
        return self.jurisdiction.split("-")[0]


class Heading(InJurisdiction):
    """A company's name and where it stands: what the main window shows first, read without the
    rest of the company (opening hours, channels, baseline), which its first estimate needs."""

    def __init__(self, name: str, jurisdiction: str, timezone: str, currency: str) -> None:
        self.name, self.jurisdiction, self.timezone, self.currency = name, jurisdiction, timezone, currency

    def __repr__(self) -> str:
        return f"Heading({self.name!r}, {self.jurisdiction!r}, {self.timezone!r}, {self.currency!r})"


def response_deadline(letter_date: date, response_days: int) -> date:
    """The date a letter gives the provider: ``response_days`` after the letter, moved to the
    Monday when it falls on a weekend (nobody can be asked to pay on a Sunday)."""
    deadline = letter_date + timedelta(days=response_days)
    return deadline + timedelta(days=7 - deadline.weekday() if deadline.weekday() >= 5 else 0)


# The company side and the claim side, imported on first use (PEP 562): ``from
# claimdesk.domain.model import Case`` still works, but opening a company file and painting its
# journal creates none of these classes.
_CLAIM_SIDE = frozenset({"Evidence", "Outage", "MoneyItem", "PreviousLetter", "ClaimSpec", "Case"})
_COMPANY_SIDE = frozenset({"Span", "Channel", "Baseline", "Signatory", "BankAccount", "Company", "Contract"})


def __getattr__(name: str):
    if name in _CLAIM_SIDE:
        from . import claim_model

        return getattr(claim_model, name)
    if name in _COMPANY_SIDE:
        from . import company_model

        return getattr(company_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
