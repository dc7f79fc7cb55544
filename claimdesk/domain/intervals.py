"""Half-open UTC intervals ``[start, end)`` as (datetime, datetime) pairs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

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


def month_bounds(year: int, month: int, tz) -> Interval:
    """The UTC instants of a local calendar month's first and next month's first midnight."""
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    return (datetime(year, month, 1, tzinfo=tz).astimezone(timezone.utc),
            datetime(ny, nm, 1, tzinfo=tz).astimezone(timezone.utc))


def seconds_by_local_month(intervals: Iterable[Interval], tz) -> dict[tuple[int, int], int]:
    """Seconds of (non-overlapping) intervals in each local calendar month of the zone ``tz``."""
    by_month: dict[tuple[int, int], int] = {}
    for start, end in intervals:
        local = start.astimezone(tz)
        year, month = local.year, local.month
        while True:
            month_start, month_end = month_bounds(year, month, tz)
            piece = int((min(end, month_end) - max(start, month_start)).total_seconds())
            if piece > 0:
                by_month[(year, month)] = by_month.get((year, month), 0) + piece
            if end <= month_end:
                break
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return by_month


@lru_cache(maxsize=65536)  # the same days' span edges come back for every outage and coverage check
def local_instant(day: date, minutes: int, tz) -> datetime:
    """A local wall time (minutes after midnight; 24:00 is the next midnight) as a UTC instant;
    a time in a daylight-saving gap moves forward by the gap (fold=0)."""
    if minutes >= 24 * 60:
        day, minutes = day + timedelta(days=1), minutes - 24 * 60
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=tz).astimezone(timezone.utc)
