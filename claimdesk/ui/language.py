"""The interface language: the user's choice (kept in the settings folder), applied at once.

Switching swaps the Qt translators; Qt then sends ``QEvent.LanguageChange`` to every widget, and
each window, dialog, page and panel (through :class:`Retranslating`) sets its texts again and
re-formats its dates and amounts for the new language.

Our widgets hear of it through a signal (:func:`changes`), not by overriding ``changeEvent``: the
first event Qt hands to Python costs ~3 ms (PySide then builds the Python types of ``QEvent``, its
179 kinds and its 52 subclasses), and a main window that takes no event in Python before its first
paint shows that much sooner. One hidden widget takes the events and passes them on.
"""

from __future__ import annotations

import json
import logging
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from .. import paths

log = logging.getLogger(__name__)

SETTINGS_FILE = "interface.json"
PROPERTY = "claimdesk_language"
# The choices of the settings dialog; language names are written in their own language.
CHOICES = (
    ("system", QT_TRANSLATE_NOOP("LanguageChoice", "System default")),
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("nl", "Nederlands"),
    ("it", "Italiano"),
)


def choice_label(choice: str) -> str:
    for key, text in CHOICES:
        if key == choice:
            return QCoreApplication.translate("LanguageChoice", text) if key == "system" else text
    return choice


def saved_choice(data_dir: str | os.PathLike | None = None) -> str:
    """The language chosen in the settings ("system" unless the user chose one)."""
    try:
        raw = json.loads((paths.settings_dir(data_dir) / SETTINGS_FILE).read_text("utf-8"))
        choice = raw.get("language", "system")
    except (OSError, ValueError, AttributeError):
        return "system"
    return choice if choice in dict(CHOICES) else "system"


def save_choice(choice: str, data_dir: str | os.PathLike | None = None) -> None:
    folder = paths.settings_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (SETTINGS_FILE + ".tmp")
        tmp.write_text(json.dumps({"language": choice}), "utf-8")
        os.replace(tmp, folder / SETTINGS_FILE)
    except OSError as exc:  # the choice still applies to this session
        log.warning("could not save the interface language: %s", exc)


def current_language() -> str:
    """The language the interface speaks now (English until one is applied)."""
    app = QCoreApplication.instance()
    value = app.property(PROPERTY) if app is not None else None
    return value or "en"


def apply_language(choice: str, app: QCoreApplication | None = None) -> str:
    """Switch the interface to ``choice`` ("system" or a language code) now; returns the language."""
    from ..i18n import qt

    app = app or QCoreApplication.instance()
    language = qt.interface_language(None if choice == "system" else choice)
    before = app.property(PROPERTY)
    setter = getattr(qt, "set_language", None)
    if setter is not None:
        setter(app, language)
    else:
        for translator in getattr(app, "_translators", ()):
            app.removeTranslator(translator)
        app._translators = qt.install_translators(app, language)  # kept alive with the app
    app.setProperty(PROPERTY, language)
    if before is not None and before != language:
        # Also when no catalog changed (English, or a catalog missing): dates and amounts follow.
        # Not at start (nothing applied before): no window exists yet to be told, and the event
        # would reach the first window just after its first paint, to set all its texts again.
        from PySide6.QtCore import QEvent

        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language


def problem_text(problem) -> str:
    """A validation problem in the interface language, naming its field ("Rate of gross profit: …"):
    for lists of problems away from their fields (a dialog, a message line)."""
    return _problem_text(problem, "problem_message")


def problem_detail_text(problem) -> str:
    """What is wrong, without the field's name: for the message under the field itself, whose
    label already names it."""
    return _problem_text(problem, "problem_detail")


def _problem_text(problem, kind: str) -> str:
    from ..i18n import problem_texts

    try:
        return getattr(problem_texts, kind)(problem, current_language())
    except Exception:  # noqa: BLE001 - a missing text must never hide the problem itself
        log.debug("no text for problem %s", getattr(problem, "code", None), exc_info=True)
        return problem.message


class LazyFormats:
    """The babel formats of a language and country, built on first use: babel and its locale data
    (tens of ms) are not needed to paint the main window. ``tz`` is there at once for the journal."""

    def __init__(self, language: str, country: str, timezone: str | None = None):
        from zoneinfo import ZoneInfo

        self.language, self.country, self.timezone = language, country, timezone
        self.tz = ZoneInfo(timezone) if timezone else None
        self._real = None

    def __getattr__(self, name):
        if self._real is None:
            from ..i18n.formats import Formats

            self._real = Formats(self.language, self.country, self.timezone)
        return getattr(self._real, name)


class _Changes(QObject):
    """A LanguageChange, which Qt sends every widget, as a signal: the interface language changed
    (new catalogs, or dates and amounts to re-format)."""

    language = Signal()


class _Watch(QWidget):
    """Hidden and never shown: Qt sends a LanguageChange to every top-level widget, this one too,
    and it passes it on. (It takes no event before the first paint: none is sent to every widget
    then.)"""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            changes().language.emit()
        super().changeEvent(event)


_changes: _Changes | None = None


def changes() -> _Changes:
    """The signal for language changes (made, with its hidden widget, on first use)."""
    global _changes
    if _changes is None:
        _changes = _Changes()
        _changes.watch = _Watch()
    return _changes


class Retranslating:
    """Mixin for widgets that set every text in ``retranslate()``: ``language_changed()`` (by default
    ``retranslate()``) runs again when the interface language changes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        changes().language.connect(self.language_changed)

    def language_changed(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError
