"""File ▸ Restore a backup…: the backups of a company file, newest first, with their date and
size; the chosen one is put in place of the file, which is kept beside it, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..services.workspace import backups_of, restore_backup
from .language import Retranslating
from .storage_messages import storage_text


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(Retranslating, QDialog):
    """``exec()`` true once a backup was restored; ``kept`` is then where the replaced file went."""

    def __init__(self, path, parent=None, reason: str = ""):
        super().__init__(parent)
        self.path = path
        self.kept = None
        self.backups = backups_of(path)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        layout.addWidget(self.reason_label)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, b in enumerate(self.backups):
            for col, text in enumerate((b.saved_at.strftime("%Y-%m-%d %H:%M"), size_text(b.size), b.path.name)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setVisible(not self.backups)
        layout.addWidget(self.empty_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        # a copy made with File ▸ Back up to… (a USB stick, a shared drive) comes back the same way
        self.choose_file = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_file.clicked.connect(self.restore_from_file)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr("Choose the backup to put in place of {0}. The file it replaces is kept beside "
                                   "it, renamed “{0}.damaged-…”: nothing is deleted.").format(self.path.name))
        self.table.setHorizontalHeaderLabels([self.tr("Saved on"), self.tr("Size"), self.tr("Backup file")])
        self.empty_label.setText(self.tr("No backups of this company file were found."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.choose_file.setText(self.tr("Choose a &file…"))
        self.choose_file.setToolTip(self.tr("Restore a copy saved elsewhere, for example with File ▸ Back up to…"))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._restore(chosen.path)

    def restore_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from .letter_actions import documents_folder

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a copy"), str(documents_folder()),
                                              self.tr("Company file (*{0})").format(self.path.suffix))
        if name:
            self._restore(name)

    def _restore(self, backup) -> None:
        try:
            self.kept = restore_backup(self.path, backup)
        except Exception as exc:  # noqa: BLE001 - a failed restore is a message; nothing was changed
            QMessageBox.warning(self, self.tr("The backup was not restored"),
                                storage_text(exc) or getattr(exc, "message", None) or str(exc))
            return
        super().accept()


def offer_restore(parent, path, exc) -> bool:
    """After a damaged file was refused: say so, offer its backups; True once one was restored."""
    from PySide6.QtCore import QCoreApplication

    message = storage_text(exc) or getattr(exc, "message", None) or str(exc)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("MainWindow", "Cannot open this company file"), message,
                      QMessageBox.StandardButton.Close, parent)
    restore = box.addButton(QCoreApplication.translate("MainWindow", "Restore a &backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from pathlib import Path

    dialog = RestoreDialog(Path(path), parent, reason=message)
    return bool(dialog.exec())
