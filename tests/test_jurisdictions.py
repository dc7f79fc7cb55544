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


def _legal(text) -> str:
    return " ".join(x for p in (*text.basis, text.formal_notice, text.interest) for x in p)


def test_obligation_of_result_is_argued_only_in_france():
    for j, pack in load_all().items():
        assert pack.obligation_of_result is (j == "FR")
        legal = " ".join(_legal(t) for t in pack.texts.values()).lower()
        claims_result = any(w in legal for w in ("obligation de résultat", "obligation of result"))
        assert claims_result is (j == "FR"), j


def test_france_points_a_business_to_the_business_mediator():
    pack = load("FR")
    for text in pack.texts.values():
        assert "Médiateur des entreprises" in text.escalation[0]  # named in letters from 2016 on
        assert not any("communications électroniques" in x for x in text.escalation)


def test_belgium_does_not_cite_the_consumer_compensation_article():
    for text in load("BE").texts.values():
        assert "113/2" not in " ".join((_legal(text), *text.escalation))


def test_only_quebec_french_has_a_heading_and_it_reserves_all_rights():
    for j, pack in load_all().items():
        for lang, text in pack.texts.items():
            if (j, lang) == ("CA-QC", "fr"):
                assert text.heading == "SOUS TOUTES RÉSERVES"
            else:
                assert text.heading is None, (j, lang)


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
    path.write_text(text[:start] + text[start:end].replace("08-21.645", "05-00.000") + text[end:],
                    encoding="utf-8")
    with pytest.raises(PackError, match=r"FR.toml \[text.de\]: citation '08-21.645'"):
        load("FR", str(folder))


def test_a_missing_language_is_refused(tmp_path):
    folder = _copy_packs(tmp_path)
    path = folder / "CH.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[text.it]")] + text[text.index("[text.en]"):], encoding="utf-8")
    with pytest.raises(PackError, match=r"CH.toml \[text\]: 'it' is missing"):
        load("CH", str(folder))


def test_a_broken_toml_names_the_file(tmp_path):
    folder = _copy_packs(tmp_path)
    (folder / "BE.toml").write_text("id = \n", encoding="utf-8")
    with pytest.raises(PackError, match="BE.toml"):
        load("BE", str(folder))
