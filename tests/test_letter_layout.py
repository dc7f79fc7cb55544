"""The letter's own paragraphs and tables draw what reportlab's would, and its tables break well."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta

import pytest
from reportlab.platypus import Paragraph

from claimdesk.casefile import read
from claimdesk.letters import fonts
from claimdesk.letters.document import _styles
from claimdesk.letters.paragraphs import paragraph
from claimdesk.services.render import render_pdf
from tests.letter_helpers import pdf_text

MARKUP = [
    "Madame, Monsieur,",
    "Dupont &amp; Fils &lt; 100 € &gt; AT&amp;T",
    "<b>Boulangerie du Parc</b><br/>12 rue des Lilas<br/>69003 Lyon",
    "  spaces   and\nnew lines  are   layout \n ",
    "1. <i>no ticket</i> then <b>bold</b> text",
    "<b>Annexes</b><br/>Annexe 1 – Chronologie<br/>Annexe 2 – Calcul du préjudice",
    "",
    "Le montant de 3\u00a0942,87\u00a0€ est dû au plus tard le 12 juin 2015, " * 6,
    # Markup the letter never writes: handed to reportlab's own parser.
    "a<b><i>nested</i></b>",
    "x &#160; y &eacute;",
    "<font size=3>small</font>",
]


def _runs(p: Paragraph) -> list:
    """Adjacent fragments of one style merged: what is drawn, whatever the fragmenting."""
    runs: list = []
    for f in p.frags:
        key = (f.fontName, f.fontSize, str(f.textColor), bool(getattr(f, "lineBreak", False)))
        if runs and runs[-1][0] == key and not key[3]:
            runs[-1][1] += f.text
        else:
            runs.append([key, f.text])
    return runs


def _lines(p: Paragraph, width: float) -> list:
    p.wrap(width, 10_000)
    if getattr(p, "_fits", False):  # drawn as strings, a line each
        return [frag.text for frag in p.lines]
    bl = p.blPara
    if bl.kind == 0:
        return [" ".join(words) for _, words in bl.lines]
    return ["".join(w.text for w in line.words) for line in bl.lines]


@pytest.mark.parametrize("markup", MARKUP)
@pytest.mark.parametrize("style", ["body", "left", "block", "cellbr"])
def test_own_paragraphs_match_reportlabs(markup, style):
    fonts.register()
    st = _styles()[style]
    ours, theirs = paragraph(markup, st), Paragraph(markup, st)
    assert _runs(ours) == _runs(theirs)
    for width in (60, 200, 450):
        assert _lines(ours, width) == _lines(theirs, width)
        assert ours.wrap(width, 10_000) == theirs.wrap(width, 10_000)


@pytest.mark.parametrize("markup", ["<b>never closed", "x </b> y", "<img src='/etc/passwd'/>"])
def test_markup_the_letter_never_writes_is_judged_by_reportlab(markup):
    fonts.register()
    st = _styles()["body"]
    try:
        expected = _runs(Paragraph(markup, st))
    except Exception as exc:  # noqa: BLE001 - whatever reportlab raises, ours must raise too
        with pytest.raises(type(exc)):
            paragraph(markup, st)
    else:
        assert _runs(paragraph(markup, st)) == expected


def test_a_long_table_continues_on_the_next_page_under_its_header(bakery_path):
    case = read(bakery_path)
    first = case.outages[0]
    outages = tuple(replace(first, start=first.start + timedelta(days=i), end=first.end + timedelta(days=i),
                            provider_reference=f"TKT-{i:03}", evidence=())
                    for i in range(70))
    case = replace(case, outages=outages)
    pdf = render_pdf(case).pdf
    text = pdf_text(pdf)
    for i in range(70):  # every row printed once, none lost at a page break
        assert text.count(f"TKT-{i:03}") == 1, i
    assert "In total, service was unavailable for" in text  # several interruptions: not "the service"
    # The table starts under its heading on the first page, though it is longer than a page, and
    # each page it runs onto starts with its column headings.
    for page in (0, 1, 2):
        page_text = pdf_text(pdf, pages=[page])
        assert page_text.index("Service Start End Duration") < page_text.index("TKT-"), page
    assert "The facts" in pdf_text(pdf, pages=[0])


def test_reportlabs_url_pattern_is_compiled_only_when_used():
    code = ("import claimdesk.letters\n"
            "from reportlab.platypus import paragraph as p\n"
            "print(type(p.uri_pat).__name__, p.uri_pat.match('https://example.org/a') is not None,"
            " p.uri_pat.match('not a url') is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["DeferredPattern", "True", "True"]


def _drawn(flowables, width=300) -> list:
    """(text, x, y) of every string the flowables draw, stacked in a frame on one page."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width + 40, 800))
    Frame(20, 20, width, 760, showBoundary=0).addFromList(list(flowables), canvas)
    canvas.save()
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), round(cm[4] + tm[4] * cm[0], 2), round(cm[5] + tm[5] * cm[3], 2)))

    PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("style", ["body", "left", "right", "h2", "subject", "cellbr"])
def test_one_line_paragraphs_are_drawn_where_reportlab_draws_them(style):
    fonts.register()
    st = _styles()[style]
    texts = ["Vancouver, August 7, 2019", "<b>Fraser Street Bakery Ltd.</b>", "Dupont &amp; Fils &lt; 100 €",
             "<b>Fraser Street Bakery Ltd.</b><br/>4125 Fraser Street<br/>Vancouver BC V5V 4E7<br/>Tel. +1 604",
             "<b>Annexes</b><br/>Annex 1 – Timeline<br/>Annex 2 – Calculation of the loss",
             "A line long enough to wrap in a narrow frame, so the fast path must step aside " * 2]
    ours = [paragraph(t, st) for t in texts]
    for p in ours:
        p.wrap(300, 1000)
    assert [p._fits for p in ours] == [True] * 5 + [False]  # the fast path is taken where lines fit
    for width in (120, 300):
        assert _drawn([paragraph(t, st) for t in texts], width) == _drawn([Paragraph(t, st) for t in texts], width)


def _positions(pdf: bytes, page: int = 0) -> dict:
    """Text drawn on a page → (x, y) of its first occurrence, in points from the bottom left."""
    import io

    from pypdf import PdfReader

    found: dict = {}

    def visit(text, cm, tm, font, size):
        text = text.strip()
        if text and text not in found:
            found[text] = (cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3])

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("example", ["bakery-vancouver.json", "travel-agency-lyon.json"])
def test_the_address_sits_in_the_envelope_window(example):
    from reportlab.lib.units import mm

    from claimdesk.rules.packs import load
    from tests.conftest import EXAMPLES

    case = read(EXAMPLES / example)
    pack = load(case.company.jurisdiction)
    pdf = render_pdf(case).pdf
    at = _positions(pdf)
    page_height = 792 if pack.paper == "LETTER" else 841.89
    x, y = at[case.contract.provider]
    w = pack.window
    assert w.left * mm < x < (w.left + w.width) * mm
    assert w.top * mm < page_height - y < (w.top + w.height) * mm
    if w.left * mm < 25 * mm:  # a window on the left: the address lines up with the sender's block
        assert x == pytest.approx(at[case.company.name][0], abs=0.01)


@pytest.mark.parametrize("language", ["fr", "en", "de", "nl", "it"])
@pytest.mark.parametrize("example", ["bakery-vancouver.json", "travel-agency-lyon.json"])
def test_the_short_calculation_tables_stay_on_one_page(example, language):
    import io

    from pypdf import PdfReader

    from claimdesk.i18n.letter_texts import texts
    from tests.conftest import EXAMPLES
    from tests.letter_helpers import norm

    case = read(EXAMPLES / example)
    case = replace(case, claim=replace(case.claim, language=language))
    t = texts(language, case.company.country)
    pages = [norm(p.extract_text()) for p in PdfReader(io.BytesIO(render_pdf(case).pdf)).pages]

    def page_of(label):
        return next(i for i, page in enumerate(pages) if norm(label) in page)

    # G, O, R, S and P are read as one calculation (P's label is the one holding "(S ×").
    assert page_of(t["calc.G"]) == page_of(t["calc.S"]) == page_of("(S ×")


def test_typesetting_keeps_numbers_and_french_punctuation_with_their_words():
    from claimdesk.letters.document import typeset

    nb = "\u00a0"
    assert typeset("la loi n° 2004-575 et l'art. 1231-1 ; § 1", "fr") == \
        f"la loi n°{nb}2004-575 et l'art.{nb}1231-1{nb}; §{nb}1"
    assert typeset("Objet : « mise en demeure » ?", "fr") == f"Objet{nb}: «{nb}mise en demeure{nb}»{nb}?"
    assert typeset("Law no. 2004-575: art. 97 para. 1", "en") == f"Law no.{nb}2004-575: art.{nb}97 para.{nb}1"
    assert typeset("Note: fine", "en") == "Note: fine"  # only French sets a space before a colon


def test_the_deadline_and_letter_date_never_break(travel_path):
    # (30 days after 21 May 2015 is Saturday 20 June: the deadline moves to Monday 22 June.)
    from claimdesk.letters import document

    case = read(travel_path)
    seen = []
    original = document.paragraph
    document.paragraph = lambda markup, style: seen.append(markup) or original(markup, style)
    try:
        render_pdf(case)
    finally:
        document.paragraph = original
    assert any("22\u00a0juin\u00a02015" in m for m in seen) and any("21\u00a0mai\u00a02015" in m for m in seen)
