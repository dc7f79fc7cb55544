"""Paragraphs of the letter's own small markup, without reportlab's general parser.

The letter only ever writes ``<b>``, ``<i>``, ``<br/>`` and the entities ``&amp;``, ``&lt;`` and
``&gt;`` (user text is escaped by :mod:`.markup`). reportlab parses every paragraph with an HTML
parser that copies its style stack for each piece of text: about a fifth of a letter's rendering
time. Here the fragments are cloned from templates that reportlab's parser made once per style,
so what is drawn is what reportlab would have drawn; any other markup goes to reportlab's parser.
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
    """The fragments of ``text`` (already cleaned of layout whitespace), or None if it holds
    markup this module does not handle."""
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
                return None  # unbalanced: let reportlab report it
            current = regular
        elif current is not regular:
            return None  # nested styles: rare, reportlab does them
        else:
            current = bold if tag == "<b>" else italic
        pos = token.end()
    if current is not regular:
        return None
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


class OneRun(Paragraph):
    """A paragraph of one run of text in one font: headings, the date line, the salutation, a
    signature line. While it fits on one line it is drawn as one string, where reportlab would
    break it into words, measure each and lay out a line of them; if it does not fit, it is an
    ordinary paragraph. The string sits where reportlab puts a paragraph's single line."""

    _fits = False
    one_run = False  # set by paragraph(); the parts reportlab splits a paragraph into are ordinary

    def _measure(self, avail_width) -> bool:
        if not self.one_run:
            self._fits = False
            return False
        st, frag = self.style, self.frags[0]
        room = avail_width - st.leftIndent - st.rightIndent - st.firstLineIndent
        width = stringWidth(frag.text, frag.fontName, frag.fontSize)
        # The margin leaves a line that only just fits to reportlab's own judgement.
        self._fits = width <= room - 0.01 and st.alignment != 1  # centred lines are not drawn here
        self._extra = room - width
        return self._fits

    def wrap(self, avail_width, avail_height):
        if self._measure(avail_width):
            self.width, self.height = avail_width, self.style.leading
            return self.width, self.height
        return super().wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        if self._measure(avail_width):
            return [] if avail_height < self.style.leading else [self]
        return super().split(avail_width, avail_height)

    def draw(self):
        if not self._fits:
            return super().draw()
        st, frag, canv = self.style, self.frags[0], self.canv
        x = st.leftIndent + st.firstLineIndent + (self._extra if st.alignment == TA_RIGHT else 0)
        canv.setFillColor(frag.textColor)
        text = canv.beginText(x, self.height - frag.fontSize)
        text.setFont(frag.fontName, frag.fontSize, st.leading)
        text.textOut(frag.text)
        canv.drawText(text)


def paragraph(markup: str, style) -> Paragraph:
    text = cleanBlockQuotedText(markup)
    try:
        parsed = _fragments(text, style)
    except _Foreign:
        parsed = None
    if parsed is None:
        return Paragraph(markup, style)
    style_out, frags = parsed
    if len(frags) == 1 and not getattr(frags[0], "lineBreak", False) and frags[0].text:
        p = OneRun(text, style_out, frags=frags)
        p.one_run = True
        return p
    return Paragraph(text, style_out, frags=frags)
