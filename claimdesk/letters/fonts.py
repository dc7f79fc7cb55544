"""The letter's fonts: DejaVu Sans (Bitstream Vera licence, in resources/fonts), registered once."""

from __future__ import annotations

from functools import cache

REGULAR = "ClaimDesk-Sans"
BOLD = "ClaimDesk-Sans-Bold"
# SHA-256 digests are ASCII: PDF's built-in Courier needs no font file to parse or embed.
MONO = "Courier"
# DejaVu Sans cut to the scripts a letter can hold (scripts/subset_fonts.py): it parses three times faster.
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register() -> frozenset[int]:
    """Register the fonts with reportlab (once per process); returns the code points they cover."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ..paths import resource

    fonts = {name: TTFont(name, str(resource("fonts", file))) for name, file in _FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    # <b> inside a paragraph picks the bold face; italics are not used.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    regular = set(fonts[REGULAR].face.charToGlyph)
    return frozenset(regular.intersection(fonts[BOLD].face.charToGlyph))
