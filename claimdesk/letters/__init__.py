"""ClaimDesk letters layer: the claim letter as a PDF with reportlab (no Qt here).

``document.build_letter`` lays the letter out with ``paragraphs`` and ``grid`` (the letter's own
fast paragraphs and tables); ``evidence`` numbers and hashes the exhibits; ``dossier`` prints them after the letter; ``markup`` makes user text
safe for reportlab; ``chart`` draws the timeline; ``fonts`` registers the bundled DejaVu fonts.
Import this package lazily: reportlab takes a while to load, and it is loaded here, first thing,
so that its slowest regular expression is compiled only if used (see ``_reportlab_import``).
"""

from ._reportlab_import import import_reportlab

import_reportlab()
