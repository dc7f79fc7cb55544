"""Half-open UTC intervals ``[start, end)`` as (datetime, datetime) pairs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

Interval = tuple[datetime, datetime]


def to_utc_second(t: datetime) -> datetime:
    """The instant in UTC, taken to the second (the loss method ignores fractions of seconds)."""
    return t.astimezone(timezone.utc).replace(microsecond=0)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping intervals covering the same instants; touching ones are joined."""
    merged: list[list[datetime]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def total_seconds(intervals: Iterable[Interval]) -> int:
    return sum(int((e - s).total_seconds()) for s, e in intervals)
