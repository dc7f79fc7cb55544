"""What the company file gives back: domain objects with their row ids and bookkeeping.

The records the journal is painted from are defined here; those of claims, letters, answers,
payments and the history are in ``claim_records``, loaded on first use; all are imported from here.
These are named tuples, not frozen dataclasses: as immutable, but a start creates them in a sixth
of the time (Python compiles a dataclass's methods when its module loads, ~1 ms a class) and a
page of 200 outages in a quarter.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..domain.claim_model import Outage
    from ..domain.model import Contract
    from .claim_records import AnswerRecord, ClaimRecord, HistoryEntry, PaymentRecord, SentRecord  # noqa: F401


class EvidenceRecord(NamedTuple):
    id: int
    sha256: str
    filename: str
    description: str | None
    size: int
    added_at: datetime


class OutageRecord(NamedTuple):
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
        from ..domain.claim_model import Evidence, Outage

        if self.end is None:
            raise ValueError(f"outage {self.id} is still running: it has no end yet")
        start, end = (self.start, self.end) if tz is None else (self.start.astimezone(tz), self.end.astimezone(tz))
        reported = self.reported_at if tz is None or self.reported_at is None else self.reported_at.astimezone(tz)
        evidence = tuple(Evidence(e.filename, e.description, e.sha256) for e in self.evidence)
        return Outage(self.service, start, end, self.provider_reference, self.description, evidence,
                      self.affected, reported)


class ContractRecord(NamedTuple):
    id: int
    contract: Contract


# Imported on first use (PEP 562): opening a company file and painting its journal needs none.
_CLAIM_SIDE = frozenset({"ClaimRecord", "HistoryEntry", "SentRecord", "AnswerRecord", "PaymentRecord"})


def __getattr__(name: str):
    if name in _CLAIM_SIDE:
        from . import claim_records

        return getattr(claim_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
