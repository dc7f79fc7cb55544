"""ClaimDesk letters layer: the claim letter as a PDF with reportlab (no Qt here).

``document.build_letter`` lays the letter out; ``evidence`` hashes the evidence files;
``markup`` makes user text safe for reportlab; ``chart`` draws the timeline; ``fonts`` registers
the bundled DejaVu fonts. Import these modules lazily: reportlab takes a while to load.
"""
