"""The evidence vault: files stored inside the company file as BLOBs, keyed by their SHA-256.

Why inside the database rather than a folder beside it: the company file stays one file that an
accountant can copy, mail or back up whole; SQLite's backup API then copies evidence and records
together, consistently; adding evidence is part of the same transaction as its record, so a crash
never leaves a record without its file or a stray file; and nobody edits a vault file by mistake
in a file manager. Identical files are stored once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import EvidenceTamperedError, StorageError

CHUNK = 1024 * 1024
MAX_EVIDENCE_BYTES = 200 * 1024 * 1024


def hash_file(source: Path) -> tuple[str, int]:
    import hashlib  # with the first evidence file, not at start-up

    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store(con: sqlite3.Connection, source: Path) -> tuple[str, int]:
    """Copy a file into the vault (inside the caller's transaction); returns (sha256, size)."""
    try:
        sha256, size = hash_file(source)
    except OSError as exc:
        raise StorageError(f"Cannot read {source.name}: {exc.strerror or exc}.", "evidence_unreadable",
                           file=str(source)) from None
    if size > MAX_EVIDENCE_BYTES:
        raise StorageError(f"{source.name} is larger than 200 MB; keep a smaller extract as evidence.",
                           "evidence_too_large", file=str(source))
    if con.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha256,)).fetchone():
        return sha256, size
    rowid = con.execute("INSERT INTO blob (sha256, size, data) VALUES (?, ?, zeroblob(?))",
                        (sha256, size, size)).lastrowid
    # Stream the file in, hashing again, so what is stored is what was hashed even if the
    # source changed in between.
    import hashlib  # with the first evidence file, not at start-up

    digest = hashlib.sha256()
    with open(source, "rb") as f, con.blobopen("blob", "data", rowid) as blob:
        written = 0
        while chunk := f.read(CHUNK):
            if written + len(chunk) > size:
                break
            blob.write(chunk)
            digest.update(chunk)
            written += len(chunk)
    if written != size or digest.hexdigest() != sha256:
        raise StorageError(f"{source.name} changed while it was being copied; try again.", "evidence_changed",
                           file=str(source))
    return sha256, size


def read(con: sqlite3.Connection, sha256: str, filename: str) -> bytes:
    """The stored bytes, after checking they still match their SHA-256."""
    row = con.execute("SELECT data FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise EvidenceTamperedError(f"The evidence file {filename} is missing from the company file.",
                                    "evidence_missing", file=filename, sha256=sha256)
    data = bytes(row[0])
    import hashlib

    if hashlib.sha256(data).hexdigest() != sha256:
        raise EvidenceTamperedError(
            f"The evidence file {filename} no longer matches its fingerprint (SHA-256); it has been altered.",
            file=filename, sha256=sha256)
    return data


def drop_unused(con: sqlite3.Connection, sha256s) -> None:
    """Remove vault files no evidence refers to any more (inside the caller's transaction)."""
    for sha256 in set(sha256s):
        con.execute("DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS "
                    "(SELECT 1 FROM evidence WHERE evidence.sha256 = blob.sha256)", (sha256,))
