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
from .records import ClaimRecord, ContractRecord, EvidenceRecord, HistoryEntry, OutageRecord
from .restore import restore_backup
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
