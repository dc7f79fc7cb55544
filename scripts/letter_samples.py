"""Render sample pages of the claim letter and of a claim dossier into docs/letters/, to look at
them as a reader would; with --golden, also record their layout for tests/test_golden_pages.py.

    .venv/bin/python scripts/letter_samples.py             # needs pdftoppm (Debian: poppler-utils)
    .venv/bin/python scripts/letter_samples.py --golden    # record tests/data/golden/ (no poppler)

Each sample is an example case in another jurisdiction, language or kind (among them a French formal
notice following a claim under a pre-2016 contract, with the user's cover sheet, which is never sent),
and the dossier of tests/data/dossier (an image, a PDF, a log, an e-mail and a file only attached);
every page is kept.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.golden import record, samples  # noqa: E402


def main() -> None:
    if "--golden" in sys.argv[1:]:
        print("\n".join(str(p.relative_to(ROOT)) for p in record()))
        return
    if not shutil.which("pdftoppm"):
        sys.exit("pdftoppm is needed (apt-get install poppler-utils)")
    out = ROOT / "docs" / "letters"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    for name, data in samples().items():
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "letter.pdf"
            pdf.write_bytes(data)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / name)], check=True)
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))


if __name__ == "__main__":
    main()
