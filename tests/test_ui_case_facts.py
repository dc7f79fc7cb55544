"""The app's small form additions for the facts of case file /2: contract date, the affected line,
bank details, the earlier letter and the provider's acknowledgement."""

from __future__ import annotations

from datetime import date

import pytest

from claimdesk.services.workspace import OutageFilter
from tests.test_ui import demo, window  # noqa: F401 - fixtures

# The offscreen platform says it cannot propagate size hints: harmless, not a test failure.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_contract_form_keeps_the_contract_date_and_flags_a_bad_one(qtbot, demo):  # noqa: F811
    from claimdesk.domain.problems import ValidationError
    from claimdesk.ui.company_forms import ContractForm

    form = ContractForm()
    qtbot.addWidget(form)
    rec = demo.contracts()[0]
    form.set_contract(rec.contract)
    assert form.signed_on.text() == ""
    form.signed_on.setText("15/09/2014")
    with pytest.raises(ValidationError) as caught:
        form.value()
    assert [p.path for p in caught.value.problems] == ["contract.signed_on"]
    form.signed_on.setText("2014-09-15")
    demo.save_contract(rec.id, form.value())
    assert demo.contract(rec.id).signed_on == date(2014, 9, 15)


def test_the_outage_editor_saves_the_affected_line(qtbot, window, demo):  # noqa: F811
    from claimdesk.ui.outage_dialogs import OutageEditor

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    dlg = OutageEditor(demo, window.formats, rec, window)
    qtbot.addWidget(dlg)
    dlg.affected.setText("  info@fraserstreetbakery.example ")
    dlg.accept()
    assert demo.outage(rec.id).affected == "info@fraserstreetbakery.example"


def test_the_profile_saves_bank_details_and_flags_a_wrong_iban(qtbot, demo):  # noqa: F811
    from claimdesk.domain.problems import ValidationError
    from claimdesk.ui.company_forms import (
        BaselineForm,
        ChannelsForm,
        HoursForm,
        ProfileForm,
        build_company,
    )

    forms = [ProfileForm(), HoursForm(), ChannelsForm(), BaselineForm()]
    for form in forms:
        qtbot.addWidget(form)
    profile, hours, channels, baseline = forms
    company = demo.company()
    profile.set_company(company)
    hours.set_company(company)
    channels.set_channels(company.channels)
    baseline.set_baseline(company.baseline)
    profile.bank_holder.setText("Fraser Street Bakery Ltd.")
    profile.bank_account.setText("FR76 3000 6000 0112 3456 7890 188")  # one digit wrong
    with pytest.raises(ValidationError) as caught:
        build_company(profile, hours, channels, baseline)
    assert "company.bank.iban" in [p.path for p in caught.value.problems]
    profile.bank_account.setText("Institution 001, transit 00011, account 1234567")  # a Canadian account
    built = build_company(profile, hours, channels, baseline)
    assert built.bank.account.startswith("Institution 001") and built.bank.iban is None
    demo.save_company(built)
    assert demo.company().bank == built.bank


def test_the_claim_wizard_asks_for_the_contract_date_and_the_earlier_letter(qtbot, window, demo, tmp_path):  # noqa: F811
    pytest.importorskip("claimdesk.services.render")
    from claimdesk.ui.claim_wizard import ClaimWizard

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    wizard = ClaimWizard(demo, window.formats, [rec.id], window, folder=tmp_path / "letters")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.letter
    # the contract has no date: the wizard asks for it
    assert page.fields["signed_on"].isVisible()
    assert not page.fields["previous.date"].isVisible()  # a first claim follows up nothing
    page.kind.setCurrentIndex(page.kind.findData("reminder"))
    assert page.fields["previous.date"].isVisible()
    page.previous_date.setText("2019-08-07")
    page.previous_tracking.setText("RN 1234 5678 9CA")
    page.acknowledged.setText("TELUS status page, 1 August 2019: e-mail outage in Vancouver")
    page.signed_on.setText("2019-08-02")  # after the outage of 1 August 2019
    wizard.next()
    assert wizard.currentPage() is page and page.fields["signed_on"].error.isVisible()
    page.signed_on.setText("2017-03-01")
    spec = page.spec()
    assert spec.previous[0].tracking == "RN 1234 5678 9CA" and spec.previous[0].date == date(2019, 8, 7)
    assert spec.previous[0].kind == "claim" and spec.acknowledged.startswith("TELUS status page")
    wizard.next()  # the date typed is kept with the contract
    assert demo.contract(wizard.contract_id()).signed_on == date(2017, 3, 1)


def test_the_earlier_letter_date_is_never_made_up(qtbot, window, demo, tmp_path):  # noqa: F811
    """A reminder cites the earlier letter by its date: with no stored claim to give it, the field
    stays empty and the wizard does not go on until the user types it."""
    pytest.importorskip("claimdesk.services.render")
    from claimdesk.ui.claim_wizard import ClaimWizard

    rec = demo.outage_page(OutageFilter(), 0, 1)[0]
    wizard = ClaimWizard(demo, window.formats, [rec.id], window, folder=tmp_path / "letters")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.letter
    page.signed_on.setText("2017-03-01")
    page.kind.setCurrentIndex(page.kind.findData("formal_notice"))
    assert page.previous_date.text() == ""
    wizard.next()
    field = page.fields["previous.date"]
    assert wizard.currentPage() is page and field.error.isVisible()
    assert page.spec().previous == ()  # nothing invented for the letter either
    page.previous_date.setText("2031-01-01")  # after this letter
    wizard.next()
    assert wizard.currentPage() is page and field.error.isVisible()
    page.previous_date.setText("2019-08-07")
    wizard.next()
    assert wizard.currentPage() is not page and not field.error.isVisible()
    assert page.spec().previous[0].date == date(2019, 8, 7)
