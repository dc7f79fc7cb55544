"""Writing the mediator (or court) file from the claims list, then saying where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from ..domain.problems import ValidationError
from .forms import problems_text


def write_referral(view, claim) -> QMessageBox | None:
    """Write the file of the claim's chain into the letters folder; a window-modal message says
    where, with Open and Show in folder. Problems go to the view's error line."""
    from ..services.referral import referral_file_name
    from ..services.referral import write_referral as write

    ws = view.ws
    try:
        target = view.letters_folder() / referral_file_name(ws.file, claim.id)
        target.parent.mkdir(parents=True, exist_ok=True)
        written = write(ws.file, claim.id, target)
    except ValidationError as exc:
        view._show_error(problems_text(exc.problems))
        return None
    except OSError as exc:
        text = QCoreApplication.translate("ReferralActions", "The file could not be written to {0}: {1}")
        view._show_error(text.format(str(view.letters_folder()), exc.strerror or exc))
        return None
    title = QCoreApplication.translate("ReferralActions", "Mediator or court file")
    text = QCoreApplication.translate("ReferralActions", "The file for the mediator or the court was saved as {0}")
    box = QMessageBox(QMessageBox.Icon.Information, title, text.format(str(written[0])),
                      QMessageBox.StandardButton.Close, view)
    role = QMessageBox.ButtonRole.ActionRole
    open_button = box.addButton(QCoreApplication.translate("ReferralActions", "&Open"), role)
    folder_button = box.addButton(QCoreApplication.translate("ReferralActions", "Show in &folder"), role)
    # Action buttons close the box too; opening the file or folder is what they are for.
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0]))))
    folder = str(Path(written[0]).parent)
    folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
    box.open()
    box.written = written
    return box
