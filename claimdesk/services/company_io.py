"""Case files and spreadsheets in and out of a company file.

``import_case`` adds a whole case as one transaction (nothing is added if any part fails);
``export_case`` gives back the same claim as a case; the CSV exports are UTF-8 with a header row
and amounts as plain decimals (``1234.56``), for spreadsheets and accountants' scripts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain import validation as v
from ..domain.loss import estimate_case
from ..domain.model import Case
from ..domain.problems import ValidationError
from ..paths import COMPANY_SUFFIX, data_dir
from ..storage import CompanyFile, StorageError

OUTAGE_COLUMNS = ("id", "provider", "contract_reference", "service", "start", "end", "duration_hours",
                  "timezone", "provider_reference", "description", "evidence_files", "claims")
CLAIM_COLUMNS = ("id", "provider", "contract_reference", "kind", "language", "date", "place", "delivery", "status",
                 "status_date", "outages", "currency", "amount_claimed", "amount_offered", "amount_received",
                 "response_deadline", "has_pdf", "created_at", "chain", "follows", "sent_on", "tracking",
                 "letter_sha256")


def company_path(name: str | os.PathLike, data_dir_override: str | os.PathLike | None = None) -> Path:
    """A bare name (``bakery`` or ``bakery.claimdesk``) is looked for in the data folder; anything
    with a folder in it is a path as given."""
    text = os.fspath(name)
    if os.sep in text or (os.altsep and os.altsep in text):
        path = Path(text).expanduser()
    else:
        path = data_dir(data_dir_override) / text
    if path.suffix.lower() != COMPANY_SUFFIX:
        path = path.with_name(path.name + COMPANY_SUFFIX)
    return path


@contextmanager
def opened(company_file: CompanyFile | str | os.PathLike, *, actor: str = ""):
    """Use an open company file as it is, or open one given by its path for reading (without its
    lock: a listing or an export works while the app has the file open) and then close it."""
    if isinstance(company_file, CompanyFile):
        yield company_file
        return
    with CompanyFile.open(company_file, actor=actor, read_only=True) as cf:
        yield cf


def read_only_reason(path: str | os.PathLike) -> str | None:
    """``"file"`` or ``"folder"`` when a company file can be read but not changed where it is."""
    from ..storage.database import why_read_only

    path = Path(path)
    return why_read_only(path) if path.exists() else None


# ---- case files ------------------------------------------------------------------------------


# An import waits this long for another import (or the app) to let go of the file.
IMPORT_WAIT_SECONDS = 30.0


class AlreadyImportedError(StorageError):
    """The same case (same content, same evidence files) was imported before; ``claim_id`` is
    the claim it became. Import it again only on purpose (``again=True``)."""

    code = "already_imported"

    def __init__(self, path: Path, claim_id: int, imported_at: datetime) -> None:
        super().__init__(f"This case was already imported into {path.name} as claim {claim_id} on "
                         f"{imported_at.date().isoformat()}; nothing was added.", claim=claim_id,
                         date=imported_at.date().isoformat(), path=str(path))
        self.claim_id = claim_id
        self.imported_at = imported_at


def case_fingerprint(case: Case, evidence_hashes=()) -> str:
    """SHA-256 of the case's canonical JSON and of its evidence files' contents: the same case
    file imported twice has the same fingerprint."""
    from ..casefile import to_dict

    digest = hashlib.sha256(json.dumps(to_dict(case), sort_keys=True, ensure_ascii=False,
                                       separators=(",", ":")).encode("utf-8"))
    for found in evidence_hashes:
        for sha256 in found:
            digest.update(sha256.encode("ascii"))
    return digest.hexdigest()


def import_case(case: Case, target: CompanyFile | str | os.PathLike, *, actor: str = "",
                again: bool = False, wait: float | None = None) -> int:
    """Add a case to a company file as a draft claim; returns the claim id.

    ``target`` is an open :class:`CompanyFile` (used as it is and left open: the desktop app imports
    into the file it has open) or a path (opened, or created for the case's company, then closed;
    while another process has it, this waits up to ``wait`` seconds).
    The contract is reused when an identical one exists; the company profile is updated from the
    case (the history keeps the previous one); a case for another company is refused, and a case
    imported before raises :class:`AlreadyImportedError` unless ``again``.
    """
    v_problems = v.check_case(case)
    if v_problems:
        raise ValidationError(v_problems)
    sources = _evidence_sources(case)
    # hashed before the transaction, which holds the file's lock: the other users of an open file
    # (the window's journal) wait only for the writing
    hashes = [[_sha256(source) for source in found] for found in sources]
    fingerprint = case_fingerprint(case, hashes)
    if isinstance(target, CompanyFile):
        return _import_into(target, case, sources, hashes, fingerprint, again)
    return _import_into_path(Path(target), case, sources, hashes, fingerprint, again, actor, wait).claim_id


@dataclass(frozen=True)
class Imported:
    claim_id: int
    created: bool  # the company file was made for this import


def import_case_file(case: Case, path: str | os.PathLike, *, actor: str = "", again: bool = False,
                     wait: float | None = None) -> Imported:
    """:func:`import_case` into a company file given by its path, saying whether it made the file."""
    v_problems = v.check_case(case)
    if v_problems:
        raise ValidationError(v_problems)
    sources = _evidence_sources(case)
    hashes = [[_sha256(source) for source in found] for found in sources]
    return _import_into_path(Path(path), case, sources, hashes, case_fingerprint(case, hashes), again, actor, wait)


def _import_into_path(path: Path, case: Case, sources, hashes, fingerprint: str, again: bool, actor: str,
                      wait: float | None) -> Imported:
    cf, created = _open_for_import(path, case, actor, IMPORT_WAIT_SECONDS if wait is None else wait)
    # Closing is best-effort once the claim is committed (CompanyFile.close never raises), so a
    # failure after the commit cannot report the import as failed and invite a second one.
    with cf:
        return Imported(_import_into(cf, case, sources, hashes, fingerprint, again), created)


def _open_for_import(path: Path, case: Case, actor: str, wait: float) -> tuple[CompanyFile, bool]:
    if not path.exists():
        try:
            return CompanyFile.create(path, case.company, actor=actor, wait=wait), True
        except StorageError as exc:
            if exc.code != "exists":  # another import made it meanwhile: add to it
                raise
    cf = CompanyFile.open(path, actor=actor, wait=wait)
    if cf.read_only:
        cf.close()
        raise StorageError(f"{path.name} can only be read here (the file or its folder is read-only); "
                           "nothing was imported.", "read_only", path=str(path))
    return cf, False


def _import_into(cf: CompanyFile, case: Case, sources: list[list[Path]], hashes: list[list[str]],
                 fingerprint: str, again: bool) -> int:
    stored = cf.company()
    if stored.name.strip().casefold() != case.company.name.strip().casefold():
        raise StorageError(f"This case is for “{case.company.name}”, but {Path(cf.path).name} belongs to "
                           f"“{stored.name}”.", "other_company", case_company=case.company.name,
                           file_company=stored.name)
    total = estimate_case(case).total_claimed
    with cf.transaction():
        # checked inside the transaction, under the file's lock: of two imports of one case at
        # the same time, the second sees the first's claim
        earlier = None if again else cf.claim_for_case(fingerprint)
        if earlier is not None:
            raise AlreadyImportedError(Path(cf.path), *earlier)
        if stored != case.company:
            cf.save_company(case.company)
        contract_id = next((r.id for r in cf.contracts() if r.contract == case.contract), None)
        if contract_id is None:
            contract_id = cf.add_contract(case.contract)
        outage_ids = []
        for i, outage in enumerate(case.outages):
            # The same outage claimed again (a reminder, a formal notice) is the same journal entry.
            oid = cf.find_outage(contract_id, outage, exclude=outage_ids)
            if oid is None:
                oid = cf._insert_outage(contract_id, outage.service, outage.start, outage.end,
                                        outage.provider_reference, outage.description, path=f"outages[{i}]",
                                        affected=outage.affected, reported_at=outage.reported_at)
            known = {e.sha256 for e in cf.outage(oid).evidence}
            for evidence, source, digest in zip(outage.evidence, sources[i], hashes[i], strict=True):
                if digest not in known:
                    cf.add_evidence(oid, source, evidence.description, filename=Path(evidence.file).name)
            outage_ids.append(oid)
        return cf.add_claim(contract_id, outage_ids, case.claim, total, extra_costs=case.extra_costs,
                            savings=case.savings, credits_received=case.credits_received,
                            case_sha256=fingerprint)


def _sha256(source: Path) -> str:
    from ..storage.vault import hash_file

    return hash_file(source)[0]


def _evidence_sources(case: Case) -> list[list[Path]]:
    """Where each evidence file of the case is; every missing one, and every one outside the case
    file's folder (an absolute path, ``..``, a link leading out, a device), is reported at once."""
    from ..safe_paths import check_evidence

    base = Path(case.base_dir) if case.base_dir else Path.cwd()
    check_evidence(base, [(f"outages[{i}].evidence[{j}].file", evidence.file)
                          for i, outage in enumerate(case.outages) for j, evidence in enumerate(outage.evidence)])
    return [[base / evidence.file for evidence in outage.evidence] for outage in case.outages]


def export_case(path: str | os.PathLike | CompanyFile, claim_id: int) -> Case:
    """The claim as a case (evidence named by its vault file name, with its SHA-256)."""
    with opened(path) as cf:
        return cf.case_for_claim(claim_id)


def export_case_file(path: str | os.PathLike | CompanyFile, claim_id: int, out: str | os.PathLike) -> Case:
    """Write the claim as a case file; its evidence files go to ``<name>-evidence/`` beside it, so
    the case file reads back (and imports) on its own."""
    from ..casefile import write

    out = Path(out)
    with opened(path) as cf:
        case = cf.case_for_claim(claim_id)
        if any(o.evidence for o in case.outages):
            folder = out.with_name(f"{out.stem}-evidence")
            records = [cf.outage(oid) for oid in cf.claim(claim_id).outage_ids]
            outages = []
            for outage, record in zip(case.outages, records, strict=True):
                files = []
                for e, stored in zip(outage.evidence, record.evidence, strict=True):
                    written = cf.export_evidence(stored.id, folder)
                    files.append(replace(e, file=f"{folder.name}/{written.name}"))
                outages.append(replace(outage, evidence=tuple(files)))
            case = case.with_outages(outages)
    out.parent.mkdir(parents=True, exist_ok=True)
    write(case, out)
    return replace(case, base_dir=str(out.parent.resolve()))


# ---- spreadsheets ------------------------------------------------------------------------------


@contextmanager
def _text_out(out):
    if isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        yield out
        return
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _hours(start: datetime, end: datetime | None) -> str:
    if end is None:
        return ""
    return str((Decimal(int((end - start).total_seconds())) / Decimal(3600)).quantize(Decimal("0.01")))


def outages_csv(company_file, out, *, page: int = 5000) -> int:
    """Every outage, newest first, with local times in the company's zone; returns the row count."""
    with opened(company_file) as cf, _text_out(out) as f:
        tz = ZoneInfo(cf.company().timezone)
        contracts = {r.id: r.contract for r in cf.contracts()}
        w = csv.writer(f)
        w.writerow(OUTAGE_COLUMNS)
        count, offset = 0, 0
        while batch := cf.outages(limit=page, offset=offset):
            for o in batch:
                k = contracts[o.contract_id]
                w.writerow([o.id, k.provider, k.contract_reference, o.service, o.start.astimezone(tz).isoformat(),
                            "" if o.end is None else o.end.astimezone(tz).isoformat(), _hours(o.start, o.end),
                            tz.key, o.provider_reference or "", o.description or "",
                            " ".join(f"{e.filename}" for e in o.evidence), " ".join(map(str, o.claim_ids))])
            count += len(batch)
            offset += page
        return count


def claims_csv(company_file, out) -> int:
    """Every claim with its status and amounts; returns the row count."""
    with opened(company_file) as cf, _text_out(out) as f:
        company = cf.company()
        tz = ZoneInfo(company.timezone)
        contracts = {r.id: r.contract for r in cf.contracts()}
        w = csv.writer(f)
        w.writerow(CLAIM_COLUMNS)
        claims = cf.claims()
        ladder = _ladder(cf)
        for c in claims:
            k = contracts[c.contract_id]
            root, follows, sent, offered = ladder[c.id]
            w.writerow([c.id, k.provider, k.contract_reference, c.spec.kind, c.spec.language, c.spec.date.isoformat(),
                        c.spec.place, c.spec.delivery, c.status, _iso(c.status_dates.get(c.status)), len(c.outage_ids), company.currency,
                        str(c.amount_claimed), "" if offered is None else str(offered),
                        "" if c.amount_received is None else str(c.amount_received),
                        c.response_deadline.isoformat(), "yes" if c.has_pdf else "no",
                        c.created_at.astimezone(tz).replace(microsecond=0).isoformat(), root,
                        "" if follows is None else follows, _iso(sent and sent.sent_on),
                        (sent and sent.tracking) or "", (sent and sent.pdf_sha256) or ""])
        return len(claims)


def _ladder(cf) -> dict:
    """``{claim id: (chain's first claim, letter it follows, sent record, amount offered)}``."""
    from .claims import chains, money_by_claim

    money = money_by_claim(cf)
    result = {}
    for chain in chains(cf):
        previous = None
        for link in chain.links:
            result[link.id] = (chain.root.id, previous, link.sent, money.get(link.id, (None, None))[0])
            previous = link.id
    return result


def _iso(value) -> str:
    return "" if value is None else value.isoformat()


# ---- plain-text listings for the command line ----------------------------------------------------


def _table(header: tuple[str, ...], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip()
             for row in [list(header), *rows]]
    return "\n".join(lines) + "\n"


def outages_table(company_file) -> str:
    with opened(company_file) as cf:
        tz = ZoneInfo(cf.company().timezone)
        contracts = {r.id: r.contract for r in cf.contracts()}
        rows = [[str(o.id), o.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                 "running" if o.end is None else o.end.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                 _hours(o.start, o.end), o.service, contracts[o.contract_id].provider, o.provider_reference or "",
                 " ".join(map(str, o.claim_ids))] for o in cf.outages()]
        if not rows:
            return "No outages recorded.\n"
        return _table(("id", f"start ({tz.key})", "end", "hours", "service", "provider", "ticket", "claims"), rows)


def claims_table(company_file) -> str:
    with opened(company_file) as cf:
        company = cf.company()
        contracts = {r.id: r.contract for r in cf.contracts()}
        rows = [[str(c.id), c.spec.date.isoformat(), c.spec.kind, c.spec.language, contracts[c.contract_id].provider,
                 c.status, f"{c.amount_claimed} {company.currency}",
                 "" if c.amount_received is None else f"{c.amount_received} {company.currency}",
                 c.response_deadline.isoformat()] for c in cf.claims()]
        if not rows:
            return "No claims recorded.\n"
        return _table(("id", "date", "kind", "language", "provider", "status", "claimed", "received", "answer by"),
                      rows)
