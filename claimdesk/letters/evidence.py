"""The exhibits of a letter: each evidence file numbered, sized and hashed where the case file lives.

Exhibits are numbered 1, 2, 3… across all outages in the letter's outage order; the facts cite
them by number, annex 3 lists them and the dossier (``dossier``) prints them after the letter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO

from ..domain.model import Case

_CHUNK = 1 << 20

Opener = Callable[[], BinaryIO]
# Where the app finds a file of its evidence vault: sha256 -> (size, opener), None if absent.
VaultLookup = Callable[[str], "tuple[int, Opener] | None"]


@dataclass(frozen=True)
class EvidenceRow:
    outage: int  # 1-based number of the outage in the letter's facts
    name: str  # as printed: the relative path, never a path on this machine
    description: str | None
    sha256: str | None  # None when the file could not be read
    number: int = 0  # the exhibit number, 1-based across all outages
    size: int | None = None  # bytes
    # Opens the file for reading (a fresh handle each call); None when it cannot be found.
    open: Opener | None = field(default=None, compare=False, repr=False)

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


def _on_disk(path: Path) -> tuple[int, Opener] | None:
    try:
        if not path.is_file():
            return None
        return path.stat().st_size, lambda: path.open("rb")
    except OSError:
        return None


def evidence_rows(case: Case | None, outages, vault: VaultLookup | None = None) -> list[EvidenceRow]:
    """The exhibits of the outages in letter order. A stored hash (the vault's) is trusted as is
    and its file looked up with ``vault``; other files are found relative to the case file (the
    case-file reader has already refused any that lead out of its folder)."""
    rows = []
    base = Path(case.base_dir) if case is not None and case.base_dir else None
    for number, outage in enumerate(outages, 1):
        for ev in outage.evidence:
            sha, found = ev.sha256, None
            if sha is not None and vault is not None:
                found = vault(sha)
            if found is None:
                path = Path(ev.file)
                if not path.is_absolute():
                    path = base / path if base else None
                if path is not None:
                    found = _on_disk(path)
                    if sha is None and found is not None:
                        sha = file_sha256(path)
            size, opener = found if found is not None else (None, None)
            rows.append(EvidenceRow(number, display_name(ev.file), ev.description, sha, len(rows) + 1,
                                    size, opener if sha is not None else None))
    return rows
