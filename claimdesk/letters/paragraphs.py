"""Paragraphs of the letter's own small markup, without reportlab's general parser.

The letter only ever writes ``<b>``, ``<i>``, ``<br/>`` and the entities ``&amp;``, ``&lt;`` and
``&gt;`` (user text is escaped by :mod:`.markup`). reportlab parses every paragraph with an HTML
parser that copies its style stack for each piece of text: about a fifth of a letter's rendering
time. Here the fragments are cloned from templates that reportlab's parser made once per style,
so what is drawn is what reportlab would have drawn; any other markup goes to reportlab's parser.
Paragraphs made of whole lines in one font each are drawn as strings while they fit
(:class:`PlainLines`).
"""

from __future__ import annotations

import copy
import re
import weakref

from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

_TOKEN = re.compile(r"<b>|</b>|<i>|</i>|<br/>")
_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_templates: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _template(style):
    """(style, regular, bold, italic, line break) fragments as reportlab's parser makes them."""
    found = _templates.get(style)
    if found is None:
        style_out, frags, _ = ParaParser().parse("<para>x<b>x</b><i>x</i><br/></para>", style)
        found = _templates[style] = (style_out, *frags)
    return found


def _fragments(text: str, style):
    """The fragments of ``text`` (already cleaned of layout whitespace); raises _Foreign if it
    holds markup this module does not handle."""
    style_out, regular, bold, italic, line_break = _template(style)
    frags, current, pos = [], regular, 0
    for token in _TOKEN.finditer(text):
        data = text[pos:token.start()]
        if data:
            frags.append(_data(current, data))
        tag = token.group(0)
        if tag == "<br/>":
            frags.append(copy.copy(line_break))
        elif tag[1] == "/":
            if current is not (bold if tag == "</b>" else italic):
                raise _Foreign  # unbalanced: let reportlab report it
            current = regular
        elif current is not regular:
            raise _Foreign  # nested styles: rare, reportlab does them
        else:
            current = bold if tag == "<b>" else italic
        pos = token.end()
    if current is not regular:
        raise _Foreign
    data = text[pos:]
    if data:
        frags.append(_data(current, data))
    return style_out, frags


def _data(template, data: str):
    if "<" in data or (("&" in data) and _ENTITY.sub("", data).count("&")):
        raise _Foreign
    frag = copy.copy(template)
    frag.text = _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], data) if "&" in data else data
    return frag


class _Foreign(Exception):
    """Markup other than the letter's own."""


class Flowing(Paragraph):
    """A paragraph that, split across pages, hands the lines it has already broken to its
    continuation. reportlab's continuation breaks its text into lines again on every page it
    runs onto, so a text many pages long took time in proportion to the square of its length.
    Line breaking is greedy, so the continuation's lines at the same width are the same lines."""

    _kept = None  # (width, broken lines) given by the part before

    def wrap(self, avail_width, avail_height):
        kept = self._kept
        if kept is None or kept[0] != avail_width or avail_width < 1e-8:
            return super().wrap(avail_width, avail_height)
        self.width, self.blPara = avail_width, kept[1]
        self.height = len(self.blPara.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        st = self.style
        if len(parts) == 2 and not getattr(st, "autoLeading", "") and not st.firstLineIndent:
            lines = copy.copy(self.blPara)
            lines.lines = self.blPara.lines[len(parts[0].blPara.lines):]
            parts[1]._kept = (avail_width, lines)
        return parts


class PlainLines(Flowing):
    """A paragraph whose every line is one run of text in one font, the lines ended by ``<br/>``:
    headings, the date, the salutation, the address blocks, a signature, a table heading. While
    each line fits, each is drawn as one string, where reportlab would break the text into
    words, measure each and lay out lines of them; when a line does not fit, this is an
    ordinary paragraph. The strings sit where reportlab puts a paragraph's lines."""

    _fits = False
    lines: tuple = ()  # set by paragraph(); the parts reportlab splits a paragraph into are ordinary

    def _measure(self, avail_width) -> bool:
        self._fits = False
        if not self.lines or self.style.alignment == 1:  # centred lines are not drawn here
            return False
        st = self.style
        room = avail_width - st.leftIndent - st.rightIndent - st.firstLineIndent
        extras = []
        for frag in self.lines:
            extra = room - stringWidth(frag.text, frag.fontName, frag.fontSize)
            if extra < 0.01:  # the margin leaves a line that only just fits to reportlab's judgement
                return False
            extras.append(extra)
        self._extras, self._fits = extras, True
        return True

    def wrap(self, avail_width, avail_height):
        if self._measure(avail_width):
            self.width, self.height = avail_width, self.style.leading * len(self.lines)
            return self.width, self.height
        return super().wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        if self._measure(avail_width) and avail_height >= self.style.leading * len(self.lines):
            return [self]
        super().wrap(avail_width, avail_height)  # reportlab splits what it has laid out
        return super().split(avail_width, avail_height)

    def draw(self):
        if not self._fits:
            return super().draw()
        st, canv = self.style, self.canv
        x0 = st.leftIndent + st.firstLineIndent
        text = canv.beginText()
        color = font = None
        for i, (frag, extra) in enumerate(zip(self.lines, self._extras)):
            if frag.textColor != color:
                color = frag.textColor
                text.setFillColor(color)
            if (frag.fontName, frag.fontSize) != font:
                font = frag.fontName, frag.fontSize
                text.setFont(frag.fontName, frag.fontSize, st.leading)
            x = x0 + (extra if st.alignment == TA_RIGHT else 0)
            text.setTextOrigin(x, self.height - frag.fontSize - i * st.leading)
            text.textOut(frag.text)
        canv.drawText(text)


def _plain_lines(frags) -> tuple:
    """The runs of ``frags`` if each line is one non-empty run, else ()."""
    lines = []
    expect_text = True
    for frag in frags:
        is_break = getattr(frag, "lineBreak", False)
        if is_break == expect_text or (not is_break and not frag.text):
            return ()
        if not is_break:
            lines.append(frag)
        expect_text = is_break
    return tuple(lines) if lines and not expect_text else ()


def paragraph(markup: str, style) -> Paragraph:
    text = cleanBlockQuotedText(markup)
    try:
        style_out, frags = _fragments(text, style)
    except _Foreign:
        return Flowing(markup, style)
    lines = _plain_lines(frags)
    if lines:
        p = PlainLines(text, style_out, frags=frags)
        p.lines = lines
        return p
    return Flowing(text, style_out, frags=frags)
