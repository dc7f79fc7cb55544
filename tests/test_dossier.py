"""The claim dossier: `claimdesk render --dossier`, the letter followed by every exhibit."""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from claimdesk import cli
from claimdesk.casefile import read
from claimdesk.letters.dossier import _wrap, decode_line, setting, write_dossier
from claimdesk.letters.evidence import EvidenceRow
from claimdesk.services.render import render_pdf
from tests.letter_helpers import norm

DOSSIER = Path(__file__).parent / "data" / "dossier"
EXHIBITS = ["status-page.png", "ticket-INC-150519-0881.pdf", "router-log.csv", "bounce.eml", "capture.pcapng"]


@pytest.fixture
def rendered(tmp_path):
    """The sample case rendered by the command line into a fresh folder: (letter, dossier)."""
    for file in DOSSIER.iterdir():
        shutil.copy(file, tmp_path / file.name)
    letter, dossier = tmp_path / "letter.pdf", tmp_path / "dossier.pdf"
    assert cli.main(["render", str(tmp_path / "case.json"), "--out", str(letter), "--dossier", str(dossier)]) == 0
    return PdfReader(letter), PdfReader(dossier)


def page_texts(reader) -> list[str]:
    return [norm(page.extract_text()) for page in reader.pages]


def test_the_dossier_is_the_letter_then_each_exhibit_in_order_under_its_header_strip(rendered):
    letter, dossier = rendered
    n = len(letter.pages)
    texts = page_texts(dossier)
    assert texts[:n] == page_texts(letter)
    exhibit_pages = texts[n:]
    # Image: 1 page; PDF: a cover strip and its 2 pages; CSV: 1; e-mail: 1; other: 1.
    assert len(exhibit_pages) == 1 + 3 + 1 + 1 + 1
    starts = [0, 1, 4, 5, 6]
    for number, (start, name) in enumerate(zip(starts, EXHIBITS), 1):
        head = exhibit_pages[start]
        data = (DOSSIER / name).read_bytes()
        assert head.startswith(f"Pièce {number}"), head[:60]
        assert name in head
        assert hashlib.sha256(data).hexdigest() in head
        assert norm(f"{len(data):,} octets".replace(",", "\u202f")) in head


def test_the_pages_of_a_pdf_exhibit_follow_as_received_each_stamped(rendered):
    letter, dossier = rendered
    n = len(letter.pages)
    original = PdfReader(DOSSIER / "ticket-INC-150519-0881.pdf")
    for i, page in enumerate(original.pages):
        text = norm(dossier.pages[n + 2 + i].extract_text())
        assert norm(page.extract_text()) in text
        assert f"Pièce 2 page {i + 1}/2" in text


def test_an_e_mail_is_printed_with_its_headers_first_and_its_latin_1_body_decoded(rendered):
    letter, dossier = rendered
    text = norm(dossier.pages[len(letter.pages) + 5].extract_text())
    headers = [text.index(f"{name}:") for name in ("From", "To", "Date", "Subject")]
    assert headers == sorted(headers)
    assert headers[-1] < text.index("This is the mail system")
    assert "Réservation 2015-0519-14 - réponse client" in text
    assert "Status: 4.4.1" in text  # the delivery report of the bounce


def test_a_file_that_cannot_be_printed_is_named_and_attached(rendered):
    letter, dossier = rendered
    attached = dossier.attachments
    assert list(attached) == ["Pièce 5 - capture.pcapng"]
    assert attached["Pièce 5 - capture.pcapng"][0] == (DOSSIER / "capture.pcapng").read_bytes()
    assert "fichier incorporé" in norm(dossier.pages[-1].extract_text())


def test_the_letter_cites_the_exhibits_and_its_annex_lists_them(rendered):
    letter, _ = rendered
    text = norm(" ".join(page.extract_text() for page in letter.pages))
    assert "voir pièces 1, 2, 3" in text and "voir pièces 4, 5" in text
    annex = text[text.rindex("Annexe 3 – Pièces justificatives"):]
    for number, name in enumerate(EXHIBITS, 1):
        data = (DOSSIER / name).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        size = norm(f"{len(data):,} octets".replace(",", " "))
        assert f"{number} {size}" in annex  # number and size cells of the row, in row order
        assert name in annex and digest[:32] in annex and digest[32:] in annex


def test_the_dossier_is_the_same_bytes_each_time(tmp_path):
    case = read(DOSSIER / "case.json")
    letter = render_pdf(case)
    outs = []
    for _ in range(2):
        out = io.BytesIO()
        write_dossier(letter.pdf, list(letter.exhibits), setting("fr", "FR", "A4", case.claim.date), out)
        outs.append(out.getvalue())
    assert outs[0] == outs[1]


class Counting:
    """Opens exhibit files, counting how many are open at once."""

    def __init__(self):
        self.open_now = self.most = 0

    def opener(self, path: Path):
        def open_it():
            counter = self

            class Handle(io.BufferedReader):
                def close(self):
                    if not self.closed:
                        counter.open_now -= 1
                    super().close()

            self.open_now += 1
            self.most = max(self.most, self.open_now)
            return Handle(io.FileIO(path, "rb"))

        return open_it


def test_one_exhibit_file_is_open_at_a_time_and_every_one_is_closed():
    case = read(DOSSIER / "case.json")
    letter = render_pdf(case)
    counting = Counting()
    rows = [replace(row, open=counting.opener(DOSSIER / row.name)) for row in letter.exhibits]
    write_dossier(letter.pdf, rows, setting("fr", "FR", "A4", case.claim.date), io.BytesIO())
    assert counting.most == 1 and counting.open_now == 0


def exhibit_row(tmp_path, name: str, data: bytes, number=1) -> EvidenceRow:
    path = tmp_path / name
    path.write_bytes(data)
    return EvidenceRow(1, name, "description", hashlib.sha256(data).hexdigest(), number, len(data),
                       lambda: path.open("rb"))


def dossier_of(rows, language="en", country="CA") -> PdfReader:
    case = read(DOSSIER / "case.json")
    out = io.BytesIO()
    write_dossier(render_pdf(case).pdf, rows, setting(language, country, "A4", date(2015, 5, 21)), out)
    return PdfReader(out)


def test_text_that_is_not_utf_8_and_long_lines_are_printed_whole(tmp_path):
    long_token = "x" * 400
    data = ("caf\xe9 cr\xe8me\n" + "word " * 80 + "\n" + long_token + "\n").encode("cp1252")
    reader = dossier_of([exhibit_row(tmp_path, "notes.log", data)])
    text = "".join(page.extract_text() for page in reader.pages[-1:])
    assert "café crème" in text
    assert text.replace("\n", "").count("x") >= 400  # the long token wrapped, not cut
    assert norm(text).count("word") == 80


def test_a_damaged_pdf_or_image_is_attached_and_a_missing_file_says_so(tmp_path):
    rows = [exhibit_row(tmp_path, "broken.pdf", b"%PDF-1.4 not really", 1),
            exhibit_row(tmp_path, "broken.png", b"\x89PNG\r\n\x1a\n garbage", 2),
            EvidenceRow(1, "gone.jpg", None, None, 3, None, None)]
    reader = dossier_of(rows)
    assert set(reader.attachments) == {"Exhibit 1 - broken.pdf", "Exhibit 2 - broken.png"}
    last = norm(reader.pages[-1].extract_text())
    assert last.startswith("Exhibit 3") and "file missing" in last


def test_wrapping_keeps_every_character_and_fits_the_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from claimdesk.letters import fonts

    fonts.register()
    line = "a" * 300 + " short words " + "b" * 10
    pieces = _wrap(line, fonts.REGULAR, 8, 200)
    assert "".join(pieces).replace(" ", "") == line.replace(" ", "")
    assert all(stringWidth(p, fonts.REGULAR, 8) <= 200 for p in pieces)
    assert decode_line(b"\xff\xfeok").endswith("ok")


def test_an_invalid_case_writes_no_dossier(tmp_path, capsys):
    (tmp_path / "case.json").write_text('{"format": "claimdesk-case/1"}', encoding="utf-8")
    dossier = tmp_path / "dossier.pdf"
    assert cli.main(["render", str(tmp_path / "case.json"), "--out", str(tmp_path / "l.pdf"),
                     "--dossier", str(dossier)]) == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "case.json"]


def test_the_stamp_of_a_turned_pdf_page_is_at_the_top_right_as_it_is_read(tmp_path):
    from pypdf import PdfWriter

    source = PdfReader(DOSSIER / "ticket-INC-150519-0881.pdf")
    writer = PdfWriter()
    writer.add_page(source.pages[0])
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    reader = dossier_of([exhibit_row(tmp_path, "turned.pdf", out.getvalue())])
    page = reader.pages[-1]
    assert page.rotation % 360 == 0
    found = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: found.append((t, cm[4] + tm[4], cm[5] + tm[5])))
    x, y = next((x, y) for t, x, y in found if t.startswith("Exhibit 1"))
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert x > width * 0.7 and y > height * 0.9
