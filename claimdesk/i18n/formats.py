"""Dates, times, amounts and percentages for one language in one country, through babel.

The locale is always explicit (``fr_CH``, ``nl_BE``, ``en_CA``…): the letter's language and the
interface's language are independent, and the company's country decides the conventions.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time, get_timezone_name
from babel.numbers import format_currency, format_decimal, format_percent

NNBSP = "\u202f"
NBSP = "\u00a0"


def locale_name(language: str, country: str) -> str:
    """``fr`` + ``CA`` → ``fr_CA``; a pair babel does not know falls back to the language alone."""
    name = f"{language}_{country}"
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return language
    return name


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@lru_cache(maxsize=4096)
def _money(locale: Locale, amount: str, currency: str) -> str:
    # Letters, tables and previews repeat the same amounts; babel takes ~15 µs a call. The amount
    # is keyed by its text so that 0 and -0, or 1.0 and 1.00, are never taken for each other.
    text = format_currency(Decimal(amount), currency, locale=locale)
    # Swiss French writes amounts with a point (« 1'474.31 CHF ») and other numbers with a comma:
    # CLDR says so with its currency decimal symbol, which babel does not apply.
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    decimal, money_decimal = symbols.get("decimal"), symbols.get("currencyDecimal")
    if money_decimal and decimal and money_decimal != decimal and decimal in text:
        head, _, tail = text.rpartition(decimal)
        text = head + money_decimal + tail
    return _no_break(text)


@lru_cache(maxsize=4096)
def _number(locale: Locale, value: str, decimals: int | None) -> str:
    if decimals is None:
        return _no_break(format_decimal(Decimal(value), locale=locale))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _no_break(format_decimal(Decimal(value), format=pattern, locale=locale, decimal_quantization=True))


@lru_cache(maxsize=4096)
def _percent(locale: Locale, rate: str, pattern: str) -> str:
    return _no_break(format_percent(Decimal(rate), format=pattern, locale=locale))


@lru_cache(maxsize=2048)
def _date(locale: Locale, day: date, style: str) -> str:
    text = _no_break(format_date(day, style, locale=locale))
    ordinal = {"fr": "1er", "it": "1°"}.get(locale.language)
    if ordinal and day.day == 1 and style != "short":
        # French and Italian write the first of the month as an ordinal: « 1er août 2019 »,
        # « 1° agosto 2019 » (CLDR gives « 1 »).
        text = re.sub(r"(?<!\d)1(?=[ \u00a0])", ordinal, text, count=1)
    return text


@lru_cache(maxsize=512)
def _time_of_day(locale: Locale, hour: int, minute: int) -> str:
    if locale.language == "fr":
        return _french_time(hour, minute)
    return _no_break(format_time(time(hour, minute), "short", locale=locale))


def _french_time(hour: int, minute: int) -> str:
    """French typography writes « 9 h 50 » and « 9 h », in France as in Québec (CLDR gives 09:50)."""
    return f"{hour}{NBSP}h{NBSP}{minute:02d}" if minute else f"{hour}{NBSP}h"


def _no_break(text: str) -> str:
    # babel's narrow no-break space is treated as breakable by reportlab and missing from many
    # fonts: a plain no-break space keeps an amount on one line everywhere.
    return text.replace(NNBSP, NBSP)


class Formats:
    """Formatting for one locale; cheap to create, caches babel's parsed locale."""

    def __init__(self, language: str, country: str, timezone: str | None = None):
        self.language = language
        self.country = country
        self.name = locale_name(language, country)
        self.locale = _locale(self.name)
        self.tz = ZoneInfo(timezone) if timezone else None

    def money(self, amount: Decimal, currency: str) -> str:
        return _money(self.locale, str(amount), currency)

    def number(self, value: Decimal, decimals: int | None = None) -> str:
        return _number(self.locale, str(value), decimals)

    def percent(self, rate: Decimal, decimals: int = 2) -> str:
        """``0.55`` → ``55 %`` (fr) or ``55%`` (en); up to ``decimals`` decimals, none if not needed."""
        pattern = self.locale.percent_formats[None].pattern
        if decimals:
            pattern = pattern.replace("0", "0." + "#" * decimals, 1) if "." not in pattern else pattern
        return _percent(self.locale, str(rate), pattern)

    def date(self, day: date, style: str = "long") -> str:
        return _date(self.locale, day, style)

    def time_of_day(self, hour: int, minute: int) -> str:
        """A wall-clock time with no date (opening hours): ``7:00 a.m.``, ``07 h 00``, ``07:00``."""
        return _time_of_day(self.locale, hour, minute)

    def weekday(self, day: date) -> str:
        return format_date(day, "EEEE", locale=self.locale)

    def datetime(self, instant: datetime, style: str = "medium") -> str:
        return _no_break(format_datetime(instant, style, tzinfo=self.tz, locale=self.locale))

    def moment(self, instant: datetime) -> str:
        """A point in time for a document: the medium date (four-digit year, month in words where
        the locale has them) and the short time, joined as the locale joins them."""
        glue = str(self.locale.datetime_formats["medium"]).replace("'", "")  # quotes mark literal text
        return glue.replace("{1}", self.date(self.local(instant).date(), "medium")).replace(
            "{0}", self.time(instant))

    def timezone_name(self) -> str:
        """The zone as people say it in this language (``Pacific Time``, ``heure d’Europe centrale``)."""
        if self.tz is None:
            return "UTC"
        return get_timezone_name(self.tz, "long", zone_variant="generic", locale=self.locale)

    def time(self, instant: datetime, style: str = "short") -> str:
        if self.language == "fr" and style == "short":
            local = self.local(instant)
            return _french_time(local.hour, local.minute)
        return _no_break(format_time(instant, style, tzinfo=self.tz, locale=self.locale))

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.tz) if self.tz else instant
