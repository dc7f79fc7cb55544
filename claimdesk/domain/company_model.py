"""The company and its contracts: who claims, from whom, under which contract.

Imported from ``claimdesk.domain.model`` as before, on first use: painting the journal of an open
company file needs the company's name and zone and the contracts' providers, read without these
classes (each frozen dataclass costs about a millisecond of generated code at import).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from .model import InJurisdiction

if TYPE_CHECKING:
    from .sla import ServiceLevels


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
