"""`claimdesk estimate --text` in the letter's language: the labels of the letter's own catalogs,
the figures of the summary."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from claimdesk.casefile import read
from claimdesk.cli import main
from claimdesk.domain.model import LANGUAGES
from claimdesk.i18n.formats import Formats
from claimdesk.i18n.letter_texts import texts
from claimdesk.services.estimate import summary
from tests.conftest import EXAMPLES

# The catalog entries the breakdown prints; their English words must not show in another language.
USED = ("text.method", "text.outages", "text.totals", "text.answer_due", "by_day", "by_month", "input.trend",
        "calc.G", "calc.O", "calc.R", "calc.S", "calc.P", "calc.F", "calc.C", "calc.V", "calc.K", "calc.T",
        "service.internet")
# What the old breakdown printed in English whatever the language.
OLD_LABELS = ("Outages", "local time", "Lost turnover", "standard turnover", "share lost", "Subscription refund",
              "increased cost", "savings", "credits received", "total claimed", "answer due", "outage hours",
              "business hours", "Loss method")


def _english_words(language: str) -> set[str]:
    words = lambda text: set(re.findall(r"[A-Za-z]{4,}", re.sub(r"\{\w+\}", "", text)))  # noqa: E731
    english = set().union(*(words(texts("en")[k]) for k in USED))
    own = set().union(*(words(v) for v in texts(language).values()))
    return english - own  # "Internet", "Trend", "Total"… are words of the other language too


def _breakdown(tmp_path, capsys, language: str) -> tuple[str, dict]:
    doc = json.loads((EXAMPLES / "travel-agency-lyon.json").read_text(encoding="utf-8"))
    doc["claim"]["language"] = language
    case_path = tmp_path / f"case-{language}.json"
    case_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["estimate", "--text", str(case_path)]) == 0
    out = capsys.readouterr().out
    assert main(["estimate", str(case_path)]) == 0
    return out, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_breakdown_speaks_the_letters_language(tmp_path, capsys, language):
    out, _ = _breakdown(tmp_path, capsys, language)
    case = read(EXAMPLES / "travel-agency-lyon.json")
    printed = out  # less what the user typed, which stays as typed
    for text in (case.company.name, case.contract.provider, *(item.label for item in case.extra_costs)):
        printed = printed.replace(text, "")
    t = texts(language, "FR")
    for key in ("text.outages", "calc.G", "calc.S", "calc.F", "by_month"):
        assert t[key] in out, key
    assert t["service.internet"] in out
    if language == "en":
        return
    leaked = {w for w in _english_words(language) if re.search(rf"\b{w}\b", printed)}
    assert not leaked, leaked
    for label in OLD_LABELS:
        assert label.lower() not in printed.lower(), label


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_breakdown_figures_are_those_of_the_summary(tmp_path, capsys, language):
    out, figures = _breakdown(tmp_path, capsys, language)
    f = Formats(language, "FR", "Europe/Paris")
    lines = {line.split()[0]: line for line in out.splitlines() if re.match(r"  [A-Z]  ", line)}
    for letter, key in (("G", "lost_turnover_gross"), ("R", "recovered_turnover"), ("S", "shortage_in_turnover"),
                        ("P", "loss_of_gross_profit"), ("F", "subscription_refund"),
                        ("C", "increased_cost_of_working"), ("V", "savings"), ("K", "credits_received"),
                        ("T", "total_claimed")):
        assert lines[letter].endswith(" = " + f.money(Decimal(figures[key]), "EUR")), (letter, lines[letter])
    assert lines["O"].endswith(" = " + f.number(Decimal(figures["lost_orders"]), 1))
    assert f.number(Decimal(figures["outage_hours"]), 2) in out
    assert f.number(Decimal(figures["business_hours_affected"]), 2) in out
    assert figures == summary(read(EXAMPLES / "travel-agency-lyon.json")) | {"language": language}
