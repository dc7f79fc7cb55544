"""Values to and from their column form: instants as UTC microseconds, decimals as text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


def to_us(instant: datetime) -> int:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"a time without a UTC offset cannot be stored: {instant.isoformat()}")
    return (instant - _EPOCH) // _MICRO


def from_us(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(microseconds=value)


def now_us() -> int:
    return to_us(datetime.now(UTC))


def dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def dec_text(value: Decimal | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"not a finite decimal amount: {value!r}")
    return str(value)


def jdump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def jload(text: str):
    return json.loads(text)


def iso(value) -> str | None:
    """A JSON-friendly form of a value for the history."""
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)
