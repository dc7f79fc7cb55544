"""The jurisdiction packs: complete, checked on load, and saying only what legal.md verified."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from claimdesk.domain.model import JURISDICTIONS, LANGUAGES
from claimdesk.rules.packs import PackError, load, load_all, packs_dir


def test_every_jurisdiction_has_a_complete_pack():
    packs = load_all()
    assert set(packs) == set(JURISDICTIONS)
    for j, pack in packs.items():
        assert pack.id.startswith(j) and isinstance(pack.last_checked, date)
        assert pack.paper == ("LETTER" if j.startswith("CA-") else "A4")
        assert set(pack.texts) == set(LANGUAGES)
        assert pack.response_days["formal_notice"] <= pack.response_days["claim"]


def test_obligation_of_result_is_argued_only_in_france():
    for j, pack in load_all().items():
        assert pack.obligation_of_result is (j == "FR")
        legal = " ".join(" ".join(t.basis) for t in pack.texts.values()).lower()
        claims_result = any(w in legal for w in ("obligation de résultat", "obligation of result"))
        assert claims_result is (j == "FR"), j


def test_france_points_a_business_to_the_business_mediator():
    pack = load("FR")
    for text in pack.texts.values():
        assert "Médiateur des entreprises" in text.escalation
        assert "communications électroniques" not in text.escalation


def test_belgium_does_not_cite_the_consumer_compensation_article():
    for text in load("BE").texts.values():
        assert "113/2" not in " ".join((*text.basis, text.formal_notice, text.escalation))


def test_quebec_letters_carry_the_without_prejudice_heading():
    texts = load("CA-QC").texts
    assert "SANS PRÉJUDICE" in texts["fr"].heading and texts["en"].heading == "WITHOUT PREJUDICE"
    assert all(t.heading for t in texts.values())


def test_switzerland_sends_registered_and_ordinary_mail():
    assert load("CH").registered_also_by_ordinary_mail
    assert not load("FR").registered_also_by_ordinary_mail


def _copy_packs(tmp_path):
    folder = tmp_path / "packs"
    shutil.copytree(packs_dir(), folder)
    return folder


def test_a_citation_missing_from_one_language_is_refused(tmp_path):
    folder = _copy_packs(tmp_path)
    path = folder / "FR.toml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("[text.de]"), text.index("[text.nl]")
    path.write_text(text[:start] + text[start:end].replace("05-20.637", "05-00.000") + text[end:],
                    encoding="utf-8")
    with pytest.raises(PackError, match=r"FR.toml \[text.de\]: citation '05-20.637'"):
        load("FR", str(folder))


def test_a_missing_language_is_refused(tmp_path):
    folder = _copy_packs(tmp_path)
    path = folder / "CH.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[text.it]")], encoding="utf-8")
    with pytest.raises(PackError, match=r"CH.toml \[text\]: 'it' is missing"):
        load("CH", str(folder))


def test_a_broken_toml_names_the_file(tmp_path):
    folder = _copy_packs(tmp_path)
    (folder / "BE.toml").write_text("id = \n", encoding="utf-8")
    with pytest.raises(PackError, match="BE.toml"):
        load("BE", str(folder))
