"""Installing Qt translators: ClaimDesk's own catalog and Qt's, for the interface language.

``translations/claimdesk_<lang>.qm`` is compiled from the ``.ts`` files by
``scripts/update_translations.py`` and found through :func:`claimdesk.paths.translations_dir`
(checkout, wheel and bundle alike). Qt's own catalog (``qtbase_<lang>.qm``) translates the
standard buttons and dialogs. A missing catalog simply leaves the English text. English has a
catalog too, with only the plural forms, so that "%n outage(s)" reads "1 outage" / "3 outages".

Changing the language removes the installed translators and installs the new ones: Qt then
sends a LanguageChange event to every widget, which retranslates itself without a restart.

The pseudo-language ``"pseudo"`` (for tests and for translators checking layouts) makes every
string about 40 % longer and accented, keeping placeholders, accelerators and markup intact.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import paths

INTERFACE_LANGUAGES = ("en", "fr", "de", "nl", "it")
PSEUDO = "pseudo"
# The names the language menu shows: each in its own language, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "nl": "Nederlands", "it": "Italiano"}

_INSTALLED = "_claimdesk_translators"
# The application property that holds the language now spoken (read by the windows on a
# LanguageChange to re-format their dates and amounts).
LANGUAGE_PROPERTY = "claimdesk_language"


def interface_language(preferred: str | None = None) -> str:
    """The interface language: the one asked for, else the system's if ClaimDesk has it, else English."""
    if preferred == PSEUDO:
        return PSEUDO
    for candidate in (preferred, QLocale.system().name().split("_")[0]):
        if candidate in INTERFACE_LANGUAGES:
            return candidate
    return "en"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogs may be: Qt's configured folder, then the bundle's PySide6 copy."""
    from PySide6.QtCore import QLibraryInfo  # not for English, which needs no Qt catalog

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    found.append(paths.translations_dir())
    return found


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            return translator
    return None


def current_language(app: QCoreApplication | None = None) -> str:
    app = app or QCoreApplication.instance()
    return (app.property(LANGUAGE_PROPERTY) if app is not None else None) or "en"


def set_language(app: QCoreApplication, language: str | None) -> str:
    """Switch the interface to ``language`` (unknown → system's or English); returns the language set.

    The previous ClaimDesk and Qt translators are removed and the new ones installed, so every
    open widget receives a LanguageChange event.
    """
    language = interface_language(language)
    for old in getattr(app, _INSTALLED, []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
    else:
        # English is the source language: its catalog holds only the plural forms ("1 outage")
        # and Qt's own texts are English already.
        catalogs = [(f"claimdesk_{language}", [paths.translations_dir()])]
        if language != "en":
            catalogs.append((f"qtbase_{language}", qt_translations_dirs()))
        for name, folders in catalogs:
            translator = _load(app, name, folders)
            if translator is not None:
                translators.append(translator)
    for translator in translators:
        app.installTranslator(translator)
    setattr(app, _INSTALLED, translators)
    app.setProperty(LANGUAGE_PROPERTY, language)
    if language != PSEUDO:
        _set_default_locale(language)
    return language


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogs for ``language``; returns them (the app keeps them alive too)."""
    set_language(app, language)
    return list(getattr(app, _INSTALLED, []))


def _set_default_locale(language: str) -> None:
    # Qt's own widgets (date editors, calendars) follow the default locale: keep the system's
    # when it speaks the interface language, else that language in the system's country.
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        QLocale.setDefault(system)
        return
    country = system.name().split("_")[1] if "_" in system.name() else ""
    candidate = QLocale(f"{language}_{country}") if country else QLocale(language)
    if candidate.name().split("_")[0] != language:
        candidate = QLocale(language)
    QLocale.setDefault(candidate)


# ---- the pseudo-language -------------------------------------------------------------------

# Placeholders, markup, entities and accelerators stay exactly as they are.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d|%n|<[^>]*>|&[a-zA-Z]+;|&&|&.|\n")
_ACCENTS = str.maketrans("aceinouyACEINOUY", "àçéîñöüýÀÇÉÎÑÖÜÝ")
GROWTH = 0.4


def pseudo_translate(text: str) -> str:
    """``"Save"`` → ``"[Sàvé~~]"``: accented, 40 % longer, bracketed so cut-offs show."""
    if not text:
        return text
    return "\n".join(_pseudo_line(line) for line in text.split("\n"))


def _pseudo_line(line: str) -> str:
    if not line.strip():
        return line
    pieces, visible, pos = [], 0, 0
    for match in _KEEP.finditer(line):
        plain = line[pos:match.start()]
        pieces.append(plain.translate(_ACCENTS))
        visible += len(plain)
        token = match.group(0)
        pieces.append(token)
        if not token.startswith("<"):
            visible += 1 if token.startswith("&") and not token.endswith(";") else len(token)
        pos = match.end()
    tail = line[pos:]
    pieces.append(tail.translate(_ACCENTS))
    visible += len(tail)
    body = "".join(pieces)
    padding = "~" * max(1, math.ceil(visible * GROWTH) - 2)
    # brackets go inside leading/trailing tags so rich text stays rich text
    lead = re.match(r"^(\s*(?:<[^>]*>\s*)*)", body).group(1)
    trail = re.search(r"((?:\s*<[^>]*>)*\s*)$", body[len(lead):]).group(1)
    middle = body[len(lead):len(body) - len(trail)] if trail else body[len(lead):]
    return f"{lead}[{middle}{padding}]{trail}"


class PseudoTranslator(QTranslator):
    """Translates every string of every context (Qt's too) into the pseudo-language."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return pseudo_translate(source_text or "")

    def isEmpty(self) -> bool:
        return False
