"""The outage journal's sorting and selection, as the main window uses them (a mixin of
MainWindow: it works on the window's table, model and actions)."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
)

from ..services.workspace import JOURNAL_ORDERS, MAX_ESTIMATE_OUTAGES
from .outage_model import COLUMNS


class JournalSelection:
    # ---- sorting

    def _sort_changed(self, column: int, order) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[column] not in JOURNAL_ORDERS:  # e.g. the evidence count: keep the current sort
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)
        self.refresh_state()

    def sort_journal(self, key: str) -> None:
        """The keyboard path to a header click: sort by ``key``, or flip the order if already sorted by it."""
        column = COLUMNS.index(key)
        if self.model.order_by == key:
            order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.DescendingOrder if key == "start" else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)

    # ---- selection and live estimate

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_records(self) -> list:
        rows = self.selected_rows()
        if len(rows) > MAX_ESTIMATE_OUTAGES:
            return []
        return [r for r in (self.model.record(row) for row in rows) if r is not None]

    def current_record(self):
        rows = self.selected_rows()
        if rows:
            return self.model.record(rows[0])
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_outage(self, outage_id: int) -> None:
        row = self.model.row_of(outage_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_):
        has = bool(self.selected_rows()) and not self.ws.read_only
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)
        self._estimate_timer_start()

    def _estimate_timer_start(self) -> None:
        self._estimate_timer.start()
