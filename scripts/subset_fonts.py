"""Cut DejaVu Sans to the characters a ClaimDesk letter can contain, into resources/fonts/.

    .venv/bin/pip install fonttools
    .venv/bin/python scripts/subset_fonts.py [FOLDER_WITH_DEJAVU_TTFS]   # default: Debian's fonts-dejavu-core

reportlab parses a whole TrueType font when it is registered; the full DejaVu Sans (5,918 glyphs)
takes about 14 ms per face, the subset (about 2,800 glyphs) about 5 ms. Kept: Latin with its
extensions and combining marks, Greek, Cyrillic, Hebrew, Arabic with its presentation forms,
punctuation, currency signs, letterlike symbols, arrows, mathematical operators, box drawing and
geometric shapes, and U+FFFD (the substitute the letters print for a glyph the font lacks). The
faces keep their DejaVu names, which the Bitstream Vera licence allows for modified fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x036F),  # Latin, Latin-1, Extended-A/B, IPA, modifiers, combining marks
    (0x0370, 0x03FF), (0x0400, 0x04FF),  # Greek, Cyrillic
    (0x0590, 0x05FF), (0x0600, 0x06FF),  # Hebrew, Arabic
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
    (0x2500, 0x25FF),  # box drawing, block elements, geometric shapes
    (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF),  # Hebrew and Arabic presentation forms
    (0xFFFD, 0xFFFD),
]
FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def main(source: Path) -> None:
    unicodes = [u for low, high in RANGES for u in range(low, high + 1)]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.legacy_kern = True
    for face in FACES:
        font = TTFont(source / face)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        font.save(ROOT / "resources" / "fonts" / face)
        print(f"{face}: {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/truetype/dejavu"))
