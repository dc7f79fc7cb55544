"""The first-run assistant: create the company in a few steps, or open the demo bakery."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..domain.problems import ValidationError
from .company_forms import (
    BaselineForm,
    ChannelsForm,
    ContractForm,
    HoursForm,
    ProfileForm,
    build_company,
    show_company_problems,
)
from .forms import problems_text
from .icons import icon
from .language import Retranslating
from .payment_channels import PaymentChannelsBox
from .theme import muted

log = logging.getLogger(__name__)


PAGE_WELCOME, PAGE_PROFILE, PAGE_HOURS, PAGE_CHANNELS, PAGE_BASELINE, PAGE_CONTRACT = range(6)


class _FormPage(Retranslating, QWizardPage):
    """A page around one company form; title and subtitle are marked with
    QT_TRANSLATE_NOOP("CompanyWizard", …) and translated when shown."""

    def __init__(self, title: str, subtitle: str, form, check=None):
        super().__init__()
        self.title_source, self.subtitle_source = title, subtitle
        self.form = form
        self._check = check
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("CompanyWizard", self.title_source))
        self.setSubTitle(QCoreApplication.translate("CompanyWizard", self.subtitle_source))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self._check() if self._check else True


class WelcomePage(Retranslating, QWizardPage):
    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        self.create = QRadioButton()
        self.demo = QRadioButton()
        self.create.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.create, self.demo):
            group.addButton(b)
            layout.addWidget(b)
        # the demo path ends on this page: the wizard shows Finish instead of Next when it is chosen
        self.demo.toggled.connect(self.setFinalPage)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        muted(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to ClaimDesk"))
        # a long text wraps in the page; a wizard's subtitle has room for one or two lines only
        self.intro.setText(self.tr("ClaimDesk keeps a journal of your telephone and internet outages, works out "
                                   "what they cost your business and writes the claim letter to your provider."))
        self.create.setText(self.tr("&Set up my business (about five minutes)"))
        self.demo.setText(self.tr("&Try it with a demo bakery first"))
        self.hint.setText(self.tr("You can create more company files later (File ▸ New company) and switch "
                                  "between them."))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1 if self.demo.isChecked() else PAGE_PROFILE


class CompanyWizard(Retranslating, QWizard):
    def __init__(self, data_dir=None, parent=None, offer_demo: bool = True):
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace = None
        self.setWindowIcon(icon("claimdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(760, 640)
        self.profile, self.hours, self.channels = ProfileForm(), HoursForm(), ChannelsForm()
        self.baseline, self.contract = BaselineForm(), ContractForm()
        # asked in the owner's words (card terminal, phone, cash…); the table below follows the answers
        self.payments = PaymentChannelsBox(self.channels)
        self.channels.layout().insertWidget(1, self.payments)
        self.welcome = WelcomePage()
        self.setPage(PAGE_WELCOME, self.welcome)
        self.setPage(PAGE_PROFILE, _FormPage(QT_TRANSLATE_NOOP("CompanyWizard", "Your business"),
                                             QT_TRANSLATE_NOOP("CompanyWizard", "Who is claiming, and where."),
                                             self.profile, lambda: self._check_company(self.profile)))
        self.setPage(PAGE_HOURS, _FormPage(QT_TRANSLATE_NOOP("CompanyWizard", "Opening hours and usual turnover"),
                                           QT_TRANSLATE_NOOP("CompanyWizard",
                                                             "Only time you are open counts as lost business."),
                                           self.hours, lambda: self._check_company(self.hours)))
        self.setPage(PAGE_CHANNELS, _FormPage(QT_TRANSLATE_NOOP("CompanyWizard", "How customers buy"),
                                              QT_TRANSLATE_NOOP("CompanyWizard",
                                                                "Which sales stop when a line is down."),
                                              self.channels, lambda: self._check_company(self.channels)))
        self.setPage(PAGE_BASELINE, _FormPage(QT_TRANSLATE_NOOP("CompanyWizard", "Your figures"),
                                              QT_TRANSLATE_NOOP("CompanyWizard", "Ask your accountant if unsure; "
                                                                "you can change them later."),
                                              self.baseline, lambda: self._check_company(self.baseline)))
        self.setPage(PAGE_CONTRACT, _FormPage(QT_TRANSLATE_NOOP("CompanyWizard", "Your provider"),
                                              QT_TRANSLATE_NOOP("CompanyWizard", "The contract you will claim under."),
                                              self.contract, self._check_contract))
        for form in (self.profile, self.hours, self.channels, self.baseline, self.contract):
            for field in form.fields.values():
                field.clear_error_on_edit()
        if not offer_demo:
            self.welcome.demo.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New company — ClaimDesk"))

    def _check_company(self, upto) -> bool:
        """Validate what has been typed so far; only problems of forms already seen stop the step."""
        order = [self.profile, self.hours, self.channels, self.baseline]
        seen = order[: order.index(upto) + 1]
        try:
            build_company(self.profile, self.hours, self.channels, self.baseline)
        except ValidationError as exc:
            problems = [p for p in exc.problems if self._belongs(p, seen)]
            show_company_problems(seen, problems)
            return not problems
        show_company_problems(seen, [])
        return True

    @staticmethod
    def _belongs(problem, forms) -> bool:
        return any(problem.path == k or problem.path.startswith((k + ".", k + "["))
                   for f in forms for k in f.fields)

    def _check_contract(self) -> bool:
        from ..domain.validation import check_contract

        try:
            contract = self.contract.value()
            problems = check_contract(contract)
        except ValidationError as exc:
            problems = exc.problems
        self.contract.show(problems)
        return not problems

    def accept(self) -> None:
        from ..services.workspace import Workspace, suggested_path

        try:
            if self.welcome.demo.isChecked():
                self.workspace = Workspace.create_demo(self.data_dir)
            else:
                company = build_company(self.profile, self.hours, self.channels, self.baseline)
                self.workspace = Workspace.create(suggested_path(company.name, self.data_dir), company,
                                                  (self.contract.value(),), data_dir=self.data_dir)
        except ValidationError as exc:
            left = show_company_problems([self.profile, self.hours, self.channels, self.baseline], exc.problems)
            QMessageBox.warning(self, self.tr("Something is missing"),
                                problems_text(left) or self.tr("Please check the fields marked in red."))
            return
        except Exception as exc:  # noqa: BLE001 - a file that cannot be created is a message
            log.warning("could not create the company file: %s", exc)
            QMessageBox.warning(self, self.tr("Cannot create the company file"),
                                getattr(exc, "message", None) or str(exc))
            return
        super().accept()
