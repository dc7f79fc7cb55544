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


def paragraph(markup: str, style) -> Paragraph:
    text = cleanBlockQuotedText(markup)
    try:
        parsed = _fragments(text, style)
    except _Foreign:
        parsed = None
    if parsed is None:
        return Paragraph(markup, style)
    style_out, frags = parsed
    return Paragraph(text, style_out, frags=frags)
