"""Render sample pages of the claim letter into docs/letters/, to look at them as a reader would.

    .venv/bin/python scripts/letter_samples.py      # needs pdftoppm (Debian: poppler-utils)

Each sample is an example case in another jurisdiction, language or kind; every page is kept. The
French follow-up also has its cover sheet (``-cover``), the page for the user that is never sent.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimdesk.casefile import read  # noqa: E402
from claimdesk.domain.model import BankAccount, PreviousLetter  # noqa: E402
from claimdesk.services.render import render_pdf  # noqa: E402

ZONES = {"FR": ("Europe/Paris", "EUR"), "CH": ("Europe/Zurich", "CHF"), "CA-QC": ("America/Toronto", "CAD"),
         "CA-BC": ("America/Vancouver", "CAD")}
# A French formal notice that follows a registered claim, under a contract of 2014: the letter cites
# the Civil Code as it stood before the 2016 reform, and nothing dated after it.
FOLLOW_UP = {
    "contract": {"signed_on": date(2014, 9, 15)},
    "company": {"bank": BankAccount("Voyages Confluence SARL", iban="FR76 3000 6000 0112 3456 7890 189",
                                    bic="BNPAFRPPXXX")},
    "claim": {"date": date(2015, 6, 25), "interest": True,
              "previous": (PreviousLetter("claim", date(2015, 5, 21), "VC-2015-07", "registered", "1A 123 456 7890 1"),),
              "acknowledged": "page d'état SFR Business du 19 mai 2015, 11 h 02 : « incident réseau en cours à Lyon »"},
    "affected": "accès fibre FTTO-69-000123",
}
SAMPLES = [  # example, jurisdiction, language, kind, extra facts (case file /2)
    ("travel-agency-lyon", "FR", "fr", "claim", None),
    ("travel-agency-lyon", "FR", "fr", "formal_notice", FOLLOW_UP),
    ("travel-agency-lyon", "CH", "de", "formal_notice", None),
    ("travel-agency-lyon", "CA-QC", "fr", "formal_notice", None),
    ("bakery-vancouver", "CA-BC", "en", "claim", None),
]


def _with(case, extra):
    """The case with the facts of case file /2 that a follow-up letter states."""
    if not extra:
        return case
    outages = tuple(replace(o, affected=extra["affected"]) for o in case.outages)
    return replace(case, contract=replace(case.contract, **extra["contract"]),
                   company=replace(case.company, **extra["company"]),
                   claim=replace(case.claim, **extra["claim"]), outages=outages)


def main() -> None:
    if not shutil.which("pdftoppm"):
        sys.exit("pdftoppm is needed (apt-get install poppler-utils)")
    out = ROOT / "docs" / "letters"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    for example, jurisdiction, language, kind, extra in SAMPLES:
        case = read(ROOT / "tests" / "data" / f"{example}.json")
        zone, currency = ZONES[jurisdiction]
        case = replace(case, company=replace(case.company, jurisdiction=jurisdiction, timezone=zone, currency=currency),
                       claim=replace(case.claim, language=language, kind=kind))
        case = _with(case, extra)
        name = f"{language}-{jurisdiction}-{kind}" + ("-follow-up" if extra else "")
        rendered = render_pdf(case, cover=bool(extra))  # the user's cover sheet, for the follow-up
        with tempfile.TemporaryDirectory() as folder:
            for suffix, data in (("", rendered.pdf), ("-cover", rendered.cover)):
                if data is None:
                    continue
                pdf = Path(folder) / f"letter{suffix}.pdf"
                pdf.write_bytes(data)
                subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / f"{name}{suffix}")], check=True)
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))


if __name__ == "__main__":
    main()
