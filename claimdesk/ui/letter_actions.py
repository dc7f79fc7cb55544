"""What a shop owner does with a letter once it is saved: open it, find it, print it, e-mail it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QVBoxLayout

from .language import Retranslating


def open_url(url: QUrl) -> bool:
    """The system's handler for a file, a folder or a mailto: link (one place, so tests can watch)."""
    return QDesktopServices.openUrl(url)


def documents_folder() -> Path:
    """Where a saved letter goes first: the user's Documents, or home when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def safe_file_name(text: str) -> str:
    """A file name every system accepts: no slashes, colons or other reserved characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .") or "letter"


def open_file(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(Path(path).parent)))


def mail_link(subject: str, body: str, to: str = "") -> QUrl:
    url = QUrl(f"mailto:{to}")
    query = QUrlQuery()
    query.addQueryItem("subject", subject)
    query.addQueryItem("body", body)
    url.setQuery(query)
    return url


def print_pdf(path: Path, printer) -> int:
    """Paint every page of a PDF on ``printer``, scaled to its page; the number of pages printed."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {Path(path).name}")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(page, (size * scale).toSize())
            painter.drawImage(0, 0, image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()


class SavedLetterDialog(Retranslating, QDialog):
    """After "Save the letter": where it went, and what to do with it next."""

    def __init__(self, path: Path, subject: str, parent=None):
        super().__init__(parent)
        self.path, self.subject = Path(path), subject
        layout = QVBoxLayout(self)
        # never narrower than its buttons: a longer language widens the dialog, never cuts a button
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.mail_note = QLabel()
        self.mail_note.setWordWrap(True)
        self.mail_note.hide()
        layout.addWidget(self.mail_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.open_button = self._button(lambda: open_file(self.path))
        self.folder_button = self._button(lambda: show_in_folder(self.path))
        self.print_button = self._button(self.print_letter)
        self.mail_button = self._button(self.email_letter)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def _button(self, slot) -> QPushButton:
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter saved"))
        self.message.setText(self.tr("The letter is saved as {0} in {1}.").format(self.path.name,
                                                                                  self.path.parent))
        self.open_button.setText(self.tr("&Open"))
        self.folder_button.setText(self.tr("Show in &folder"))
        self.print_button.setText(self.tr("&Print…"))
        self.mail_button.setText(self.tr("&E-mail the letter…"))
        self.mail_button.setToolTip(self.tr("Opens your mail program with a new message, and the folder with "
                                            "the letter so you can attach it."))
        self.mail_note.setText(self.tr("Your mail program opens a new message. An e-mail link cannot attach a "
                                       "file: drag {0} from the folder that opened into the message, or use "
                                       "your mail program's Attach button.").format(self.path.name))

    def email_letter(self) -> None:
        body = self.tr("Hello,\n\nPlease find attached my letter ({0}).\n\nKind regards").format(self.path.name)
        show_in_folder(self.path)
        open_url(mail_link(self.subject, body))
        self.mail_note.show()

    def print_letter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.path, printer)
        except OSError as exc:
            self.mail_note.setText(self.tr("The letter could not be printed: {0}").format(exc))
            self.mail_note.show()
