"""The company file: one SQLite file per company with its outages, evidence and claims.

Only ``services`` use this package; the GUI reaches it through them.
"""

from .company_file import CompanyFile
from .database import backups, latest_backup
from .errors import (
    CorruptFileError,
    EvidenceTamperedError,
    FileLockedError,
    NewerFileError,
    NotACompanyFileError,
    StorageError,
)
from .records import ContractRecord, EvidenceRecord, OutageRecord
from .schema import current_version as schema_version

__all__ = [
    "ClaimRecord",
    "CompanyFile",
    "ContractRecord",
    "CorruptFileError",
    "EvidenceRecord",
    "EvidenceTamperedError",
    "FileLockedError",
    "HistoryEntry",
    "NewerFileError",
    "NotACompanyFileError",
    "OutageRecord",
    "StorageError",
    "backups",
    "latest_backup",
    "restore_backup",
    "schema_version",
]


def __getattr__(name: str):
    # Loaded on first use (PEP 562): opening a company file needs neither the claim records nor
    # the restoring of a backup.
    if name in ("ClaimRecord", "HistoryEntry"):
        from . import claim_records

        return getattr(claim_records, name)
    if name == "restore_backup":
        from .restore import restore_backup

        return restore_backup
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
