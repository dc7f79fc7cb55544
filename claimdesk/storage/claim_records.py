"""What the company file gives back about claims, their letters and the history.

Kept apart from ``records`` so that opening a company file defines none of these classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.claim_model import ClaimSpec, MoneyItem


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
