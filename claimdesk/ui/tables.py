"""What the app's tables share: column widths that fit their translated titles."""

from __future__ import annotations

from PySide6.QtCore import Qt


def fit_header(table, widths) -> None:
    """Column widths at least as wide as their (translated) titles plus the sort arrow."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for col, width in enumerate(widths):
        title = model.headerData(col, Qt.Orientation.Horizontal) or ""
        table.setColumnWidth(col, max(width, metrics.horizontalAdvance(title) + 32))
