"""Errors of the company file, each with a short English message the GUI can show as it is.

``code`` names the situation and ``params`` carries the values, so an interface can translate
the message instead of showing the English one.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    code = "storage"

    def __init__(self, message: str, code: str | None = None, **params) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params


class FileLockedError(StorageError):
    """Another ClaimDesk window or process has this company file open."""

    code = "locked"


class NewerFileError(StorageError):
    """Written by a newer ClaimDesk; the file was left untouched."""

    code = "newer"


class CorruptFileError(StorageError):
    """The integrity check failed; ``backup`` is the latest backup, if there is one."""

    code = "corrupt"

    def __init__(self, message: str, backup: Path | None = None, **params) -> None:
        super().__init__(message, **params)
        self.backup = backup


class NotACompanyFileError(StorageError):
    code = "not_company_file"


class EvidenceTamperedError(StorageError):
    """A stored evidence file no longer matches the SHA-256 recorded when it was added."""

    code = "evidence_tampered"
