"""The limits every claim's data stays within, in one place for the case files, the CLI and the UI.

Values beyond these are not a plausible claim but a typing slip or a hostile file: far dates
overflow date arithmetic, 28-digit amounts and tiny order values overflow the loss method, long
texts make rendering slow. Each check returns problems with the field's path, like the rest of
the validation; the UI's fields can take the constants as their own maxima.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from .problems import Problem, Problems

# ---- dates and lengths of time
EARLIEST_DATE = date(1990, 1, 1)
YEARS_AHEAD = 10  # the latest accepted date is this many years after today
MAX_OUTAGE_DAYS = 366  # one outage; a longer one is two entries (or a typo in the year)
MAX_OUTAGE = timedelta(days=MAX_OUTAGE_DAYS)

# ---- numbers
MAX_MONEY = Decimal("1000000000")  # 1e9 in the case's currency, for every amount
MONEY_DECIMALS = 2
MIN_ORDER_VALUE = Decimal("0.01")  # the average order value is money: at least one cent
MAX_RATE_DECIMALS = 6  # rates and shares: 0.123456 (a ten-thousandth of a percent) is already finer than needed

# ---- counts
MAX_OUTAGES = 10_000  # per case
MAX_LIST_ITEMS = 1_000  # any other list: address lines, evidence files, channels, closed dates, money items

# ---- texts: characters per field, by the last part of its path ([i] removed)
TEXT_LIMITS = {
    "description": 2000,
    "acknowledged": 2000,  # the provider's own words (status page, SMS), quoted in the letter
    "address": 200,
    "provider_address": 200,
    "name": 200,
    "title": 200,
    "label": 200,
    "place": 200,
    "provider": 200,
    "file": 1000,  # a relative path; each of its parts is bounded by MAX_FILE_NAME
}
DEFAULT_TEXT_LIMIT = 200
MAX_FILE_NAME = 200  # characters of one part of an evidence path (file systems allow 255 bytes)

_INDEX = re.compile(r"\[\d+\]")
# A NUL cuts a text short in C libraries and file names; other control characters are dropped
# or escaped where the text is shown, so they are let through.
_NUL = "\x00"
_SURROGATE = re.compile("[\ud800-\udfff]")


def latest_date(today: date | None = None) -> date:
    today = today or date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def _window_problem(path: str, shown: str, today: date | None) -> Problem:
    latest = latest_date(today)
    return Problem(path, f"must be from {EARLIEST_DATE.isoformat()} to {latest.isoformat()} ({shown})",
                   "date_window", {"low": EARLIEST_DATE.isoformat(), "high": latest.isoformat(), "value": shown})


def check_date(value: date, path: str, today: date | None = None) -> list[Problem]:
    if isinstance(value, datetime):
        # the local calendar date: no conversion, which could overflow near year 1 or 9999
        value = value.date()
    if EARLIEST_DATE <= value <= latest_date(today):
        return []
    return [_window_problem(path, value.isoformat(), today)]


def check_outage_length(start: datetime, end: datetime, path: str) -> list[Problem]:
    """``end`` must be at most MAX_OUTAGE_DAYS after ``start`` (both inside the date window)."""
    if end - start > MAX_OUTAGE:
        days = (end - start).days
        return [Problem(path, f"an outage lasts at most {MAX_OUTAGE_DAYS} days (this one: {days}); "
                              "check the year, or record it as several outages", "outage_too_long",
                        {"high": str(MAX_OUTAGE_DAYS), "value": str(days)})]
    return []


def check_money(value: Decimal, path: str, *, low: Decimal = Decimal(0)) -> list[Problem]:
    """An amount: from ``low`` to MAX_MONEY with at most two decimals (negatives are left to the
    caller's own, more specific message)."""
    p = Problems()
    if not value.is_finite():
        p.add(path, "not a decimal number", "decimal", value=str(value))
        return p.items
    if value > MAX_MONEY:
        p.add(path, f"must be at most {MAX_MONEY}", "too_big", high=str(MAX_MONEY))
    elif value >= 0 and value < low:
        p.add(path, f"must be at least {low}", "range", value=str(value), low=str(low))
    if value.as_tuple().exponent < -MONEY_DECIMALS:
        p.add(path, f"at most {MONEY_DECIMALS} decimals", "decimals")
    return p.items


def check_rate(value: Decimal, path: str) -> list[Problem]:
    """A rate or share: its range is the caller's; here only its precision."""
    if value.is_finite() and value.as_tuple().exponent >= -MAX_RATE_DECIMALS:
        return []
    return [Problem(path, f"at most {MAX_RATE_DECIMALS} decimals", "rate_decimals",
                    {"high": str(MAX_RATE_DECIMALS)})]


def text_limit(path: str) -> int:
    return TEXT_LIMITS.get(_INDEX.sub("", path).rsplit(".", 1)[-1], DEFAULT_TEXT_LIMIT)


def check_text(value: str, path: str) -> list[Problem]:
    """A text a user typed: at most its field's length, no lone surrogate (it cannot be stored
    or printed) and no NUL."""
    p = Problems()
    limit = text_limit(path)
    if len(value) > limit:
        p.add(path, f"at most {limit} characters (this one has {len(value)})", "too_long",
              high=str(limit), value=str(len(value)))
    if _SURROGATE.search(value):
        p.add(path, "contains an invalid character (a lone UTF-16 surrogate)", "bad_character")
    if _NUL in value:
        p.add(path, "contains a NUL character", "control_character")
    return p.items


def check_count(items, path: str, limit: int = MAX_LIST_ITEMS) -> list[Problem]:
    if len(items) <= limit:
        return []
    if path == "outages":
        message = f"at most {limit} outages in one case (this one has {len(items)}): split it into several claims"
    else:
        message = f"at most {limit} items (this list has {len(items)})"
    return [Problem(path, message, "too_many_items", {"high": str(limit), "value": str(len(items))})]


# ---- time zones

# Names that are no place: the machine's own zone under another name, the leap-second and POSIX
# copies of the database; the tz database ships them beside the real zones.
_NOT_CANONICAL_PREFIXES = ("right/", "posix/")
_NOT_CANONICAL = {"localtime", "Factory", "posixrules"}


@lru_cache(maxsize=1)
def canonical_timezones() -> frozenset[str]:
    """The IANA zones a company can be in, computed once (it reads the time zone database)."""
    from zoneinfo import available_timezones

    return frozenset(name for name in available_timezones()
                     if name not in _NOT_CANONICAL and not name.startswith(_NOT_CANONICAL_PREFIXES))


def one_line(text: str) -> str:
    """A text shown on one line: line breaks, NULs and the invisible characters that reorder text
    as escapes (``\\n``, ``\\x00``, ``\\u202e``), so a problem stays one readable line."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif unicodedata.category(ch) in ("Zs",):
            out.append(" ")
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                       if ord(ch) < 0xD800 or ord(ch) > 0xDFFF else f"\\u{ord(ch):04x}")
    return "".join(out)
