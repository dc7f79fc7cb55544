"""User text made safe for reportlab paragraphs.

A reportlab Paragraph parses a small XML markup: raw user text could crash the build (``a<b``),
restyle the letter (``<font size=40>``) or pull a local file into the PDF (``<img src=...>``).
Every text a user typed goes through :func:`para` before it reaches a Paragraph; markup is only
ever added by the templates. Characters the font cannot draw (CJK, emoji) become U+FFFD, a
visible substitute, rather than an invisible gap.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

SUBSTITUTE = "\ufffd"


def clean(text: str, covered: frozenset[int]) -> str:
    """Drop control characters (tabs become spaces) and replace glyphs the font lacks."""
    if all(ord(ch) in covered and (ch >= " " or ch == "\n") for ch in text):
        return text  # the usual case: nothing to do
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t" or (category == "Zs" and ord(ch) not in covered):
            out.append(" ")
        elif category in ("Cc", "Cs"):
            continue
        elif ord(ch) in covered:
            out.append(ch)
        elif category != "Cf":  # invisible format marks (bidi, zero-width) are dropped
            out.append(SUBSTITUTE)
    return "".join(out)


def para(text: str | None, covered: frozenset[int]) -> str:
    """Escaped paragraph markup for a user's text; line breaks are kept."""
    if not text:
        return ""
    return escape(clean(text, covered)).replace("\n", "<br/>")


def plain(text: str | None, covered: frozenset[int]) -> str:
    """A one-line text for a canvas string or a plain table cell (not parsed as markup)."""
    if not text:
        return ""
    return " ".join(clean(text, covered).split())
