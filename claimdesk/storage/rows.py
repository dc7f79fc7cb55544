"""What the company file's parts share: rows to domain objects and back, the checks of a row,
and the decorators that turn damage found while reading into a damaged-file error."""

from __future__ import annotations

import functools
import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import SERVICES
from ..domain.problems import Problem, ValidationError
from . import database as db
from .codec import dec_text, from_us, jdump, jload, now_us
from .errors import CorruptFileError, FileLockedError, NotACompanyFileError, StorageError
from .lock import FileLock

if TYPE_CHECKING:
    from ..domain.company_model import BankAccount, Company, Contract
    from .claim_records import HistoryEntry

_OUTAGE_FIELDS = ("contract_id", "service", "start", "end", "provider_reference", "description", "affected",
                  "reported_at")
_MONEY_KINDS = (("extra_costs", "extra_cost"), ("savings", "saving"), ("credits_received", "credit"))
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound values
_AUTO_BACKUP_AGE = timedelta(days=1)



def _default_actor() -> str:
    import getpass  # with the first change: it pulls in termios and pwd, which reading needs not

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing for
        return ""


def _raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


class _BadRow(CorruptFileError):
    """A row that does not decode (a flipped bit in a JSON text, a date, an amount)."""


def _decoding(function):
    """Rows to domain objects: a value that does not decode is damage, not a Python error."""
    @functools.wraps(function)
    def decode(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (ValueError, TypeError, KeyError, IndexError, ArithmeticError) as exc:
            raise _BadRow(f"A record of the company file is damaged ({type(exc).__name__}).") from exc
    return decode


def _reading(method):
    """A read of the file: damage found while reading is reported as a damaged file, with its
    latest backup, instead of a database or JSON error."""
    @functools.wraps(method)
    def read(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _BadRow as exc:
            raise db.corrupt(self.path) from exc
        except sqlite3.DatabaseError as exc:
            if db.is_damage(exc):
                raise db.corrupt(self.path) from exc
            raise
    return read


# ---- rows <-> domain objects ----------------------------------------------------------------

# Sort keys of the journal: (term, ascending) for the ascending order; ``descending`` flips every
# term, ties included. Start, service and duration walk an existing index both ways; the others
# sort in a temporary B-tree (tens of ms for 100,000 outages, once per page of rows).
_PROVIDER_RANK = "provider rank"
OUTAGE_ORDERS = {
    "start": (("o.start_us", True), ("o.id", True)),
    "service": (("o.service", True), ("o.start_us", False), ("o.id", False)),  # newest first within a service
    "duration": (("o.end_us - o.start_us", True), ("o.id", True)),
    "end": (("o.end_us IS NULL", True), ("o.end_us", True), ("o.id", True)),  # running outages end last
    "provider": ((_PROVIDER_RANK, True), ("o.start_us", False), ("o.id", False)),
    "ticket": (("o.provider_reference IS NULL", True), ("o.provider_reference COLLATE NOCASE", True),
               ("o.start_us", False), ("o.id", False)),
    "claimed": (("EXISTS (SELECT 1 FROM claim_outage co WHERE co.outage_id = o.id)", True),
                ("o.start_us", False), ("o.id", False)),
}
_OUTAGE_SELECT = ("SELECT o.id, o.contract_id, o.service, o.start_us, o.end_us, o.provider_reference, "
                  "o.description, o.affected, o.reported_us FROM outage o")
_CLAIM_SELECT = ("SELECT c.id, c.contract_id, c.kind, c.language, c.claim_date, c.place, c.response_days, "
                 "c.delivery, c.status, c.amount_claimed, c.amount_received, c.created_us, "
                 "EXISTS (SELECT 1 FROM claim_pdf p WHERE p.claim_id = c.id), c.previous, c.acknowledged, "
                 "c.interest FROM claim c")


def _exists(path: Path) -> StorageError:
    return StorageError(f"{path.name} already exists; open it instead.", "exists", path=str(path))


def _os_error(path: Path, exc: OSError) -> StorageError:
    if db.is_disk_full(exc):
        return db.disk_full(path)
    return StorageError(f"Cannot write {path.name} in {path.parent}: {exc.strerror or exc}.", "unwritable",
                        path=str(path))


def _check_company_row(con, path: Path) -> None:
    """The profile is read at every opening: a file without one, or with a damaged one, is refused."""
    try:
        if not con.execute("SELECT 1 FROM company").fetchone():
            raise NotACompanyFileError(f"{path.name} has no company profile.", path=str(path))
        _company_values(con)
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, ArithmeticError):
        raise db.corrupt(path) from None


def _tidy_after_refusal(path: Path, before: set[Path], lock: FileLock | None) -> None:
    """A refused file is left as it was found: no -wal/-shm made by the checks, no lock file."""
    own = lock
    if own is None:
        own = FileLock(path)
        try:
            own.acquire(path.stem)
        except (OSError, FileLockedError):
            return  # someone else has it open (or the folder is read-only): their files, not ours
    try:
        db.remove_new_sidecars(path, before)
    finally:
        if own is not lock:
            own.release()


@_decoding
def _history_entries(rows) -> list[HistoryEntry]:
    from .claim_records import HistoryEntry

    return [HistoryEntry(r[0], from_us(r[1]), r[2], r[3], r[4], r[5], jload(r[6])) for r in rows]


def _log(con, actor: str, action: str, entity: str, entity_id, detail: dict) -> None:
    con.execute("INSERT INTO history (at_us, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                (now_us(), actor, action, entity, entity_id, jdump(detail)))


def _diff(before: dict, after: dict) -> dict:
    return {k: {"from": before.get(k), "to": after.get(k)} for k in sorted(set(before) | set(after))
            if before.get(k) != after.get(k)}


def _missing(entity: str, entity_id) -> StorageError:
    return StorageError(f"There is no {entity} number {entity_id} in this company file.", "not_found",
                        entity=entity, id=entity_id)


def _chunks(ids: list[int]):
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _check_outage(path, service, start, end, services, reported_at=None) -> list[Problem]:
    problems = []
    if service not in SERVICES:
        problems.append(Problem(f"{path}.service", f"unknown service {service!r} (use {', '.join(SERVICES)})",
                                "service", {"service": service}))
    elif service not in services:
        problems.append(Problem(f"{path}.service", f"the contract does not cover {service!r} (it covers "
                                                   f"{', '.join(services)})", "service_not_covered",
                                {"service": service}))
    for name, value in (("start", start), ("end", end)):
        if value is None and name == "end":
            continue
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            problems.append(Problem(f"{path}.{name}", "must be a date and time with a UTC offset", "naive_time"))
    if not problems and end is not None and end <= start:
        problems.append(Problem(f"{path}.end", f"must be after start ({start.isoformat()})", "end_before_start",
                                {"start": start.isoformat()}))
    if reported_at is not None:
        if not isinstance(reported_at, datetime) or reported_at.tzinfo is None or reported_at.utcoffset() is None:
            problems.append(Problem(f"{path}.reported_at", "must be a date and time with a UTC offset", "naive_time"))
        elif not problems and end is not None and reported_at > end:
            problems.append(Problem(f"{path}.reported_at", f"must not be after the end of the outage "
                                    f"({end.isoformat()})", "reported_after_end", {"end": end.isoformat()}))
    return problems


def _company_dict(c: Company) -> dict:
    return {
        "name": c.name, "address": list(c.address), "registration_id": c.registration_id, "email": c.email,
        "phone": c.phone, "signatory": {"name": c.signatory.name, "title": c.signatory.title},
        "jurisdiction": c.jurisdiction, "timezone": c.timezone, "currency": c.currency,
        "opening_hours": {d: [[s.start, s.end] for s in spans] for d, spans in c.opening_hours.items()},
        "closed_dates": [d.isoformat() for d in c.closed_dates],
        "channels": [{"name": ch.name, "share": str(ch.share), "depends_on": list(ch.depends_on)}
                     for ch in c.channels],
        "baseline": {"standard_turnover": {d: str(a) for d, a in c.baseline.standard_turnover.items()},
                     "trend": str(c.baseline.trend), "average_order_value": str(c.baseline.average_order_value),
                     "gross_profit_rate": str(c.baseline.gross_profit_rate),
                     "recovery_rate": str(c.baseline.recovery_rate)},
        "bank": _bank_dict(c.bank),
    }


def _bank_dict(bank: BankAccount | None) -> dict | None:
    if bank is None:
        return None
    return {k: getattr(bank, k) for k in ("holder", "iban", "bic", "account") if getattr(bank, k) is not None}


def _write_company(con, c: Company) -> None:
    b = c.baseline
    con.execute(
        "INSERT OR REPLACE INTO company (id, name, address, registration_id, email, phone, signatory_name, "
        "signatory_title, jurisdiction, timezone, currency, opening_hours, closed_dates, standard_turnover, trend, "
        "average_order_value, gross_profit_rate, recovery_rate, bank) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)",
        (c.name, jdump(list(c.address)), c.registration_id, c.email, c.phone, c.signatory.name, c.signatory.title,
         c.jurisdiction, c.timezone, c.currency,
         jdump({d: [[s.start, s.end] for s in spans] for d, spans in c.opening_hours.items()}),
         jdump([d.isoformat() for d in c.closed_dates]),
         jdump({d: dec_text(a) for d, a in b.standard_turnover.items()}), dec_text(b.trend),
         dec_text(b.average_order_value), dec_text(b.gross_profit_rate), dec_text(b.recovery_rate),
         None if c.bank is None else jdump(_bank_dict(c.bank))))
    con.execute("DELETE FROM channel")
    con.executemany("INSERT INTO channel (position, name, share, depends_on) VALUES (?, ?, ?, ?)",
                    [(i, ch.name, dec_text(ch.share), jdump(list(ch.depends_on))) for i, ch in enumerate(c.channels)])


_BANK_KEYS = frozenset(("holder", "iban", "bic", "account"))


@_decoding
def _company_values(con) -> dict:
    """The profile's row decoded into plain values, where damage shows (a JSON text, a date, an
    amount, a bank key): the opening check stops here, without the company's classes."""
    r = con.execute(
        "SELECT name, address, registration_id, email, phone, signatory_name, signatory_title, jurisdiction, "
        "timezone, currency, opening_hours, closed_dates, standard_turnover, trend, average_order_value, "
        "gross_profit_rate, recovery_rate, bank FROM company WHERE id = 1").fetchone()
    channels = [(n, Decimal(s), tuple(jload(d))) for n, s, d in con.execute(
        "SELECT name, share, depends_on FROM channel ORDER BY position")]
    bank = None if r[17] is None else dict(jload(r[17]))
    if bank is not None and not ("holder" in bank and bank.keys() <= _BANK_KEYS):
        raise KeyError("bank")
    return dict(
        name=r[0], address=tuple(jload(r[1])), registration_id=r[2], email=r[3], phone=r[4],
        signatory=(r[5], r[6]), jurisdiction=r[7], timezone=r[8], currency=r[9],
        opening_hours={d: tuple((a, b) for a, b in spans) for d, spans in jload(r[10]).items()},
        closed_dates=tuple(date.fromisoformat(d) for d in jload(r[11])), channels=channels,
        baseline=({d: Decimal(a) for d, a in jload(r[12]).items()}, Decimal(r[13]), Decimal(r[14]),
                  Decimal(r[15]), Decimal(r[16])),
        bank=bank)


@_decoding
def _read_company(con) -> Company:
    from ..domain.company_model import BankAccount, Baseline, Channel, Company, Signatory, Span

    v = _company_values(con)
    return Company(**dict(
        v, signatory=Signatory(*v["signatory"]),
        opening_hours={d: tuple(Span(a, b) for a, b in spans) for d, spans in v["opening_hours"].items()},
        channels=tuple(Channel(*ch) for ch in v["channels"]), baseline=Baseline(*v["baseline"]),
        bank=None if v["bank"] is None else BankAccount(**v["bank"])))


def _contract_row(c: Contract) -> tuple:
    fees = None if c.service_fees is None else jdump({s: dec_text(f) for s, f in c.service_fees.items()})
    return (c.provider, jdump(list(c.provider_address)), c.customer_number, c.contract_reference,
            jdump(list(c.services)), dec_text(c.monthly_fee), c.signed_on and c.signed_on.isoformat(), fees,
            c.monthly_fee_tax, None if c.sla is None else jdump(_sla_plain(c.sla)))


@_decoding
def _contract(r) -> Contract:
    from ..domain.company_model import Contract

    # SELECT *: the version-2 columns follow the version-1 ones.
    return Contract(r[1], tuple(jload(r[2])), r[3], r[4], tuple(jload(r[5])), Decimal(r[6]),
                    r[7] and date.fromisoformat(r[7]),
                    None if r[8] is None else {s: Decimal(f) for s, f in jload(r[8]).items()}, r[9],
                    None if r[10] is None else _sla_levels(jload(r[10])))


def _contract_dict(c: Contract) -> dict:
    result = {"provider": c.provider, "provider_address": list(c.provider_address),
              "customer_number": c.customer_number, "contract_reference": c.contract_reference,
              "services": list(c.services), "monthly_fee": str(c.monthly_fee)}
    if c.signed_on is not None:
        result["signed_on"] = c.signed_on.isoformat()
    if c.service_fees is not None:
        result["service_fees"] = {s: str(f) for s, f in c.service_fees.items()}
    if c.monthly_fee_tax != "included":
        result["monthly_fee_tax"] = c.monthly_fee_tax
    if c.sla is not None:
        result["sla"] = _sla_plain(c.sla)
    return result


# The service levels' code is loaded only for a contract that has some: most have none, and
# opening a company file then needs none of it.
def _sla_plain(levels) -> dict:
    from ..domain.sla_codec import to_plain

    return to_plain(levels)


def _sla_levels(plain: dict):
    from ..domain.sla_codec import from_plain

    return from_plain(plain)


def _safe_filename(name: str) -> str:
    """A vault name made safe for any file system (no folders, no reserved characters)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().strip(".")
    cleaned = "".join("_" if c in '<>:"|?*' or ord(c) < 32 else c for c in base)
    return cleaned or "evidence"


def _free_name(folder: Path, name: str, data: bytes) -> Path:
    """``name`` in ``folder``, or ``name (2)`` etc. when another file holds that name."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            return target
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target
