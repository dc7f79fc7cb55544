"""The interface catalogs: every string of the code translated, placeholders kept, .qm up to date."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "de", "nl", "it")


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _script()


def read_catalog(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context, message.findtext("source") or ""): message for context, message in update.messages(ts)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """The strings of claimdesk/ as lupdate sees them today, in a fresh catalog."""
    folder = tmp_path_factory.mktemp("lupdate")
    ts = folder / "claimdesk_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n</TS>\n',
                  encoding="utf-8")
    update.extract([ts])
    found = read_catalog(ts)
    assert len(found) > 100, "lupdate found almost nothing: is the source scan broken?"
    return found


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n")
TAG = re.compile(r"<\s*/?\s*([a-zA-Z]+)")


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=[^\s;])", text.replace("&&", "")))


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def check(source: str, message: ET.Element, numerus: bool) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return ["no translation element"]
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return [f"marked {translation.get('type')}"]
    texts = translations_of(message)
    if not texts or any(not t.strip() for t in texts):
        return ["empty translation"]
    wrong = []
    for text in texts:
        want, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
        if numerus:  # a singular form may spell out "one" instead of %n
            want, got = [p for p in want if p != "%n"], [p for p in got if p != "%n"]
        if want != got:
            wrong.append(f"placeholders {want} became {got} in {text!r}")
        if accelerators(source) != accelerators(text):
            wrong.append(f"{accelerators(source)} accelerator(s) in the source, {accelerators(text)} in {text!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append(f"markup differs in {text!r}")
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(extracted, language):
    catalog = read_catalog(ROOT / "translations" / f"claimdesk_{language}.ts")
    failures = []
    for (context, source), fresh in sorted(extracted.items()):
        message = catalog.get((context, source))
        if message is None:
            failures.append(f"[{context}] {source!r}: missing (run scripts/update_translations.py)")
            continue
        failures += [f"[{context}] {source!r}: {why}" for why in check(source, message, fresh.get("numerus") == "yes")]
    assert not failures, f"{len(failures)} problem(s) in claimdesk_{language}.ts:\n" + "\n".join(failures[:60])


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_holds_no_stale_strings(extracted, language):
    catalog = read_catalog(ROOT / "translations" / f"claimdesk_{language}.ts")
    stale = sorted(set(catalog) - set(extracted))
    assert not stale, f"strings no longer in the code (run scripts/update_translations.py): {stale[:20]}"


def test_english_catalog_gives_both_forms_of_every_plural_string(extracted):
    """English is the source, but "%n outage(s)" must read "1 outage" / "3 outages": every
    numerus string of the code has its English singular and plural, and nothing else is there."""
    catalog = read_catalog(ROOT / "translations" / "claimdesk_en.ts")
    plural = {key for key, message in extracted.items() if message.get("numerus") == "yes"}
    assert plural, "no %n string found: has the numerus extraction broken?"
    failures = []
    for key in sorted(plural):
        message = catalog.get(key)
        if message is None:
            failures.append(f"{key}: missing (run scripts/update_translations.py)")
            continue
        failures += [f"{key}: {why}" for why in check(key[1], message, True)]
        forms = translations_of(message)
        if len(forms) != 2 or forms[0] == forms[1] or "(s)" in "".join(forms):
            failures.append(f"{key}: English needs a singular and a plural form, has {forms}")
    assert not failures, "\n".join(failures)
    assert set(catalog) == plural, f"not plural or no longer in the code: {sorted(set(catalog) - plural)}"


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path, language):
    ts = ROOT / "translations" / f"claimdesk_{language}.ts"
    qm = tmp_path / f"claimdesk_{language}.qm"
    update.release(ts, qm)
    assert (ROOT / "translations" / qm.name).read_bytes() == qm.read_bytes(), \
        f"translations/{qm.name} is out of date: run scripts/update_translations.py --release"


def test_the_check_catches_a_lost_placeholder_and_an_unfinished_string():
    def message(text, kind=None):
        m = ET.Element("message")
        t = ET.SubElement(m, "translation")
        t.text = text
        if kind:
            t.set("type", kind)
        return m

    assert check("{0} outage(s)", message("{0} panne(s)"), False) == []
    assert check("{0} outage(s)", message("panne(s)"), False)
    assert check("&File", message("Fichier"), False)
    assert check("&File", message("&Fichier", "unfinished"), False) == ["marked unfinished"]
    assert check("<b>{0}</b> left", message("{0} restant(s)"), False)


def test_the_update_script_finds_the_qt_tools():
    assert Path(update.tool("lupdate")).exists() and Path(update.tool("lrelease")).exists()
    assert shutil.which(update.tool("lrelease"))
