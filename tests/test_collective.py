"""The network's collective letter (`claimdesk batch --collective NETWORK.json`)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from claimdesk.domain.model import LANGUAGES
from claimdesk.i18n.collective_texts import TEXTS
from claimdesk.rules.packs import load as load_pack
from tests.letter_helpers import norm, pdf_text

from .conftest import EXAMPLES

MEMBERS = (("Fraser Street Bakery Ltd.", "B-00412-778"), ("Kitsilano Bread Co.", "B-00977-120"),
           ("Commercial Drive Pastries Inc.", "B-01204-555"))


def member_law(language, letter_date):
    """What a member's letter (the bakery's) cites in that language on that date."""
    from claimdesk.casefile import read
    from claimdesk.rules.packs import first_outage_day

    case = read(EXAMPLES / "bakery-vancouver.json")
    return load_pack("CA-BC").law(language, case.contract.signed_on, letter_date, first_outage_day(case))


def claimdesk(*args):
    return subprocess.run([sys.executable, "-m", "claimdesk", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def network_doc(language="en", **changes) -> dict:
    doc = {"format": "claimdesk-network/1",
           "network": {"name": "Bakers of British Columbia Cooperative",
                       "address": ["1200 West Pender Street, Suite 400", "Vancouver BC V6E 2S9"],
                       "registration_id": "BC1234567", "email": "claims@bakers.example", "phone": "+1 604 555 0100",
                       "signatory": {"name": "Margaret Chen", "title": "Executive Director"},
                       "jurisdiction": "CA-BC", "timezone": "America/Vancouver", "currency": "CAD"},
           "claim": {"language": language, "date": "2019-08-10", "place": "Vancouver", "response_days": 30,
                     "delivery": "registered"}}
    doc["network"].update(changes)
    return doc


@pytest.fixture
def members(tmp_path) -> list[Path]:
    folder = tmp_path / "members"
    folder.mkdir()
    base = json.loads((EXAMPLES / "bakery-vancouver.json").read_text(encoding="utf-8"))
    paths = []
    for i, (name, customer) in enumerate(MEMBERS):
        doc = json.loads(json.dumps(base))
        doc["company"]["name"] = name
        doc["contract"]["customer_number"] = customer
        path = folder / f"member-{i + 1}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        paths.append(path)
    return paths


def write_network(tmp_path, doc) -> Path:
    path = tmp_path / "network.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_the_collective_letter_lists_every_member_the_grand_total_and_the_enclosures(members, tmp_path):
    out = tmp_path / "out"
    result = claimdesk("batch", *members, "--out-dir", out, "--collective", write_network(tmp_path, network_doc()))
    assert (result.returncode, result.stderr) == (0, "")
    text = norm(pdf_text((out / "collective.pdf").read_bytes()))
    assert "Re: Collective claim on behalf of 3 members" in text
    for i, (name, customer) in enumerate(MEMBERS, 1):
        assert name in text and customer in text
        assert f"{i}. {name}: claim letter (member-{i}.pdf)" in text
    # Each bakery claims $2,179.11 in its own letter: three of them.
    assert text.count("$2,179.11") == 3 and "Total $6,537.33" in text
    assert "$6,537.33 in all, by September 9, 2019" in text
    assert "Aug 1, 2019 – Aug 6, 2019" in text
    # The legal basis of the members' letters, once; nothing a member's letter does not cite.
    law = member_law("en", date(2019, 8, 10))
    assert law.basis and all(text.count(norm(p)[:80]) == 1 for p in law.basis)
    assert norm(law.escalation) in text
    assert norm(law.formal_notice)[:60] not in text
    assert "Margaret Chen" in text and "For Bakers of British Columbia Cooperative" in text
    assert [r.strip() for r in (out / "batch.csv").read_text(encoding="utf-8").splitlines()[1:]] and \
        len(list(out.glob("member-*.pdf"))) == 3


def test_members_of_another_provider_or_currency_get_no_collective_letter(members, tmp_path):
    out = tmp_path / "out"
    travel = EXAMPLES / "travel-agency-lyon.json"
    result = claimdesk("batch", members[0], travel, members[1], "--out-dir", out,
                       "--collective", write_network(tmp_path, network_doc()))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{travel}: contract.provider: 'SFR Business' differs from {members[0]}'s 'TELUS Communications Inc.': "
        "a collective letter needs one provider, one jurisdiction and one currency; collective letter not written"]
    assert not (out / "collective.pdf").exists()
    assert (out / "travel-agency-lyon.pdf").exists() and (out / "member-1.pdf").exists()

    result = claimdesk("batch", *members, "--out-dir", tmp_path / "out2",
                       "--collective", write_network(tmp_path, network_doc(currency="EUR")))
    assert result.returncode == 2
    assert f"{members[0]}: company.currency: 'CAD' differs from the network's 'EUR'" in result.stderr


def test_an_invalid_network_file_is_reported_with_paths_and_nothing_is_written(members, tmp_path):
    doc = network_doc(jurisdiction="CA-XX", timezone="Mars/Olympus")
    del doc["network"]["name"]
    doc["claim"]["response_days"] = 0
    doc["claim"]["colour"] = "blue"
    network = write_network(tmp_path, doc)
    result = claimdesk("batch", *members, "--out-dir", tmp_path / "out", "--collective", network)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert f"{network}: network.name: missing" in lines
    assert f"{network}: claim.colour: unknown key" in lines
    assert not (tmp_path / "out").exists()
    del doc["claim"]["colour"]
    doc["network"]["name"] = "Bakers"
    result = claimdesk("batch", *members, "--out-dir", tmp_path / "out", "--collective", write_network(tmp_path, doc))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{network}: network.jurisdiction: unsupported jurisdiction 'CA-XX'") for line in lines)
    assert f"{network}: network.timezone: unknown time zone 'Mars/Olympus'" in lines
    assert f"{network}: claim.response_days: must be from 1 to 365 days" in lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_collective_letter_is_written_in_each_letter_language(members, tmp_path, language):
    from claimdesk.networkfile import from_dict
    from claimdesk.services import batch
    from claimdesk.services.collective import write_collective

    report = batch.run_batch(members[:2], tmp_path / "out", jobs=1)
    assert write_collective(from_dict(network_doc(language)), report, tmp_path / "c.pdf") == []
    pdf = (tmp_path / "c.pdf").read_bytes()
    text = norm(pdf_text(pdf))
    t = TEXTS[language]
    assert norm(t["subject"].format(count=2)) in text
    assert norm(t["members"]) in text
    assert norm(member_law(language, date(2019, 8, 10)).basis[0])[:60] in text
    assert len(PdfReader(tmp_path / "c.pdf").pages) >= 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_collective_letter_names_the_services_its_legal_basis_speaks_of(members, tmp_path, language):
    """The pack's basis says "the services … as set out above": the collective letter, which has no
    facts section, names the services its members' outages interrupted, before that basis."""
    from claimdesk.casefile import read
    from claimdesk.i18n.letter_texts import texts
    from claimdesk.networkfile import from_dict
    from claimdesk.services import batch
    from claimdesk.services.collective import write_collective

    report = batch.run_batch(members[:2], tmp_path / "out", jobs=1)
    assert write_collective(from_dict(network_doc(language)), report, tmp_path / "c.pdf") == []
    text = norm(pdf_text((tmp_path / "c.pdf").read_bytes()))
    services = list(dict.fromkeys(o.service for o in read(members[0]).outages))
    key = "services.one" if len(services) == 1 else "services"
    names = ", ".join(texts(language, "CA")[f"service.{s}"] for s in services)
    said = norm(TEXTS[language][key].format(list=names).replace(" :", "\u00a0:"))
    assert said in text
    assert text.index(said) < text.index(norm(member_law(language, date(2019, 8, 10)).basis[0])[:60])
