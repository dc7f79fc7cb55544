"""The data of a claim: company, contract, outages, evidence and the claim itself.

The company and its contracts are defined here; the claim side (outages, evidence, amounts, the
letter's settings, the case) is in ``claim_model`` and loaded on first use, since opening a
company file needs only the former. Both are imported from here as before.

Money and rates are ``Decimal``; instants are aware datetimes; local opening hours are minutes
after local midnight (an end of 1440 is ``24:00``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sla.py builds on this module; the annotation alone needs its name
    from .claim_model import Case, ClaimSpec, Evidence, MoneyItem, Outage, PreviousLetter  # noqa: F401
    from .sla import ServiceLevels

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


@dataclass(frozen=True, order=True)
class Span:
    """A local opening span of one day, in minutes after midnight; ``end`` may be 1440 (24:00)."""

    start: int
    end: int

    @staticmethod
    def minutes_text(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    @property
    def start_text(self) -> str:
        return self.minutes_text(self.start)

    @property
    def end_text(self) -> str:
        return self.minutes_text(self.end)


@dataclass(frozen=True)
class Channel:
    """A way customers order, with the share of turnover it brings and the services it needs."""

    name: str
    share: Decimal
    depends_on: tuple[str, ...] = ()


@dataclass(frozen=True)
class Baseline:
    standard_turnover: dict[str, Decimal]
    trend: Decimal
    average_order_value: Decimal
    gross_profit_rate: Decimal
    recovery_rate: Decimal


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""


@dataclass(frozen=True)
class BankAccount:
    """Where the payment the letter demands goes: an IBAN (with its BIC) or, where there is none
    (Canada: institution, transit and account numbers), the account as free text."""

    holder: str
    iban: str | None = None
    bic: str | None = None
    account: str | None = None


class InJurisdiction:
    """A sender of letters (a company, a network): where it stands."""

    jurisdiction: str
    timezone: str
    currency: str

    @property
    def country(self) -> str:
        """ISO country code of the jurisdiction (``CA-QC`` → ``CA``)."""
        return self.jurisdiction.split("-")[0]


@dataclass(frozen=True)
class Company(InJurisdiction):
    name: str
    address: tuple[str, ...]
    signatory: Signatory
    jurisdiction: str
    timezone: str
    currency: str
    opening_hours: dict[str, tuple[Span, ...]]
    channels: tuple[Channel, ...]
    baseline: Baseline
    closed_dates: tuple[date, ...] = ()
    registration_id: str | None = None
    email: str | None = None
    phone: str | None = None
    bank: BankAccount | None = None


@dataclass(frozen=True)
class Contract:
    provider: str
    provider_address: tuple[str, ...]
    customer_number: str
    contract_reference: str
    services: tuple[str, ...]
    monthly_fee: Decimal
    # The day the contract was concluded: it selects the law the letter cites (case-file /2).
    signed_on: date | None = None
    # The fee split per service (summing exactly to monthly_fee): the refund then covers only
    # the services that were down (loss method item 7, v1.1).
    service_fees: dict[str, Decimal] | None = None
    monthly_fee_tax: str = "included"
    # The contract's own service levels (loss method §Q): the credit owed without proof of loss.
    sla: ServiceLevels | None = None


def response_deadline(letter_date: date, response_days: int) -> date:
    """The date a letter gives the provider: ``response_days`` after the letter, moved to the
    Monday when it falls on a weekend (nobody can be asked to pay on a Sunday)."""
    deadline = letter_date + timedelta(days=response_days)
    return deadline + timedelta(days=7 - deadline.weekday() if deadline.weekday() >= 5 else 0)


# The claim side, imported on first use (PEP 562): ``from claimdesk.domain.model import Case``
# still works, but opening a company file and listing its outages creates none of these classes.
_CLAIM_SIDE = frozenset({"Evidence", "Outage", "MoneyItem", "PreviousLetter", "ClaimSpec", "Case"})


def __getattr__(name: str):
    if name in _CLAIM_SIDE:
        from . import claim_model

        return getattr(claim_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
