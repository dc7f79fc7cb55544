"""The jurisdiction packs: complete, checked on load, and each citation carrying the source it was read in."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from claimdesk.domain.model import JURISDICTIONS, LANGUAGES
from claimdesk.rules.packs import FAR_FUTURE, PackError, load, load_all, packs_dir


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


def _printable(pack) -> list[str]:
    """Every legal text a letter of this pack can print, in any language, regime and kind."""
    texts = []
    for lang in LANGUAGES:
        for regime in pack.regimes:
            law = pack.law(lang, regime.signed_from or date(1900, 1, 1), FAR_FUTURE)
            texts += [*law.basis, law.formal_notice, law.interest or "", law.escalation, *law.sla_exclusive,
                      law.sla_notice or ""]
    return texts


def test_every_citation_a_letter_can_print_has_its_source():
    for j, pack in load_all().items():
        printed = pack.cited(_printable(pack))
        assert printed == pack.citations, j  # nothing declared that no letter prints
        for citation in printed:
            assert citation.sources, (j, citation.id)
            for source in citation.sources:
                assert len(source.title) > len(citation.id), (j, citation.id)
                assert source.url.startswith("https://"), (j, citation.id, source.url)
                assert date(2026, 1, 1) <= source.read_on <= pack.last_checked, (j, citation.id)


def test_the_packs_point_at_nothing_outside_the_repository():
    for path in packs_dir().glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert "shared/" not in text and "legal.md" not in text and "knowledge base" not in text, path.name


def _edit(tmp_path, name, old, new):
    folder = _copy_packs(tmp_path)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(folder)


def test_a_citation_without_a_source_is_refused(tmp_path):
    folder = _edit(tmp_path, "CH.toml", 'id = "art. 102"\nsource = ', 'id = "art. 102"\nnot_a_source = ')
    with pytest.raises(PackError, match=r"CH.toml \[citation 1\]: citation 'art. 102': needs a 'source'"):
        load("CH", folder)


@pytest.mark.parametrize("old, new, message", [
    ('url = "https://lawbrary.ch"', 'url = "lawbrary"', "web address"),
    ('url = "https://lawbrary.ch"', 'url = ""', "web address"),
    ('title = "Obligationenrecht, Art. 102', 'titel = "Obligationenrecht, Art. 102', "'title'"),
    ("read_on = 2026-11-29 }", "read_on = 2027-01-01 }", "not after the pack's last_checked"),
    ("read_on = 2026-11-29 }", 'read_on = "yesterday" }', "the date it was read"),
])
def test_a_source_without_title_address_or_date_read_is_refused(tmp_path, old, new, message):
    folder = _copy_packs(tmp_path)
    path = folder / "CH.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "art. 102"')
    line_end = text.index("\n", start + 20)
    line = text[start:line_end]
    assert old in line
    path.write_text(text[:start] + line.replace(old, new) + text[line_end:], encoding="utf-8")
    with pytest.raises(PackError, match=rf"CH.toml \[citation 1\]: citation 'art. 102': .*{message}"):
        load("CH", str(folder))
