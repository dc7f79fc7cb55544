"""Rendering a claim's letter: the one path from a case to its PDF, for the GUI and the CLI.

Importing this module loads reportlab (about 0.1 s): import it lazily, off the GUI start-up path.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.loss import LossEstimate, estimate_case
from ..domain.model import Case
from ..domain.problems import ValidationError
from ..domain.validation import check_case
from ..letters.cover import build_cover
from ..letters.document import build_letter
from ..letters.evidence import EvidenceRow, VaultLookup, evidence_rows
from ..rules.packs import load as load_pack
from ..safe_paths import check_evidence, finish_temp, missing_folder
from .estimate import response_deadline, summary


@dataclass(frozen=True)
class RenderedLetter:
    pdf: bytes
    pages: int
    summary: dict  # the claimdesk-summary/1 object, with ``pages``
    cover: bytes | None = None  # the user's cover sheet, never sent with the letter
    exhibits: tuple[EvidenceRow, ...] = ()
    paper: str = "A4"


def render_pdf(case: Case, estimate: LossEstimate | None = None, vault: VaultLookup | None = None, *,
               cover: bool = False) -> RenderedLetter:
    """The letter of a case as PDF bytes (and its cover sheet when asked); raises ValidationError
    for a case that is not valid. ``vault`` finds the evidence files stored in a company file (by
    SHA-256)."""
    problems = check_case(case)
    if problems:
        raise ValidationError(problems)
    # files the letter hashes must lie in the case file's folder (a vault's carry their hash); a
    # missing one is said so in the letter
    check_evidence(case.base_dir or Path.cwd(), [(f"outages[{i}].evidence[{j}].file", e.file)
                                                 for i, o in enumerate(case.outages) for j, e in enumerate(o.evidence)
                                                 if e.sha256 is None], missing_ok=True)
    estimate = estimate or estimate_case(case)
    pack = load_pack(case.company.jurisdiction)
    outages = sorted(case.outages, key=lambda o: (o.start, o.end, o.service))
    exhibits = evidence_rows(case, outages, vault)
    letter = build_letter(case, estimate, pack, exhibits, response_deadline(case))
    sheet = build_cover(case, pack, exhibits, response_deadline(case)) if cover else None
    return RenderedLetter(letter.pdf, letter.pages, summary(case, estimate, pages=letter.pages), sheet,
                          tuple(exhibits), pack.paper)


def write_dossier(case: Case, rendered: RenderedLetter, out) -> int:
    """The claim dossier (the letter, its annexes, every exhibit) written to the binary file
    ``out``; returns its page count."""
    from ..letters.dossier import setting
    from ..letters.dossier import write_dossier as write

    s = setting(case.claim.language, case.company.country, rendered.paper, case.claim.date)
    return write(rendered.pdf, list(rendered.exhibits), s, out).pages


def _atomically(path, write) -> int:
    """``write(binary_file)`` into a temporary file beside ``path``, renamed into place once done."""
    target = Path(path)
    error = missing_folder(target)
    if error:
        raise error
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:100]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        finish_temp(name)
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)
    return result


def dossier_to_file(case: Case, rendered: RenderedLetter, path) -> int:
    """The dossier of a letter just rendered, written atomically to ``path``; its page count."""
    return _atomically(path, lambda fh: write_dossier(case, rendered, fh))


def dossier_of_letter(letter_pdf: bytes, outages, vault: VaultLookup, company, spec, path) -> int:
    """The dossier of a stored letter: the exhibits of its outages (numbered in the letter's
    outage order) after its pages, written atomically to ``path``; its page count."""
    from ..letters.dossier import setting
    from ..letters.dossier import write_dossier as write

    ordered = sorted(outages, key=lambda o: (o.start, o.end, o.service))
    rows = evidence_rows(None, ordered, vault)
    s = setting(spec.language, company.country, load_pack(company.jurisdiction).paper, spec.date)
    return _atomically(path, lambda fh: write(letter_pdf, rows, s, fh).pages)


def _write_temp(folder: Path, stem: str, data: bytes) -> Path:
    # the target's name shortened: a name near the system's limit must not fail as a temporary one
    fd, name = tempfile.mkstemp(prefix=f".{stem[:100]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        finish_temp(name)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def render_to_file(case: Case, out_path, summary_path=None, cover_path=None, dossier_path=None) -> RenderedLetter:
    """Render and write the PDF (the summary JSON, the cover sheet, the dossier) atomically: each is
    written to a temporary file in its target folder and renamed into place only once everything
    has been produced, so a failure leaves no partial or empty file behind."""
    for target in (out_path, summary_path, cover_path, dossier_path):
        error = target is not None and missing_folder(target)
        if error:
            raise error  # naming the user's folder, not the temporary file that could not be made
    rendered = render_pdf(case, cover=cover_path is not None)
    targets = [(Path(out_path), rendered.pdf)]
    if cover_path is not None:
        targets.append((Path(cover_path), rendered.cover))
    if summary_path is not None:
        text = json.dumps(rendered.summary, ensure_ascii=False, indent=2) + "\n"
        targets.append((Path(summary_path), text.encode("utf-8")))
    temps: list[tuple[Path, Path]] = []
    try:
        if dossier_path is not None:
            # Streamed to its temporary file: the exhibits are never all in memory as bytes.
            target = Path(dossier_path)
            fd, name = tempfile.mkstemp(prefix=f".{target.name[:100]}.", suffix=".tmp", dir=target.parent)
            temps.append((Path(name), target))
            with os.fdopen(fd, "wb") as fh:
                write_dossier(case, rendered, fh)
                fh.flush()
                os.fsync(fh.fileno())
            finish_temp(name)
        for target, data in targets:
            temps.append((_write_temp(target.parent, target.name, data), target))
        for temp, target in temps:
            os.replace(temp, target)
    finally:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
    return rendered
