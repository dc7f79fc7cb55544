"""Small helpers of the main window: messages for failures, dialogs run once, warming up."""

from __future__ import annotations

from datetime import datetime, timezone

from ..domain.problems import ValidationError
from .language import problem_text
from .storage_messages import storage_text


def user_message(exc: Exception) -> str:
    """One calm sentence for a failure the user can act on."""
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems)
    return storage_text(exc) or getattr(exc, "message", None) or str(exc) or type(exc).__name__


def exec_once(dialog) -> bool:
    """Run a dialog, then have it deleted on this (the GUI) thread once its answer has been read:
    dialogs point back at themselves through their callbacks, and Python's cycle collector could
    otherwise delete them from a worker thread."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


def _warm_up(formats, currency: str) -> None:
    from decimal import Decimal

    from ..domain import loss  # noqa: F401 - imported for its side effect: loaded once, here

    formats.money(Decimal("1"), currency)
    formats.percent(Decimal("0.1"))


def local_now(tz) -> datetime:
    return datetime.now(timezone.utc).astimezone(tz)
