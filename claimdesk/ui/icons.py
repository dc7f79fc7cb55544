"""SVG icons from ``resources/icons``; Qt renders them sharp at any device pixel ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from .. import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
