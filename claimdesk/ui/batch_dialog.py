"""File ▸ Letters for many companies…: a network's members' letters in one run.

The user picks case files, or a folder of company files (each one's latest claim is used), an
output folder and, for a collective letter, the network's details. The letters are written by
``claimdesk.services.batch`` in a worker thread, which runs them in worker processes; a progress
dialog can cancel (the letters in hand finish, so no file is left half-written), and the
output folder opens at the end.
"""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import DELIVERIES, JURISDICTIONS, LANGUAGES
from .forms import add_row, ok_cancel, problems_text, show_problems, text_box
from .workers import run_task

# A network's time zone and currency from its jurisdiction: the head office's, as on the letter.
JURISDICTION_ZONES = {"FR": ("Europe/Paris", "EUR"), "BE": ("Europe/Brussels", "EUR"), "CH": ("Europe/Zurich", "CHF"),
                      "CA-QC": ("America/Toronto", "CAD"), "CA-BC": ("America/Vancouver", "CAD"),
                      "CA-AB": ("America/Edmonton", "CAD"), "CA-ON": ("America/Toronto", "CAD")}

# Each letter language named in itself, as a choice of the letter's language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "de": "Deutsch", "nl": "Nederlands", "it": "Italiano"}


def open_folder(path: Path) -> None:
    """Show the result folder in the file manager (replaced in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BatchDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters for many companies"))
        self.setObjectName("batch_dialog")
        layout = QVBoxLayout(self)

        sources = QGroupBox(self.tr("Companies"))
        box = QVBoxLayout(sources)
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Case files and company files"))
        box.addWidget(self.sources)
        buttons = QHBoxLayout()
        self.add_cases = QPushButton(self.tr("Add &case files…"))
        self.add_cases.clicked.connect(self.choose_cases)
        self.add_folder = QPushButton(self.tr("Add the company files of a &folder…"))
        self.add_folder.clicked.connect(self.choose_company_folder)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(lambda: [self.sources.takeItem(self.sources.row(i))
                                             for i in self.sources.selectedItems()])
        for button in (self.add_cases, self.add_folder, self.remove):
            buttons.addWidget(button)
        box.addLayout(buttons)
        layout.addWidget(sources)

        out = QFormLayout()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.out_dir = QLineEdit()
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_out_dir)
        line.addWidget(self.out_dir)
        line.addWidget(choose)
        self.out_field = add_row(out, row)
        self.out_field.set_texts(self.tr("&Output folder:"), self.tr("The letters, their figures and batch.csv "
                                                                    "are written here."), self.tr("Output folder"))
        layout.addLayout(out)

        self.network_box = QGroupBox(self.tr("Also write the ne&twork's collective letter"))
        self.network_box.setCheckable(True)
        self.network_box.setChecked(False)
        form = QFormLayout(self.network_box)
        self.name, self.address = QLineEdit(), text_box(60)
        self.registration_id, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.signatory, self.title = QLineEdit(), QLineEdit()
        self.jurisdiction, self.language, self.delivery = QComboBox(), QComboBox(), QComboBox()
        self.jurisdiction.addItems(JURISDICTIONS)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        deliveries = {"registered": self.tr("Registered mail"), "post": self.tr("Ordinary mail"),
                      "email": self.tr("E-mail")}
        for code in DELIVERIES:
            self.delivery.addItem(deliveries.get(code, code), code)
        self.place = QLineEdit()
        self.response_days = QSpinBox()
        self.response_days.setRange(1, 365)
        self.response_days.setValue(30)
        self.fields = {}
        for key, editor, label in (
                ("network.name", self.name, self.tr("Network &name:")),
                ("network.address", self.address, self.tr("Head office &address:")),
                ("network.registration_id", self.registration_id, self.tr("Registration number:")),
                ("network.email", self.email, self.tr("E-mail:")),
                ("network.phone", self.phone, self.tr("Phone:")),
                ("network.signatory.name", self.signatory, self.tr("&Signed by:")),
                ("network.signatory.title", self.title, self.tr("Signatory's title:")),
                ("network.jurisdiction", self.jurisdiction, self.tr("&Jurisdiction:")),
                ("claim.language", self.language, self.tr("Letter &language:")),
                ("claim.place", self.place, self.tr("&Place of writing:")),
                ("claim.response_days", self.response_days, self.tr("&Days to answer:")),
                ("claim.delivery", self.delivery, self.tr("Deli&very:"))):
            self.fields[key] = add_row(form, editor)
            self.fields[key].set_texts(label)
        layout.addWidget(self.network_box)
        layout.addWidget(ok_cancel(self))
        self.company_files: list[str] = []
        self.jobs: int | None = None  # the machine's cores
        self.report = None

    # -- choosing ------------------------------------------------------------------------------
    def add_sources(self, paths) -> None:
        present = {self.sources.item(i).text() for i in range(self.sources.count())}
        for path in paths:
            if str(path) not in present:
                self.sources.addItem(str(path))

    def choose_cases(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Case files"), "",
                                                self.tr("ClaimDesk case files (*.json)"))
        self.add_sources(paths)

    def choose_company_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder of company files"))
        if folder:
            self.add_sources(sorted(Path(folder).glob("*.claimdesk")))

    def choose_out_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if folder:
            self.out_dir.setText(folder)

    def paths(self) -> list[str]:
        return [self.sources.item(i).text() for i in range(self.sources.count())]

    def network_doc(self) -> dict:
        jurisdiction = self.jurisdiction.currentText()
        zone, currency = JURISDICTION_ZONES[jurisdiction]
        network = {"name": self.name.text().strip(), "address": [
            line.strip() for line in self.address.toPlainText().splitlines() if line.strip()],
            "signatory": {"name": self.signatory.text().strip(), "title": self.title.text().strip()},
            "jurisdiction": jurisdiction, "timezone": zone, "currency": currency}
        for key, editor in (("registration_id", self.registration_id), ("email", self.email),
                            ("phone", self.phone)):
            if editor.text().strip():
                network[key] = editor.text().strip()
        return {"format": "claimdesk-network/1", "network": network,
                "claim": {"language": self.language.currentData(), "date": date.today().isoformat(),
                          "place": self.place.text().strip(), "response_days": self.response_days.value(),
                          "delivery": self.delivery.currentData()}}

    # -- running -------------------------------------------------------------------------------
    def accept(self) -> None:
        from ..domain.problems import ValidationError
        from ..services.collective import network_from_dict

        if not self.paths():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Add at least one case file or company file."))
            return
        self.out_field.set_error(None if self.out_dir.text().strip() else self.tr("Choose the output folder."))
        if not self.out_dir.text().strip():
            return
        network = None
        if self.network_box.isChecked():
            try:
                network = network_from_dict(self.network_doc())
            except ValidationError as exc:
                left = show_problems(self.fields, exc.problems)
                if left:
                    QMessageBox.warning(self, self.windowTitle(), problems_text(left))
                return
        else:
            show_problems(self.fields, [])
        self.start(network)

    def start(self, network) -> None:
        out = Path(self.out_dir.text().strip())
        paths = self.paths()
        stop = threading.Event()
        self.progress = progress = QProgressDialog(self.tr("Writing the letters…"), self.tr("Cancel"), 0,
                                                   len(paths), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def cancel():
            stop.set()
            progress.setLabelText(self.tr("Stopping after the letters in hand…"))

        progress.canceled.connect(cancel)
        self.setEnabled(False)
        # Forking a program with threads can copy a lock another thread holds: spawn the
        # workers, or render here in a frozen app, whose executable is not a Python.
        jobs = 1 if getattr(sys, "frozen", False) else self.jobs
        run_task(write_letters, paths, out, network, jobs, stop.is_set, on_done=self.finished,
                 on_failed=self.failed, on_progress=self.advanced, context=self)

    def advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def failed(self, exc) -> None:
        from .main_window import user_message

        self.progress.close()
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("The letters were not written"), user_message(exc))

    def finished(self, outcome) -> None:
        report, collective = outcome
        self.report = report
        self.progress.close()
        self.setEnabled(True)
        lines = [self.tr("{0} of {1} letters written in {2}.").format(
            len(report.written), len(report.results), report.out_dir)]
        if report.interrupted:
            lines.append(self.tr("Stopped: the other companies were not started."))
        for result in report.invalid + report.failed:
            lines.append(f"{Path(result.file).name}: {problems_text(result.problems[:1])}")
        for file, problem in collective:
            lines.append(self.tr("No collective letter: {0}").format(
                f"{Path(file).name}: {problems_text([problem])}" if file else problems_text([problem])))
        open_folder(report.out_dir)
        QMessageBox.information(self, self.windowTitle(), "\n".join(lines[:20]))
        super().accept()


def write_letters(paths, out: Path, network, jobs, cancelled, report=None):
    """In a worker thread: company files first become case files (in ``out``/cases), then every
    letter is written, then the collective letter if asked for."""
    from ..services import batch
    from ..services.collective import write_collective

    cases = [p for p in paths if not p.lower().endswith(".claimdesk")]
    companies = [p for p in paths if p.lower().endswith(".claimdesk")]
    skipped = []
    if companies:
        exported, skipped = batch.cases_from_company_files(companies, out / "cases")
        cases += [str(p) for p in exported]
    count = [0]

    def progress(_result):
        count[0] += 1
        if report is not None:
            report(count[0], len(cases))

    result = batch.run_batch(cases, out, jobs=jobs, progress=progress, cancelled=cancelled, start_method="spawn")
    if skipped:
        result.results[:0] = skipped
        batch.write_csv(result)
    collective = []
    if network is not None and not result.interrupted:
        collective = write_collective(network, result, out / batch.COLLECTIVE_NAME)
    return result, collective
