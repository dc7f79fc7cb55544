"""The claim dossier: the letter and its annexes, then every exhibit, in one PDF.

Each exhibit starts on a new page under a header strip (number, description, file name, size,
SHA-256), so a claims handler can match every page to annex 3 and check the file's fingerprint:

- PNG and JPEG images are drawn to fit the page;
- a PDF's own pages follow a cover strip, each stamped with the exhibit number;
- e-mails (``.eml``, bounce messages included), text, CSV and logs are printed as text pages,
  an e-mail's From/To/Date/Subject first, long lines wrapped, bytes that are not UTF-8 read as
  Windows-1252 so nothing is lost;
- anything else gets a page naming it and its hash, and the file is attached to the PDF.

One exhibit file is open at a time: each is laid out and closed before the next is read. pypdf is
imported here only, when a dossier is made.
"""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..i18n.formats import Formats
from ..i18n.letter_texts import texts
from . import fonts
from .evidence import EvidenceRow

INK = colors.HexColor("#1d1d1f")
ACCENT = colors.HexColor("#1f3a5f")
SHADE = colors.HexColor("#f2f4f7")
RULE = colors.HexColor("#9aa5b1")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25 * mm, 20 * mm, 14 * mm, 16 * mm
STRIP_HEIGHT = 19 * mm
TEXT_SIZE, TEXT_LEADING = 8, 10.2
TEXT_SUFFIXES = (".eml", ".txt", ".text", ".csv", ".log", ".tsv", ".json", ".xml", ".md")
# An e-mail larger than this is printed as raw text rather than parsed whole in memory.
MAX_PARSED_EMAIL = 8 << 20
_E_MAIL_HEADERS = ("From", "To", "Cc", "Date", "Subject")


@dataclass(frozen=True)
class Dossier:
    pages: int
    exhibits: int


@dataclass(frozen=True)
class Setting:
    """What every exhibit page needs: the language's texts and formats, the paper, the date."""

    language: str
    t: dict
    f: Formats
    pagesize: tuple[float, float]
    claim_date: date
    covered: frozenset[int]

    @property
    def width(self) -> float:
        return self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT


def kind_of(row: EvidenceRow, head: bytes) -> str:
    """``image``, ``pdf``, ``text`` or ``other``, from the file's first bytes and its suffix."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return "image"
    name = row.name.lower()
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return "other"


def size_text(s: Setting, size: int | None) -> str:
    return s.t["exhibit.size"].format(n=s.f.number(Decimal(size), 0)) if size is not None else "–"


# -- page furniture ---------------------------------------------------------------------------------


def _canvas(s: Setting, buffer) -> Canvas:
    canv = Canvas(buffer, pagesize=s.pagesize, invariant=1, pageCompression=1)
    stamp = TimeStamp(invariant=True)
    moment = datetime(s.claim_date.year, s.claim_date.month, s.claim_date.day, tzinfo=timezone.utc)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    canv._doc._timeStamp = stamp
    canv.setCreator("ClaimDesk")
    return canv


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis where it would overflow ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _strip(canv: Canvas, s: Setting, row: EvidenceRow, page: int | None, pages: int | None) -> float:
    """The header strip at the top of an exhibit page; returns the y under it."""
    page_w, page_h = s.pagesize
    top = page_h - MARGIN_TOP
    canv.setFillColor(SHADE)
    canv.rect(MARGIN_LEFT, top - STRIP_HEIGHT, s.width, STRIP_HEIGHT, stroke=0, fill=1)
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1.2)
    canv.line(MARGIN_LEFT, top - STRIP_HEIGHT, MARGIN_LEFT + s.width, top - STRIP_HEIGHT)
    x, inner = MARGIN_LEFT + 3 * mm, s.width - 6 * mm
    title = s.t["exhibit"].format(n=row.number)
    canv.setFillColor(ACCENT)
    canv.setFont(fonts.BOLD, 11)
    canv.drawString(x, top - 6 * mm, title)
    if page is not None:
        canv.setFont(fonts.REGULAR, 7.5)
        canv.drawRightString(MARGIN_LEFT + s.width - 3 * mm, top - 6 * mm,
                             s.t["exhibit.page"].format(page=page, pages=pages))
    canv.setFillColor(INK)
    after_title = x + stringWidth(title, fonts.BOLD, 11) + 3 * mm
    if row.description:
        canv.setFont(fonts.REGULAR, 9)
        canv.drawString(after_title, top - 6 * mm,
                        _fit(_printable(row.description, s.covered), fonts.REGULAR, 9,
                             MARGIN_LEFT + s.width - 28 * mm - after_title))
    canv.setFont(fonts.REGULAR, 8)
    from .document import typeset

    line = typeset(f"{s.t['col.file']}: {row.name} · {size_text(s, row.size)}", s.language)
    canv.drawString(x, top - 11 * mm, _fit(_printable(line, s.covered), fonts.REGULAR, 8, inner))
    canv.setFont(fonts.MONO, 7.5)
    canv.drawString(x, top - 15.5 * mm, f"SHA-256 {row.sha256 or '–'}")
    return top - STRIP_HEIGHT - 5 * mm


def _notice(canv: Canvas, s: Setting, y: float, text: str) -> None:
    canv.setFillColor(INK)
    canv.setFont(fonts.REGULAR, 9.5)
    from .document import typeset  # no-break spaces, as in the letter

    for line in _wrap(_printable(typeset(text, s.language), s.covered), fonts.REGULAR, 9.5, s.width):
        canv.drawString(MARGIN_LEFT, y - 9.5, line)
        y -= 13


# -- text ------------------------------------------------------------------------------------------


def _printable(text: str, covered: frozenset[int]) -> str:
    """Tabs as spaces, control characters dropped, characters the font lacks as "?"."""
    text = text.expandtabs(4)
    if all(ord(ch) in covered for ch in text):
        return text
    return "".join(ch if ord(ch) in covered else ("" if ord(ch) < 32 else "?") for ch in text)


def _wrap(line: str, font: str, size: float, width: float) -> list[str]:
    """A line cut into pieces that fit ``width``: at spaces where it can, inside a word that is
    longer than the line (a URL, a hash, a log token)."""
    if stringWidth(line, font, size) <= width:
        return [line]
    out, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        while stringWidth(word, font, size) > width:
            cut = _longest_prefix(word, font, size, width)
            out.append(word[:cut])
            word = word[cut:]
        current = word
    out.append(current)
    return out


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def decode_line(raw: bytes) -> str:
    """UTF-8 where the bytes are UTF-8, else Windows-1252: an old log or mail is read, never refused."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _plain_lines(fh: BinaryIO) -> Iterator[str]:
    for raw in fh:
        yield decode_line(raw.rstrip(b"\r\n"))


def _part_text(part) -> str:
    try:
        return part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown or lying charset
        payload = part.get_payload(decode=True) or b""
        return decode_line(payload)


def _mail_body(part, depth: int = 0) -> Iterator[str]:
    ctype = part.get_content_type()
    if depth > 8:
        return
    if ctype == "message/delivery-status":
        for block in part.get_payload():
            for name, value in block.items():
                yield f"{name}: {value}"
            yield ""
    elif ctype == "message/rfc822":
        for inner in part.get_payload():
            yield "-" * 40
            yield from _mail_headers(inner)
            yield ""
            yield from _mail_body(inner, depth + 1)
    elif part.is_multipart():
        subparts = part.get_payload()
        if ctype == "multipart/alternative":
            plain = [p for p in subparts if p.get_content_type() == "text/plain"]
            subparts = plain[:1] or subparts[:1]
        for sub in subparts:
            yield from _mail_body(sub, depth + 1)
    elif part.get_content_maintype() == "text" and part.get_filename() is None:
        text = _part_text(part)
        if ctype == "text/html":
            import html
            import re

            text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)))
        yield from text.splitlines()
        yield ""
    else:
        payload = part.get_payload(decode=True) or b""
        yield f"[{part.get_filename() or ctype}: {ctype}, {len(payload)} bytes]"


def _mail_headers(msg) -> Iterator[str]:
    for name in _E_MAIL_HEADERS:
        for value in msg.get_all(name, []):
            yield f"{name}: {value}"


def _mail_lines(fh: BinaryIO) -> Iterator[str]:
    msg = email.message_from_binary_file(fh, policy=email.policy.default)
    yield from _mail_headers(msg)
    yield ""
    yield from _mail_body(msg)


def _text_pages(s: Setting, row: EvidenceRow, lines: Iterator[str]) -> list[list[str]]:
    """The wrapped lines of a text exhibit, cut into pages under the header strip."""
    per_page = int((s.pagesize[1] - MARGIN_TOP - STRIP_HEIGHT - 5 * mm - MARGIN_BOTTOM) // TEXT_LEADING)
    pages: list[list[str]] = [[]]
    for line in lines:
        for piece in _wrap(_printable(line, s.covered), fonts.REGULAR, TEXT_SIZE, s.width):
            if len(pages[-1]) == per_page:
                pages.append([])
            pages[-1].append(piece)
    return pages


def _draw_text(canv: Canvas, s: Setting, row: EvidenceRow, pages: list[list[str]]) -> None:
    for number, lines in enumerate(pages, 1):
        y = _strip(canv, s, row, number, len(pages))
        text = canv.beginText(MARGIN_LEFT, y - TEXT_SIZE)
        text.setFont(fonts.REGULAR, TEXT_SIZE, TEXT_LEADING)
        text.setFillColor(INK)
        for line in lines:
            text.textLine(line)
        canv.drawText(text)
        canv.showPage()


# -- exhibits --------------------------------------------------------------------------------------


def _draw_image(canv: Canvas, s: Setting, row: EvidenceRow, fh: BinaryIO) -> None:
    data = fh.read()
    if data.startswith(b"\x89PNG"):
        from PIL import Image

        # Decoded once, here: a damaged PNG fails before its page is begun.
        png = Image.open(io.BytesIO(data))
        png.load()
        image = ImageReader(png)
    else:
        image = ImageReader(io.BytesIO(data))  # a JPEG goes into the PDF as it is
    iw, ih = image.getSize()
    y = _strip(canv, s, row, None, None)
    box_w, box_h = s.width, y - MARGIN_BOTTOM
    # Never enlarged past 1 pixel = 1 point: a small screenshot stays sharp.
    scale = min(box_w / iw, box_h / ih, 1.0)
    w, h = iw * scale, ih * scale
    canv.drawImage(image, MARGIN_LEFT + (box_w - w) / 2, y - h, w, h, mask="auto")
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.rect(MARGIN_LEFT + (box_w - w) / 2, y - h, w, h, stroke=1, fill=0)
    canv.showPage()


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def stamp(writer, page, label: str, sub: str) -> None:
    """The exhibit number in a box at the top right of a PDF exhibit's page, in the page's own
    coordinates. Written as a few operators after the page's content (wrapped in q/Q so its
    graphics state cannot leak), in Helvetica: no content stream is parsed, no font embedded."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    box = page.mediabox
    right, top = float(box.right), float(box.top)
    box_w = max(stringWidth(label, "Helvetica-Bold", 9), stringWidth(sub, "Helvetica", 6.5)) + 8
    x, y = right - box_w - 6 * mm, top - 6 * mm - 22

    def stream(data: str):
        obj = DecodedStreamObject()
        obj.set_data(data.encode("latin-1"))
        return writer._add_object(obj)

    ops = (f"Q q 1 1 1 rg 0.122 0.227 0.373 RG 0.8 w {x:.2f} {y:.2f} {box_w:.2f} 22 re B "
           f"0.122 0.227 0.373 rg BT /CDStampB 9 Tf {x + 4:.2f} {y + 12:.2f} Td {_pdf_string(label)} Tj ET "
           f"BT /CDStamp 6.5 Tf {x + 4:.2f} {y + 4:.2f} Td {_pdf_string(sub)} Tj ET Q")
    contents = page.get("/Contents")
    if contents is None:
        parts = []
    else:
        resolved = contents.get_object()
        parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([stream("q "), *parts, stream(" " + ops)])
    resources = page.get("/Resources")
    resources = DictionaryObject() if resources is None else DictionaryObject(resources.get_object())
    font_dict = resources.get("/Font")
    font_dict = DictionaryObject() if font_dict is None else DictionaryObject(font_dict.get_object())
    for name, base in (("/CDStamp", "/Helvetica"), ("/CDStampB", "/Helvetica-Bold")):
        font_dict[NameObject(name)] = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    resources[NameObject("/Font")] = font_dict
    page[NameObject("/Resources")] = resources


def _pdf_pages(fh: BinaryIO) -> list | None:
    """The pages of a PDF exhibit, or None when it is not a PDF that can be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(fh)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        return list(reader.pages) or None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return None


class _Sheets:
    """Every page the dossier draws itself (strips, images, text, stamps) in one reportlab
    canvas, so the fonts are embedded once; ``plan`` says how the pages of the exhibits' own
    PDFs and the attached files go between them."""

    def __init__(self, s: Setting):
        self.s = s
        self.buffer = io.BytesIO()
        self.canv = _canvas(s, self.buffer)
        self.plan: list[tuple] = []  # ("sheets", n) | ("pdf", row) | ("attach", row)
        self.drawn = 0

    def _take(self) -> None:
        """Records the pages drawn since the last call."""
        now = self.canv.getPageNumber() - 1
        if now > self.drawn:
            self.plan.append(("sheets", now - self.drawn))
            self.drawn = now

    def add(self, row: EvidenceRow) -> None:
        s, canv = self.s, self.canv
        if row.open is None:
            self._attached(row, readable=False)
            return
        with row.open() as fh:
            head = fh.read(16)
            fh.seek(0)
            kind = kind_of(row, head)
            if kind == "pdf":
                pages = _pdf_pages(fh)
                if pages is not None:
                    y = _strip(canv, s, row, None, None)
                    _notice(canv, s, y, s.t["exhibit.pdf"].format(pages=len(pages)))
                    canv.showPage()
                    self._take()
                    self.plan.append(("pdf", row))
                    return
                fh.seek(0)
            if kind == "image":
                try:
                    _draw_image(canv, s, row, fh)
                    self._take()
                    return
                except Exception:  # noqa: BLE001 - a damaged image is still attached as a file
                    fh.seek(0)
            if kind == "text":
                eml = row.name.lower().endswith(".eml") and (row.size or 0) <= MAX_PARSED_EMAIL
                _draw_text(canv, s, row, _text_pages(s, row, _mail_lines(fh) if eml else _plain_lines(fh)))
                self._take()
                return
        self._attached(row, readable=True)

    def _attached(self, row: EvidenceRow, readable: bool) -> None:
        y = _strip(self.canv, self.s, row, None, None)
        _notice(self.canv, self.s, y, self.s.t["exhibit.attached"] if readable else self.s.t["missing"])
        self.canv.showPage()
        self._take()
        if readable:
            self.plan.append(("attach", row))

    def finish(self) -> bytes:
        self.canv.save()
        return self.buffer.getvalue()


def _merge(writer, s: Setting, sheets: bytes, plan: list[tuple]) -> None:
    """The drawn pages and the exhibits' own pages, in the order of the plan."""
    from pypdf import PdfReader

    drawn = PdfReader(io.BytesIO(sheets)).pages
    at = 0
    for step in plan:
        if step[0] == "sheets":
            for i in range(at, at + step[1]):
                writer.add_page(drawn[i])
            at += step[1]
        elif step[0] == "pdf":
            row = step[1]
            label = s.t["exhibit"].format(n=row.number)
            with row.open() as fh:
                pages = _pdf_pages(fh) or []
                for number, page in enumerate(pages, 1):
                    added = writer.add_page(page)  # copied into the writer: the file can close
                    if added.rotation % 360:
                        added.transfer_rotation_to_content()  # so "top right" is where the reader sees it
                    stamp(writer, added, label, s.t["exhibit.page"].format(page=number, pages=len(pages)))
        else:
            row = step[1]
            with row.open() as fh:
                writer.add_attachment(f"{s.t['exhibit'].format(n=row.number)} - {row.name.rsplit('/', 1)[-1]}",
                                      fh.read())


def setting(language: str, country: str, paper: str, claim_date: date) -> Setting:
    return Setting(language, texts(language, country), Formats(language, country), LETTER if paper == "LETTER" else A4,
                   claim_date, fonts.register())


def write_dossier(letter_pdf: bytes, rows: list[EvidenceRow], s: Setting, out: BinaryIO) -> Dossier:
    """The letter's pages, then each exhibit, written to ``out``."""
    from pypdf import PdfReader, PdfWriter

    sheets = _Sheets(s)
    for row in rows:
        sheets.add(row)
    drawn = sheets.finish()
    writer = PdfWriter()
    letter = PdfReader(io.BytesIO(letter_pdf))
    for page in letter.pages:
        writer.add_page(page)
    writer.add_metadata({k: v for k, v in (letter.metadata or {}).items() if isinstance(v, str)})
    _merge(writer, s, drawn, sheets.plan)
    writer.write(out)
    return Dossier(len(writer.pages), len(rows))
