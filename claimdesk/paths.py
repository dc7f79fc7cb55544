"""Where ClaimDesk finds its resources and keeps its data.

Resources are found the same way from a checkout, an installed wheel and a PyInstaller bundle;
data folders come from platformdirs unless ``--data-dir`` (or ``CLAIMDESK_DATA_DIR``) says
otherwise. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ClaimDesk"
APP_AUTHOR = "ClaimDesk"
COMPANY_SUFFIX = ".claimdesk"


def _shipped_dir(name: str) -> Path:
    """A folder shipped with the app: in the bundle, inside the package (a wheel), or beside it (a checkout)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    package = Path(__file__).resolve().parent
    for candidate in (package / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    return package.parent / name


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, jurisdiction packs, icons, the demo company)."""
    return _shipped_dir("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    """The compiled Qt catalogs (``claimdesk_<lang>.qm``)."""
    return _shipped_dir("translations")


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder for company files: ``--data-dir``, else ``CLAIMDESK_DATA_DIR``, else platformdirs."""
    chosen = override or os.environ.get("CLAIMDESK_DATA_DIR")
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get("CLAIMDESK_DATA_DIR")
    if chosen:
        return Path(chosen) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def settings_dir(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get("CLAIMDESK_DATA_DIR")
    if chosen:
        return Path(chosen) / "settings"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
