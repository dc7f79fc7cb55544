"""`claimdesk render` and services.render on the two examples and on hostile input."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from claimdesk import cli
from claimdesk.casefile import read
from claimdesk.domain.bounds import TEXT_LIMITS
from claimdesk.domain.loss import estimate_case
from claimdesk.domain.model import Evidence, MoneyItem
from claimdesk.domain.problems import ValidationError
from claimdesk.i18n.formats import Formats
from claimdesk.services.render import render_pdf
from tests.letter_helpers import norm, pdf_text

MONEY_FIGURES = ("lost_turnover_gross", "recovered_turnover", "shortage_in_turnover", "loss_of_gross_profit",
                 "subscription_refund", "increased_cost_of_working", "savings", "credits_received",
                 "total_claimed")


@pytest.fixture(params=["bakery-vancouver.json", "travel-agency-lyon.json"])
def example(request, tmp_path):
    from tests.conftest import EXAMPLES

    return read(EXAMPLES / request.param)


def test_every_figure_of_the_estimate_is_in_the_letter_formatted_for_the_locale(example, capsys):
    from tests.conftest import EXAMPLES

    name = "bakery-vancouver.json" if example.company.jurisdiction == "CA-BC" else "travel-agency-lyon.json"
    assert cli.main(["estimate", str(EXAMPLES / name)]) == 0
    figures = json.loads(capsys.readouterr().out)
    c = example.company
    f = Formats(example.claim.language, c.country, c.timezone)
    text = pdf_text(render_pdf(example).pdf)
    for key in MONEY_FIGURES:
        if Decimal(figures[key]) or key == "total_claimed":  # absent items print no 0.00 line
            assert norm(f.money(Decimal(figures[key]), c.currency)) in text, key
    assert norm(f.number(Decimal(figures["lost_orders"]), 1)) in text
    # Durations are printed in hours and minutes only, the one format of the letter.
    from claimdesk.i18n.letter_texts import texts

    e = estimate_case(example)
    for seconds in (e.outage_seconds, e.business_seconds_affected):
        minutes = round(seconds / 60)
        hm = texts(example.claim.language, c.country)["hours_minutes"]
        assert norm(hm.format(h=f.number(Decimal(minutes // 60), 0), m=minutes % 60)) in text
    assert norm(f.number(Decimal(figures["outage_hours"]), 2)) not in text
    deadline = example.claim.date + timedelta(days=example.claim.response_days)
    while deadline.weekday() >= 5:  # a deadline on a weekend moves to the Monday
        deadline += timedelta(days=1)
    assert figures["response_deadline"] == deadline.isoformat()
    assert norm(f.date(deadline, "long")) in text
    for outage in example.outages:
        assert outage.provider_reference in text
        assert norm(f.moment(outage.start)) in text
        assert norm(f.moment(outage.end)) in text
    assert example.contract.customer_number in text and example.contract.contract_reference in text


def test_the_amounts_table_adds_up_to_the_cent(example):
    e = estimate_case(example)
    assert e.subscription_refund + e.loss_of_gross_profit + e.increased_cost_of_working - e.savings \
        - e.credits_received == e.total_claimed
    rendered = render_pdf(example, e)
    assert rendered.summary["total_claimed"] == str(e.total_claimed)


def test_french_letter_cites_the_verified_french_authorities(travel_path):
    text = pdf_text(render_pdf(read(travel_path)).pdf)
    # Outages of May 2015: the contract predates the 2016 reform and the 2024 ruling.
    for citation in ("articles 14 et 15-I de la loi n° 2004-575", "article 1147", "(art. 1149)",
                     "n° 08-21.645", "obligation de résultat", "le tribunal compétent"):
        assert citation in text, citation
    # The business mediator took its name in January 2016; the 2016 reform and the 2024 ruling are later too.
    for later in ("1217", "1231-1", "22-12.345", "13 mars 2024", "05-20.637", "Médiateur des entreprises"):
        assert later not in text, later
    assert "Médiateur des communications électroniques" not in text  # consumers only
    assert "Lettre recommandée avec accusé de réception" in text
    assert "Objet : Demande d'indemnisation" in text
    assert "FR-2026-11" not in text and "conseil juridique" not in text


def test_bakery_letter_is_a_breach_of_contract_claim_on_us_letter(bakery_path):
    rendered = render_pdf(read(bakery_path))
    text = pdf_text(rendered.pdf)
    assert "breach of contract" in text and "Tercon Contractors Ltd. v. British Columbia, 2010 SCC 4" in text
    assert "obligation of result" not in text.lower()
    assert "CCTS" in text and "Limitation Act" not in text  # limitation periods are the cover sheet's
    # Canadian usage, the duration in hours and minutes, the zone by its name
    assert "Yours truly," in text and "Yours faithfully" not in text
    assert "In total, the service was unavailable for 122 hours 45 minutes, of which 41 hours 45 minutes" in text
    assert "Interruptions by service (Pacific Time)" in text and "Pacific Time (America/Vancouver)" in text
    box = PdfReader(io.BytesIO(rendered.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter


def test_page_numbers_show_page_and_total(bakery_path):
    rendered = render_pdf(read(bakery_path))
    reader = PdfReader(io.BytesIO(rendered.pdf))
    assert rendered.pages == len(reader.pages) == rendered.summary["pages"]
    for i, page in enumerate(reader.pages, 1):
        assert f"Page {i}/{rendered.pages}" in norm(page.extract_text())


def test_same_case_same_bytes_dated_by_the_claim(travel_path):
    case = read(travel_path)
    first, second = render_pdf(case).pdf, render_pdf(case).pdf
    assert first == second
    info = PdfReader(io.BytesIO(first)).metadata
    assert info["/CreationDate"].startswith("D:20150521")


def test_pdf_metadata(travel_path):
    reader = PdfReader(io.BytesIO(render_pdf(read(travel_path)).pdf))
    info = reader.metadata
    assert info.author == "Voyages Confluence SARL"
    assert "Demande d'indemnisation" in info.title
    assert "SFR Business" in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"


def test_cli_writes_letter_and_summary(bakery_path, tmp_path, capsys):
    out, summary = tmp_path / "letter.pdf", tmp_path / "figures.json"
    assert cli.main(["render", str(bakery_path), "--out", str(out), "--summary", str(summary)]) == 0
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["pages"] == len(PdfReader(str(out)).pages)
    assert data["response_deadline"] == "2019-09-06"
    assert data["format"] == "claimdesk-summary/1" and data["kind"] == "claim"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.json", "letter.pdf"]  # no temp files


def test_cli_broken_case_writes_nothing(bakery_path, tmp_path, capsys):
    doc = json.loads(bakery_path.read_text(encoding="utf-8"))
    doc["outages"][0]["end"] = "2019-07-01T08:00:00-07:00"
    doc["claim"]["language"] = "es"
    broken = tmp_path / "case.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = cli.main(["render", str(broken), "--out", str(out_dir / "l.pdf"), "--summary", str(out_dir / "s.json")])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert any(line.startswith("outages[0].end: ") for line in err)
    assert any(line.startswith("claim.language: ") for line in err)
    assert list(out_dir.iterdir()) == []


def test_cli_failure_while_rendering_writes_nothing_and_keeps_old_file(bakery_path, tmp_path, capsys, monkeypatch):
    import claimdesk.services.render as render

    out = tmp_path / "l.pdf"
    out.write_bytes(b"previous letter")

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(render, "build_letter", boom)
    code = cli.main(["render", str(bakery_path), "--out", str(out), "--summary", str(tmp_path / "s.json")])
    err = capsys.readouterr().err
    assert code == 1 and "disk on fire" in err and "Traceback" not in err
    assert out.read_bytes() == b"previous letter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.pdf"]


def test_cli_unwritable_folder_is_exit_1(bakery_path, tmp_path, capsys):
    code = cli.main(["render", str(bakery_path), "--out", str(tmp_path / "no" / "such" / "l.pdf")])
    assert code == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_evidence_hashes_and_missing_files(bakery_path, tmp_path):
    case = read(bakery_path)
    content = b"bounce message from the mail server\n"
    (tmp_path / "proof").mkdir()
    (tmp_path / "proof" / "bounce.eml").write_bytes(content)
    outage = replace(case.outages[0], evidence=(
        Evidence("proof/bounce.eml", "Bounce message"),
        Evidence("proof/gone.png", "Screenshot"),
    ))
    case = replace(case.with_outages([outage]), base_dir=str(tmp_path))
    text = pdf_text(render_pdf(case).pdf).replace(" ", "")
    expected = hashlib.sha256(content).hexdigest()
    assert expected in text
    assert "proof/bounce.eml" in text and "proof/gone.png" in text
    assert "filemissingwhenthisletterwasprepared" in text
    assert str(tmp_path).replace(" ", "") not in text


@pytest.mark.parametrize("name", ["{tmp}/secret-folder/absolute.pdf", "../outside.txt", "proof/../../outside.txt",
                                  "proof/link-out", "/dev/zero", "proof"])
def test_evidence_outside_the_case_folder_is_refused_not_hashed(bakery_path, tmp_path, name):
    (tmp_path / "case" / "proof").mkdir(parents=True)
    (tmp_path / "secret-folder").mkdir()
    (tmp_path / "secret-folder" / "absolute.pdf").write_bytes(b"secret")
    (tmp_path / "outside.txt").write_bytes(b"secret")
    (tmp_path / "case" / "proof" / "link-out").symlink_to(tmp_path / "outside.txt")
    name = name.format(tmp=tmp_path)
    case = read(bakery_path)
    outage = replace(case.outages[0], evidence=(Evidence(name, None),))
    case = replace(case.with_outages([outage]), base_dir=str(tmp_path / "case"))
    with pytest.raises(ValidationError) as info:
        render_pdf(case)
    assert [p.path for p in info.value.problems] == ["outages[0].evidence[0].file"]


def test_credits_covering_everything_are_said_plainly(bakery_path):
    case = read(bakery_path)
    case = replace(case, credits_received=(MoneyItem("Goodwill credit", Decimal("5000.00")),))
    text = pdf_text(render_pdf(case).pdf)
    assert "cover our loss in full" in text
    assert "Total claimed $0.00" in text
    # Deducted amounts are printed as the positive sums the labels and the formula subtract.
    assert "Less: credits already received $5,000.00" in text and "-$5,000.00" not in text
    assert "K Credits already received $5,000.00" in text


def test_a_formal_notice_with_nothing_left_to_claim_demands_nothing(bakery_path):
    from claimdesk.rules.packs import load

    case = read(bakery_path)
    case = replace(case, credits_received=(MoneyItem("Goodwill credit", Decimal("9000.00")),),
                   claim=replace(case.claim, kind="formal_notice"))
    text = pdf_text(render_pdf(case).pdf)
    # It records the interruptions and asks for confirmation: no default, no threat, no demand.
    assert "Re: Interruption of service – record of the loss and of the compensation received" in text
    assert "Formal notice" not in text and "Next step" not in text and "CCTS" not in text
    assert "We ask you to confirm in writing" in text
    assert norm(load("CA-BC").text("en").formal_notice[0]) not in text
    assert "recover this amount" not in text
    # T's floor is said without a negative amount: 21.28 + 2,072.83 + 85.00 - 9,000.00
    assert "the savings and credits exceed the loss by $6,820.89" in text and "-$6,820.89" not in text


HOSTILE = [
    "Dupont & Fils < 100 €",
    "Société <b>Martin",
    "x </b> y <font size=40>GROS</font> AT&T <3 &amp;",
]


MAX_DESCRIPTION = TEXT_LIMITS["description"]


def test_user_text_is_printed_as_typed_and_never_interpreted(bakery_path, tmp_path):
    image = tmp_path / "private.png"
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(image)
    case = read(bakery_path)
    long_text = ("Lorem ipsum dolor sit amet " * 400)[:MAX_DESCRIPTION]
    company = replace(case.company, name="שלום Bakery مخبز 面包店 " + HOSTILE[0])
    contract = replace(case.contract, provider=HOSTILE[1], customer_number="a<b")
    description = (f"<img src='{image}'/> " + HOSTILE[2] + " " + long_text)[:MAX_DESCRIPTION]
    long_text = description[-200:]
    outage = replace(case.outages[0], description=description, provider_reference="<b>TKT")
    case = replace(case, company=company, contract=contract, outages=(outage,),
                   extra_costs=(MoneyItem(long_text, Decimal("85.00")),))
    rendered = render_pdf(case)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    text = pdf_text(rendered.pdf)
    for typed in HOSTILE + ["a<b", "<b>TKT", "שלום", "مخبز"]:
        assert norm(typed) in text, typed
    assert "\ufffd\ufffd\ufffd" in text  # CJK the font lacks: a visible substitute
    assert long_text[-40:].strip() in text
    assert "<img src=" in text and "private.png" in text
    for page in reader.pages:  # the local image was not pulled in
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects)
    assert reader.metadata.author.startswith("שלום Bakery")


def test_an_outage_outside_opening_hours_is_said_so(bakery_path):
    case = read(bakery_path)
    first = case.outages[0]
    monday = first.start.replace(day=5, hour=9, minute=0)  # 2019-08-05: the bakery is closed on Mondays
    case = replace(case, outages=(replace(first, start=monday, end=monday + timedelta(hours=2), evidence=()),))
    text = pdf_text(render_pdf(case).pdf)
    assert "In total, the service was unavailable for 2 hours, all of it outside our opening hours." in text
    assert "0 h 00 min" not in text
