"""The data of a claim: company, contract, outages, evidence and the claim itself.

Money and rates are ``Decimal``; instants are aware datetimes; local opening hours are minutes
after local midnight (an end of 1440 is ``24:00``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sla.py builds on this module; the annotation alone needs its name
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


@dataclass(frozen=True)
class Evidence:
    """A file that proves an outage; ``file`` is relative to the case file or a vault name."""

    file: str
    description: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Outage:
    service: str
    start: datetime
    end: datetime
    provider_reference: str | None = None
    description: str | None = None
    evidence: tuple[Evidence, ...] = ()
    # The line number, access ID, mailbox or site that was down, as the provider knows it.
    affected: str | None = None
    # When the provider's ticket was opened: the restoration clock of most GTRs starts there.
    reported_at: datetime | None = None

    @property
    def duration_seconds(self) -> int:
        return int((self.end - self.start).total_seconds())


@dataclass(frozen=True)
class MoneyItem:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class PreviousLetter:
    """An earlier letter on the same outages, which a reminder or a formal notice follows up."""

    kind: str
    date: date
    reference: str | None = None
    delivery: str | None = None
    tracking: str | None = None


@dataclass(frozen=True)
class ClaimSpec:
    """Which letter to write: kind, language, date and place, the answer delay and the delivery;
    the earlier letters it follows up, the provider's own acknowledgement of the incident, and
    whether to claim the legal interest."""

    kind: str
    language: str
    date: date
    place: str
    response_days: int
    delivery: str
    previous: tuple[PreviousLetter, ...] = ()
    acknowledged: str | None = None
    interest: bool = True

    @property
    def response_deadline(self) -> date:
        """The date the letter gives the provider: ``response_days`` after the letter, moved to
        the Monday when it falls on a weekend (nobody can be asked to pay on a Sunday)."""
        from datetime import timedelta

        deadline = self.date + timedelta(days=self.response_days)
        return deadline + timedelta(days=7 - deadline.weekday() if deadline.weekday() >= 5 else 0)


@dataclass(frozen=True)
class Case:
    """One claim: everything a letter and its figures are made from."""

    company: Company
    contract: Contract
    outages: tuple[Outage, ...]
    claim: ClaimSpec
    extra_costs: tuple[MoneyItem, ...] = ()
    savings: tuple[MoneyItem, ...] = ()
    credits_received: tuple[MoneyItem, ...] = ()
    # Where relative evidence paths are resolved from (the case file's folder); not written out.
    base_dir: str | None = field(default=None, compare=False)

    def with_outages(self, outages) -> Case:
        return replace(self, outages=tuple(outages))
