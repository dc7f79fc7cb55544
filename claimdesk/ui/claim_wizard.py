"""The claim wizard: outages of one contract → figures → letter settings → PDF preview → save.

QtPdf and the letters service (reportlab) are imported here, and this module is imported only
when the wizard opens, so neither slows the start of the app.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.model import CLAIM_KINDS, DELIVERIES, LANGUAGES, ClaimSpec
from ..domain.problems import ValidationError
from ..services.workspace import claim_file_name, with_claim_defaults
from .claims_view import kind_label
from .estimate_view import EstimateView, ExtrasForm
from .forms import add_row
from .icons import icon
from .outage_model import duration_text, service_label
from .workers import run_task

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ClaimWizard", text)


LANGUAGE_NAMES = {"fr": "Français", "en": "English", "de": "Deutsch", "nl": "Nederlands", "it": "Italiano"}


def delivery_label(d: str) -> str:
    return {"registered": tr("Registered letter"), "post": tr("Ordinary post"), "email": tr("E-mail")}.get(d, d)


class OutagesPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Which outages?"))
        self.setSubTitle(tr("A claim covers outages of one contract. Tick the ones to claim."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.contract = QComboBox()
        for rec in wizard.ws.contracts():
            self.contract.addItem(f"{rec.contract.provider} — {rec.contract.contract_reference}", rec.id)
        add_row(form, tr("&Contract:"), self.contract)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Outages to claim"))
        layout.addWidget(self.list, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)
        self.contract.currentIndexChanged.connect(self._fill)
        self.list.itemChanged.connect(lambda _i: self.completeChanged.emit())
        wanted = wizard.preselected_contract()
        if wanted is not None:
            self.contract.setCurrentIndex(max(0, self.contract.findData(wanted)))
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        cid = self.contract.currentData()
        f = self.w.formats
        for rec in self.w.ws.claimable_outages(cid) if cid is not None else []:
            text = tr("{0}: {1} → {2} ({3})").format(service_label(rec.service), f.datetime(rec.start, "short"),
                                                    f.datetime(rec.end, "short"),
                                                    duration_text((rec.end - rec.start).total_seconds()))
            if rec.provider_reference:
                text += f"  [{rec.provider_reference}]"
            if rec.claim_ids:
                text += "  " + tr("(already in claim no. {0})").format(", ".join(map(str, rec.claim_ids)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = rec.id in self.w.preselected if self.w.preselected else not rec.claim_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.hint.setText(tr("Outages still running are not listed: end them first (Service is back)."))
        self.completeChanged.emit()

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ReviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Check the figures"))
        self.setSubTitle(tr("Add what the outage cost you on top, what you saved, and any credit the provider "
                            "already gave. The figures follow as you type."))
        layout = QHBoxLayout(self)
        self.view = EstimateView()
        layout.addWidget(self.view, 3)
        self.extras = ExtrasForm()
        layout.addWidget(self.extras, 2)
        self.extras.changed.connect(self.update)
        self.estimate = None

    def initializePage(self) -> None:
        self.update()

    def update(self) -> None:  # noqa: A003 - the page's "recompute"
        items = self.extras.items()
        if items is None:
            self.estimate = None
            self.completeChanged.emit()
            return
        try:
            _cid, self.estimate = self.w.ws.estimate_outages(self.w.outage_ids(), items["extra_costs"],
                                                             items["savings"], items["credits_received"])
        except ValidationError as exc:
            self.estimate = None
            self.view.clear("\n".join(p.message for p in exc.problems))
        else:
            self.view.show_estimate(self.estimate, self.w.formats, len(self.w.outage_ids()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.estimate is not None


class LetterPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("The letter"))
        self.setSubTitle(tr("The letter's language can differ from ClaimDesk's: write in the language your "
                            "provider uses."))
        spec = with_claim_defaults(wizard.ws.company())
        form = QFormLayout(self)
        self.kind = QComboBox()
        for k in CLAIM_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(self.language.findData(spec.language))
        self.delivery = QComboBox()
        for d in DELIVERIES:
            self.delivery.addItem(delivery_label(d), d)
        self.date = QDateEdit(QDate(spec.date.year, spec.date.month, spec.date.day))
        self.date.setCalendarPopup(True)
        self.place = QLineEdit(spec.place)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(spec.response_days)
        self.days.setSuffix(tr(" days"))
        add_row(form, tr("&Kind:"), self.kind, tr("A first claim; a reminder if they did not answer; a formal "
                                                 "notice as the last step before a mediator or court."))
        add_row(form, tr("Letter &language:"), self.language)
        add_row(form, tr("&Sent by:"), self.delivery, tr("A registered letter proves when the provider got it."))
        add_row(form, tr("&Date:"), self.date)
        add_row(form, tr("&Place:"), self.place, tr("The town written before the date."))
        add_row(form, tr("&Answer within:"), self.days, tr("The deadline shown in the claims list."))

    def spec(self) -> ClaimSpec:
        d = self.date.date()
        from datetime import date

        return ClaimSpec(self.kind.currentData(), self.language.currentData(), date(d.year(), d.month(), d.day()),
                         self.place.text().strip(), self.days.value(), self.delivery.currentData())


class PreviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.w = wizard
        self.setTitle(tr("Preview"))
        self.setSubTitle(tr("This is the letter as it will be printed."))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(tr("Preparing the letter…"))
        self.progress.setAccessibleName(tr("Preparing the letter"))
        layout.addWidget(self.progress)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(tr("Letter preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        self.rendered = None
        self.buffer = None
        self._seq = 0

    def initializePage(self) -> None:
        self.rendered = None
        self.error.hide()
        self.progress.show()
        self.completeChanged.emit()
        try:
            case = self.w.build_case()
        except ValidationError as exc:
            self._failed(exc)
            return
        self._seq += 1
        seq = self._seq

        def render():
            from ..services.render import render_pdf

            return render_pdf(case, self.w.review.estimate)

        run_task(render, on_done=lambda r: seq == self._seq and self._show(r),
                 on_failed=lambda e: seq == self._seq and self._failed(e), context=self)

    def _show(self, rendered) -> None:
        self.rendered = rendered
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(rendered.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.progress.hide()
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        log.warning("letter not rendered: %s", exc, exc_info=exc)
        self.progress.hide()
        msg = "\n".join(str(p) for p in exc.problems) if isinstance(exc, ValidationError) else str(exc)
        self.error.setText(tr("The letter could not be prepared: {0}").format(msg))
        self.error.show()

    def isComplete(self) -> bool:
        return self.rendered is not None


class SavePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Save the letter"))
        self.setSubTitle(tr("The claim is also kept in the company file, with the letter, so you can follow "
                            "the answer."))
        form = QFormLayout(self)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(wizard.default_folder()))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        box.addWidget(self.folder, 1)
        box.addWidget(browse)
        self.name = QLineEdit()
        self.folder_field = add_row(form, tr("&Folder:"), row, accessible=tr("Folder"))
        self.folder.setAccessibleName(tr("Folder"))
        self.name_field = add_row(form, tr("File &name:"), self.name)
        self.folder.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.name.setText(claim_file_name(self.w.ws.company(), self.w.contract(), self.w.letter.spec()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Choose a folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self) -> Path:
        name = self.name.text().strip()
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        return Path(self.folder.text().strip()) / name

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip() and self.name.text().strip())


class ClaimWizard(QWizard):
    def __init__(self, workspace, formats, preselected=(), parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.preselected = set(preselected)
        self.folder = folder
        self.claim_id = None
        self.saved_path = None
        self.setWindowTitle(tr("New claim — ClaimDesk"))
        self.setWindowIcon(icon("claim"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(900, 760)
        self.outages = OutagesPage(self)
        self.review = ReviewPage(self)
        self.letter = LetterPage(self)
        self.preview = PreviewPage(self)
        self.save = SavePage(self)
        for page in (self.outages, self.review, self.letter, self.preview, self.save):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Save and keep the claim"))

    def preselected_contract(self):
        for oid in self.preselected:
            try:
                return self.ws.outage(oid).contract_id
            except Exception:  # noqa: BLE001 - a vanished outage just is not preselected
                continue
        return None

    def default_folder(self) -> Path:
        from PySide6.QtCore import QStandardPaths

        if self.folder:
            return self.folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    def contract_id(self):
        return self.outages.contract.currentData()

    def contract(self):
        return self.ws.contract(self.contract_id())

    def outage_ids(self) -> list[int]:
        return self.outages.chosen()

    def build_case(self):
        items = self.review.extras.items() or {"extra_costs": (), "savings": (), "credits_received": ()}
        return self.ws.build_case(self.contract_id(), self.outage_ids(), self.letter.spec(),
                                  items["extra_costs"], items["savings"], items["credits_received"])

    def accept(self) -> None:
        rendered = self.preview.rendered
        target = self.save.target()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(rendered.pdf)
            os.replace(tmp, target)
        except OSError as exc:
            self.save.folder_field.set_error(tr("Cannot write there: {0}").format(exc.strerror or exc))
            return
        case = self.build_case()
        self.claim_id = self.ws.store_claim(self.contract_id(), self.outage_ids(), case,
                                            self.review.estimate.total_claimed, rendered.pdf)
        self.saved_path = target
        super().accept()
