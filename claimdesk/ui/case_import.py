"""Importing a case file from the main window (off the GUI thread), and the recent files menu: a
mixin of MainWindow. Its texts are in the main window's translation context."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from .window_helpers import user_message
from .workers import run_task


class CaseImport:
    # ---- importing a case file (off the GUI thread)

    def import_case_file(self, path=None) -> None:
        """File ▸ Import case file…: the case is read and checked, then added as a draft claim, in a
        worker; into this company's file when it is the same company, else into a new file."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

        if self._importing:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Import a case file"), "",
                                                  QCoreApplication.translate("MainWindow", "ClaimDesk case files (*.json)"))
            if not path:
                return
        from ..services import workspace as wsvc

        self._importing = True
        progress = QProgressDialog(QCoreApplication.translate("MainWindow", "Reading the case file…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Importing"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_progress = progress

        def finished():
            self._importing = False
            progress.reset()
            progress.deleteLater()

        def failed(exc):
            finished()
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "The case file was not imported"), user_message(exc))

        def failed_or_ask(retry):
            """A case imported before: ask whether to import it again (a second claim)."""
            def handle(exc):
                if getattr(exc, "code", None) != "already_imported":
                    failed(exc)
                    return
                params = getattr(exc, "params", {})
                answer = QMessageBox.question(
                    self, QCoreApplication.translate("MainWindow", "Already imported"),
                    QCoreApplication.translate("MainWindow", "This case was already imported as claim no. {0} on {1}. Import it again, as "
                            "another claim?").format(params.get("claim"), params.get("date")))
                if answer == QMessageBox.StandardButton.Yes:
                    retry()
                else:
                    finished()
                    show_claim(params.get("claim"), imported=False)
            return handle

        def read_done(case):
            progress.setLabelText(QCoreApplication.translate("MainWindow", "Adding the outages and the claim…"))
            if wsvc.same_company(case.company, self.ws.company()):
                # into the open company file, which stays open (its calls are serialised)
                def here(again=False):
                    run_task(self.ws.import_case, case, again=again, on_done=imported_here,
                             on_failed=failed_or_ask(lambda: here(True)), context=self)
                here()
                return
            answer = QMessageBox.question(
                self, QCoreApplication.translate("MainWindow", "Another company"),
                QCoreApplication.translate("MainWindow", "This case is for “{0}”, not “{1}”. Create a company file for “{0}” and "
                        "import it there?").format(case.company.name, self.ws.company().name))
            if answer != QMessageBox.StandardButton.Yes:
                finished()
                return
            target = wsvc.suggested_path(case.company.name, self.data_dir)

            def elsewhere(again=False):
                run_task(wsvc.import_case_into, case, target, again=again,
                         on_done=lambda r: imported_elsewhere(target, r),
                         on_failed=failed_or_ask(lambda: elsewhere(True)), context=self)
            elsewhere()

        def imported_here(claim_id):
            finished()
            self.refresh_company()  # the case may have updated the profile or added a contract
            show_claim(claim_id)

        def imported_elsewhere(target, claim_id):
            finished()
            self._reopen(target)
            show_claim(claim_id)

        def show_claim(claim_id, imported=True):
            self.tabs.setCurrentIndex(1)
            self.claims.select_claim(claim_id)
            if imported:
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Case imported as a draft claim (no. {0}).").format(claim_id),
                                             8000)

        run_task(wsvc.read_case, path, on_done=read_done, on_failed=failed, context=self)

    def letters_for_many(self) -> None:
        """File ▸ Letters for many companies…: a network's members' letters in one run."""
        from .batch_dialog import BatchDialog

        dialog = BatchDialog(self)
        self.batch_dialog = dialog
        dialog.open()

    def _reopen(self, path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..services.workspace import Workspace

        self.centralWidget().setEnabled(True)
        try:
            ws = Workspace.open(path, data_dir=self.data_dir)
        except Exception as exc:  # noqa: BLE001 - reported; the window stays usable for another file
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot open this company file"), user_message(exc))
            return
        self.set_workspace(ws)

    def _fill_recent(self) -> None:
        from ..services.workspace import recent_files

        self.recent_menu.clear()
        for path in recent_files(self.data_dir):
            act = self.recent_menu.addAction(path.name)
            act.setToolTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)
