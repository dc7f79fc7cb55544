"""The evidence list of a letter: each file with its SHA-256, hashed where the case file lives."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..domain.model import Case

_CHUNK = 1 << 20


@dataclass(frozen=True)
class EvidenceRow:
    outage: int  # 1-based number of the outage in the letter's facts
    name: str  # as printed: the relative path, never a path on this machine
    description: str | None
    sha256: str | None  # None when the file could not be read

    @property
    def missing(self) -> bool:
        return self.sha256 is None


def display_name(file: str) -> str:
    """A relative path as typed; only the file name for an absolute path or one leaving the folder."""
    path = PurePath(file.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.drive if hasattr(path, "drive") else ""):
        return path.name
    return str(path)


def file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def evidence_rows(case: Case, outages) -> list[EvidenceRow]:
    """Rows for the outages in letter order; a stored hash (the vault's) is trusted as is."""
    rows = []
    base = Path(case.base_dir) if case.base_dir else None
    for number, outage in enumerate(outages, 1):
        for ev in outage.evidence:
            sha = ev.sha256
            if sha is None:
                path = Path(ev.file)
                if not path.is_absolute():
                    path = base / path if base else None
                sha = file_sha256(path) if path else None
            rows.append(EvidenceRow(number, display_name(ev.file), ev.description, sha))
    return rows
