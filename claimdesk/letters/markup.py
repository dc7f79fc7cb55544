"""User text made safe for reportlab paragraphs.

A reportlab Paragraph parses a small XML markup: raw user text could crash the build (``a<b``),
restyle the letter (``<font size=40>``) or pull a local file into the PDF (``<img src=...>``).
Every text a user typed goes through :func:`para` before it reaches a Paragraph; markup is only
ever added by the templates. Characters the font cannot draw (CJK, emoji) become U+FFFD, a
visible substitute, rather than an invisible gap.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SUBSTITUTE = "\ufffd"
# Hebrew and Arabic letters; reportlab draws left to right, so a run of them is reversed into
# visual order (digits and Latin text keep theirs). Arabic is not shaped: letters stay isolated.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ \u00a0.,'\"-]+[{_RTL}]+)*")
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# Invisible format characters (category Cf): zero-width spaces and joiners, the byte-order mark,
# and the bidi marks, embeddings, overrides and isolates that can reorder what a reader sees
# (``\u202e`` makes "cod.exe" look like "exe.doc"). The font may have glyphs for some of them,
# so they are dropped whatever it covers.
FORMAT = "Cf"


def _has_format(text: str) -> bool:
    return not text.isascii() and any(unicodedata.category(ch) == FORMAT for ch in text)


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (xml.sax.saxutils would pull in urllib and http: 30 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(markup: str) -> str:
    """The inverse of :func:`escape`."""
    return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def visual_order(text: str) -> str:
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


def clean(text: str, covered: frozenset[int]) -> str:
    """Drop control characters (tabs become spaces) and replace glyphs the font lacks."""
    if covered.issuperset(map(ord, text)) and not _CONTROL.search(text) and not _has_format(text):
        return visual_order(text) if _RTL_RUN.search(text) else text  # usually nothing to do
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == FORMAT:
            continue
        if ch == "\n":
            out.append(ch)
        elif ch == "\t" or (category == "Zs" and ord(ch) not in covered):
            out.append(" ")
        elif category in ("Cc", "Cs"):
            continue
        elif ord(ch) in covered:
            out.append(ch)
        else:
            out.append(SUBSTITUTE)
    return visual_order("".join(out))


@lru_cache(maxsize=4096)  # the letter texts come back in every letter of a batch, names in every table
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


def metadata(text: str | None) -> str:
    """Text for the PDF's metadata: logical order and every character kept (viewers do the rest)."""
    if not text:
        return ""
    return " ".join("".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs", "Cf")).split())
