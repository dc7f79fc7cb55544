"""A backup of a company file as the restore dialog lists it.

Apart from ``workspace`` (which still exports it) so that the app's start defines no class it
does not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    saved_at: datetime  # aware, local time of the machine
    size: int  # bytes
