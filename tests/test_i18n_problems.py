"""Validation messages in the five interface languages, naming the field in words."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from claimdesk import casefile
from claimdesk.domain import validation
from claimdesk.domain.model import MoneyItem
from claimdesk.domain.problems import Problem, ValidationError
from claimdesk.i18n.problem_texts import (
    FIELDS,
    LANGUAGES,
    MESSAGES,
    field_name,
    problem_detail,
    problem_message,
)

OTHERS = ("fr", "de", "nl", "it")


def problems_of(document: dict) -> list[Problem]:
    with pytest.raises(ValidationError) as caught:
        casefile.from_dict(document)
    return caught.value.problems


def broken_documents(bakery: dict):
    """Case files with one kind of mistake each, as users and other programs make them."""
    def variant(change):
        doc = copy.deepcopy(bakery)
        change(doc)
        return doc

    c = lambda doc: doc["company"]  # noqa: E731
    yield variant(lambda d: c(d).update(name="   "))
    yield variant(lambda d: c(d).update(jurisdiction="XX", timezone="Mars/Olympus", currency="euro"))
    yield variant(lambda d: c(d)["baseline"].update(gross_profit_rate="1.5", recovery_rate="-0.1",
                                                     average_order_value="0", trend="12"))
    yield variant(lambda d: c(d)["baseline"]["standard_turnover"].update(mon="1,5", tue=12.5, wed="abc"))
    yield variant(lambda d: c(d)["opening_hours"].update(mon=[["12:00", "09:00"]], tue=[["25:00", "26:00"]]))
    yield variant(lambda d: c(d)["opening_hours"].update(mon=[["08:00", "12:00"], ["11:00", "13:00"]]))
    yield variant(lambda d: c(d)["channels"].append({"name": "", "share": "0.95", "depends_on": ["fax"]}))
    yield variant(lambda d: d["contract"].update(services=[], monthly_fee="-3"))
    yield variant(lambda d: d["outages"][0].update(end=d["outages"][0]["start"], service="pigeon"))
    yield variant(lambda d: d["outages"][0].update(start="2024-03-05T10:00", end="yesterday"))
    yield variant(lambda d: d["claim"].update(kind="poem", language="xx", delivery="drone", response_days=999,
                                              date="05/03/2024"))
    yield variant(lambda d: d.update(outages=[], surprise=True, format="other/9"))
    yield variant(lambda d: c(d).pop("timezone"))
    # case file /2
    yield variant(lambda d: (d.update(format="claimdesk-case/2"),
                             c(d).update(bank={"holder": "", "iban": "FR76 3000 6000 0112 3456 7890 188", "bic": "12"}),
                             d["contract"].update(service_fees={"internet": "10.00"}, monthly_fee_tax="maybe",
                                                  signed_on="yesterday"),
                             d["claim"].update(kind="reminder", interest="yes")))
    yield variant(lambda d: (c(d).update(bank={"holder": "A", "iban": "FR7630006000011234567890189",
                                               "account": "123"}),
                             d["contract"].update(service_fees={s: "1.00" for s in d["contract"]["services"]}),
                             d["claim"].update(previous=[{"kind": "claim", "date": "1999-01-01"}]),
                             d["contract"].update(signed_on="2019-08-02")))


@pytest.fixture
def all_problems(bakery_path) -> list[Problem]:
    bakery = json.loads(bakery_path.read_text(encoding="utf-8"))
    found = [p for doc in broken_documents(bakery) for p in problems_of(doc)]
    case = casefile.read(bakery_path)
    company = replace(case.company, baseline=replace(case.company.baseline, gross_profit_rate=Decimal("2")))
    found += validation.check_company(company)
    found += validation.check_money_items((MoneyItem("taxi", Decimal("-1.005")),), "extra_costs")
    return found


def test_every_problem_of_a_broken_case_file_reads_in_every_language(all_problems):
    assert len({p.code for p in all_problems}) >= 20  # the broken files above do reach the many codes
    untranslated = []
    for problem in all_problems:
        for language in OTHERS:
            detail = problem_detail(problem, language)
            # a key the format does not know has no name in words: its path is all there is
            unnamed = field_name(problem.path, language) == problem.path and problem.code != "unknown_key"
            if detail == problem.message or unnamed:
                untranslated.append(f"{language} {problem.path} [{problem.code}] {problem.message}")
    assert not untranslated, "\n".join(untranslated)


def test_message_names_the_field_in_words():
    problem = Problem("company.baseline.gross_profit_rate", "must be from 0 to 1", "range", {"low": "0", "high": "1",
                                                                                            "value": "1.5"})
    assert problem_message(problem, "fr") == "Taux de marge brute\u00a0: doit être compris entre 0\u00a0% et 100\u00a0%"
    assert problem_message(problem, "de").startswith("Bruttogewinnsatz: ")
    assert problem_message(problem, "en") == "Gross profit rate: must be from 0\u00a0% to 100\u00a0%"
    weekday = Problem("company.baseline.standard_turnover.mon", "must not be negative", "negative")
    assert problem_message(weekday, "nl") == "Standaardomzet (maandag): mag niet negatief zijn"
    outage = Problem("outages[3].end", "must be after start", "end_before_start")
    assert problem_message(outage, "it") == "Fine: deve essere successiva all'inizio"


def test_unknown_code_falls_back_to_the_message():
    problem = Problem("company.name", "is odd", "some_new_code")
    assert problem_detail(problem, "fr") == "is odd"
    assert problem_message(problem, "fr") == "Nom de l'entreprise\u00a0: is odd"


def test_every_message_exists_in_every_language_with_the_same_placeholders():
    for table in (MESSAGES, FIELDS):
        for key, texts in table.items():
            assert len(texts) == len(LANGUAGES), key
            fields = {tuple(sorted(re.findall(r"\{(\w+)\}", t))) for t in texts}
            assert len(fields) == 1, f"{key}: {texts}"
            assert all(t.strip() for t in texts), key
