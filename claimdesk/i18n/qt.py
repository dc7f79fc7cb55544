"""Installing Qt translators: ClaimDesk's own catalog and Qt's, for the interface language.

The catalogs themselves (``translations/claimdesk_<lang>.qm``) are built from the ``.ts`` files
by another part of the project; a missing catalog simply leaves the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

INTERFACE_LANGUAGES = ("en", "fr", "de", "nl", "it")


def interface_language(preferred: str | None = None) -> str:
    """The interface language: the one asked for, else the system's if ClaimDesk has it, else English."""
    for candidate in (preferred, QLocale.system().name().split("_")[0]):
        if candidate in INTERFACE_LANGUAGES:
            return candidate
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogs for ``language``; returns them so the caller keeps them alive."""
    installed = []
    if language == "en":
        return installed
    sources = ((f"claimdesk_{language}", str(paths.translations_dir())),
               (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
