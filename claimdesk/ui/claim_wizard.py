"""The claim wizard: outages of one contract → figures → letter settings → PDF preview → save.

QtPdf and the letters service (reportlab) are imported here, and this module is imported only
when the wizard opens, so neither slows the start of the app.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
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

from ..domain.model import CLAIM_KINDS, DELIVERIES, LANGUAGES, ClaimSpec, PreviousLetter
from ..domain.problems import ValidationError
from ..services.workspace import claim_file_name, with_claim_defaults
from .claim_labels import delivery_label, kind_label
from .estimate_view import EstimateView, ExtrasForm, too_large_text
from .forms import add_row, limit_dates, problems_text
from .icons import icon
from .language import Retranslating
from .outage_model import duration_text, service_label
from .theme import error_text, muted
from .workers import run_task

log = logging.getLogger(__name__)


LANGUAGE_NAMES = {"fr": "Français", "en": "English", "de": "Deutsch", "nl": "Nederlands", "it": "Italiano"}


class OutagesPage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.contract = QComboBox()
        for rec in wizard.ws.contracts():
            self.contract.addItem(f"{rec.contract.provider} — {rec.contract.contract_reference}", rec.id)
        self.contract_field = add_row(form, self.contract)
        layout.addLayout(form)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        self.hint = QLabel()
        muted(self.hint)
        layout.addWidget(self.hint)
        self.contract.currentIndexChanged.connect(self._fill)
        self.list.itemChanged.connect(lambda _i: self.completeChanged.emit())
        wanted = wizard.preselected_contract()
        if wanted is not None:
            self.contract.setCurrentIndex(max(0, self.contract.findData(wanted)))
        self._fill()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which outages?"))
        self.setSubTitle(self.tr("A claim covers outages of one contract. Tick the ones to claim."))
        self.contract_field.set_texts(self.tr("&Contract:"))
        self.list.setAccessibleName(self.tr("Outages to claim"))
        self.hint.setText(self.tr("Outages still running are not listed: end them first (Service is back)."))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(self._item_text(item.data(Qt.ItemDataRole.UserRole + 1)))

    def _item_text(self, rec) -> str:
        f = self.w.formats
        text = self.tr("{0}: {1} → {2} ({3})").format(service_label(rec.service), f.datetime(rec.start, "short"),
                                                     f.datetime(rec.end, "short"),
                                                     duration_text((rec.end - rec.start).total_seconds()))
        if rec.provider_reference:
            text += f"  [{rec.provider_reference}]"
        if rec.claim_ids:
            text += "  " + self.tr("(already in claim no. {0})").format(", ".join(map(str, rec.claim_ids)))
        return text

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        cid = self.contract.currentData()
        for rec in self.w.ws.claimable_outages(cid) if cid is not None else []:
            item = QListWidgetItem(self._item_text(rec))
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, rec)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = rec.id in self.w.preselected if self.w.preselected else not rec.claim_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.completeChanged.emit()

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ReviewPage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.retranslate()
        layout = QHBoxLayout(self)
        self.view = EstimateView()
        layout.addWidget(self.view, 3)
        self.extras = ExtrasForm()
        layout.addWidget(self.extras, 2)
        self.extras.changed.connect(self.update)
        self.estimate = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the figures"))
        self.setSubTitle(self.tr("Add what the outage cost you on top, what you saved, and any credit the "
                                 "provider already gave. The figures follow as you type."))

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
            self.view.clear(problems_text(exc.problems))
        except ArithmeticError:  # amounts saved before the fields were bounded
            self.estimate = None
            self.view.clear(too_large_text())
        else:
            self.view.show_estimate(self.estimate, self.w.formats, len(self.w.outage_ids()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.estimate is not None


class LetterPage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        spec = with_claim_defaults(wizard.ws.company())
        form = QFormLayout(self)
        self.kind = QComboBox()
        for k in CLAIM_KINDS:
            self.kind.addItem("", k)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(self.language.findData(spec.language))
        self.delivery = QComboBox()
        for d in DELIVERIES:
            self.delivery.addItem("", d)
        self.date = QDateEdit(QDate(spec.date.year, spec.date.month, spec.date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        limit_dates(self.date)
        self.place = QLineEdit(spec.place)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(spec.response_days)
        # The facts a follow-up and a provider's desk need (case file /2): the earlier letter a
        # reminder or formal notice cites, the provider's own acknowledgement, the contract date.
        self.previous_kind = QComboBox()
        for k in CLAIM_KINDS[:2]:
            self.previous_kind.addItem("", k)
        # Empty until the user types it or a stored claim of the chain gives it: a guessed date
        # would be cited in the letter as if the provider had received a letter that day.
        self.previous_date = QLineEdit()
        self.previous_tracking = QLineEdit()
        self.acknowledged = QLineEdit()
        self.signed_on = QLineEdit()
        self.fields = {key: add_row(form, editor) for key, editor in (
            ("kind", self.kind), ("language", self.language), ("delivery", self.delivery), ("date", self.date),
            ("place", self.place), ("response_days", self.days), ("previous.kind", self.previous_kind),
            ("previous.date", self.previous_date), ("previous.tracking", self.previous_tracking),
            ("acknowledged", self.acknowledged), ("signed_on", self.signed_on))}
        self.ask_signed_on = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        # The contract's window for claiming its credit: a warning near it or after it (never in the letter).
        self.window = QLabel()
        self.window.setWordWrap(True)
        form.addRow(self.window)
        self.date.dateChanged.connect(self._window)
        self.retranslate()
        self._kind_changed()

    def _show_field(self, key: str, shown: bool) -> None:
        self.fields[key].setVisible(shown)
        self.fields[key].label.setVisible(shown)

    def _kind_changed(self) -> None:
        for key in ("previous.kind", "previous.date", "previous.tracking"):
            self._show_field(key, self.kind.currentData() != "claim")

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Ask for the contract date only when the contract lacks it; start from the last letter
        already stored for these outages, when there is one."""
        self.ask_signed_on = self.w.contract().signed_on is None
        self._show_field("signed_on", self.ask_signed_on)
        chosen = set(self.w.outage_ids())
        earlier = [c for c in self.w.ws.file.claims() if chosen & set(c.outage_ids)]
        if earlier:
            last = max(earlier, key=lambda c: c.spec.date).spec
            self.previous_kind.setCurrentIndex(max(0, self.previous_kind.findData(last.kind)))
            self.previous_date.setText(last.date.isoformat())
        self._window()

    def _window(self) -> None:
        from datetime import date

        estimate = self.w.review.estimate
        deadline = estimate.sla_claim_deadline if estimate is not None else None
        d = self.date.date()
        letter_date = date(d.year(), d.month(), d.day())
        self.window.setText(self.w.review.view.window_warning(deadline, letter_date, self.w.formats))
        self.window.setVisible(bool(self.window.text()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The letter"))
        self.setSubTitle(self.tr("The letter's language can differ from ClaimDesk's: write in the language your "
                                 "provider uses."))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        for i in range(self.delivery.count()):
            self.delivery.setItemText(i, delivery_label(self.delivery.itemData(i)))
        self.days.setSuffix(self.tr(" days"))
        f = self.fields
        f["kind"].set_texts(self.tr("&Kind:"), self.tr("A first claim; a reminder if they did not answer; a "
                                                       "formal notice as the last step before a mediator or court."))
        f["language"].set_texts(self.tr("Letter &language:"))
        f["delivery"].set_texts(self.tr("&Sent by:"), self.tr("A registered letter proves when the provider got it."))
        f["date"].set_texts(self.tr("&Date:"))
        f["place"].set_texts(self.tr("&Place:"), self.tr("The town written before the date."))
        f["response_days"].set_texts(self.tr("&Answer within:"), self.tr("The deadline shown in the claims list."))
        for i in range(self.previous_kind.count()):
            self.previous_kind.setItemText(i, kind_label(self.previous_kind.itemData(i)))
        f["previous.kind"].set_texts(self.tr("Earlier letter:"),
                                     self.tr("The letter this one follows up; it is cited with its date."))
        f["previous.date"].set_texts(self.tr("Sent on:"))
        self.previous_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        f["previous.tracking"].set_texts(self.tr("Tracking no.:"),
                                         self.tr("The registered-mail number on your receipt, if any."))
        f["acknowledged"].set_texts(self.tr("Provider's acknowledgement:"),
                                    self.tr("Optional: where and when the provider confirmed the incident (status "
                                            "page, SMS, press)."))
        f["signed_on"].set_texts(self.tr("Contract date:"),
                                 self.tr("The day the contract was concluded (YYYY-MM-DD): it decides which law the "
                                         "letter cites. Kept with the contract."))
        self.signed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        if self.window.text():
            self._window()

    def spec(self) -> ClaimSpec:
        d = self.date.date()
        from .company_forms import parse_date

        previous = ()
        sent_on = parse_date(self.previous_date.text())
        if self.kind.currentData() != "claim" and sent_on:  # validatePage refuses to go on without it
            tracking = self.previous_tracking.text().strip() or None
            previous = (PreviousLetter(self.previous_kind.currentData(), sent_on,
                                       delivery="registered" if tracking else None, tracking=tracking),)
        return ClaimSpec(self.kind.currentData(), self.language.currentData(), date(d.year(), d.month(), d.day()),
                         self.place.text().strip(), self.days.value(), self.delivery.currentData(), previous,
                         self.acknowledged.text().strip() or None)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """A contract date typed here is kept with the contract, so it is asked once."""
        from dataclasses import replace

        from .company_forms import parse_date

        if not self._earlier_letter_given():
            return False
        field = self.fields["signed_on"]
        field.set_error(None)
        signed_on = parse_date(self.signed_on.text()) if self.ask_signed_on else None
        if signed_on is False:
            field.set_error(self.tr("Type a date such as 2014-09-15."))
            return False
        first = min((self.w.ws.outage(oid).start.date() for oid in self.w.outage_ids()), default=None)
        if signed_on and first and signed_on > first:
            field.set_error(self.tr("The contract was concluded before its first outage: check the date."))
            return False
        if signed_on:
            self.w.ws.save_contract(self.w.contract_id(), replace(self.w.contract(), signed_on=signed_on))
        return True


    def _earlier_letter_given(self) -> bool:
        """A reminder or formal notice cites the letter it follows up: its date is the user's to give."""
        from .company_forms import parse_date

        field = self.fields["previous.date"]
        field.set_error(None)
        if self.kind.currentData() == "claim":
            return True
        sent_on = parse_date(self.previous_date.text())
        if sent_on is None:
            field.set_error(self.tr("Give the date of the earlier letter: this letter cites it."))
            return False
        if sent_on is False:
            field.set_error(self.tr("Type a date such as 2014-09-15."))
            return False
        d = self.date.date()
        if sent_on >= date(d.year(), d.month(), d.day()):
            field.set_error(self.tr("The earlier letter was sent before this one: check the date."))
            return False
        return True


class PreviewPage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.w = wizard
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.error = QLabel()
        error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        self.rendered = None
        self.case = None
        self.buffer = None
        self._seq = 0
        self._failure = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("This is the letter as it will be printed."))
        self.progress.setFormat(self.tr("Preparing the letter…"))
        self.progress.setAccessibleName(self.tr("Preparing the letter"))
        self.view.setAccessibleName(self.tr("Letter preview"))
        if self._failure is not None:
            self.error.setText(self.tr("The letter could not be prepared: {0}").format(self._failure_text()))

    def _failure_text(self) -> str:
        exc = self._failure
        return problems_text(exc.problems) if isinstance(exc, ValidationError) else str(exc)

    def initializePage(self) -> None:
        self.rendered = None
        self._failure = None
        self.error.hide()
        self.progress.show()
        self.completeChanged.emit()
        try:
            case = self.w.build_case()
        except ValidationError as exc:
            self._failed(exc)
            return
        self.case = case
        self._seq += 1
        seq = self._seq

        lookup = self.w.ws.evidence_lookup(self.w.outage_ids())  # the exhibits' sizes and files

        def render():
            from ..services.render import render_pdf

            return render_pdf(case, self.w.review.estimate, lookup)

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
        self._failure = exc
        self.error.setText(self.tr("The letter could not be prepared: {0}").format(self._failure_text()))
        self.error.show()

    def isComplete(self) -> bool:
        return self.rendered is not None


class SavePage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        form = QFormLayout(self)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(wizard.default_folder()))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        box.addWidget(self.folder, 1)
        box.addWidget(self.browse)
        self.name = QLineEdit()
        self.folder_field = add_row(form, row)
        self.name_field = add_row(form, self.name)
        self.dossier = QCheckBox()  # the dossier: the letter, then every exhibit, beside the letter
        self.dossier.setChecked(True)
        form.addRow("", self.dossier)
        self.folder.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Save the letter"))
        self.setSubTitle(self.tr("The claim is also kept in the company file, with the letter, so you can follow "
                                 "the answer."))
        self.browse.setText(self.tr("Bro&wse…"))
        self.folder_field.set_texts(self.tr("&Folder:"), accessible=self.tr("Folder"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.name_field.set_texts(self.tr("File na&me:"))
        self.dossier.setText(self.tr("Also save the &dossier next to the letter (the letter, then every evidence "
                                     "file as a numbered exhibit)"))

    def initializePage(self) -> None:
        self.name.setText(claim_file_name(self.w.ws.company(), self.w.contract(), self.w.letter.spec()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self) -> Path:
        name = self.name.text().strip()
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        return Path(self.folder.text().strip()) / name

    def dossier_target(self) -> Path | None:
        """"<letter> - dossier.pdf" beside the letter, if asked for."""
        if not self.dossier.isChecked():
            return None
        letter = self.target()
        return letter.with_name(f"{letter.stem} - dossier.pdf")

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip() and self.name.text().strip())


class ClaimWizard(Retranslating, QWizard):
    def __init__(self, workspace, formats, preselected=(), parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.ws, self.formats = workspace, formats
        self.preselected = set(preselected)
        self.folder = folder
        self.claim_id = None
        self.saved_path = None
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New claim — ClaimDesk"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save and keep the claim"))

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
            dossier = self.save.dossier_target()
            if dossier is not None:  # first, so a failure leaves neither file
                from ..services.render import dossier_to_file

                dossier_to_file(self.preview.case, rendered, dossier)
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(rendered.pdf)
            os.replace(tmp, target)
        except OSError as exc:
            self.save.folder_field.set_error(self.tr("Cannot write there: {0}").format(exc.strerror or exc))
            return
        case = self.build_case()
        self.claim_id = self.ws.store_claim(self.contract_id(), self.outage_ids(), case,
                                            self.review.estimate.total_claimed, rendered.pdf)
        self.saved_path = target
        super().accept()
