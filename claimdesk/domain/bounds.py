"""Plausible limits for what a user types: dates, lengths of outages, amounts, names and texts.

Beyond them a value is a typing slip (a year 2100, a 29-digit amount), and some would break the
arithmetic (Decimal's 28 digits) or freeze the interface (a century of opening days to walk).
Each check returns Problems with the codes the interface already translates ("range", "decimals",
"too_long", "date_range", "outage_too_long").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from .problems import Problem, Problems

EARLIEST_DATE = date(1990, 1, 1)
YEARS_AHEAD = 10
MAX_OUTAGE = timedelta(days=366)
MAX_AMOUNT = Decimal("1000000000")
MONEY_PLACES = 2
MAX_NAME = 200
MAX_DESCRIPTION = 2000


def latest_date(today: date | None = None) -> date:
    """Ten years from ``today`` (29 February becomes 28 February)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def amount_problems(path: str, value: Decimal, *, places: int | None = MONEY_PLACES,
                    high: Decimal = MAX_AMOUNT) -> list[Problem]:
    """An amount from 0 to ``high`` with at most ``places`` decimals (checked without rounding)."""
    p = Problems()
    if not value.is_finite() or value < 0 or value > high:
        p.add(path, f"must be from 0 to {high}", "range", value=str(value), low="0", high=str(high))
    elif places is not None and value.as_tuple().exponent < -places and value != round(value, places):
        p.add(path, f"at most {places} decimals", "decimals")
    return p.items


def date_problems(path: str, day: date, today: date | None = None) -> list[Problem]:
    p = Problems()
    last = latest_date(today)
    if not EARLIEST_DATE <= day <= last:
        p.add(path, f"must be from {EARLIEST_DATE.isoformat()} to {last.isoformat()}", "date_range",
              low=EARLIEST_DATE.isoformat(), high=last.isoformat())
    return p.items


def outage_problems(path: str, start: datetime, end: datetime | None, today: date | None = None) -> list[Problem]:
    """Start and end within the dates above, and an outage of at most 366 days."""
    problems = date_problems(f"{path}.start", start.date(), today)
    if end is not None:
        problems += date_problems(f"{path}.end", end.date(), today)
        if not problems and end - start > MAX_OUTAGE:
            problems.append(Problem(f"{path}.end", f"an outage lasts at most {MAX_OUTAGE.days} days",
                                    "outage_too_long", {"days": MAX_OUTAGE.days}))
    return problems


def text_problems(path: str, text: str | None, limit: int = MAX_NAME) -> list[Problem]:
    p = Problems()
    if text is not None and len(text) > limit:
        p.add(path, f"at most {limit} characters", "too_long", limit=limit)
    return p.items


def company_problems(c, path: str = "company") -> list[Problem]:
    """The limits above for a company's names and amounts (its other rules: validation.check_company)."""
    problems = text_problems(f"{path}.name", c.name)
    problems += text_problems(f"{path}.signatory.name", c.signatory.name)
    problems += text_problems(f"{path}.signatory.title", c.signatory.title)
    problems += text_problems(f"{path}.address", "\n".join(c.address), MAX_DESCRIPTION)
    for day, amount in c.baseline.standard_turnover.items():
        if amount >= 0:  # a negative one has its own message
            problems += amount_problems(f"{path}.baseline.standard_turnover.{day}", amount, places=None)
    if c.baseline.average_order_value > 0:
        problems += amount_problems(f"{path}.baseline.average_order_value", c.baseline.average_order_value,
                                    places=None)
    for i, ch in enumerate(c.channels):
        problems += text_problems(f"{path}.channels[{i}].name", ch.name)
    return problems


def contract_problems(c, path: str = "contract") -> list[Problem]:
    problems = text_problems(f"{path}.provider", c.provider)
    problems += text_problems(f"{path}.customer_number", c.customer_number)
    problems += text_problems(f"{path}.contract_reference", c.contract_reference)
    problems += text_problems(f"{path}.provider_address", "\n".join(c.provider_address), MAX_DESCRIPTION)
    if c.monthly_fee >= 0:
        problems += amount_problems(f"{path}.monthly_fee", c.monthly_fee)
    return problems
