"""Case files (``claimdesk-case/1`` and ``/2``): one claim as a JSON document, read with full validation.

Reading reports every problem with its path in the document (``outages[0].end: …``), never only
the first; writing gives back a document that reads into the same case.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from . import safe_paths
from .casefile_sla import missing_tickets, read_sla, read_spans, sla_to_dict
from .domain import bounds
from .domain import validation as v
from .domain.model import (
    JURISDICTIONS,
    WEEKDAYS,
    BankAccount,
    Baseline,
    Case,
    Channel,
    ClaimSpec,
    Company,
    Contract,
    Evidence,
    MoneyItem,
    Outage,
    PreviousLetter,
    Signatory,
    Span,
)
from .domain.problems import Problem, Problems, ValidationError

FORMAT_1 = "claimdesk-case/1"
FORMAT = "claimdesk-case/2"  # what is written
FORMATS = (FORMAT_1, FORMAT)  # what is read
MAX_BYTES = 50 * 1024 * 1024

_DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")
_COMMA_DECIMAL_RE = re.compile(r"^-?\d+,\d+$")
_TIME_RE = re.compile(r"^(\d{2}):(\d{2})$")
_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")

_TOP_KEYS = {"format", "company", "contract", "outages", "extra_costs", "savings", "credits_received", "claim"}
_TOP_REQUIRED = {"format", "company", "contract", "outages", "claim"}
_COMPANY_KEYS = {"name", "address", "registration_id", "email", "phone", "signatory", "jurisdiction", "timezone",
                 "currency", "opening_hours", "closed_dates", "channels", "baseline", "bank"}
_COMPANY_REQUIRED = {"name", "address", "signatory", "jurisdiction", "timezone", "currency", "opening_hours",
                     "channels", "baseline"}
_BASELINE_KEYS = {"standard_turnover", "trend", "average_order_value", "gross_profit_rate", "recovery_rate"}
_CONTRACT_REQUIRED = {"provider", "provider_address", "customer_number", "contract_reference", "services",
                      "monthly_fee"}
# Format /2 (claimdesk-case/2) adds these, all optional.
_CONTRACT_KEYS = _CONTRACT_REQUIRED | {"signed_on", "service_fees", "monthly_fee_tax", "sla"}
_OUTAGE_KEYS = {"service", "start", "end", "provider_reference", "description", "evidence", "affected",
                "reported_at"}
_CLAIM_REQUIRED = {"kind", "language", "date", "place", "response_days", "delivery"}
_CLAIM_KEYS = _CLAIM_REQUIRED | {"previous", "acknowledged", "interest"}
_BANK_KEYS = {"holder", "iban", "bic", "account"}
_PREVIOUS_KEYS = {"kind", "date", "reference", "delivery", "tracking"}


class _Reader:
    """Typed access to JSON values that records a problem (and returns None) on a bad value."""

    def __init__(self) -> None:
        self.p = Problems()

    def obj(self, value: Any, path: str, allowed: set[str], required: set[str]) -> dict | None:
        if not isinstance(value, dict):
            self.p.add(path or "(document)", "must be an object", "type", expected="object")
            return None
        for key in value:
            if key not in allowed:
                self.p.add(f"{path}.{key}" if path else key, "unknown key", "unknown_key")
        for key in sorted(required - value.keys()):
            self.p.add(f"{path}.{key}" if path else key, "missing", "missing")
        return value

    def str(self, value: Any, path: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            self.p.add(path, "must be a string", "type", expected="string")
            return None
        problems = bounds.check_text(value, path)
        if problems:
            self.p.extend(problems)
            return None
        return value

    def str_list(self, value: Any, path: str) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.p.add(path, "must be a list of strings", "type", expected="list")
            return None
        if self._too_many(value, path, bounds.MAX_LIST_ITEMS):
            return None
        items = [self.str(x, f"{path}[{i}]") for i, x in enumerate(value)]
        return None if any(x is None for x in items) else tuple(items)

    def list(self, value: Any, path: str, limit: int = bounds.MAX_LIST_ITEMS) -> list | None:
        if not isinstance(value, list):
            self.p.add(path, "must be a list", "type", expected="list")
            return None
        if self._too_many(value, path, limit):
            return None
        return value

    def _too_many(self, value: list, path: str, limit: int) -> bool:
        problems = bounds.check_count(value, path, limit)
        self.p.extend(problems)
        return bool(problems)

    def decimal(self, value: Any, path: str) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, str | int):
            if isinstance(value, float):
                self.p.add(path, f"write the number as a string, e.g. \"{value}\", so no digit is lost",
                           "float")
            else:
                self.p.add(path, "must be a decimal number written as a string, e.g. \"129.00\"", "type",
                           expected="decimal")
            return None
        text = str(value).strip()
        if _COMMA_DECIMAL_RE.match(text):
            self.p.add(path, f"decimal written with a comma ({text!r}): use a point, e.g. "
                             f"\"{text.replace(',', '.')}\"", "decimal_comma", value=text)
            return None
        if not _DECIMAL_RE.match(text) or len(text) > 30:
            self.p.add(path, f"not a decimal number: {text!r}", "decimal", value=text)
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern above rules this out
            self.p.add(path, f"not a decimal number: {text!r}", "decimal", value=text)
            return None

    def int(self, value: Any, path: str) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.p.add(path, "must be a whole number", "type", expected="integer")
            return None
        return value

    def date(self, value: Any, path: str) -> date | None:
        text = self.str(value, path)
        if text is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            result = date.fromisoformat(text)
        except ValueError:
            self.p.add(path, f"not a date YYYY-MM-DD: {text!r}", "date", value=text)
            return None
        return self._in_window(result, path)

    def _in_window(self, value, path: str):
        """Dates far from today are typing slips, and their arithmetic overflows: refused here."""
        problems = bounds.check_date(value, path)
        self.p.extend(problems)
        return None if problems else value

    def instant(self, value: Any, path: str) -> datetime | None:
        text = self.str(value, path)
        if text is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?", text):
                raise ValueError
            result = datetime.fromisoformat(text)
        except ValueError:
            self.p.add(path, f"not an ISO 8601 date and time: {text!r}", "datetime", value=text)
            return None
        if result.tzinfo is None or not _OFFSET_RE.search(text):
            self.p.add(path, f"add the UTC offset, e.g. {text}+01:00 ({text!r} has none)", "naive_time",
                       value=text)
            return None
        return self._in_window(result, path)

    def time(self, value: Any, path: str, *, end: bool) -> int | None:
        text = self.str(value, path)
        if text is None:
            return None
        m = _TIME_RE.match(text)
        minutes = int(m.group(1)) * 60 + int(m.group(2)) if m else -1
        if not m or int(m.group(2)) > 59 or minutes > 24 * 60 or (minutes == 24 * 60 and not end):
            allowed = "00:00 to 24:00" if end else "00:00 to 23:59"
            self.p.add(path, f"not a time HH:MM ({allowed}): {text!r}", "time", value=text)
            return None
        return minutes


def read_signatory(r: _Reader, raw: Any, path: str) -> Signatory | None:
    """``{"name", "title"}`` at ``path`` (the title may be left out); None after a problem."""
    s = r.obj(raw, path, {"name", "title"}, {"name"})
    if s is None:
        return None
    name = r.str(s.get("name"), f"{path}.name")
    title = r.str(s.get("title", ""), f"{path}.title")
    return Signatory(name, title) if name is not None and title is not None else None


def _company(r: _Reader, raw: Any) -> Company | None:
    before = len(r.p.items)
    c = r.obj(raw, "company", _COMPANY_KEYS, _COMPANY_REQUIRED)
    if c is None:
        return None
    name = r.str(c.get("name"), "company.name")
    address = r.str_list(c.get("address"), "company.address") if "address" in c else None
    registration_id = r.str(c.get("registration_id"), "company.registration_id", optional=True)
    email = r.str(c.get("email"), "company.email", optional=True)
    phone = r.str(c.get("phone"), "company.phone", optional=True)
    signatory = read_signatory(r, c["signatory"], "company.signatory") if "signatory" in c else None
    jurisdiction = r.str(c.get("jurisdiction"), "company.jurisdiction")
    tz = r.str(c.get("timezone"), "company.timezone")
    currency = r.str(c.get("currency"), "company.currency")

    hours_ok = len(r.p.items)
    hours: dict[str, tuple[Span, ...]] = {}
    if "opening_hours" in c:
        hours = read_spans(r, c["opening_hours"], "company.opening_hours") or {}
        if len(r.p.items) == hours_ok:
            r.p.extend(v.check_opening_hours(hours, "company.opening_hours"))

    closed: list[date] = []
    if "closed_dates" in c:
        items = r.list(c["closed_dates"], "company.closed_dates")
        for i, d in enumerate(items or []):
            parsed = r.date(d, f"company.closed_dates[{i}]")
            if parsed is not None:
                closed.append(parsed)

    channels: list[Channel] = []
    channels_ok = len(r.p.items)
    items = r.list(c.get("channels"), "company.channels") if "channels" in c else None
    for i, ch in enumerate(items or []):
        path = f"company.channels[{i}]"
        o = r.obj(ch, path, {"name", "share", "depends_on"}, {"name", "share"})
        if o is None:
            continue
        cname = r.str(o.get("name"), f"{path}.name")
        share = r.decimal(o.get("share"), f"{path}.share")
        deps = r.str_list(o.get("depends_on", []), f"{path}.depends_on")
        if cname is not None and share is not None and deps is not None:
            channels.append(Channel(cname, share, deps))
    if items is not None and len(r.p.items) == channels_ok:
        r.p.extend(v.check_channels(tuple(channels), "company.channels"))

    baseline = None
    if "baseline" in c:
        b = r.obj(c["baseline"], "company.baseline", _BASELINE_KEYS, _BASELINE_KEYS)
        if b is not None:
            b_ok = len(r.p.items)
            turnover: dict[str, Decimal] = {}
            st = b.get("standard_turnover")
            if isinstance(st, dict):
                for day, amount in st.items():
                    path = f"company.baseline.standard_turnover.{day}"
                    if day not in WEEKDAYS:
                        r.p.add(path, f"unknown weekday (use {', '.join(WEEKDAYS)})", "weekday")
                        continue
                    value = r.decimal(amount, path)
                    if value is not None:
                        turnover[day] = value
            elif "standard_turnover" in b:
                r.p.add("company.baseline.standard_turnover", "must be an object of weekdays", "type",
                        expected="object")
            figures = {k: r.decimal(b.get(k), f"company.baseline.{k}") for k in
                       ("trend", "average_order_value", "gross_profit_rate", "recovery_rate") if k in b}
            if len(r.p.items) == b_ok and len(figures) == 4:
                baseline = Baseline(turnover, **figures)
                r.p.extend(v.check_baseline(baseline, hours if len(r.p.items) == hours_ok else None,
                                            "company.baseline"))
    bank = _bank(r, c["bank"]) if "bank" in c else None
    if len(r.p.items) > before:
        # Report the remaining top-level company checks too, where their fields were readable.
        _company_field_checks(r, jurisdiction, tz)
        return None
    company = Company(name=name, address=address, signatory=signatory, jurisdiction=jurisdiction, timezone=tz,
                      currency=currency, opening_hours=hours, channels=tuple(channels), baseline=baseline,
                      closed_dates=tuple(closed), registration_id=registration_id, email=email, phone=phone,
                      bank=bank)
    r.p.extend(p for p in v.check_company(company) if not p.path.startswith(
        ("company.opening_hours", "company.channels", "company.baseline")))
    return company


def _bank(r: _Reader, raw: Any) -> BankAccount | None:
    """``{holder, iban, bic}`` (the IBAN's check digits verified) or ``{holder, account}``."""
    before = len(r.p.items)
    b = r.obj(raw, "company.bank", _BANK_KEYS, {"holder"})
    if b is None:
        return None
    holder = r.str(b.get("holder"), "company.bank.holder")
    iban = r.str(b.get("iban"), "company.bank.iban", optional=True)
    bic = r.str(b.get("bic"), "company.bank.bic", optional=True)
    account = r.str(b.get("account"), "company.bank.account", optional=True)
    if (iban is None) == (account is None) and len(r.p.items) == before:
        r.p.add("company.bank", "give either an IBAN (with its BIC) or an account, not both", "bank_one_of")
    if len(r.p.items) > before:
        return None
    return BankAccount(holder, iban, bic, account)  # checked with the company


def _company_field_checks(r: _Reader, jurisdiction: str | None, tz: str | None) -> None:
    if jurisdiction is not None and jurisdiction not in JURISDICTIONS:
        r.p.add("company.jurisdiction", f"unsupported jurisdiction {jurisdiction!r} (use {', '.join(JURISDICTIONS)})",
                "jurisdiction", value=jurisdiction)
    if tz is not None and not v.known_timezone(tz):
        r.p.add("company.timezone", f"unknown time zone {tz!r}", "timezone", value=tz)


def _contract(r: _Reader, raw: Any) -> Contract | None:
    before = len(r.p.items)
    c = r.obj(raw, "contract", _CONTRACT_KEYS, _CONTRACT_REQUIRED)
    if c is None:
        return None
    provider = r.str(c.get("provider"), "contract.provider")
    address = r.str_list(c.get("provider_address"), "contract.provider_address") if "provider_address" in c else None
    customer = r.str(c.get("customer_number"), "contract.customer_number")
    reference = r.str(c.get("contract_reference"), "contract.contract_reference")
    services = r.str_list(c.get("services"), "contract.services") if "services" in c else None
    fee = r.decimal(c.get("monthly_fee"), "contract.monthly_fee") if "monthly_fee" in c else None
    signed_on = r.date(c["signed_on"], "contract.signed_on") if "signed_on" in c else None
    fees = None
    if "service_fees" in c:
        raw_fees = r.obj(c["service_fees"], "contract.service_fees", set(c["service_fees"])
                         if isinstance(c["service_fees"], dict) else set(), set())
        if raw_fees is not None:
            fees = {service: r.decimal(amount, f"contract.service_fees.{service}")
                    for service, amount in raw_fees.items()}
    tax = r.str(c.get("monthly_fee_tax", "included"), "contract.monthly_fee_tax")
    sla = read_sla(r, c["sla"]) if "sla" in c else None
    if len(r.p.items) > before:
        return None
    contract = Contract(provider, address, customer, reference, services, fee, signed_on, fees, tax, sla)
    r.p.extend(v.check_contract(contract))
    return contract


def _outage(r: _Reader, raw: Any, path: str, services, base_dir: Path | None) -> Outage | None:
    before = len(r.p.items)
    o = r.obj(raw, path, _OUTAGE_KEYS, {"service", "start", "end"})
    if o is None:
        return None
    service = r.str(o.get("service"), f"{path}.service")
    start = r.instant(o.get("start"), f"{path}.start") if "start" in o else None
    end = r.instant(o.get("end"), f"{path}.end") if "end" in o else None
    reference = r.str(o.get("provider_reference"), f"{path}.provider_reference", optional=True)
    description = r.str(o.get("description"), f"{path}.description", optional=True)
    affected = r.str(o.get("affected"), f"{path}.affected", optional=True)
    reported_at = r.instant(o["reported_at"], f"{path}.reported_at") if "reported_at" in o else None
    evidence: list[Evidence] = []
    if "evidence" in o:
        for i, e in enumerate(r.list(o["evidence"], f"{path}.evidence") or []):
            epath = f"{path}.evidence[{i}]"
            eo = r.obj(e, epath, {"file", "description"}, {"file"})
            if eo is None:
                continue
            file = r.str(eo.get("file"), f"{epath}.file")
            edesc = r.str(eo.get("description"), f"{epath}.description", optional=True)
            if file is None:
                continue
            found = safe_paths.evidence_problem(base_dir, file) if base_dir is not None else None
            if found is not None:
                r.p.add(f"{epath}.file", found[1], found[0], file=file)
                continue
            evidence.append(Evidence(file, edesc))
    if service is None or start is None or end is None:
        return None
    if "reported_at" in o and reported_at is None:
        return None
    outage = Outage(service, start, end, reference, description, tuple(evidence), affected, reported_at)
    problems = v.check_outage(outage, path, services)
    r.p.extend(problems)
    return None if len(r.p.items) > before else outage


def _money_items(r: _Reader, raw: Any, path: str) -> tuple[MoneyItem, ...] | None:
    items = r.list(raw, path)
    if items is None:
        return None
    before = len(r.p.items)
    result = []
    for i, item in enumerate(items):
        o = r.obj(item, f"{path}[{i}]", {"label", "amount"}, {"label", "amount"})
        if o is None:
            continue
        label = r.str(o.get("label"), f"{path}[{i}].label")
        amount = r.decimal(o.get("amount"), f"{path}[{i}].amount") if "amount" in o else None
        if label is not None and amount is not None:
            result.append(MoneyItem(label, amount))
    if len(r.p.items) > before:
        return None
    r.p.extend(v.check_money_items(tuple(result), path))
    return tuple(result)


def _previous(r: _Reader, raw: Any) -> tuple[PreviousLetter, ...] | None:
    items = r.list(raw, "claim.previous")
    if items is None:
        return None
    before = len(r.p.items)
    letters = []
    for i, item in enumerate(items):
        path = f"claim.previous[{i}]"
        o = r.obj(item, path, _PREVIOUS_KEYS, {"kind", "date"})
        if o is None:
            continue
        kind = r.str(o.get("kind"), f"{path}.kind")
        when = r.date(o.get("date"), f"{path}.date") if "date" in o else None
        fields = {k: r.str(o.get(k), f"{path}.{k}", optional=True) for k in ("reference", "delivery", "tracking")}
        if kind is not None and when is not None:
            letters.append(PreviousLetter(kind, when, **fields))
    return None if len(r.p.items) > before else tuple(letters)


def _claim(r: _Reader, raw: Any, version: str) -> ClaimSpec | None:
    before = len(r.p.items)
    c = r.obj(raw, "claim", _CLAIM_KEYS, _CLAIM_REQUIRED)
    if c is None:
        return None
    kind = r.str(c.get("kind"), "claim.kind")
    language = r.str(c.get("language"), "claim.language")
    when = r.date(c.get("date"), "claim.date") if "date" in c else None
    place = r.str(c.get("place"), "claim.place")
    days = r.int(c.get("response_days"), "claim.response_days") if "response_days" in c else None
    delivery = r.str(c.get("delivery"), "claim.delivery")
    previous = _previous(r, c["previous"]) if "previous" in c else ()
    acknowledged = r.str(c.get("acknowledged"), "claim.acknowledged", optional=True)
    interest = c.get("interest", True)
    if not isinstance(interest, bool):
        r.p.add("claim.interest", "must be true or false", "type", expected="boolean")
    if len(r.p.items) > before or None in (kind, language, when, place, days, delivery, previous):
        return None
    claim = ClaimSpec(kind, language, when, place, days, delivery, previous, acknowledged, interest)
    r.p.extend(v.check_claim(claim))
    if version == FORMAT and kind in ("reminder", "formal_notice") and not previous:
        # A reminder or formal notice cites the letter it follows up.
        r.p.add("claim.previous", "list the earlier letter(s) this one follows up", "previous_required")
    return claim


def from_dict(doc: Any, base_dir: str | os.PathLike | None = None) -> Case:
    """Build a case from a parsed JSON document; raise ValidationError with every problem."""
    r = _Reader()
    top = r.obj(doc, "", _TOP_KEYS, _TOP_REQUIRED)
    if top is None:
        r.p.raise_if_any()
    if "format" in top and top["format"] not in FORMATS:
        r.p.add("format", f"unsupported format {top['format']!r} (expected {' or '.join(map(repr, FORMATS))})",
                "format")
    company = _company(r, top["company"]) if "company" in top else None
    contract = _contract(r, top["contract"]) if "contract" in top else None
    services = contract.services if contract is not None else None
    base = Path(base_dir) if base_dir is not None else None
    outages: list[Outage] = []
    if "outages" in top:
        items = r.list(top["outages"], "outages", bounds.MAX_OUTAGES)
        if items is not None and not items:
            r.p.add("outages", "list at least one outage", "empty")
        for i, raw in enumerate(items or []):
            outage = _outage(r, raw, f"outages[{i}]", services, base)
            if outage is not None:
                outages.append(outage)
        missing_tickets(r, contract.sla if contract is not None else None, items)
    lists = {name: (_money_items(r, top[name], name) if name in top else ()) for name in
             ("extra_costs", "savings", "credits_received")}
    version = top.get("format", FORMAT)
    claim = _claim(r, top["claim"], version) if "claim" in top else None
    # a field checked while read and again by the domain's rules is reported once
    r.p.items = list(dict.fromkeys(r.p.items))
    r.p.raise_if_any()
    case = Case(company, contract, tuple(outages), claim, lists["extra_costs"], lists["savings"],
                lists["credits_received"], base_dir=str(base) if base is not None else None)
    r.p.extend(v.check_letter_dates(case))
    r.p.raise_if_any()
    return case


def loads(text: str | bytes, base_dir: str | os.PathLike | None = None) -> Case:
    try:
        doc = json.loads(text, parse_float=float, parse_constant=_reject_constant,
                         object_pairs_hook=_KeyedObject.from_pairs)
    except (ValueError, RecursionError) as exc:
        raise ValidationError([Problem("(document)", f"not valid JSON: {exc}", "json")]) from None
    duplicates = [Problem(path, "this key appears more than once in its object", "duplicate_key")
                  for path in _duplicate_keys(doc, "")]
    if duplicates:
        raise ValidationError(duplicates)
    return from_dict(doc, base_dir)


class _KeyedObject(dict):
    """A JSON object that remembers the keys it had twice (json keeps only the last value)."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> dict:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            obj.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
        return obj


def _duplicate_keys(node: Any, path: str):
    """The paths of every key given twice, anywhere in the document (iteratively: deep nesting
    was already refused by the parser)."""
    stack = [(node, path)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key in getattr(node, "duplicates", ()):
                yield f"{path}.{key}" if path else key
            stack.extend((value, f"{path}.{key}" if path else key) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{path}[{i}]") for i, value in enumerate(node))


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def read(path: str | os.PathLike) -> Case:
    """Read and validate a case file; evidence files are looked for next to it."""
    path = Path(path)
    # a missing or unreadable file raises safe_paths.CannotRead (exit 1): its content is not at fault
    data = safe_paths.read_limited(path, MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError([Problem("(document)", "the file is not UTF-8 text", "encoding")]) from None
    return loads(text, path.parent.resolve())


# ---- writing -------------------------------------------------------------------------------


def _put(d: dict, key: str, value) -> None:
    if value is not None:
        d[key] = value


def to_dict(case: Case) -> dict:
    c = case.company
    company: dict[str, Any] = {"name": c.name, "address": list(c.address)}
    _put(company, "registration_id", c.registration_id)
    _put(company, "email", c.email)
    _put(company, "phone", c.phone)
    company["signatory"] = {"name": c.signatory.name, "title": c.signatory.title}
    if c.bank is not None:
        company["bank"] = {k: getattr(c.bank, k) for k in ("holder", "iban", "bic", "account")
                           if getattr(c.bank, k) is not None}
    company.update({
        "jurisdiction": c.jurisdiction,
        "timezone": c.timezone,
        "currency": c.currency,
        "opening_hours": {day: [[s.start_text, s.end_text] for s in c.opening_hours[day]]
                          for day in WEEKDAYS if day in c.opening_hours},
        "closed_dates": [d.isoformat() for d in c.closed_dates],
        "channels": [{"name": ch.name, "share": str(ch.share), "depends_on": list(ch.depends_on)}
                     for ch in c.channels],
        "baseline": {
            "standard_turnover": {day: str(c.baseline.standard_turnover[day]) for day in WEEKDAYS
                                  if day in c.baseline.standard_turnover},
            "trend": str(c.baseline.trend),
            "average_order_value": str(c.baseline.average_order_value),
            "gross_profit_rate": str(c.baseline.gross_profit_rate),
            "recovery_rate": str(c.baseline.recovery_rate),
        },
    })
    k = case.contract
    outages = []
    for o in case.outages:
        item: dict[str, Any] = {"service": o.service, "start": o.start.isoformat(), "end": o.end.isoformat()}
        _put(item, "provider_reference", o.provider_reference)
        _put(item, "description", o.description)
        _put(item, "affected", o.affected)
        if o.reported_at is not None:
            item["reported_at"] = o.reported_at.isoformat()
        if o.evidence:
            item["evidence"] = [{"file": e.file, **({"description": e.description} if e.description is not None else {})}
                                for e in o.evidence]
        outages.append(item)
    money = lambda items: [{"label": i.label, "amount": str(i.amount)} for i in items]  # noqa: E731
    cl = case.claim
    claim: dict[str, Any] = {"kind": cl.kind, "language": cl.language, "date": cl.date.isoformat(),
                             "place": cl.place, "response_days": cl.response_days, "delivery": cl.delivery}
    if cl.previous:
        claim["previous"] = [{"kind": p.kind, "date": p.date.isoformat(),
                              **{k: getattr(p, k) for k in ("reference", "delivery", "tracking")
                                 if getattr(p, k) is not None}} for p in cl.previous]
    _put(claim, "acknowledged", cl.acknowledged)
    if not cl.interest:
        claim["interest"] = False
    # A reminder or formal notice without its earlier letter cannot be /2 (which requires them);
    # /1 readers accept the other /2 keys, so such a claim is written as /1 and loses nothing.
    version = FORMAT_1 if cl.kind in ("reminder", "formal_notice") and not cl.previous else FORMAT
    return {
        "format": version,
        "company": company,
        "contract": {
            "provider": k.provider,
            "provider_address": list(k.provider_address),
            "customer_number": k.customer_number,
            "contract_reference": k.contract_reference,
            "services": list(k.services),
            "monthly_fee": str(k.monthly_fee),
            **({"signed_on": k.signed_on.isoformat()} if k.signed_on else {}),
            **({"service_fees": {s: str(f) for s, f in k.service_fees.items()}} if k.service_fees else {}),
            **({"monthly_fee_tax": k.monthly_fee_tax} if k.monthly_fee_tax != "included" else {}),
            **({"sla": sla_to_dict(k.sla)} if k.sla is not None else {}),
        },
        "outages": outages,
        "extra_costs": money(case.extra_costs),
        "savings": money(case.savings),
        "credits_received": money(case.credits_received),
        "claim": claim,
    }


def dumps(case: Case) -> str:
    return json.dumps(to_dict(case), ensure_ascii=False, indent=2) + "\n"


def write(case: Case, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder, renamed into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(dumps(case), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
