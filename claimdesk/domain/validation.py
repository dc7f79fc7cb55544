"""Rules a claim's data must follow, checked as a whole: every problem is reported with its path."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import bounds
from .model import (
    CLAIM_KINDS,
    DELIVERIES,
    FEE_TAX,
    JURISDICTIONS,
    LANGUAGES,
    SERVICES,
    WEEKDAYS,
    BankAccount,
    Baseline,
    Case,
    Channel,
    ClaimSpec,
    Company,
    Contract,
    InJurisdiction,
    MoneyItem,
    Outage,
    Span,
)
from .problems import Problem, Problems
from .sla import CLAIM_FROM, CLOCK_STARTS, CLOCKS, HUNDRED, ServiceLevels

ZERO = Decimal(0)
ONE = Decimal(1)
MAX_RESPONSE_DAYS = 365


def known_timezone(name: str) -> bool:
    """A canonical IANA zone name (``Europe/Paris``); not ``localtime``, ``Factory`` or ``posix/…``."""
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        return False
    if name not in bounds.canonical_timezones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _texts(p: Problems, path: str, **fields) -> None:
    """The bounds of each text field (length, control characters, lone surrogates)."""
    for name, value in fields.items():
        if isinstance(value, str):
            p.extend(bounds.check_text(value, f"{path}.{name}"))
        elif isinstance(value, tuple | list):
            p.extend(bounds.check_count(value, f"{path}.{name}"))
            for i, line in enumerate(value):
                if isinstance(line, str):
                    p.extend(bounds.check_text(line, f"{path}.{name}[{i}]"))


def _in_range(p: Problems, path: str, value: Decimal, low, high, *, low_open=False) -> None:
    low_bad = value <= low if low_open else value < low
    if low_bad or (high is not None and value > high):
        if high is None:
            p.add(path, f"must be {'above' if low_open else 'at least'} {low}", "range",
                  value=str(value), low=str(low))
        else:
            bracket = "above" if low_open else "from"
            p.add(path, f"must be {bracket} {low} {'and at most' if low_open else 'to'} {high}",
                  "range", value=str(value), low=str(low), high=str(high))


def check_opening_hours(hours: dict[str, tuple[Span, ...]], path: str = "company.opening_hours") -> list[Problem]:
    p = Problems()
    for day, spans in hours.items():
        if day not in WEEKDAYS:
            p.add(f"{path}.{day}", f"unknown weekday (use {', '.join(WEEKDAYS)})", "weekday")
            continue
        for i, span in enumerate(spans):
            if not (0 <= span.start < 24 * 60) or not (0 < span.end <= 24 * 60):
                p.add(f"{path}.{day}[{i}]", "times must be between 00:00 and 24:00", "time_range")
            elif span.start >= span.end:
                p.add(f"{path}.{day}[{i}]", f"must end after it starts ({span.start_text})",
                      "span_order", start=span.start_text)
        ordered = sorted(spans)
        for a, b in zip(ordered, ordered[1:]):
            if b.start < a.end:
                p.add(f"{path}.{day}", f"spans {a.start_text}-{a.end_text} and {b.start_text}-{b.end_text} overlap",
                      "span_overlap")
    return p.items


def check_baseline(b: Baseline, hours: dict[str, tuple[Span, ...]] | None,
                   path: str = "company.baseline") -> list[Problem]:
    p = Problems()
    for day, amount in b.standard_turnover.items():
        if day not in WEEKDAYS:
            p.add(f"{path}.standard_turnover.{day}", f"unknown weekday (use {', '.join(WEEKDAYS)})", "weekday")
        elif amount < ZERO:
            p.add(f"{path}.standard_turnover.{day}", "must not be negative", "negative")
        else:
            p.extend(bounds.check_money(amount, f"{path}.standard_turnover.{day}"))
    if hours is not None:
        for day in WEEKDAYS:
            if hours.get(day) and day not in b.standard_turnover:
                p.add(f"{path}.standard_turnover.{day}", "missing: the business is open that day",
                      "missing_turnover")
    if not (Decimal(-1) < b.trend <= Decimal(10)):
        p.add(f"{path}.trend", "must be above -1 and at most 10", "range", low="-1", high="10")
    _in_range(p, f"{path}.average_order_value", b.average_order_value, ZERO, None, low_open=True)
    if b.average_order_value > ZERO:
        p.extend(bounds.check_money(b.average_order_value, f"{path}.average_order_value",
                                    low=bounds.MIN_ORDER_VALUE))
    for name in ("trend", "gross_profit_rate", "recovery_rate"):
        p.extend(bounds.check_rate(getattr(b, name), f"{path}.{name}"))
    _in_range(p, f"{path}.gross_profit_rate", b.gross_profit_rate, ZERO, ONE)
    _in_range(p, f"{path}.recovery_rate", b.recovery_rate, ZERO, ONE)
    return p.items


def check_channels(channels: tuple[Channel, ...], path: str = "company.channels") -> list[Problem]:
    p = Problems()
    p.extend(bounds.check_count(channels, path))
    total = ZERO
    for i, ch in enumerate(channels):
        if not ch.name.strip():
            p.add(f"{path}[{i}].name", "must not be empty", "empty")
        _in_range(p, f"{path}[{i}].share", ch.share, ZERO, ONE)
        p.extend(bounds.check_rate(ch.share, f"{path}[{i}].share"))
        p.extend(bounds.check_text(ch.name, f"{path}[{i}].name"))
        total += ch.share
        for j, service in enumerate(ch.depends_on):
            if service not in SERVICES:
                p.add(f"{path}[{i}].depends_on[{j}]", f"unknown service {service!r} (use {', '.join(SERVICES)})",
                      "service", service=service)
    if total > ONE:
        p.add(path, f"the shares add up to {total}, more than 1", "share_total", total=str(total))
    return p.items


def check_locality(sender: InJurisdiction, path: str) -> list[Problem]:
    """Where a sender (a company, a network) stands: its jurisdiction, time zone and currency."""
    p = Problems()
    if sender.jurisdiction not in JURISDICTIONS:
        p.add(f"{path}.jurisdiction",
              f"unsupported jurisdiction {sender.jurisdiction!r} (use {', '.join(JURISDICTIONS)})",
              "jurisdiction", value=sender.jurisdiction)
    if not known_timezone(sender.timezone):
        p.add(f"{path}.timezone", f"unknown time zone {sender.timezone!r}", "timezone", value=sender.timezone)
    if len(sender.currency) != 3 or not sender.currency.isascii() or not sender.currency.isupper():
        p.add(f"{path}.currency", f"not an ISO 4217 currency code: {sender.currency!r}", "currency")
    return p.items


def check_company(c: Company, path: str = "company") -> list[Problem]:
    p = Problems()
    if not c.name.strip():
        p.add(f"{path}.name", "must not be empty", "empty")
    p.extend(check_locality(c, path))
    if not c.signatory.name.strip():
        p.add(f"{path}.signatory.name", "must not be empty", "empty")
    _texts(p, path, name=c.name, address=c.address, registration_id=c.registration_id, email=c.email,
           phone=c.phone)
    _texts(p, f"{path}.signatory", name=c.signatory.name, title=c.signatory.title)
    p.extend(bounds.check_count(c.closed_dates, f"{path}.closed_dates"))
    for i, day in enumerate(c.closed_dates):
        p.extend(bounds.check_date(day, f"{path}.closed_dates[{i}]"))
    p.extend(check_opening_hours(c.opening_hours, f"{path}.opening_hours"))
    p.extend(check_channels(c.channels, f"{path}.channels"))
    p.extend(check_baseline(c.baseline, c.opening_hours, f"{path}.baseline"))
    if c.bank is not None:
        p.extend(check_bank(c.bank, f"{path}.bank"))
    return p.items


def check_contract(c: Contract, path: str = "contract") -> list[Problem]:
    p = Problems()
    if not c.provider.strip():
        p.add(f"{path}.provider", "must not be empty", "empty")
    if not c.services:
        p.add(f"{path}.services", "must name at least one service", "empty")
    for i, service in enumerate(c.services):
        if service not in SERVICES:
            p.add(f"{path}.services[{i}]", f"unknown service {service!r} (use {', '.join(SERVICES)})",
                  "service", service=service)
    if c.monthly_fee < ZERO:
        p.add(f"{path}.monthly_fee", "must not be negative", "negative")
    else:
        p.extend(bounds.check_money(c.monthly_fee, f"{path}.monthly_fee"))
    _texts(p, path, provider=c.provider, provider_address=c.provider_address, customer_number=c.customer_number,
           contract_reference=c.contract_reference)
    p.extend(check_service_fees(c, path))
    if c.monthly_fee_tax not in FEE_TAX:
        p.add(f"{path}.monthly_fee_tax", f"use {' or '.join(FEE_TAX)}", "fee_tax")
    if c.sla is not None:
        p.extend(check_service_levels(c.sla, f"{path}.sla"))
    return p.items


# ---- the contract's own service levels (loss method §Q) -------------------------------------

MAX_SLA_HOURS = Decimal(bounds.MAX_OUTAGE_DAYS * 24)  # no restoration target or tier beyond one outage
MAX_CLAIM_WINDOW_DAYS = 3650


def _sla_number(p: Problems, path: str, value: Decimal, high: Decimal, *, low_open: bool = False) -> None:
    p.extend(bounds.check_rate(value, path))
    _in_range(p, path, value, ZERO, high, low_open=low_open)


def check_service_levels(sla: ServiceLevels, path: str = "contract.sla") -> list[Problem]:
    """The terms the user copied from their contract: known words, numbers in range, tiers given."""
    p = Problems()
    if not sla.clause.strip():
        p.add(f"{path}.clause", "must not be empty: name the clause of your contract", "empty")
    _texts(p, path, clause=sla.clause)
    if sla.restoration is None and sla.availability is None:
        p.add(path, "give a restoration time or an availability commitment (or both)", "sla_terms")
    if sla.restoration is not None:
        r, where = sla.restoration, f"{path}.restoration"
        _sla_number(p, f"{where}.target_hours", r.target_hours, MAX_SLA_HOURS, low_open=True)
        if r.clock not in CLOCKS:
            p.add(f"{where}.clock", f"use {' or '.join(CLOCKS)}", "sla_choice", first=CLOCKS[0], second=CLOCKS[1])
        if r.starts not in CLOCK_STARTS:
            p.add(f"{where}.starts", f"use {' or '.join(CLOCK_STARTS)}", "sla_choice",
                  first=CLOCK_STARTS[0], second=CLOCK_STARTS[1])
        p.extend(check_opening_hours(dict(r.coverage), f"{where}.coverage"))
        if r.clock == "business" and not any(r.coverage.values()):
            p.add(f"{where}.coverage", "a business clock needs at least one period of coverage", "empty")
        if not r.credits:
            p.add(f"{where}.credits", "list at least one credit tier", "empty")
        p.extend(bounds.check_count(r.credits, f"{where}.credits"))
        for i, tier in enumerate(r.credits):
            _sla_number(p, f"{where}.credits[{i}].over_hours", tier.over_hours, MAX_SLA_HOURS)
            _sla_number(p, f"{where}.credits[{i}].percent", tier.percent, HUNDRED)
    if sla.availability is not None:
        a, where = sla.availability, f"{path}.availability"
        _sla_number(p, f"{where}.target_percent", a.target_percent, HUNDRED, low_open=True)
        if not a.credits:
            p.add(f"{where}.credits", "list at least one credit tier", "empty")
        p.extend(bounds.check_count(a.credits, f"{where}.credits"))
        for i, tier in enumerate(a.credits):
            _sla_number(p, f"{where}.credits[{i}].below_percent", tier.below_percent, HUNDRED)
            _sla_number(p, f"{where}.credits[{i}].percent", tier.percent, HUNDRED)
    _sla_number(p, f"{path}.cap_percent", sla.cap_percent, HUNDRED)
    if sla.claim_within_days is not None and not (1 <= sla.claim_within_days <= MAX_CLAIM_WINDOW_DAYS):
        p.add(f"{path}.claim_within_days", f"must be from 1 to {MAX_CLAIM_WINDOW_DAYS} days", "range",
              low="1", high=str(MAX_CLAIM_WINDOW_DAYS))
    if sla.claim_from not in CLAIM_FROM:
        p.add(f"{path}.claim_from", f"use {' or '.join(CLAIM_FROM)}", "sla_choice",
              first=CLAIM_FROM[0], second=CLAIM_FROM[1])
    return p.items


def check_tickets(contract: Contract, outages, path: str = "outages") -> list[Problem]:
    """A restoration clock that starts at the ticket needs the ticket's time on every outage."""
    sla = contract.sla
    if sla is None or sla.restoration is None or sla.restoration.starts != "ticket":
        return []
    return [Problem(f"{path}[{i}].reported_at",
                    "missing: your contract starts the restoration clock when the ticket is opened",
                    "reported_at_required") for i, o in enumerate(outages) if o.reported_at is None]


# ---- case file /2: fees per service, bank details, earlier letters --------------------------


def check_service_fees(c: Contract, path: str = "contract") -> list[Problem]:
    """A fee for every service of the contract and no other, adding up exactly to the monthly fee."""
    p = Problems()
    if c.service_fees is None:
        return p.items
    where = f"{path}.service_fees"
    for service, fee in c.service_fees.items():
        if service not in c.services:
            p.add(f"{where}.{service}", f"the contract does not cover {service!r}", "service_not_covered",
                  service=service)
        if fee < ZERO:
            p.add(f"{where}.{service}", "must not be negative", "negative")
        elif fee != fee.quantize(Decimal("0.01")):
            p.add(f"{where}.{service}", "at most 2 decimals", "decimals")
    for service in c.services:
        if service not in c.service_fees:
            p.add(f"{where}.{service}", "missing: give a fee for every service of the contract", "missing")
    total = sum(c.service_fees.values(), ZERO)
    if not p and total != c.monthly_fee:
        p.add(where, f"the fees add up to {total}, not to the monthly fee {c.monthly_fee}", "fee_sum",
              total=str(total), fee=str(c.monthly_fee))
    return p.items


def iban_ok(iban: str) -> bool:
    """The IBAN's shape and its ISO 13616 check digits (mod 97 == 1)."""
    text = iban.replace(" ", "").upper()
    if not (15 <= len(text) <= 34) or not text[:2].isalpha() or not text[2:4].isdigit() or not text.isalnum():
        return False
    rearranged = text[4:] + text[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def check_bank(b: BankAccount, path: str = "company.bank") -> list[Problem]:
    p = Problems()
    if not b.holder.strip():
        p.add(f"{path}.holder", "must not be empty", "empty")
    if b.iban is not None and not iban_ok(b.iban):
        p.add(f"{path}.iban", "not a valid IBAN (its check digits do not match)", "iban", value=b.iban)
    if b.bic is not None and not _bic_ok(b.bic):
        p.add(f"{path}.bic", "not a BIC: 8 or 11 letters and digits", "bic", value=b.bic)
    if b.account is not None and not b.account.strip():
        p.add(f"{path}.account", "must not be empty", "empty")
    _texts(p, path, holder=b.holder, iban=b.iban, bic=b.bic, account=b.account)
    return p.items


def _bic_ok(bic: str) -> bool:
    text = bic.replace(" ", "").upper()
    return len(text) in (8, 11) and text.isalnum() and text[:6].isalpha()


def check_previous(case: Case, path: str = "claim.previous") -> list[Problem]:
    """Earlier letters: known kinds and deliveries, dated after the first outage and before this letter."""
    p = Problems()
    first = min((o.start.date() for o in case.outages), default=None)
    for i, letter in enumerate(case.claim.previous):
        here = f"{path}[{i}]"
        if letter.kind not in CLAIM_KINDS:
            p.add(f"{here}.kind", f"unknown kind {letter.kind!r} (use {', '.join(CLAIM_KINDS)})", "kind")
        if letter.delivery is not None and letter.delivery not in DELIVERIES:
            p.add(f"{here}.delivery", f"unknown delivery {letter.delivery!r} (use {', '.join(DELIVERIES)})",
                  "delivery")
        window = bounds.check_date(letter.date, f"{here}.date")
        p.extend(window)
        if not window and (first is not None and letter.date < first or letter.date >= case.claim.date):
            p.add(f"{here}.date", "must lie after the first outage and before the date of this letter",
                  "previous_date", value=letter.date.isoformat())
        _texts(p, here, reference=letter.reference, tracking=letter.tracking)
    return p.items


def check_letter_dates(case: Case) -> list[Problem]:
    """The dates that must come before the letter: the earlier letters and the contract's."""
    p = Problems()
    p.extend(check_previous(case))
    signed_on = case.contract.signed_on
    if signed_on is not None and (signed_on.year < 1900 or signed_on > case.claim.date):
        p.add("contract.signed_on", "must be a date before the date of the letter", "signed_on",
              value=signed_on.isoformat())
    elif signed_on is not None and case.outages and signed_on > min(o.start.date() for o in case.outages):
        # a contract covers outages after its conclusion: its date chooses the law cited
        p.add("contract.signed_on", "must not lie after the first outage", "signed_after",
              value=signed_on.isoformat())
    return p.items


def check_outage(o: Outage, path: str, services: tuple[str, ...] | None) -> list[Problem]:
    p = Problems()
    if o.service not in SERVICES:
        p.add(f"{path}.service", f"unknown service {o.service!r} (use {', '.join(SERVICES)})",
              "service", service=o.service)
    elif services is not None and o.service not in services:
        p.add(f"{path}.service", f"the contract does not cover {o.service!r} (it covers {', '.join(services)})",
              "service_not_covered", service=o.service)
    if o.start.tzinfo is None or o.end.tzinfo is None:
        p.add(path, "start and end must carry a UTC offset", "naive_time")
    else:
        # first the date window: comparing instants outside it could overflow
        window = bounds.check_date(o.start, f"{path}.start") + bounds.check_date(o.end, f"{path}.end")
        p.extend(window)
        if not window and o.end <= o.start:
            p.add(f"{path}.end", f"must be after start ({o.start.isoformat()})", "end_before_start",
                  start=o.start.isoformat())
        elif not window:
            p.extend(bounds.check_outage_length(o.start, o.end, f"{path}.end"))
        p.extend(_check_reported_at(o, path, bool(window)))
    _texts(p, path, provider_reference=o.provider_reference, description=o.description, affected=o.affected)
    p.extend(bounds.check_count(o.evidence, f"{path}.evidence"))
    for i, e in enumerate(o.evidence):
        _texts(p, f"{path}.evidence[{i}]", file=e.file, description=e.description)
    return p.items


def _check_reported_at(o: Outage, path: str, outage_window_bad: bool) -> list[Problem]:
    """The ticket is opened during the outage or before it ends (a fault noticed before the
    outage was recorded), and like every date inside the window."""
    if o.reported_at is None:
        return []
    where = f"{path}.reported_at"
    if o.reported_at.tzinfo is None:
        return [Problem(where, "must carry a UTC offset", "naive_time")]
    window = bounds.check_date(o.reported_at, where)
    if window or outage_window_bad:
        return window
    if o.reported_at > o.end:
        return [Problem(where, f"must not be after the end of the outage ({o.end.isoformat()})",
                        "reported_after_end", {"end": o.end.isoformat()})]
    if o.end - o.reported_at > bounds.MAX_OUTAGE:
        return bounds.check_outage_length(o.reported_at, o.end, where)
    return []


def check_money_items(items: tuple[MoneyItem, ...], path: str) -> list[Problem]:
    p = Problems()
    p.extend(bounds.check_count(items, path))
    for i, item in enumerate(items):
        if item.amount < ZERO:
            p.add(f"{path}[{i}].amount", "must not be negative", "negative")
        else:
            p.extend(bounds.check_money(item.amount, f"{path}[{i}].amount"))
        p.extend(bounds.check_text(item.label, f"{path}[{i}].label"))
    return p.items


def check_claim(c: ClaimSpec, path: str = "claim") -> list[Problem]:
    p = Problems()
    if c.kind not in CLAIM_KINDS:
        p.add(f"{path}.kind", f"unknown kind {c.kind!r} (use {', '.join(CLAIM_KINDS)})", "kind")
    if c.language not in LANGUAGES:
        p.add(f"{path}.language", f"unsupported letter language {c.language!r} (use {', '.join(LANGUAGES)})",
              "language", value=c.language)
    if c.delivery not in DELIVERIES:
        p.add(f"{path}.delivery", f"unknown delivery {c.delivery!r} (use {', '.join(DELIVERIES)})", "delivery")
    if not (1 <= c.response_days <= MAX_RESPONSE_DAYS):
        p.add(f"{path}.response_days", f"must be from 1 to {MAX_RESPONSE_DAYS} days", "range",
              low="1", high=str(MAX_RESPONSE_DAYS))
    p.extend(bounds.check_date(c.date, f"{path}.date"))
    p.extend(bounds.check_text(c.place, f"{path}.place"))
    _texts(p, path, acknowledged=c.acknowledged)
    p.extend(bounds.check_count(c.previous, f"{path}.previous"))
    return p.items


def check_case(case: Case) -> list[Problem]:
    """Every rule of a whole case; an empty list means the case can be estimated and rendered."""
    p = Problems()
    p.extend(check_company(case.company))
    p.extend(check_contract(case.contract))
    if not case.outages:
        p.add("outages", "list at least one outage", "empty")
    p.extend(bounds.check_count(case.outages, "outages", bounds.MAX_OUTAGES))
    for i, outage in enumerate(case.outages):
        p.extend(check_outage(outage, f"outages[{i}]", case.contract.services))
    p.extend(check_tickets(case.contract, case.outages))
    for name in ("extra_costs", "savings", "credits_received"):
        p.extend(check_money_items(getattr(case, name), name))
    p.extend(check_claim(case.claim))
    p.extend(check_letter_dates(case))
    return p.items
