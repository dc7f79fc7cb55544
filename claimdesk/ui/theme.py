"""Colours that must read well on a light and on a dark palette (Fusion dark, macOS dark mode)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def banner_style(palette: QPalette) -> str:
    """The red "outage running" banner: pale red on light, deep red on dark, text readable on both."""
    if is_dark(palette):
        bg, border, text = "#4a1f1c", "#a5413a", "#f8d7d3"
    else:
        bg, border, text = "#fdecea", "#e6a39c", "#7b241c"
    return (f"#running_banner {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }} "
            f"#running_banner QLabel {{ color: {text}; }}")


def running_color(palette: QPalette) -> QColor:
    """Text of a running outage in the journal."""
    return QColor("#ff7b6b") if is_dark(palette) else QColor("#c0392b")


def overdue_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of an overdue claim's row."""
    if is_dark(palette):
        return QColor("#5a2320"), QColor("#ffd9d4")
    return QColor("#fbe3e0"), QColor("#922b21")


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (screenshots and users who ask for it)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1f1f1f"),
                        (roles.AlternateBase, "#292929"), (roles.ToolTipBase, "#3a3a3a"),
                        (roles.ToolTipText, "#f0f0f0"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e6e6e6"), (roles.BrightText, "#ff6b6b"), (roles.Link, "#6cb4ff"),
                        (roles.Highlight, "#2f6fb3"), (roles.HighlightedText, "#ffffff"),
                        (roles.PlaceholderText, "#9a9a9a"), (roles.Light, "#505050"), (roles.Midlight, "#404040"),
                        (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000")):
        p.setColor(role, QColor(color))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


ERROR_COLOR = "#e74c3c"  # readable on light and dark backgrounds


def error_text(widget) -> None:
    """An error message in red: the palette's text colour, not a style sheet (a style sheet costs
    its parsing and a style of its own for each widget, even while the message is hidden)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
    widget.setPalette(palette)


def muted(widget) -> None:
    """Secondary text (help, formulas, hints) in the palette's placeholder colour. A palette role,
    not a style sheet: it follows a switch between light and dark at once."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def emphasised(widget, point_size: float | None = None, bold: bool = True) -> None:
    """A larger and/or bold font for titles and totals (a font, not a style sheet, for the same reason)."""
    font = widget.font()
    if point_size:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    widget.setFont(font)
