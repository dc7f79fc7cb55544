"""A network of businesses (a franchise, a trade association) claiming for its members at once:
the sender of the collective letter and the letter's own settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import DELIVERIES, LANGUAGES, InJurisdiction, Signatory
from .problems import Problem, Problems
from .validation import MAX_RESPONSE_DAYS, check_locality


@dataclass(frozen=True)
class Network(InJurisdiction):
    name: str
    address: tuple[str, ...]
    signatory: Signatory
    jurisdiction: str
    timezone: str
    currency: str
    registration_id: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class NetworkClaim:
    language: str
    date: date
    place: str
    response_days: int
    delivery: str


@dataclass(frozen=True)
class NetworkFile:
    network: Network
    claim: NetworkClaim


def check_network(doc: NetworkFile) -> list[Problem]:
    p = Problems()
    n, c = doc.network, doc.claim
    if not n.name.strip():
        p.add("network.name", "must not be empty", "empty")
    if not n.signatory.name.strip():
        p.add("network.signatory.name", "must not be empty", "empty")
    p.extend(check_locality(n, "network"))
    if c.language not in LANGUAGES:
        p.add("claim.language", f"unsupported letter language {c.language!r} (use {', '.join(LANGUAGES)})",
              "language", value=c.language)
    if c.delivery not in DELIVERIES:
        p.add("claim.delivery", f"unknown delivery {c.delivery!r} (use {', '.join(DELIVERIES)})", "delivery")
    if not (1 <= c.response_days <= MAX_RESPONSE_DAYS):
        p.add("claim.response_days", f"must be from 1 to {MAX_RESPONSE_DAYS} days", "range",
              low="1", high=str(MAX_RESPONSE_DAYS))
    return p.items
