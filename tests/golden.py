"""The golden pages: each sample letter's and dossier's layout (every text run and image with its
position), compared with the record in tests/data/golden/ so a layout change fails the tests.

Positions are rounded to the point; pypdf reads them, so no poppler is needed. After an
intended change, look at the pages (`scripts/letter_samples.py` renders them into docs/letters/)
and record the new layout: `.venv/bin/python scripts/letter_samples.py --golden`.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
ZONES = {"FR": ("Europe/Paris", "EUR"), "CH": ("Europe/Zurich", "CHF"), "CA-QC": ("America/Toronto", "CAD"),
         "CA-BC": ("America/Vancouver", "CAD")}
LETTERS = [  # example, jurisdiction, language, kind
    ("travel-agency-lyon", "FR", "fr", "claim"),
    ("travel-agency-lyon", "CH", "de", "formal_notice"),
    ("travel-agency-lyon", "CA-QC", "fr", "formal_notice"),
    ("bakery-vancouver", "CA-BC", "en", "claim"),
]
DOSSIER = "fr-FR-dossier"  # tests/data/dossier: an image, a PDF, a log, an e-mail, a file attached
# A French formal notice following a registered claim under a contract of 2014 (case file /2): it
# cites the Civil Code as it stood before the 2016 reform and nothing dated after it; with the
# user's cover sheet, which is never sent.
FOLLOW_UP = "fr-FR-formal_notice-follow-up"


def follow_up_case():
    from datetime import date

    from claimdesk.domain.model import BankAccount, PreviousLetter

    case = letter_case("travel-agency-lyon", "FR", "fr", "formal_notice")
    bank = BankAccount("Voyages Confluence SARL", iban="FR76 3000 6000 0112 3456 7890 189", bic="BNPAFRPPXXX")
    previous = (PreviousLetter("claim", date(2015, 5, 21), "VC-2015-07", "registered", "1A 123 456 7890 1"),)
    return replace(
        case, contract=replace(case.contract, signed_on=date(2014, 9, 15)),
        company=replace(case.company, bank=bank),
        outages=tuple(replace(o, affected="accès fibre FTTO-69-000123") for o in case.outages),
        claim=replace(case.claim, date=date(2015, 6, 25), previous=previous,
                      acknowledged="page d'état SFR Business du 19 mai 2015, 11 h 02 : « incident réseau en cours "
                                   "à Lyon »"))


def letter_case(example, jurisdiction, language, kind):
    from claimdesk.casefile import read

    case = read(ROOT / "tests" / "data" / f"{example}.json")
    zone, currency = ZONES[jurisdiction]
    return replace(case, company=replace(case.company, jurisdiction=jurisdiction, timezone=zone, currency=currency),
                   claim=replace(case.claim, language=language, kind=kind))


def samples() -> dict[str, bytes]:
    """Every sample's PDF by name: the letters, the follow-up's cover sheet and the dossier."""
    from claimdesk.casefile import read
    from claimdesk.services.render import render_pdf, write_dossier

    out = {}
    for example, jurisdiction, language, kind in LETTERS:
        out[f"{language}-{jurisdiction}-{kind}"] = render_pdf(letter_case(example, jurisdiction, language, kind)).pdf
    follow_up = render_pdf(follow_up_case(), cover=True)
    out[FOLLOW_UP], out[f"{FOLLOW_UP}-cover"] = follow_up.pdf, follow_up.cover
    with tempfile.TemporaryDirectory() as folder:
        for file in (ROOT / "tests" / "data" / "dossier").iterdir():
            shutil.copy(file, Path(folder) / file.name)
        case = read(Path(folder) / "case.json")
        buffer = io.BytesIO()
        write_dossier(case, render_pdf(case), buffer)
        out[DOSSIER] = buffer.getvalue()
    return out


def layout(pdf: bytes) -> list[list[str]]:
    """Per page, one line per text run ("x y text") and per image drawn ("image x y w h")."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: list[str] = []
        stack, ctm = [], [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]

        def text(t, cm, tm, font, size, lines=lines):
            if t.strip():
                x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                lines.append(f"{x:.0f} {y:.0f} {t.strip()}")

        def operand(op, args, cm, tm, lines=lines, stack=stack, ctm=ctm):
            if op == b"q":
                stack.append(list(ctm))
            elif op == b"Q" and stack:
                ctm[:] = stack.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(v) for v in args)
                m = ctm
                ctm[:] = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                          e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]]
            elif op == b"Do":
                lines.append(f"image {ctm[4]:.0f} {ctm[5]:.0f} {ctm[0]:.0f} {ctm[3]:.0f}")

        page.extract_text(visitor_text=text, visitor_operand_before=operand)
        pages.append(lines)
    return pages


def record() -> list[Path]:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    written = []
    for name, pdf in samples().items():
        path = GOLDEN / f"{name}.json"
        path.write_text(json.dumps(layout(pdf), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        written.append(path)
    return written
