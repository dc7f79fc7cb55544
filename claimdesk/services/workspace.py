"""The desktop app's use cases over one open company file.

The GUI never talks to ``claimdesk.storage`` itself: it asks a :class:`Workspace` to open a file,
page through the outage journal, record an outage as it happens, estimate the loss of selected
outages and store a claim. Everything here is plain Python, so it is tested without a screen.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .. import paths
from ..domain.problems import Problem, ValidationError

if TYPE_CHECKING:
    from ..domain.claim_model import Case, ClaimSpec, MoneyItem, Outage
    from ..domain.loss import LossEstimate
    from ..domain.model import Company, Contract, Heading
    from .backup_info import BackupInfo

DEMO_CASE = ("demo", "bakery-vancouver.json")
RECENT_FILE = "recent.json"
MAX_RECENT = 8
# Outages of one claim are estimated together; more than this is refused (a claim letter lists
# them all, and the live estimate must stay instant).
MAX_ESTIMATE_OUTAGES = 2000
# What the journal can be sorted by (each one an ORDER BY of the company file's query).
JOURNAL_ORDERS = ("service", "provider", "start", "end", "duration", "ticket", "claimed")
# Opening waits this long for a command-line import that has the file (imports take moments).
OPEN_WAIT_SECONDS = 3.0


def _storage():
    # Imported on first use: the storage package pulls in sqlite3, which the start-up path of the
    # command line does not need.
    from .. import storage

    return storage


def _validation():
    # Imported with the first check: opening a file and painting its journal checks nothing.
    from ..domain import validation

    return validation


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class OutageFilter(NamedTuple):
    """What the journal shows; ``None`` means "any". (A named tuple, like the records: it is made
    at every start, where a dataclass would cost ~1 ms to create.)"""

    service: str | None = None
    provider: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    claimed: bool | None = None

    def as_kwargs(self) -> dict:
        return {k: v for k, v in (("service", self.service), ("provider", self.provider),
                                  ("since", self.since), ("until", self.until),
                                  ("claimed", self.claimed)) if v is not None}


EVERY_OUTAGE = OutageFilter()


class UnclaimedSummary(NamedTuple):
    outages: int
    running: int
    claims_waiting: int
    claims_overdue: int


# ---- company files on disk -----------------------------------------------------------------


def company_folder(data_dir: str | os.PathLike | None = None) -> Path:
    return paths.data_dir(data_dir)


def suggested_path(name: str, data_dir: str | os.PathLike | None = None) -> Path:
    """A free file name in the data folder made from the company name."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in name.strip()).strip("-").lower() or "company"
    stem = "-".join(part for part in stem.split("-") if part)[:60]
    folder = company_folder(data_dir)
    candidate = folder / f"{stem}{paths.COMPANY_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{paths.COMPANY_SUFFIX}"
        n += 1
    return candidate


def recent_files(data_dir: str | os.PathLike | None = None) -> list[Path]:
    """Company files opened lately, newest first, only those that still exist."""
    try:
        raw = json.loads((paths.settings_dir(data_dir) / RECENT_FILE).read_text("utf-8"))
        names = [str(x) for x in raw.get("files", [])]
    except (OSError, ValueError, AttributeError):
        return []
    return [Path(n) for n in names if Path(n).is_file()]


def remember(path: Path, data_dir: str | os.PathLike | None = None) -> None:
    path = Path(path).resolve()
    known = recent_files(data_dir)
    if known[:1] == [path]:
        return  # already first (the file the app reopens): nothing to write at each start
    files = [path] + [p for p in known if p.resolve() != path]
    folder = paths.settings_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (RECENT_FILE + ".tmp")
        tmp.write_text(json.dumps({"files": [str(p) for p in files[:MAX_RECENT]]}, indent=1), "utf-8")
        os.replace(tmp, folder / RECENT_FILE)
    except OSError:
        pass  # a recent-files list is a convenience: never fail an open because of it


def demo_case() -> Case:
    from ..casefile import read

    return read(paths.resource(*DEMO_CASE))


# ---- the open company file -----------------------------------------------------------------


class Workspace:
    """One open company file and the use cases of the desktop app over it."""

    def __init__(self, company_file):
        self.file = company_file
        self._company: Company | None = None
        self._contracts: list | None = None

    # opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike, *, actor: str = "", data_dir: str | os.PathLike | None = None,
             read_only: bool = False) -> Workspace:
        """Open a company file; one the user may not write to where it is opens read-only
        (see ``read_only``). A command-line import holding it is waited for a moment."""
        ws = cls(_storage().CompanyFile.open(Path(path), actor=actor, read_only=read_only,
                                             wait=OPEN_WAIT_SECONDS))
        remember(ws.path, data_dir)
        return ws

    @property
    def read_only(self) -> bool:
        """Opened for reading only: nothing can be changed or saved in this session."""
        return self.file.read_only

    @classmethod
    def create(cls, path: str | os.PathLike, company: Company, contracts: tuple[Contract, ...] = (), *,
               actor: str = "", data_dir: str | os.PathLike | None = None,
               remember_file: bool = True) -> Workspace:
        problems = _validation().check_company(company)
        for i, contract in enumerate(contracts):
            problems += _validation().check_contract(contract, f"contracts[{i}]")
        if problems:
            raise ValidationError(problems)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        ws = cls(_storage().CompanyFile.create(path, company, actor=actor))
        for contract in contracts:
            ws.file.add_contract(contract)
        if remember_file:
            remember(ws.path, data_dir)
        return ws

    @classmethod
    def create_demo(cls, data_dir: str | os.PathLike | None = None, *, actor: str = "",
                    remember_file: bool = True) -> Workspace:
        """A company file built from the bakery example: its company, contract and outage, no claim yet.
        ``remember_file=False`` leaves the recent files (the one the app reopens) as they were."""
        case = demo_case()
        ws = cls.create(suggested_path("demo " + case.company.name, data_dir), case.company,
                        (case.contract,), actor=actor, data_dir=data_dir, remember_file=remember_file)
        contract_id = ws.contracts()[0].id
        for o in case.outages:
            ws.file.add_outage(contract_id, o.service, o.start.astimezone(timezone.utc),
                               o.end.astimezone(timezone.utc), o.provider_reference, o.description)
        return ws

    @property
    def path(self) -> Path:
        return Path(self.file.path)

    def close(self) -> None:
        self.file.close()

    def import_case(self, case: Case, *, again: bool = False) -> int:
        """Add a case of this company to the open file as a draft claim (safe in a worker: the
        file serialises its calls); returns the claim id. A case imported before raises an error
        of code ``already_imported`` (with ``claim_id``) unless ``again``: the window asks first."""
        from .company_io import import_case

        try:
            return import_case(case, self.file, again=again)
        finally:  # the profile and contracts may have changed
            self._company = None
            self._contracts = None

    # company and contracts

    def company(self) -> Company:
        if self._company is None:
            self._company = self.file.company()
        return self._company

    def heading(self) -> Heading | Company:
        """The company's name, jurisdiction, zone and currency (its country too): all the main
        window needs to show it, without reading the whole company."""
        return self._company if self._company is not None else self.file.heading()

    def save_company(self, company: Company) -> None:
        problems = _validation().check_company(company)
        if problems:
            raise ValidationError(problems)
        self.file.save_company(company)
        self._company = company

    def draft_costs(self) -> dict[str, str]:
        """Extra costs, savings and credits typed beside the live estimate (kept in the company file)."""
        return self.file.draft_costs()

    def save_draft_costs(self, values: dict[str, str]) -> None:
        self.file.save_draft_costs({k: v for k, v in values.items() if v})

    def contracts(self) -> list:
        if self._contracts is None:
            self._contracts = list(self.file.contracts())
        return self._contracts

    def contract(self, contract_id: int) -> Contract:
        for rec in self.contracts():
            if rec.id == contract_id:
                return rec.contract
        raise KeyError(contract_id)

    def save_contract(self, contract_id: int | None, contract: Contract) -> int:
        problems = _validation().check_contract(contract)
        if problems:
            raise ValidationError(problems)
        if contract_id is None:
            contract_id = self.file.add_contract(contract)
        else:
            self.file.update_contract(contract_id, contract)
        self._contracts = None
        return contract_id

    def contract_providers(self) -> dict[int, str]:
        """Each contract's provider, by contract id (the journal's Provider column)."""
        if self._contracts is not None:
            return {rec.id: rec.contract.provider for rec in self._contracts}
        return self.file.contract_providers()

    def providers(self) -> list[str]:
        return sorted(set(self.contract_providers().values()))

    def services(self) -> list[str]:
        """Services covered by at least one contract, in the model's order."""
        from ..domain.model import SERVICES

        covered = {s for rec in self.contracts() for s in rec.contract.services}
        return [s for s in SERVICES if s in covered]

    def contract_for_service(self, service: str) -> int:
        for rec in self.contracts():
            if service in rec.contract.services:
                return rec.id
        raise ValidationError([Problem("outage.service", f"no contract covers {service!r}", "service_not_covered",
                                       {"service": service})])

    # the journal

    def count_outages(self, flt: OutageFilter = EVERY_OUTAGE) -> int:
        return self.file.count_outages(**flt.as_kwargs())

    def outage_page(self, flt: OutageFilter, offset: int, limit: int, *, order_by: str = "start",
                    descending: bool = True) -> list:
        """One page of the journal, sorted by the file's query (``order_by`` in ``JOURNAL_ORDERS``)."""
        if order_by not in JOURNAL_ORDERS:
            raise ValueError(f"cannot sort the journal by {order_by!r}")
        return self.file.outages(**flt.as_kwargs(), limit=limit, offset=offset, order=order_by,
                                 descending=descending)

    def outage(self, outage_id: int):
        return self.file.outage(outage_id)

    def running_outages(self) -> list:
        return self.file.running_outages()

    def claimable_outages(self, contract_id: int, limit: int = 500) -> list:
        """Ended outages of a contract, unclaimed first, newest first within each group."""
        records = [r for r in self.file.outages(contract_id=contract_id, limit=limit) if r.end is not None]
        return sorted(records, key=lambda r: bool(r.claim_ids))

    def start_outage(self, service: str, *, contract_id: int | None = None, at: datetime | None = None) -> int:
        """"Outage started now": the time is taken now, the contract is the one covering the service."""
        if contract_id is None:
            contract_id = self.contract_for_service(service)
        return self.file.add_outage(contract_id, service, (at or now_utc()).astimezone(timezone.utc))

    def end_outage(self, outage_id: int, *, at: datetime | None = None,
                   provider_reference: str | None = None, reported_at: datetime | None = None) -> None:
        """"Service is back": ends a running outage now (never before it started)."""
        rec = self.file.outage(outage_id)
        end = (at or now_utc()).astimezone(timezone.utc)
        if at is None and end <= rec.start:
            # Pressed in the same second as "Outage started now" (times are kept to the second),
            # or the clock was set back meanwhile: the outage lasted less than a second.
            end = rec.start + timedelta(seconds=1)
        if end <= rec.start:
            raise ValidationError([Problem("outage.end", "must be after the start", "end_before_start")])
        fields = {"end": end}
        if provider_reference:
            fields["provider_reference"] = provider_reference.strip()
        if reported_at is not None:
            # the ticket's time (when the provider's restoration clock starts), never after the end
            fields["reported_at"] = min(reported_at.astimezone(timezone.utc), end)
        self.file.update_outage(outage_id, **fields)

    def save_outage(self, outage_id: int | None, *, contract_id: int, service: str, start: datetime,
                    end: datetime | None, provider_reference: str | None = None,
                    description: str | None = None, affected: str | None = None,
                    reported_at: datetime | None = None) -> int:
        """Check an edited outage (every problem at its field) and store it."""
        problems: list[Problem] = []
        services = self.contract(contract_id).services
        if service not in services:
            problems.append(Problem("outage.service", "the contract does not cover this service",
                                    "service_not_covered", {"service": service}))
        if start.tzinfo is None or (end is not None and end.tzinfo is None):
            problems.append(Problem("outage.start", "start and end must carry a time zone", "naive_time"))
        elif end is not None and end <= start:
            problems.append(Problem("outage.end", "must be after the start", "end_before_start"))
        if reported_at is not None and end is not None and end.tzinfo is not None and reported_at > end:
            problems.append(Problem("outage.reported_at", f"must not be after the end of the outage "
                                    f"({end.isoformat()})", "reported_after_end", {"end": end.isoformat()}))
        if start.tzinfo is not None and start > now_utc():
            problems.append(Problem("outage.start", "lies in the future", "future"))
        if problems:
            raise ValidationError(problems)
        fields = dict(contract_id=contract_id, service=service, start=start.astimezone(timezone.utc),
                      end=end.astimezone(timezone.utc) if end else None,
                      provider_reference=(provider_reference or "").strip() or None,
                      description=(description or "").strip() or None,
                      affected=(affected or "").strip() or None,
                      reported_at=reported_at.astimezone(timezone.utc) if reported_at else None)
        if outage_id is None:
            return self.file.add_outage(**fields)
        self.file.update_outage(outage_id, **fields)
        return outage_id

    def delete_outage(self, outage_id: int) -> None:
        self.file.delete_outage(outage_id)

    def add_evidence(self, outage_id: int, source: str | os.PathLike, description: str | None = None):
        return self.file.add_evidence(outage_id, Path(source), description)

    def add_evidence_files(self, outage_id: int, files, report=None) -> list[tuple[Path, str]]:
        """Add several evidence files; meant for a worker thread (the company file serialises its
        calls with a lock). ``report(done, total)`` gets the progress in per mille of the bytes
        read. Returns ``(file, reason)`` for each file that could not be added; the others are kept."""
        files = [Path(f) for f in files]
        sizes = []
        for f in files:
            try:
                sizes.append(f.stat().st_size)
            except OSError:
                sizes.append(0)
        total = max(1, sum(sizes))
        done = 0
        failed: list[tuple[Path, str]] = []
        for i, path in enumerate(files):
            try:
                # Reading the file once here gives the progress (and warms the OS cache for the copy
                # into the company file, which hashes it again as it stores it).
                with open(path, "rb") as f:
                    while chunk := f.read(1 << 20):
                        done += len(chunk)
                        if report is not None:
                            report(min(1000, done * 1000 // total), 1000)
                self.file.add_evidence(outage_id, path)
            except OSError as exc:
                failed.append((path, exc.strerror or str(exc)))
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
                failed.append((path, getattr(exc, "message", None) or str(exc)))
            done = max(done, sum(sizes[: i + 1]))
        if report is not None:
            report(1000, 1000)
        return failed

    def remove_evidence(self, outage_id: int, evidence_id: int) -> None:
        self.file.remove_evidence(outage_id, evidence_id)

    def export_evidence(self, evidence_id: int, folder: str | os.PathLike) -> Path:
        """A copy of the evidence file in ``folder`` (checked against its SHA-256 first)."""
        return self.file.export_evidence(evidence_id, Path(folder))

    def evidence_copy_to_open(self, evidence_id: int) -> Path:
        """A copy of the evidence file in a folder of its own under the system's temporary folder,
        for the default application to open (the company file itself is never handed out)."""
        import tempfile

        return self.file.export_evidence(evidence_id, Path(tempfile.mkdtemp(prefix="claimdesk-evidence-")))

    def evidence_lookup(self, outage_ids):
        """The exhibits' files of these outages, by SHA-256: ``sha256 -> (size, opener)`` for the
        letter's annex and the dossier. Each opener reads one file from the company file."""
        import io

        found = {}
        for oid in outage_ids:
            for ev in self.file.outage(oid).evidence:
                found.setdefault(ev.sha256, ev)

        def lookup(sha256: str):
            ev = found.get(sha256)
            if ev is None:
                return None
            return ev.size, lambda: io.BytesIO(self.file.evidence_bytes(ev.id))

        return lookup

    def save_claim_dossier(self, claim_id: int, path: str | os.PathLike) -> int:
        """The dossier of a stored claim: its stored letter, then the evidence of its outages as
        numbered exhibits, written atomically to ``path``; returns the page count."""
        from .render import dossier_of_letter

        claim = self.file.claim(claim_id)
        pdf = self.file.claim_pdf(claim_id)
        if not pdf:
            raise ValidationError([Problem("claim", "this claim has no stored letter", "no_letter")])
        _, outages = self.ended_outages(claim.outage_ids)
        company = self.company()
        return dossier_of_letter(pdf, outages, self.evidence_lookup(claim.outage_ids), company, claim.spec, path)

    # estimating

    def ended_outages(self, outage_ids) -> tuple[int, list[Outage]]:
        """The domain outages of the given ids and their one contract; running outages are left out."""
        records = [self.file.outage(i) for i in outage_ids]
        contracts = {r.contract_id for r in records}
        if len(contracts) > 1:
            raise ValidationError([Problem("outages", "the outages belong to different contracts: "
                                           "claim them one contract at a time", "several_contracts")])
        if len(records) > MAX_ESTIMATE_OUTAGES:
            raise ValidationError([Problem("outages", f"select at most {MAX_ESTIMATE_OUTAGES} outages",
                                           "too_many")])
        ended = [r.to_outage() for r in records if r.end is not None]
        return (contracts.pop() if contracts else 0), ended

    def estimate_outages(self, outage_ids, extra_costs=(), savings=(), credits_received=()
                         ) -> tuple[int, LossEstimate]:
        return self.estimate_records([self.file.outage(i) for i in outage_ids], extra_costs, savings,
                                     credits_received)

    def estimate_records(self, records, extra_costs=(), savings=(), credits_received=()
                         ) -> tuple[int, LossEstimate]:
        """The loss estimate of outage records already loaded (no file access once the company and
        contracts are cached, so it may run in a worker thread)."""
        contracts = {r.contract_id for r in records}
        if len(contracts) > 1:
            raise ValidationError([Problem("outages", "the outages belong to different contracts: "
                                           "claim them one contract at a time", "several_contracts")])
        outages = [r.to_outage() for r in records if r.end is not None]
        contract_id = contracts.pop() if contracts else 0
        if not outages:
            raise ValidationError([Problem("outages", "select at least one outage that has ended", "empty")])
        # Not needed to open the window: loaded with the first estimate.
        from ..domain.loss import estimate

        contract = self.contract(contract_id)
        # a restoration clock that starts at the ticket needs each ticket's time (said at its field)
        problems = _validation().check_tickets(contract, outages)
        if problems:
            raise ValidationError(problems)
        return contract_id, estimate(self.company(), contract, outages, extra_costs, savings, credits_received)

    def build_case(self, contract_id: int, outage_ids, spec: ClaimSpec, extra_costs=(), savings=(),
                   credits_received=()) -> Case:
        got, outages = self.ended_outages(outage_ids)
        if got and got != contract_id:
            raise ValidationError([Problem("outages", "belong to another contract", "several_contracts")])
        from ..domain.claim_model import Case

        case = Case(self.company(), self.contract(contract_id), tuple(outages), spec,
                    tuple(extra_costs), tuple(savings), tuple(credits_received))
        problems = _validation().check_case(case)
        if problems:
            raise ValidationError(problems)
        return case

    # claims

    def store_claim(self, contract_id: int, outage_ids, case: Case, amount: Decimal, pdf: bytes | None) -> int:
        return self.file.add_claim(contract_id, tuple(outage_ids), case.claim, amount,
                                   extra_costs=case.extra_costs, savings=case.savings,
                                   credits_received=case.credits_received, pdf=pdf)

    def claims(self) -> list:
        return self.file.claims()

    def set_claim_status(self, claim_id: int, status: str, on: date | None = None) -> None:
        self.file.set_claim_status(claim_id, status, on or date.today())

    def set_amount_received(self, claim_id: int, amount: Decimal | None) -> None:
        """What the provider paid or credited; ``None`` when nothing was received (yet)."""
        if amount is not None and (not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01"))):
            raise ValidationError([Problem("claim.amount_received", "must be an amount of at least 0, "
                                           "with at most 2 decimals", "amount")])
        self.file.set_amount_received(claim_id, amount)

    def claim_pdf(self, claim_id: int) -> bytes | None:
        return self.file.claim_pdf(claim_id)

    def summary(self, today: date | None = None) -> UnclaimedSummary:
        today = today or date.today()
        # sent and not followed up (a letter followed up waits no more), read without the claims
        waiting = self.file.letters_awaiting_answer()
        return UnclaimedSummary(
            outages=self.file.count_unclaimed(),
            running=len(self.running_outages()),
            claims_waiting=len(waiting),
            claims_overdue=sum(1 for _, deadline in waiting if deadline < today),
        )


def is_overdue(claim, today: date | None = None) -> bool:
    """A sent claim whose answer deadline has passed without an answer."""
    return claim.status == "sent" and claim.response_deadline < (today or date.today())


def _money_item(label: str, amount: Decimal) -> MoneyItem:
    from ..domain.claim_model import MoneyItem

    return MoneyItem(label, amount)


def money_items(rows) -> tuple[MoneyItem, ...]:
    """``(label, amount text)`` pairs typed by the user → MoneyItems; empty rows are skipped."""
    items, problems = [], []
    for i, (label, amount) in enumerate(rows):
        label, amount = (label or "").strip(), (amount or "").strip().replace(",", ".")
        if not label and not amount:
            continue
        try:
            value = Decimal(amount)
            if not value.is_finite():
                raise ArithmeticError
        except ArithmeticError:
            problems.append(Problem(f"[{i}].amount", "not an amount", "number"))
            continue
        items.append(_money_item(label or "—", value))
    problems += _validation().check_money_items(tuple(items), "")
    if problems:
        raise ValidationError(problems)
    return tuple(items)


def with_claim_defaults(company: Company, language: str | None = None) -> ClaimSpec:
    """The claim settings a wizard starts from: today, the company's town, 30 days, registered post."""
    from ..domain.claim_model import ClaimSpec

    words = [w for line in company.address[1:2] for w in line.split() if w.isalpha() and len(w) > 2]
    town = words[0] if words else ""
    lang = language or {"FR": "fr", "BE": "fr", "CH": "fr"}.get(company.country, "en")
    return ClaimSpec("claim", lang, date.today(), town, 30, "registered")


def replace_spec(spec: ClaimSpec, **changes) -> ClaimSpec:
    from dataclasses import replace  # the claim side's dataclasses: not loaded to paint the window

    return replace(spec, **changes)


def claim_file_name(company: Company, contract: Contract, spec: ClaimSpec) -> str:
    """``2019-08-07 claim - TELUS Communications Inc - Fraser Street Bakery Ltd.pdf``, safe on every OS."""
    def clean(text: str) -> str:
        return "".join(ch for ch in text if ch not in '<>:"/\\|?*' and ch.isprintable()).strip(" .")

    kind = spec.kind.replace("_", " ")
    return f"{spec.date.isoformat()} {kind} - {clean(contract.provider)} - {clean(company.name)}.pdf"


# ---- case files into company files (both run in a worker thread) -------------------------------


def read_case(path: str | os.PathLike) -> Case:
    """A case file read and checked (ValidationError with every problem)."""
    from ..casefile import read

    return read(Path(path))


def same_company(a: Company, b: Company) -> bool:
    """Whether a case belongs in a company file: the same company name, whatever its case."""
    return a.name.strip().casefold() == b.name.strip().casefold()


def import_case_into(case: Case, company_path: str | os.PathLike, *, actor: str = "", again: bool = False) -> int:
    """Add a case to another company file (created if needed) as a draft claim; returns the claim id.
    That file must not be open in this process (it is locked while open): for the open one, use
    :meth:`Workspace.import_case`."""
    from .company_io import import_case

    return import_case(case, company_path, actor=actor, again=again)


# ---- backups -------------------------------------------------------------------------------------


def backups_of(path: str | os.PathLike) -> list[BackupInfo]:
    """The backups of a company file, newest first."""
    from .backup_info import BackupInfo

    found = []
    for backup in _storage().backups(Path(path)):
        try:
            st = backup.stat()
        except OSError:
            continue
        found.append(BackupInfo(backup, datetime.fromtimestamp(st.st_mtime).astimezone(), st.st_size))
    return found


def restore_backup(path: str | os.PathLike, backup: str | os.PathLike) -> Path:
    """Put a backup in place of a company file (which must not be open); the file it replaces is
    kept beside it under a new name, never deleted. Returns that name (or ``path`` if there was
    no file)."""
    return _storage().restore_backup(Path(backup), Path(path))


def __getattr__(name: str):
    # BackupInfo is defined with the first listing of backups, not at start-up (PEP 562).
    if name == "BackupInfo":
        from .backup_info import BackupInfo

        return BackupInfo
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
