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


def _user_dir(override, subfolder: str, platform_dir: str) -> Path:
    """``--data-dir`` (or ``CLAIMDESK_DATA_DIR``) holds everything, each kind in its subfolder;
    otherwise the platform's folder for that kind (``platformdirs.<platform_dir>``)."""
    chosen = override or os.environ.get("CLAIMDESK_DATA_DIR")
    if chosen:
        return Path(chosen) / subfolder
    import platformdirs

    return Path(getattr(platformdirs, platform_dir)(APP_NAME, APP_AUTHOR))


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder for company files: ``--data-dir``, else ``CLAIMDESK_DATA_DIR``, else platformdirs."""
    return _user_dir(override, "", "user_data_dir")


def log_dir(override: str | os.PathLike | None = None) -> Path:
    return _user_dir(override, "logs", "user_log_dir")


def settings_dir(override: str | os.PathLike | None = None) -> Path:
    return _user_dir(override, "settings", "user_config_dir")
