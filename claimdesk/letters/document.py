"""The claim letter as a PDF: the letter itself, then its three annexes.

Input is the domain (case, loss estimate), the jurisdiction pack and the letter texts; every
figure is formatted by ``claimdesk.i18n.formats.Formats`` for the letter's language in the
company's country. The output is deterministic: reportlab's invariant mode with the claim's date
as the document date, so the same case always gives the same bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache, partial
from typing import NamedTuple
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from ..domain.loss import LossEstimate, opening_spans_utc
from ..domain.model import MINUTES_PER_DAY, WEEKDAYS, Case, Span
from ..i18n.formats import Formats
from ..i18n.letter_texts import default_channels, texts
from ..rules.packs import Pack, first_outage_day
from . import chart, fonts, sla_parts
from .evidence import EvidenceRow
from .grid import Grid, Look, Text
from .markup import metadata, para, plain, unescape
from .paragraphs import paragraph

INK = colors.HexColor("#1d1d1f")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#f2f4f7")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25 * mm, 20 * mm, 20 * mm, 22 * mm
LANGUAGE_TAGS = {"fr": "fr", "en": "en", "de": "de", "nl": "nl", "it": "it"}


@dataclass(frozen=True)
class Letter:
    pdf: bytes
    pages: int


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The letter's paragraph styles, made once per process (fragment templates hang on them)."""
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13.6, textColor=INK,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=0),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=10),
        "strong": ParagraphStyle("strong", parent=base, fontName=fonts.BOLD, alignment=0, spaceAfter=2),
        "subject": ParagraphStyle("subject", parent=base, fontName=fonts.BOLD, alignment=0, spaceBefore=6,
                                  spaceAfter=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=10.5, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3, alignment=0, keepWithNext=1),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17,
                             textColor=ACCENT, spaceAfter=8, alignment=0),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, fontSize=9.5, leading=12.5,
                             spaceBefore=8, spaceAfter=3, alignment=0, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, alignment=0, spaceAfter=3),
        "formula": ParagraphStyle("formula", parent=base, fontSize=8.5, leading=11, alignment=0, spaceAfter=3,
                                  keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, alignment=0, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5,
                                alignment=0, spaceAfter=0),
        "cellbr": ParagraphStyle("cellbr", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5,
                                 alignment=TA_RIGHT, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=base, fontName=fonts.MONO, fontSize=7, leading=9, alignment=0,
                               spaceAfter=0),
        "block": ParagraphStyle("block", parent=base, fontSize=9.5, leading=12.5, alignment=0, spaceAfter=0),
        "header": ParagraphStyle("header", parent=base, fontSize=7.5, leading=9.5, textColor=RULE,
                                 alignment=0, spaceAfter=0),
    }


def cents(amount: Decimal) -> Decimal:
    """To the cent, half up (4.025 -> 4.03), as an accountant checks a line."""
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class _Cell(NamedTuple):
    """A table cell's paragraph markup, laid out only if it needs to be (see _cells)."""

    markup: str
    style: ParagraphStyle


LOOK = Look(ink=INK, rule=RULE, shade=SHADE)
_NUMBER_SIGN = re.compile(r"(?<!\w)([Nn]°|[Nn]o\.|[Nn]r\.|[Nn]\.|[Aa]rt\.|[Aa]rtt\.|§) (?=\S)")
# The spaces inside a token a reader takes in at a glance: a paragraph number ("Abs. 1", "al. 1",
# "cpv. 1", "para. 1", "lid 1"), a time or a duration ("9 h 50", "7 h 25 min", "11:02 a.m."), a date
# ("19 mai 2015", "21. Juni 2004", "May 19, 2015") and an amount ("523,80 €", "CHF 1'474.31").
_MONTH = r"[^\W\d_]{3,}\.?"
_KEEP_TOGETHER = re.compile(
    r"\b(?:Abs|al|cpv|para|let|Ziff|ch)\. \d|\blid \d"
    r"|\b\d{1,3} h(?: \d\d)?(?: min)?\b|\b\d{1,3} min\b|\b\d{1,2}:\d\d [ap]\.m\."
    rf"|\b\d{{1,2}}(?:\.|er|°)? {_MONTH} \d{{4}}\b|\b[A-Z][a-z]{{2,}}\.? \d{{1,2}}, \d{{4}}\b"
    r"|\d (?:€|\$|CHF|EUR|CAD|Fr\.)(?!\w)|(?:\bCHF|\bEUR|\bCAD|[€$]) \d")


def keep_together(text: str) -> str:
    return _KEEP_TOGETHER.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)

def iban_on_paper(iban: str) -> str:
    """An IBAN as printed on paper, in groups of four ("BE68 5390 0754 7034", as typed or not),
    kept on one line: a reader copies it group by group."""
    text = "".join(iban.split()).upper()
    return "\u00a0".join(text[i:i + 4] for i in range(0, len(text), 4))


# A Canadian postal code ("V5V 4E7"), a British one ("SW1A 1AA"), a Dutch one ("1012 AB").
_POSTAL_CODE = re.compile(r"\b([A-Z]\d[A-Z]|[A-Z]{1,2}\d[A-Z\d]?|\d{4}) (\d[A-Z]\d|\d[A-Z]{2}|[A-Z]{2})\b")
_FRENCH_SPACES = re.compile(r"(?<=\S) (?=[:;!?»])|(?<=«) ")


_QUEBEC_NO_SPACE = re.compile(r"[ \u00a0\u202f](?=[;!?])")
_QUEBEC_SPACES = re.compile(r"(?<=\S) (?=[:»])|(?<=«) ")


@lru_cache(maxsize=2048)  # the same texts come back in every letter and every preview
def typeset(text: str, language: str, country: str = "") -> str:
    """No-break spaces where a line must not break: after "n°", "no.", "Nr.", "art." and "§",
    inside times, durations, dates, amounts and paragraph numbers (_KEEP_TOGETHER), and in French
    before ``: ; ! ?`` and inside « » — in Québec before the colon and inside « » only, with no
    space before ``; ! ?``."""
    text = keep_together(_NUMBER_SIGN.sub("\\1\u00a0", text))
    if language == "fr" and country == "CA":
        text = _QUEBEC_SPACES.sub("\u00a0", _QUEBEC_NO_SPACE.sub("", text))
    elif language == "fr":
        text = _FRENCH_SPACES.sub("\u00a0", text)
    return text


def _cells(data, widths, *, header: bool, money_cols, total_row: bool) -> list:
    """Table rows with each cell as a one-line Text or a Paragraph.

    A plain string takes the row's font (bold in the header and the total row); a _Cell that holds
    plain text and fits on one line becomes a Text in its style's font, and only cells that wrap
    or carry markup are laid out as paragraphs: parsing and laying out hundreds of one-line
    paragraphs was most of a letter's rendering time."""
    rows = []
    last = len(data) - 1
    for r, row in enumerate(data):
        cells = []
        for c, cell in enumerate(row):
            right = c in money_cols
            if isinstance(cell, str):
                if header and r == 0:
                    cells.append(Text(cell, fonts.BOLD, 8, 10, right))
                elif total_row and r == last:
                    cells.append(Text(cell, fonts.BOLD, 8.5, 10.5, right))
                else:
                    cells.append(Text(cell, fonts.REGULAR, 8.5, 10.5, right))
            elif isinstance(cell, _Cell):
                st = cell.style
                text = unescape(cell.markup)
                if "<" in cell.markup or stringWidth(text, st.fontName, st.fontSize) > widths[c] - 8.5:
                    cells.append(paragraph(cell.markup, st))
                else:
                    cells.append(Text(text, st.fontName, st.fontSize, st.leading, right or st.alignment == TA_RIGHT))
            else:
                cells.append(cell)
        rows.append(cells)
    return rows


SHORT_TABLE = 8  # rows; a table this short is never broken across pages
CELL_PADDING = 8.5  # points: a cell's left and right padding, and a hair to spare


def _fitted_widths(data, width: float, shares: list[float]) -> list[float]:
    """Column widths that keep each one-line cell of all but the last column on one line, the
    last column taking what is left; ``shares`` of ``width`` when that leaves it too narrow."""
    natural = [0.0] * (len(shares) - 1)
    for row in data:
        for c, cell in enumerate(row[:-1]):
            if isinstance(cell, _Cell) and "<" not in cell.markup:
                text_width = stringWidth(unescape(cell.markup), cell.style.fontName, cell.style.fontSize)
                natural[c] = max(natural[c], text_width + CELL_PADDING)
    # Headings may wrap; the columns never fall below a sensible share.
    fitted = [max(n, width * share * 0.7) for n, share in zip(natural, shares)]
    last = width - sum(fitted)
    if last < width * shares[-1] * 0.8:
        return [width * share for share in shares]
    return fitted + [last]


def _cell_font(cell, bold: bool) -> tuple[str, str, float]:
    """A cell's plain text and font, as _cells will set it."""
    if isinstance(cell, _Cell):
        return unescape(re.sub(r"<[^>]+>", " ", cell.markup)), cell.style.fontName, cell.style.fontSize
    return (cell, fonts.BOLD if bold else fonts.REGULAR, 8.5) if isinstance(cell, str) else ("", fonts.REGULAR, 8.5)


def _word_safe_widths(data, widths, *, header: bool, total_row: bool) -> list[float]:
    """Column widths under which no word is cut inside (a heading's "Umsatzausfa/ll", a ticket
    number) and no one-line figure wraps: a column that needs more takes it from the room the others have to spare, in
    proportion; the widths are kept when the columns cannot all fit."""
    widths = list(widths)
    need = [0.0] * len(widths)
    last = len(data) - 1
    for r, row in enumerate(data):
        for c, cell in enumerate(row):
            text, font, size = _cell_font(cell, (header and r == 0) or (total_row and r == last))
            if isinstance(cell, str) and not (header and r == 0):  # a figure or a date stays on one line
                longest = stringWidth(text, font, size)
            elif isinstance(cell, (str, _Cell)):  # a text wraps between words only: a ticket number stays whole
                longest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
            else:
                continue
            need[c] = max(need[c], longest + CELL_PADDING)
    short = sum(max(0.0, n - w) for n, w in zip(need, widths))
    if not short:
        return widths
    spare = [max(0.0, w - n) for n, w in zip(need, widths)]
    if sum(spare) < short:
        return widths
    ratio = short / sum(spare)
    return [max(n, w - sp * ratio) for n, w, sp in zip(need, widths, spare)]


def _table(data, widths, *, header=True, money_cols=(), total_row=False, split=False) -> Grid:
    widths = _word_safe_widths(data, widths, header=header, total_row=total_row)
    rows = _cells(data, widths, header=header, money_cols=money_cols, total_row=total_row)
    # A short calculation, read line by line, stays on one page.
    return Grid(rows, widths, LOOK, header=header, total=total_row, split_rows=split,
                keep=not split and len(rows) <= SHORT_TABLE)


class _KeepWithNext(KeepTogether):
    """A heading kept with what follows it. reportlab moves both to the next page whenever they
    do not fit in the room left; a table longer than a whole page then leaves most of a page
    blank. Here such a table starts right under its heading if a few rows' room is left."""

    ROOM = 40 * mm

    def split(self, avail_width, avail_height):
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        # A long table that may break (the facts of 18 outages) starts under its heading too,
        # rather than leave most of page 1 blank.
        last = self._content[-1] if self._content else None
        breaks = isinstance(last, Grid) and not last.keep and len(last.rows) > SHORT_TABLE
        if frame is not None and (self._H > frame._height or breaks) and avail_height >= self.ROOM:
            return self._content[:]
        return super().split(avail_width, avail_height)


class _LetterCanvas(Canvas):
    """Keeps every page until the end, so each can say "page n/total"; dates the file by the claim."""

    def __init__(self, *args, page_label: str, claim_date: date, **kwargs):
        super().__init__(*args, **kwargs)
        stamp = TimeStamp(invariant=True)
        moment = datetime(claim_date.year, claim_date.month, claim_date.day, tzinfo=timezone.utc)
        stamp.t = moment.timestamp()
        stamp.lt = moment.timetuple()
        stamp.YMDhms = tuple(stamp.lt)[:6]
        self._doc._timeStamp = stamp
        self._page_label = page_label
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(RULE)
            self.drawRightString(self._pagesize[0] - MARGIN_RIGHT, 10 * mm,
                                 self._page_label.format(page=number, pages=total))
            super().showPage()
        super().save()


class LetterBuilder:
    def __init__(self, case: Case, estimate: LossEstimate, pack: Pack, evidence: list[EvidenceRow],
                 deadline: date):
        self.case, self.e, self.pack, self.evidence, self.deadline = case, estimate, pack, evidence, deadline
        self.covered = fonts.register()
        c = case.company
        self.f = Formats(case.claim.language, c.country, c.timezone)
        self.t = texts(case.claim.language, c.country)
        # The law this letter cites: chosen by the contract's date, never dated after the letter.
        self.law = pack.law(case.claim.language, case.contract.signed_on, case.claim.date,
                            first_outage_day(case))
        self.tz = ZoneInfo(c.timezone)
        self.cur = c.currency
        self.s = _styles()
        self.pagesize = LETTER if pack.paper == "LETTER" else A4
        self.width = self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
        self.outages = sorted(case.outages, key=lambda o: (o.start, o.end, o.service))
        self._segments = None  # the stretches of constant share lost, made when annex 2 needs them

    # -- small helpers -------------------------------------------------------------------------
    def u(self, text) -> str:
        """A text as it stands (the user's, or one composed of names) as paragraph markup."""
        return para(text, self.covered)

    def tx(self, key: str, **values) -> str:
        """A letter text with user values, as paragraph markup (escaped after formatting)."""
        # Typeset after filling in: a user's « quotation » or "n° 12" keeps its no-break spaces too.
        return para(self.typeset(self.t[key].format(**values)), self.covered)

    def signature(self, signatory, company: str) -> list:
        """The closing formula, 25 mm to sign, then who signs and for whom."""
        closing = [Spacer(1, 4), self.P(self.tx("closing"), "left"), Spacer(1, 25 * mm),  # room to sign
                   self.P(f"<b>{self.u(signatory.name)}</b>", "block")]
        if signatory.title:
            closing.append(self.P(self.u(signatory.title), "block"))
        closing.append(self.P(self.tx("for_company", company=company), "block"))
        return closing

    def legal(self, text: str) -> str:
        """A text of the jurisdiction pack, as paragraph markup."""
        return para(self.typeset(text), self.covered)

    def typeset(self, text: str) -> str:
        return typeset(text, self.case.claim.language, self.case.company.country)

    def money(self, amount: Decimal) -> str:
        return self.f.money(amount, self.cur)

    def head(self, keys, right=()) -> list:
        """A table's header row; money columns are right-aligned like their figures."""
        return [self.C(self.tx(k), "cellbr" if i in right else "cellb") for i, k in enumerate(keys)]

    def hours(self, seconds: int | Decimal) -> str:
        return self.f.number(Decimal(seconds) / 3600, 2)

    def day_parts(self, d) -> list[tuple[Decimal, int]]:
        """The opening time of one day during which each share of turnover was lost, by share
        (the domain's stretches of constant share, cut at the day's opening hours)."""
        from ..domain.loss import share_segments

        if self._segments is None:
            self._segments = [seg for seg in share_segments(self.case.outages, self.case.company.channels)[0]
                              if seg.share > 0]
        spans = self.case.company.opening_hours.get(WEEKDAYS[d.day.weekday()], ())
        parts: dict[Decimal, int] = {}
        for start, end in opening_spans_utc(d.day, spans, self.tz):
            for seg in self._segments:
                overlap = int((min(seg.end, end) - max(seg.start, start)).total_seconds())
                if overlap > 0:
                    parts[seg.share] = parts.get(seg.share, 0) + overlap
        return sorted(parts.items(), key=lambda kv: -kv[0]) or [(d.average_share, d.affected_seconds)]

    def clock_changes(self, start: datetime, end: datetime) -> list[tuple[datetime, bool]]:
        """The daylight-saving changes between two instants: (the instant, True if the clocks
        moved forward)."""
        # In UTC: arithmetic on datetimes of one zone is wall-clock arithmetic, blind to the change.
        start, end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
        changes, t = [], start
        offset = start.astimezone(self.tz).utcoffset()
        while t < end:
            step = min(t + timedelta(days=1), end)
            after = step.astimezone(self.tz).utcoffset()
            if after != offset:
                lo, hi = t, step  # the change itself, to the quarter hour
                while hi - lo > timedelta(minutes=15):
                    mid = lo + (hi - lo) / 2
                    lo, hi = (mid, hi) if mid.astimezone(self.tz).utcoffset() == offset else (lo, mid)
                changes.append((hi, after > offset))
                offset = after
            t = step
        return changes

    def clock_notes(self, start: datetime, end: datetime) -> list[str]:
        """"clocks moved forward on 31 March 2024" for each change between two instants."""
        return [self.tx("dst.forward" if forward else "dst.back", date=self.long_date(at.astimezone(self.tz).date()))
                for at, forward in self.clock_changes(start, end)]

    def zone_periods(self) -> list[str]:
        """When the outages straddle a daylight-saving change, which zone name each time is in."""
        if not self.outages:
            return []
        start, end = min(o.start for o in self.outages), max(o.end for o in self.outages)
        notes = []
        for at, forward in self.clock_changes(start, end):
            day = self.long_date(at.astimezone(self.tz).date())
            change = self.tx("dst.forward" if forward else "dst.back", date=day)
            zones = self.tx("dst.zones", date=day, before=self.zone_at(at - timedelta(hours=3)),
                            after=self.zone_at(at + timedelta(hours=3)))
            notes.append(f"* {change[:1].upper()}{change[1:]}. {zones}")
        return notes

    def zone_at(self, instant: datetime) -> str:
        """The zone's name at an instant, winter or summer ("heure d’été d’Europe centrale (UTC+02:00)")."""
        from babel.dates import get_timezone_name

        local = instant.astimezone(self.tz)
        offset = local.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        name = get_timezone_name(local, "long", locale=self.f.locale)
        return f"{name} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"

    def share(self, rate: Decimal) -> str:
        """A share of turnover as a percentage with as many decimals as it has (at most 4)."""
        percent = (rate * 100).normalize()
        decimals = max(0, min(4, -percent.as_tuple().exponent))
        return self.f.percent(rate, decimals)

    def duration_with_clocks(self, start: datetime, end: datetime) -> str:
        """A duration, marked "*" when a daylight-saving change lies inside it (the clock times
        alone would give another figure); the note under the table says which (zone_periods)."""
        seconds = (end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds()
        return self.duration(int(seconds)) + ("\u00a0*" if self.clock_changes(start, end) else "")

    def duration(self, seconds: int) -> str:
        minutes = round(seconds / 60)
        return self.t["hours_minutes"].format(h=self.f.number(Decimal(minutes // 60), 0), m=minutes % 60)

    def duration_prose(self, seconds: int) -> str:
        """A duration inside a sentence: English spells the units out ("122 hours 45 minutes");
        the other languages read their abbreviations ("122 h 45") as words."""
        if self.case.claim.language != "en":
            return self.duration(seconds)
        minutes = round(seconds / 60)
        h, m = divmod(minutes, 60)
        parts = [f"{self.f.number(Decimal(h), 0)} hour{'s' if h != 1 else ''}"] if h else []
        parts += [f"{m} minute{'s' if m != 1 else ''}"] if m or not h else []
        return " ".join(parts)

    def when(self, instant: datetime) -> str:
        """A moment whose date and time each stay on one line ("19 mai 2015, 11 h 02")."""
        return keep_together(self.f.moment(instant))

    def long_date(self, day: date) -> str:
        """A date in words, kept on one line ("20 juin 2015")."""
        return self.f.date(day, "long").replace(" ", "\u00a0")

    def clock(self, minutes: int) -> str:
        """An opening-hours time, in minutes after midnight, as the letter prints times
        ("7:00 a.m.", "07 h 00")."""
        if minutes == MINUTES_PER_DAY:
            return Span.minutes_text(minutes)  # end of day ("24:00"): no clock time says it better
        return self.f.time_of_day(minutes // 60, minutes % 60)

    def zone_in_text(self) -> str:
        """The time zone's name inside a phrase: Italian names start with a capital on their own
        ("Ora dell’Europa centrale") and a small letter within a sentence."""
        name = self.f.timezone_name()
        return name[:1].lower() + name[1:] if self.case.claim.language == "it" else name

    def channel(self, name: str) -> str:
        """A channel as the user named it, or, for a name the app supplied, in the letter's language."""
        key = default_channels().get(name.strip().casefold())
        return self.t[key] if key else name

    def service(self, name: str) -> str:
        return self.t[f"service.{name}"]

    def label(self, name: str) -> str:
        """A service as it starts a table cell or a chart row ("Accès à Internet")."""
        text = self.service(name)
        return text[:1].upper() + text[1:]

    def P(self, markup: str, style: str = "body") -> Paragraph:
        return paragraph(markup, self.s[style])

    def C(self, markup: str, style: str = "cell") -> _Cell:
        return _Cell(markup, self.s[style])

    # -- page furniture --------------------------------------------------------------------------
    def addresses(self) -> tuple[list[str], list[str]]:
        """The sender's and the recipient's address lines, as markup: postal codes kept on one
        line ("V5V 4E7" with a no-break space), and the country line left out when both are in the same country."""
        sender, recipient = list(self.case.company.address), list(self.case.contract.provider_address)
        if len(sender) > 1 and len(recipient) > 1 and sender[-1].strip().casefold() == recipient[-1].strip().casefold():
            sender, recipient = sender[:-1], recipient[:-1]

        def line(text: str) -> str:
            return self.u(_POSTAL_CODE.sub("\\1\u00a0\\2", text))

        return [line(t) for t in sender], [line(t) for t in recipient]

    def _first_page(self, canv, doc):
        c, k = self.case.company, self.case.contract
        w, page_h = self.pack.window, self.pagesize[1]
        sender_lines, recipient_lines = self.addresses()
        lines = [f"<b>{self.u(c.name)}</b>"] + sender_lines
        if c.registration_id:
            lines.append(self.u(c.registration_id))
        if c.phone:
            lines.append(f"{self.tx('phone')}\u00a0{self.u(c.phone)}")
        if c.email:
            lines.append(f"{self.tx('email')}\u00a0{self.u(c.email)}")
        sender = paragraph("<br/>".join(lines), self.s["block"])
        # The sender's block spans the text width while it stays above the envelope window;
        # a taller one runs down beside a window on the right, or is kept narrow above one on the left.
        room = w.top * mm - 16 * mm
        _, h = sender.wrap(self.width, room)
        if h > room:
            narrow = (w.left * mm - MARGIN_LEFT - 8 * mm) if w.left * mm > 90 * mm else 80 * mm
            _, h = sender.wrap(narrow, room)
        sender.drawOn(canv, MARGIN_LEFT, page_h - 14 * mm - h)
        recipient = paragraph("<br/>".join([f"<b>{self.u(k.provider)}</b>"] + recipient_lines), self.s["block"])
        # A window on the left (Canada's No. 10 envelope) starts left of the text margin: the
        # address then lines up with the sender's block and the letter's text.
        x = max(w.left * mm + 2 * mm, MARGIN_LEFT)
        _, h = recipient.wrap((w.left + w.width - 2) * mm - x, w.height * mm)
        recipient.drawOn(canv, x, page_h - w.top * mm - 3 * mm - h)

    def _later_page(self, canv, doc):
        company, provider = self.u(self.case.company.name), self.u(self.case.contract.provider)
        header = paragraph(f"{company} – {self.tx(self.subject_key)} – {provider}", self.s["header"])
        _, h = header.wrap(self.width, 12 * mm)
        if h > header.style.leading:  # one line only: the subject gives way
            header = paragraph(f"{company} – {provider}", self.s["header"])
            _, h = header.wrap(self.width, 12 * mm)
        header.drawOn(canv, MARGIN_LEFT, self.pagesize[1] - 12 * mm - h)

    def previous_letters(self) -> str:
        """The earlier letters a follow-up cites: "notre courrier du 21 mai 2015 (envoi recommandé,
        n° 1A 123 456 7890 1)"; a generic mention for a version-1 case that has none."""
        if not self.case.claim.previous:
            return self.t["previous.unknown"]
        items = []
        for p in self.case.claim.previous:
            details = [self.t[f"previous.{p.delivery}"]] if p.delivery else []
            details += [self.t["previous.tracking"].format(tracking=p.tracking)] if p.tracking else []
            details += [self.t["previous.reference"].format(reference=p.reference)] if p.reference else []
            text = self.t[f"previous.{p.kind}"].format(date=self.long_date(p.date))
            items.append(f"{text} ({', '.join(details)})" if details else text)
        return self.t["previous.join"].join(items)

    def payment(self, closed: bool = False) -> str:
        """Where the demanded sum goes: the company's account, or a credit when none is known.
        ``closed``: the sentence goes on after it (« … BIC X, zu bezahlen »), so the account, set
        off by a comma, is closed by one too."""
        bank = self.case.company.bank
        if bank is None:
            return self.t["pay.none"]
        account = bank.account or f"IBAN {iban_on_paper(bank.iban)}" + (f", BIC {bank.bic}" if bank.bic else "")
        # Italian writes "intestato ad Albergo …": "a" takes a euphonic d before a name starting with a.
        to = "ad" if bank.holder.strip()[:1].casefold() == "a" else "a"
        text = self.t["pay.transfer"].format(holder=bank.holder, account=account.replace("\n", ", "), to=to)
        return text + "," if closed else text

    @property
    def settled(self) -> bool:
        """Nothing left to claim (credits and savings cover the loss): whatever kind of letter was
        asked for, it records the interruptions and asks for confirmation; it demands nothing."""
        return not self.e.total_claimed > 0

    @property
    def subject_key(self) -> str:
        return "subject.settled" if self.settled else f"subject.{self.case.claim.kind}"

    def _doc(self, buffer) -> BaseDocTemplate:
        page_w, page_h = self.pagesize
        w = self.pack.window
        first_top = (w.top + w.height + 8) * mm
        first = Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.width, page_h - first_top - MARGIN_BOTTOM, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.width, page_h - MARGIN_TOP - MARGIN_BOTTOM, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c, claim = self.case.company, self.case.claim
        subject = self.t[self.subject_key]
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize, invariant=1,
            title=metadata(f"{subject} – {c.name}"),
            author=metadata(c.name),
            subject=metadata(self.t["meta.subject"].format(subject=subject, provider=self.case.contract.provider)),
            creator="ClaimDesk", producer="ClaimDesk (reportlab)",
            lang=f"{LANGUAGE_TAGS[claim.language]}-{c.country}",
            leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            keepTogetherClass=_KeepWithNext,
        )
        doc.addPageTemplates([PageTemplate("first", [first], onPage=self._first_page),
                              PageTemplate("later", [later], onPage=self._later_page)])
        return doc

    # -- the letter --------------------------------------------------------------------------------
    def letter(self) -> list:
        claim, c, k, e = self.case.claim, self.case.company, self.case.contract, self.e
        story: list = [NextPageTemplate("later")]
        story.append(self.P(self.tx("place_date", place=claim.place, date=self.long_date(claim.date)), "right"))
        delivery = claim.delivery
        if delivery == "registered" and self.pack.registered_also_by_ordinary_mail:
            delivery = "registered_ordinary"
        story.append(self.P(self.tx(f"delivery.{delivery}"), "strong"))
        if self.law.heading and claim.kind == "formal_notice":
            story.append(self.P(self.legal(self.law.heading), "strong"))
        label = self.tx("subject_label")  # Swiss German letters carry no "Betreff:" label
        story.append(self.P(f"{label} {self.tx(self.subject_key)}" if label else self.tx(self.subject_key), "subject"))
        story.append(self.P(self.tx("references", customer=k.customer_number, contract=k.contract_reference),
                            "strong"))
        story.append(Spacer(1, 6))
        story.append(self.P(self.tx("salutation"), "left"))
        services = self.t["services.one" if len(k.services) == 1 else "services"].format(
            list=", ".join(self.service(s) for s in k.services))  # plain text: the intro's tx escapes it
        # The demand and its amount come first; a follow-up names the letter it follows up.
        intro = "intro.settled" if self.settled else f"intro.{claim.kind}"
        if len(self.outages) == 1:
            intro += ".one"  # one interruption: said in the singular
        signed = {key.replace(".", "_"): self.t[key].format(date=self.long_date(k.signed_on)) if k.signed_on else ""
                  for key in ("signed", "signed.end")}
        story.append(self.P(self.tx(intro, company=c.name, contract=k.contract_reference,
                                    customer=k.customer_number, services=services, **signed,
                                    total=self.money(e.total_claimed), previous=self.previous_letters())))

        story.append(self.P(self.tx("facts"), "h2"))
        story.append(self._facts_table())
        story.append(Spacer(1, 4))
        for note in self.zone_periods():
            story.append(self.P(note, "small"))
        for number, o in enumerate(self.outages, 1):
            if o.description or o.affected:
                # The line the provider knows the incident by, then what the user saw.
                service = self.label(o.service)
                if o.affected:
                    service += f" ({self.t['affected'].format(affected=o.affected)})"
                if o.description:
                    note = self.tx("outage_note", service=service, start=self.when(o.start), description="")
                    story.append(self.P(f"{number}. {note}{self.u(o.description)}", "small"))
                else:
                    story.append(self.P(f"{number}. {self.u(service)}, {self.when(o.start)}", "small"))
        total = "facts_total" if e.business_seconds_affected else "facts_total_closed"
        if len(self.outages) == 1:
            total += ".one"  # one interruption of one service: said in the singular
        story.append(self.P(self.tx(total, hours=self.duration_prose(e.outage_seconds),
                                    business=self.duration_prose(e.business_seconds_affected))))
        # The usual defences (a third party, force majeure) are answered by the provider's own
        # acknowledgement and records.
        if claim.acknowledged:
            story.append(self.P(self.tx("acknowledged", text=claim.acknowledged.rstrip(". "))))
        story.append(self.P(self.tx("incident_report.one" if len(self.outages) == 1 else "incident_report")))

        story.append(self.P(self.tx("basis"), "h2"))
        for text in self.law.basis:
            story.append(self.P(self.legal(text)))
        if any(o.service == "email" for o in self.outages):
            # An e-mail outage is argued as the e-mail service the contract promises, not only "access".
            story.append(self.P(self.tx("email_service")))
        story += sla_parts.letter_paragraphs(self)  # the contract's own credit, when it states one

        story.append(KeepTogether([self.P(self.tx("amounts"), "h2"), self.P(self.tx("amounts_intro")),
                                   self._amounts_table()]))
        story.append(Spacer(1, 6))
        if e.subscription_refund:
            story.append(self.P(self.tx(f"tax.{k.monthly_fee_tax}")))
        if e.credits_cover_everything:
            story.append(self.P(self.tx("credits_cover")))
        deadline = self.long_date(self.deadline)
        if self.settled:
            story.append(self.P(self.tx("demand.none", deadline=deadline)))
        else:
            key = f"demand.{claim.kind}"
            story.append(self.P(self.tx(key, total=self.money(e.total_claimed), deadline=deadline,
                                        payment=self.payment(closed=not self.t[key].endswith("{payment}.")))))
            # One line on the next step, right after the demand its "Failing that" answers (after
            # the interest sentence it would read as "failing interest"); with nothing to claim
            # there is none to announce.
            story.append(self.P(self.legal(self.law.escalation)))
            if claim.kind == "formal_notice":
                story.append(self.P(self.legal(self.law.formal_notice)))
                if self.law.interest and claim.interest:
                    story.append(self.P(self.legal(self.law.interest)))

        closing = self.signature(c.signatory, c.name)
        # The list of annexes goes with the signature: never a page of its own.
        annexes = "<br/>".join(self.tx(key) for key in ("annex1", "annex2", "annex3"))
        closing += [Spacer(1, 14), self.P(f"<b>{self.tx('annexes')}</b><br/>{annexes}", "small")]
        story.append(KeepTogether(closing))
        return story

    def _facts_table(self) -> Grid:
        s = self.s["cell"]
        head = [self.C(self.tx(key), "cellb") for key in ("col.service", "col.start", "col.end", "col.duration",
                                                          "col.ticket")]
        rows = [head]
        for number, o in enumerate(self.outages, 1):
            ticket = self.u(o.provider_reference) if o.provider_reference else f"<i>{self.tx('no_ticket')}</i>"
            ticket += self.exhibit_citation(number)  # the ticket column is the widest: it has room
            rows.append([_Cell(f"{number}. {self.u(self.label(o.service))}", s),
                         _Cell(self.when(o.start), s), _Cell(self.when(o.end), s),
                         _Cell(self.duration_with_clocks(o.start, o.end), s), _Cell(ticket, s)])
        return _table(rows, _fitted_widths(rows, self.width, [0.19, 0.225, 0.225, 0.15, 0.21]), split=True)

    def exhibit_citation(self, outage: int) -> str:
        """"(see exhibits 1, 2)" under an outage of the facts, for its evidence files."""
        numbers = [str(row.number) for row in self.evidence if row.outage == outage]
        if not numbers:
            return ""
        key = "exhibit.see.one" if len(numbers) == 1 else "exhibit.see.many"
        return f"<br/>({self.tx(key, numbers=', '.join(numbers))})"

    def _amounts_table(self) -> Grid:
        e = self.e
        rows = sla_parts.amount_rows(self) if e.sla is not None else [
            [self.C(self.tx("row.refund"), "cell"), self.money(e.subscription_refund)],
            [self.C(self.tx("row.gross_profit"), "cell"), self.money(e.loss_of_gross_profit)],
        ]
        # Costs, savings and credits the case does not have are not printed as 0.00 lines; under an
        # exclusive service-level clause the costs and savings belong to the reserved damages.
        optional = (("row.extra_costs", e.increased_cost_of_working), ("row.savings", e.savings),
                    ("row.credits", e.credits_received))
        for key, amount in optional[2:] if e.exclusive else optional:
            if amount:
                rows.append([self.C(self.tx(key), "cell"), self.money(amount)])
        rows.append([self.C(self.tx("row.total"), "cellb"), self.money(e.total_claimed)])
        return _table(rows, [self.width * 0.72, self.width * 0.28], header=False, money_cols=(1,),
                      total_row=True)

    # -- annexes -----------------------------------------------------------------------------------
    def annex_timeline(self) -> list:
        story: list = [PageBreak(), self.P(self.tx("annex1"), "h1")]
        e = self.e
        rows_chart = []
        for service in sorted(e.service_intervals, key=lambda s: self.case.contract.services.index(s)
                              if s in self.case.contract.services else 99):
            rows_chart.append((plain(self.label(service), self.covered), list(e.service_intervals[service])))
        if rows_chart:
            start = min(s for _, spans in rows_chart for s, _ in spans)
            end = max(x for _, spans in rows_chart for _, x in spans)
            pad = max((end - start) * 0.04, timedelta(minutes=30))
            start, end = start - pad, end + pad
            story.append(self.P(self.tx("chart_caption", timezone=self.zone_in_text()), "h3"))
            story.append(chart.timeline(rows_chart, start, end, self._opening_bands(start, end), self.width,
                                        self._tick_label, self.tz,
                                        legend=(self.t["chart.open"], self.t["chart.outage"])))
            story.append(Spacer(1, 8))
        s = self.s["cell"]
        head = [self.C(self.tx(key), "cellb") for key in ("col.service", "col.start", "col.end", "col.duration")]
        rows = [head]
        for service, spans in sorted(e.service_intervals.items(), key=lambda kv: (kv[1][0][0], kv[0])):
            for a, b in spans:
                rows.append([_Cell(self.u(self.label(service)), s), _Cell(self.when(a), s),
                             _Cell(self.when(b), s), _Cell(self.duration_with_clocks(a, b), s)])
        w = self.width
        story.append(_table(rows, [w * 0.28, w * 0.26, w * 0.26, w * 0.2]))
        for note in self.zone_periods():
            story.append(self.P(note, "small"))
        # The totals in hours and minutes, the one duration format of the letter.
        story.append(Spacer(1, 3))
        total = "timeline_total.hm" if e.business_seconds_affected else "timeline_total.hm.closed"
        story.append(self.P(self.tx(total, hours=self.duration(e.outage_seconds),
                                    business=self.duration(e.business_seconds_affected)), "small"))
        return story

    def _tick_label(self, t: datetime, with_time: bool) -> list[str]:
        day = format_skeleton("MMMd", t, locale=self.f.locale)
        return [day, self.f.time(t)] if with_time else [day]

    def _opening_bands(self, start: datetime, end: datetime) -> list:
        c = self.case.company
        first, last = start.astimezone(self.tz).date(), end.astimezone(self.tz).date()
        if (last - first).days > 62:
            return []  # bands would be thinner than a hairline
        bands, d = [], first
        closed = set(c.closed_dates)
        while d <= last:
            if d not in closed:
                bands += opening_spans_utc(d, c.opening_hours.get(WEEKDAYS[d.weekday()], ()), self.tz)
            d += timedelta(days=1)
        return bands

    def annex_loss(self) -> list:
        e, c, f = self.e, self.case.company, self.f
        w = self.width
        story: list = [Spacer(1, 14), CondPageBreak(90 * mm), self.P(self.tx("annex2"), "h1"),
                       self.P(self.tx("inputs"), "h3")]
        rows = [
            [self.C(self.tx("input.monthly_fee"), "cell"), self.money(e.monthly_fee)],
            [self.C(self.tx("input.trend"), "cell"), f.percent(e.trend)],
            [self.C(self.tx("input.aov"), "cell"), self.money(e.average_order_value)],
            [self.C(self.tx("input.gp_rate"), "cell"), f.percent(e.gross_profit_rate)],
            [self.C(self.tx("input.recovery"), "cell"), f.percent(e.recovery_rate)],
            [self.C(self.tx("input.timezone"), "cell"),
             self.C(self.u(f"{self.f.timezone_name()} ({c.timezone})"), "cell")],
        ]
        story.append(_table(rows, [w * 0.7, w * 0.3], header=False, money_cols=(1,)))

        story.append(self.P(self.tx("standard_turnover"), "h3"))
        day_names = f.locale.days["format"]["wide"]
        rows = [self.head(("col.weekday", "col.hours", "col.standard"), right=(2,))]
        for i, wd in enumerate(WEEKDAYS):
            spans = c.opening_hours.get(wd) or ()
            hours = ", ".join(f"{self.clock(s.start)}–{self.clock(s.end)}" for s in spans) or self.t["closed"]
            standard = c.baseline.standard_turnover.get(wd)
            rows.append([day_names[i].capitalize(), hours, self.money(standard) if standard is not None else "–"])
        story.append(_table(rows, [w * 0.3, w * 0.4, w * 0.3], money_cols=(2,)))
        if c.closed_dates:
            dates = ", ".join(f.date(d, "medium") for d in c.closed_dates)
            story.append(Spacer(1, 3))
            story.append(self.P(self.tx("closed_dates", dates=dates), "small"))

        story.append(self.P(self.tx("channels"), "h3"))
        rows = [self.head(("col.channel", "col.share", "col.depends"), right=(1,))]
        for ch in c.channels:
            depends = ", ".join(self.service(s) for s in ch.depends_on) or self.t["none"]
            rows.append([self.C(self.u(self.channel(ch.name)), "cell"), f.percent(ch.share),
                         self.C(self.u(depends), "cell")])
        story.append(_table(rows, [w * 0.45, w * 0.2, w * 0.35], money_cols=(1,), split=True))

        story += self.formula_heading("by_day.hm")
        keys = ("col.day", "col.standard", "col.adjusted", "col.open_time", "col.affected_time", "col.share_lost",
                "col.lost")
        rows = [self.head(keys, right=(1, 2, 3, 4, 5, 6))]
        printed = Decimal(0)
        for d in e.days:
            # Each line is rounded on its own, half up; a rounding line says what that leaves.
            adjusted = d.adjusted_turnover.quantize(Decimal("0.01"))
            day = [f.date(d.day, "medium"), self.money(d.standard_turnover), self.money(adjusted),
                   self.duration(d.open_seconds)]
            parts = self.day_parts(d)
            if len(parts) == 1:
                rows.append(day + [self.duration(d.affected_seconds), self.share(d.average_share),
                                   self.money(cents(d.amount))])
                printed += cents(d.amount)
                continue
            # Shares that differ within the day (one service down, then two): a line for each,
            # so each multiplies back (adjusted × time × share ÷ time open).
            rows.append(day + ["", "", ""])
            for share, seconds in parts:
                amount = cents(d.adjusted_turnover * seconds * share / d.open_seconds)
                rows.append(["", "", "", "", self.duration(seconds), self.share(share), self.money(amount)])
                printed += amount
        rounding = e.lost_turnover_gross - printed
        if rounding:
            rows.append([self.C(self.tx("row.rounding"), "cell"), "", "", "", "", "", self.money(rounding)])
        rows.append(["G", "", "", "", "", "", self.money(e.lost_turnover_gross)])
        story.append(_table(rows, [w * 0.15, w * 0.15, w * 0.15, w * 0.13, w * 0.14, w * 0.13, w * 0.15],
                            money_cols=(1, 2, 3, 4, 5, 6), total_row=True))

        story.append(Spacer(1, 8))
        rows = [
            ["G", self.C(self.tx("calc.G"), "cell"), self.money(e.lost_turnover_gross)],
            ["O", self.C(self.tx("calc.O"), "cell"), f.number(e.lost_orders, 1)],
            ["R", self.C(self.tx("calc.R", rate=f.percent(e.recovery_rate)), "cell"), self.money(e.recovered_turnover)],
            ["S", self.C(self.tx("calc.S"), "cell"), self.money(e.shortage_in_turnover)],
            ["P", self.C(self.tx("calc.P", rate=f.percent(e.gross_profit_rate)), "cell"),
             self.money(e.loss_of_gross_profit)],
        ]
        story.append(_table(rows, [w * 0.06, w * 0.66, w * 0.28], header=False, money_cols=(2,)))

        story += self.formula_heading("by_month")
        # With a fee per service, each row refunds one service's own fee: the row names the service
        # and prints that fee, so a reader can work the row out again (the bundle's fee would not).
        per_service = any(m.service for m in e.months)
        keys = ("col.month",) + (("input.monthly_fee",) if per_service else ()) + (
            "col.outage_time", "col.month_time", "col.refund")
        rows = [self.head(keys, right=tuple(range(1, len(keys))))]
        for m in e.months:
            first = datetime(m.year, m.month, 1, tzinfo=self.tz)
            following = datetime(m.year + m.month // 12, m.month % 12 + 1, 1, tzinfo=self.tz)
            notes = self.clock_notes(first, following)  # a month with a change has 743 or 745 hours
            lines = [f.date(date(m.year, m.month, 1), "MMMM y")]
            if m.service:
                lines.append(self.label(m.service))
            lines += [f"({note})" for note in notes]
            label = self.C("<br/>".join(self.u(line) for line in lines), "cell") if len(lines) > 1 else lines[0]
            fee = [self.money(m.fee)] if per_service else []
            rows.append([label, *fee, self.duration(m.outage_seconds),
                         self.duration(m.month_seconds), self.money(cents(m.amount))])
        blank = [""] * (len(keys) - 2)
        rounding = e.subscription_refund - sum((cents(m.amount) for m in e.months), Decimal(0))
        if rounding:
            rows.append([self.C(self.tx("row.rounding"), "cell"), *blank, self.money(rounding)])
        rows.append(["F", *blank, self.money(e.subscription_refund)])
        widths = [w * 0.28, w * 0.18, w * 0.18, w * 0.18, w * 0.18] if per_service else [
            w * 0.34, w * 0.22, w * 0.22, w * 0.22]
        story.append(_table(rows, widths, money_cols=tuple(range(1, len(keys))), total_row=True))
        story += sla_parts.annex(self, _table, lambda shares: [w * share for share in shares])

        story.append(Spacer(1, 8))
        first = (sla_parts.total_rows(self) if e.sla is not None
                 else [["F", self.C(self.tx("calc.F"), "cell"), self.money(e.subscription_refund)]])
        damages = [["P", self.C(self.tx("calc.P", rate=f.percent(e.gross_profit_rate)), "cell"),
                    self.money(e.loss_of_gross_profit)]]
        # V and K are printed as the positive amounts the formula of T subtracts.
        for letter, key, items, total in (("C", "calc.C", e.extra_costs, e.increased_cost_of_working),
                                          ("V", "calc.V", e.savings_items, e.savings)):
            if not total and not items:
                continue  # absent: the formula of T counts it as nothing
            damages.append([letter, self.C(self.tx(key), "cell"), self.money(total)])
            for item in items:
                damages.append(["", self.C("– " + self.u(item.label), "cell"), self.money(item.amount)])
        credits = [["K", self.C(self.tx("calc.K"), "cell"), self.money(e.credits_received)]] if (
            e.credits_received or e.credit_items) else []  # absent: the formula of T counts it as nothing
        credits += [["", self.C("– " + self.u(item.label), "cell"), self.money(item.amount)] for item in e.credit_items]
        # Under an exclusive service-level clause the damages are reserved, not part of T.
        rows = first + ([] if e.exclusive else damages) + credits
        total_key = "calc.T" if e.sla is None else "calc.T.exclusive" if e.exclusive else "calc.T.sla"
        rows.append(["T", self.C(self.tx(total_key), "cellb"), self.money(e.total_claimed)])
        story.append(_table(rows, [w * 0.06, w * 0.66, w * 0.28], header=False, money_cols=(2,), total_row=True,
                            split=True))
        if e.exclusive:
            story.append(Spacer(1, 6))
            damages.append(["", self.C(self.tx("calc.reserved"), "cellb"), self.money(e.reserved_damages)])
            story.append(_table(damages, [w * 0.06, w * 0.66, w * 0.28], header=False, money_cols=(2,),
                                total_row=True, split=True))
        if e.credits_cover_everything:
            story.append(Spacer(1, 4))
            story.append(self.P(self.tx("calc.T_floor", amount=self.money(-e.total_before_floor))))
        return story

    def formula_heading(self, key: str) -> list:
        """A table's heading "What = how it is worked out": the name as the heading, the formula
        on a line of its own under it (a heading that wraps leaves a word alone on its last line)."""
        name, _, formula = self.t[key].partition(" = ")
        if not formula:
            return [self.P(self.tx(key), "h3")]
        return [self.P(self.legal(name), "h3"), self.P(self.legal(f"= {formula}"), "formula")]

    def annex_evidence(self) -> list:
        room = 50 * mm if self.evidence else 30 * mm
        story: list = [Spacer(1, 14), CondPageBreak(room), self.P(self.tx("annex3"), "h1")]
        if not self.evidence:
            story.append(self.P(self.tx("no_evidence")))
        else:
            story.append(self.P(self.tx("evidence_intro")))
            s = self.s["cell"]
            rows = [[self.C(self.tx("col.exhibit"), "cellb"), self.C(self.tx("col.file"), "cellb"),
                     self.C(self.tx("col.size"), "cellbr"), self.C("SHA-256", "cellb")]]
            for row in self.evidence:
                label = f"<b>{self.u(row.name)}</b>"
                if row.description:
                    label += f"<br/>{self.u(row.description)}"
                digest = (f"{row.sha256[:32]}<br/>{row.sha256[32:]}" if row.sha256
                          else f"<i>{self.tx('missing')}</i>")
                size = (self.tx("exhibit.size", n=self.f.number(Decimal(row.size), 0))
                        if row.size is not None else "–")
                rows.append([_Cell(str(row.number), s), _Cell(label, s), self.C(size, "cellbr"),
                             paragraph(digest, self.s["mono"] if row.sha256 else s)])
            w = self.width
            story.append(_table(rows, [w * 0.07, w * 0.40, w * 0.17, w * 0.36], split=True))
        # Nothing internal (pack, check date, limitation periods, "not legal advice") goes into
        # the letter the provider and a judge read: that is the cover sheet's, for the user.
        return story

    def build(self) -> Letter:
        buffer = io.BytesIO()
        doc = self._doc(buffer)
        story = self.letter() + self.annex_timeline() + self.annex_loss() + self.annex_evidence()
        maker = partial(_LetterCanvas, page_label=self.t["page"], claim_date=self.case.claim.date)
        doc.build(story, canvasmaker=maker)
        return Letter(buffer.getvalue(), doc.page)


def build_letter(case: Case, estimate: LossEstimate, pack: Pack, evidence: list[EvidenceRow],
                 deadline: date) -> Letter:
    return LetterBuilder(case, estimate, pack, evidence, deadline).build()
