"""The outage journal's filters, sorting and selection, and the costs typed beside the live
estimate, as the main window uses them (a mixin of MainWindow: it works on the window's table,
model, actions and estimate panel)."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
)

from ..services.workspace import JOURNAL_ORDERS, MAX_ESTIMATE_OUTAGES, OutageFilter, now_utc
from .outage_model import COLUMNS

log = logging.getLogger(__name__)
# How many journal pages select_outage reads to find a row (an older outage in a long journal
# under another sort may lie further: it is then simply not selected).
SELECT_SEARCH_PAGES = 10


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

    def select_outage(self, outage_id: int | None) -> None:
        """Select (and show) an outage just logged, ended, edited or added: the reload before has
        emptied the model's pages, so they are read again to find its row."""
        if outage_id is None:
            return
        row = self.model.row_of(outage_id, read_pages=SELECT_SEARCH_PAGES)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _selection_changed(self, *_):
        has = bool(self.selected_rows()) and not self.ws.read_only
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)
        self._estimate_timer_start()

    def _estimate_timer_start(self) -> None:
        self._estimate_timer.start()

    # ---- filters and the costs beside the estimate

    def apply_filter(self) -> None:
        since = None
        period = self.f_period.currentData()
        if period and period != "all":
            since = now_utc() - timedelta(days=int(period))
        self.model.set_filter(OutageFilter(service=self.f_service.currentData(),
                                           provider=self.f_provider.currentData(),
                                           since=since, claimed=self.f_claimed.currentData()))
        self.refresh_state()

    def load_costs(self) -> None:
        """The company file's costs and credits into the box beside the estimate."""
        self._costs_timer.stop()
        saved = self.ws.draft_costs() if self.ws is not None else {}
        for key, edit in self.estimate.extras.edits.items():
            if edit.text() != saved.get(key, ""):
                edit.blockSignals(True)
                edit.setText(saved.get(key, ""))
                edit.blockSignals(False)
        self.estimate.extras.items()  # a saved value shows its message too

    def save_costs(self) -> None:
        """Keep the costs and credits typed, when they are amounts (a wrong one stays on screen only)."""
        self._costs_timer.stop()
        if self.ws is None or self.ws.read_only or self.estimate.extras.items() is None:
            return
        try:
            self.ws.save_draft_costs({k: e.text().strip() for k, e in self.estimate.extras.edits.items()})
        except Exception as exc:  # noqa: BLE001 - the figures on screen stay; the next change tries again
            log.warning("could not keep the costs and credits: %s", exc)
