"""The contract's service levels and the ticket times in the company file: stored, changed,
exported and imported without losing a key."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from claimdesk import casefile
from claimdesk.domain.problems import ValidationError
from claimdesk.services.company_io import export_case, import_case
from claimdesk.storage import CompanyFile

from .sla_cases import q1_doc, q2_doc


@pytest.mark.parametrize("make", [q1_doc, q2_doc])
def test_import_then_export_keeps_the_sla_and_the_ticket_time(make, tmp_path):
    case = casefile.from_dict(make())
    path = tmp_path / "client.claimdesk"
    claim_id = import_case(case, path)
    again = export_case(path, claim_id)
    assert again.contract.sla == case.contract.sla
    assert [o.reported_at for o in again.outages] == [o.reported_at for o in case.outages]
    assert casefile.to_dict(again)["contract"]["sla"] == casefile.to_dict(case)["contract"]["sla"]


def test_the_ticket_time_is_recorded_changed_and_checked(tmp_path):
    case = casefile.from_dict(q1_doc())
    path = tmp_path / "client.claimdesk"
    import_case(case, path)
    with CompanyFile.open(path) as cf:
        (outage,) = cf.outages()
        ticket = case.outages[0].reported_at
        assert outage.reported_at == ticket
        cf.update_outage(outage.id, reported_at=ticket + timedelta(minutes=5))
        assert cf.outage(outage.id).reported_at == ticket + timedelta(minutes=5)
        with pytest.raises(ValidationError) as err:
            cf.update_outage(outage.id, reported_at=outage.end + timedelta(minutes=1))
        assert err.value.problems[0].path == "outage.reported_at"
        with pytest.raises(ValidationError):
            cf.update_outage(outage.id, reported_at=datetime(2015, 5, 19, 10, 5))  # no offset
        running = cf.add_outage(outage.contract_id, "internet", ticket, reported_at=ticket)
        assert cf.outage(running).reported_at == ticket and cf.outage(running).running


def test_a_contract_keeps_its_service_levels_when_edited(tmp_path):
    case = casefile.from_dict(q2_doc())
    path = tmp_path / "client.claimdesk"
    import_case(case, path)
    with CompanyFile.open(path) as cf:
        (record,) = cf.contracts()
        assert record.contract.sla == case.contract.sla
        cf.update_contract(record.id, replace(record.contract, sla=None))
        assert cf.contract(record.id).sla is None
        cf.update_contract(record.id, replace(record.contract, sla=replace(case.contract.sla, exclusive=False)))
        assert cf.contract(record.id).sla.exclusive is False
        bad = replace(case.contract.sla, cap_percent=case.contract.sla.cap_percent + 1)
        with pytest.raises(ValidationError) as err:
            cf.update_contract(record.id, replace(record.contract, sla=bad))
        assert err.value.problems[0].path == "contract.sla.cap_percent"
