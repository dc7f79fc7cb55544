"""Benchmark of the claim dossier (issue 12): the letter and 20 exhibits, about 100 pages, as a
whole `claimdesk render --dossier` process, with the peak memory of the process.

    .venv/bin/python bench/bench_dossier.py [RUNS]

The exhibits are made once into a temporary folder: 5 PDFs of 12 pages, 5 PNG screenshots
(1280×800), 5 logs of 4 pages each, 3 bounce e-mails and 2 files that can only be attached.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LYON = ROOT / "tests" / "data" / "travel-agency-lyon.json"
EML = (ROOT / "tests" / "data" / "dossier" / "bounce.eml").read_bytes()


def make_case(folder: Path) -> Path:
    from PIL import Image, ImageDraw
    from reportlab.pdfgen.canvas import Canvas

    evidence = []
    for i in range(5):
        c = Canvas(str(folder / f"ticket-{i}.pdf"), invariant=1)
        for page in range(12):
            c.drawString(72, 720, f"Ticket {i}, page {page + 1}: " + "history of the incident " * 3)
            c.showPage()
        c.save()
        img = Image.new("RGB", (1280, 800), "white")
        draw = ImageDraw.Draw(img)
        for y in range(0, 800, 40):
            draw.rectangle([20, y + 5, 20 + (y * 7) % 1200, y + 30], fill=(30 + y % 200, 80, 140))
        img.save(folder / f"screen-{i}.png")
        (folder / f"router-{i}.log").write_text("".join(
            f"2015-05-19 10:{m:02d}:00 ppp0: LCP echo timeout, link down, retrying ({m})\n" for m in range(260)),
            encoding="utf-8")
        evidence += [f"ticket-{i}.pdf", f"screen-{i}.png", f"router-{i}.log"]
    for i in range(3):
        (folder / f"bounce-{i}.eml").write_bytes(EML)
        evidence.append(f"bounce-{i}.eml")
    for i in range(2):
        (folder / f"capture-{i}.pcapng").write_bytes(bytes(range(256)) * 64)
        evidence.append(f"capture-{i}.pcapng")
    doc = json.loads(LYON.read_text(encoding="utf-8"))
    doc["outages"][0]["evidence"] = [{"file": name, "description": f"Evidence {name}"} for name in evidence]
    case = folder / "case.json"
    case.write_text(json.dumps(doc), encoding="utf-8")
    return case


def main(runs: int) -> None:
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        case = make_case(folder)
        cmd = [sys.executable, "-m", "claimdesk", "render", str(case), "--out", str(folder / "l.pdf"),
               "--dossier", str(folder / "d.pdf")]
        subprocess.run(cmd, check=True)  # warm-up (file cache, .pyc)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            times.append(time.perf_counter() - start)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        reader = PdfReader(folder / "d.pdf")
        size = (folder / "d.pdf").stat().st_size
    print(f"claimdesk render --dossier, 20 exhibits, {len(reader.pages)} pages, {size // 1024} KiB: "
          f"median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}) over {runs} runs; "
          f"peak resident memory {peak_kib // 1024} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
