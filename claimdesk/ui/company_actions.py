"""The main window's company actions: settings, preferences, a new company, and putting another
company file in place (a mixin of MainWindow)."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)

from .window_helpers import exec_once


class CompanyActions:
    def company_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self, data_dir=self.data_dir)
        if exec_once(dlg):
            self.formats = self._formats()
            self.model.set_formats(self.formats)
            self.refresh_company()

    def preferences(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self, data_dir=self.data_dir)
        dlg.tabs.setCurrentWidget(dlg.interface_tab)
        if exec_once(dlg):
            self.formats = self._formats()
            self.model.set_formats(self.formats)
            self.refresh_company()

    def set_workspace(self, ws) -> None:
        self.save_costs()  # what was typed for the company file being left
        self._undo = None  # a delete in another company file is not undone here
        self.act_undo.setEnabled(False)
        old = self.ws
        self.ws = ws
        self.formats = self._formats()
        self.model.set_workspace(ws, self.formats)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.estimate.view.clear()
        self.refresh_company()
        if old is not None and old is not ws:
            old.close()
        self.workspace_changed.emit()

    def new_company(self) -> None:
        from .company_wizard import CompanyWizard

        wizard = CompanyWizard(self.data_dir, self)
        if exec_once(wizard) and wizard.workspace is not None:
            self.set_workspace(wizard.workspace)
