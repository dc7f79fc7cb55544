"""What the company file gives back: domain objects with their row ids and bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ..domain.model import ClaimSpec, Contract, MoneyItem, Outage


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    sha256: str
    filename: str
    description: str | None
    size: int
    added_at: datetime


@dataclass(frozen=True)
class OutageRecord:
    id: int
    contract_id: int
    service: str
    start: datetime  # aware, UTC
    end: datetime | None  # None while the outage is still running
    provider_reference: str | None
    description: str | None
    evidence: tuple[EvidenceRecord, ...]
    claim_ids: tuple[int, ...]
    affected: str | None = None  # the line, access ID, mailbox or site that was down
    reported_at: datetime | None = None  # when the provider's ticket was opened (aware, UTC)

    @property
    def running(self) -> bool:
        return self.end is None

    def to_outage(self, tz=None) -> Outage:
        """The domain outage (times in ``tz`` if given); a running outage has no end yet."""
        from ..domain.model import Evidence

        if self.end is None:
            raise ValueError(f"outage {self.id} is still running: it has no end yet")
        start, end = (self.start, self.end) if tz is None else (self.start.astimezone(tz), self.end.astimezone(tz))
        reported = self.reported_at if tz is None or self.reported_at is None else self.reported_at.astimezone(tz)
        evidence = tuple(Evidence(e.filename, e.description, e.sha256) for e in self.evidence)
        return Outage(self.service, start, end, self.provider_reference, self.description, evidence,
                      self.affected, reported)


@dataclass(frozen=True)
class ContractRecord:
    id: int
    contract: Contract


@dataclass(frozen=True)
class ClaimRecord:
    id: int
    contract_id: int
    outage_ids: tuple[int, ...]
    spec: ClaimSpec
    status: str
    status_dates: dict[str, date]
    amount_claimed: Decimal
    amount_received: Decimal | None
    extra_costs: tuple[MoneyItem, ...]
    savings: tuple[MoneyItem, ...]
    credits_received: tuple[MoneyItem, ...]
    response_deadline: date
    has_pdf: bool
    created_at: datetime


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict


@dataclass(frozen=True)
class SentRecord:
    """A letter as it was sent: never changed afterwards."""

    claim_id: int
    sent_on: date
    delivery: str
    tracking: str | None
    pdf: bytes
    pdf_sha256: str
    case_json: str
    case_sha256: str
    recorded_at: datetime


@dataclass(frozen=True)
class AnswerRecord:
    id: int
    claim_id: int
    answered_on: date
    amount_offered: Decimal | None
    reference: str | None
    note: str | None
    letter_name: str | None
    letter_sha256: str | None
    added_at: datetime


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    claim_id: int
    received_on: date
    amount: Decimal
    note: str | None
