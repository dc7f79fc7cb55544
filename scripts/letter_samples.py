"""Render sample pages of the claim letter into docs/letters/, to look at them as a reader would.

    .venv/bin/python scripts/letter_samples.py      # needs pdftoppm (Debian: poppler-utils)

Each sample is an example case in another jurisdiction, language or kind; every page is kept.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimdesk.casefile import read  # noqa: E402
from claimdesk.services.render import render_pdf  # noqa: E402

ZONES = {"FR": ("Europe/Paris", "EUR"), "CH": ("Europe/Zurich", "CHF"), "CA-QC": ("America/Toronto", "CAD"),
         "CA-BC": ("America/Vancouver", "CAD")}
SAMPLES = [  # example, jurisdiction, language, kind
    ("travel-agency-lyon", "FR", "fr", "claim"),
    ("travel-agency-lyon", "CH", "de", "formal_notice"),
    ("travel-agency-lyon", "CA-QC", "fr", "formal_notice"),
    ("bakery-vancouver", "CA-BC", "en", "claim"),
]


def main() -> None:
    if not shutil.which("pdftoppm"):
        sys.exit("pdftoppm is needed (apt-get install poppler-utils)")
    out = ROOT / "docs" / "letters"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    for example, jurisdiction, language, kind in SAMPLES:
        case = read(ROOT / "tests" / "data" / f"{example}.json")
        zone, currency = ZONES[jurisdiction]
        case = replace(case, company=replace(case.company, jurisdiction=jurisdiction, timezone=zone, currency=currency),
                       claim=replace(case.claim, language=language, kind=kind))
        name = f"{language}-{jurisdiction}-{kind}"
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "letter.pdf"
            pdf.write_bytes(render_pdf(case).pdf)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / name)], check=True)
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))


if __name__ == "__main__":
    main()
