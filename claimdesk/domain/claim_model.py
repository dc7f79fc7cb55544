"""The claim side of the data: outages, evidence, amounts, the letter's settings and the case.

Kept apart from ``model`` (the company and its contracts) so that opening a company file and
painting its journal defines none of these classes; ``model`` still exports them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from .model import response_deadline

if TYPE_CHECKING:
    from .model import Company, Contract


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
        """The date the letter gives the provider (see ``model.response_deadline``)."""
        return response_deadline(self.date, self.response_days)


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
