"""``claimdesk --check-bundle``: is everything the app loads at run time inside this copy?

Prints one line per check and exits 1 if any failed. The lines carry formatted samples, not just
"ok", so ``bundle_check.sh`` can run this from the source checkout too and require the frozen
output to be identical: a locale file missing from the bundle would make babel fall back to the
bare language silently, and only a comparison shows that.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timezone
from decimal import Decimal

failures: list[str] = []


def check(label: str, ok: bool, detail: str = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {label}{': ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(label)


def check_resources() -> None:
    from claimdesk import paths

    for folder, pattern in (("fonts", "*.ttf"), ("jurisdictions", "*.toml"), ("icons", "*.svg")):
        found = sorted(p.name for p in paths.resource(folder).glob(pattern))
        check(f"resources/{folder}", bool(found), ", ".join(found))
    demo = paths.resource("demo")
    check("resources/demo", demo.is_dir() and any(demo.iterdir()),
          ", ".join(sorted(p.name for p in demo.iterdir())) if demo.is_dir() else "missing")
    # The catalogs are built, not committed: an empty folder is fine, a missing one is not.
    qm = sorted(p.name for p in paths.translations_dir().glob("*.qm")) if paths.translations_dir().is_dir() else None
    check("translations", qm is not None, ", ".join(qm or []) or "no .qm catalogs")


def check_locales() -> None:
    import babel_locales

    from claimdesk.i18n.formats import Formats

    moment = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
    for lang in babel_locales.languages():
        for country in babel_locales.countries():
            try:
                f = Formats(lang, country, "Europe/Zurich")
                sample = " | ".join((f.name, f.money(Decimal("12345.6"), "CHF"), f.percent(Decimal("0.375")),
                                     f.date(date(2025, 3, 14)), f.datetime(moment)))
                check(f"locale {lang}-{country}", True, sample)
            except Exception as exc:  # noqa: BLE001 - report every locale, not the first failure
                check(f"locale {lang}-{country}", False, f"{type(exc).__name__}: {exc}")


def check_zones() -> None:
    from zoneinfo import ZoneInfo

    for zone in ("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "America/Toronto",
                 "America/Vancouver", "America/Edmonton", "America/Montreal"):
        try:
            offset = datetime(2025, 1, 15, 12, tzinfo=ZoneInfo(zone)).strftime("%z")
            check(f"zone {zone}", True, offset)
        except Exception as exc:  # noqa: BLE001
            check(f"zone {zone}", False, str(exc))


def check_qt() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

    from claimdesk import paths

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    for needed in ("svg", "jpeg", "png"):
        check(f"Qt image format {needed}", needed in formats)
    pixmap = QIcon(str(paths.resource("icons", "claimdesk.svg"))).pixmap(QSize(64, 64))
    check("Qt renders the SVG app icon", not pixmap.isNull(), f"{pixmap.width()}x{pixmap.height()}")

    from PySide6.QtPdf import QPdfDocument
    from reportlab.pdfgen.canvas import Canvas

    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, "probe.pdf")
        canvas = Canvas(pdf)
        canvas.drawString(72, 720, "ClaimDesk")
        canvas.showPage()
        canvas.showPage()
        canvas.save()
        doc = QPdfDocument(None)
        doc.load(pdf)
        check("QtPdf opens a reportlab PDF", doc.pageCount() == 2, f"{doc.pageCount()} pages")
        doc.close()
        # The claim dossier merges PDFs with pypdf, imported only when a dossier is made.
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        writer.append(PdfReader(pdf))
        check("pypdf merges a PDF (claim dossier)", len(writer.pages) == 2, f"{len(writer.pages)} pages")
    del app


def main() -> int:
    check("frozen" if getattr(sys, "frozen", False) else "source", True)
    check_resources()
    check_locales()
    check_zones()
    check_qt()
    print(f"{len(failures)} failed" if failures else "all checks passed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
