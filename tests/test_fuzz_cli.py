"""Fuzzing ``claimdesk render`` end to end: whatever case file it is given, it ends in exit 0 with
a valid PDF and summary, or exit 2 with one ``path: message`` line per problem and nothing
written; never exit 1, never a traceback."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from claimdesk import cli

DATA = Path(__file__).parent / "data"
EXAMPLES = [json.loads((DATA / name).read_text(encoding="utf-8"))
            for name in ("bakery-vancouver.json", "travel-agency-lyon.json")]

# Characters that have broken text handling somewhere: RTL letters, bidi overrides, zero-width
# characters, NUL and other controls, lone surrogates, CJK and emoji outside the letter's font.
odd_chars = st.sampled_from(list("אבגمخبز面包😀\u202e\u200b\u2066\ufeff\u00ad\x00\x07\n\t\r<>&\"'\\/%{}")
                            + ["\ud800", "\udfff", "&amp;", "<b>", "</para>", "\u0301"])
odd_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(odd_chars, st.characters()), max_size=60).map("".join),
    st.integers(150, 2100).map(lambda n: ("Lorem ipsum dolor " * 200)[:n]),
    st.integers(190, 320).map(lambda n: "x" * n),
)
big_numbers = st.one_of(
    st.sampled_from(["0", "0.00", "-0", "0.01", "1e9", "999999999.99", "1000000000", "1000000000.01",
                     "9" * 28, "0." + "0" * 27 + "1", "12.345", "-5.00", "0.999999", "1.0000001", " 1", "1,5"]),
    st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.decimals(min_value=0, max_value=1, places=7, allow_nan=False, allow_infinity=False).map(str),
    st.integers(-10**30, 10**30).map(str),
)
dates = st.sampled_from(["0001-01-01", "1989-12-31", "1990-01-01", "2019-08-05", "2099-01-01", "9999-12-31",
                         "2019-02-29", "2020-02-29"])
instants = st.one_of(
    dates.map(lambda d: f"{d}T08:00:00-07:00"),
    st.sampled_from(["2019-08-01T08:15:00Z", "2019-08-01T08:15:00+14:00", "2019-08-01T08:15:00-12:00",
                     "2018-07-01T00:00:00+00:00", "2021-01-01T00:00:00+00:00", "0002-01-01T00:00:00Z",
                     "9998-12-31T23:59:59.999999+00:00"]),
)
evidence_names = st.one_of(
    st.sampled_from(["../secret.txt", "/etc/passwd", "/dev/zero", "C:\\boot.ini", "proof/ok.txt", "proof",
                     "proof/../proof/ok.txt", "~/x", "a\x00b", "a\nb", "proof/link-out", ".", "", "proof/ok.txt/"]),
    st.integers(100, 400).map(lambda n: "e" * n + ".pdf"),
    odd_text,
)
zones = st.sampled_from(["Europe/Paris", "America/Vancouver", "localtime", "Factory", "right/Europe/Paris",
                         "posix/America/Toronto", "UTC", "Etc/GMT+5", "../../etc/passwd", "Europe/Zurich "])


def _set(doc, path, value):
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


MUTATIONS = st.one_of(
    st.tuples(st.sampled_from([("company", "name"), ("company", "address"), ("company", "signatory", "name"),
                               ("contract", "provider"), ("contract", "customer_number"), ("claim", "place"),
                               ("outages", 0, "description"), ("outages", 0, "provider_reference")]),
              odd_text),
    st.tuples(st.sampled_from([("contract", "monthly_fee"), ("company", "baseline", "average_order_value"),
                               ("company", "baseline", "gross_profit_rate"), ("company", "baseline", "trend"),
                               ("company", "baseline", "recovery_rate"), ("company", "channels", 0, "share")]),
              big_numbers),
    st.tuples(st.sampled_from([("outages", 0, "start"), ("outages", 0, "end")]), instants),
    st.tuples(st.just(("claim", "date")), dates),
    st.tuples(st.just(("company", "closed_dates")), st.lists(dates, max_size=2)),
    st.tuples(st.just(("company", "timezone")), zones),
    st.tuples(st.just(("outages", 0, "evidence")),
              st.lists(st.fixed_dictionaries({"file": evidence_names}), min_size=1, max_size=3)),
    st.tuples(st.just(("extra_costs",)),
              st.lists(st.fixed_dictionaries({"label": odd_text, "amount": big_numbers}), max_size=30)),
)


@st.composite
def case_documents(draw):
    doc = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    for path, value in draw(st.lists(MUTATIONS, min_size=0, max_size=3)):
        if path[-1] == "address" and isinstance(value, str):
            value = [value]
        _set(doc, path, value)
    return doc


ENCODINGS = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "ascii-escapes"])


def _encode(doc, encoding: str) -> bytes:
    if encoding == "ascii-escapes":  # lone surrogates survive only as \\ud800 escapes
        return json.dumps(doc, ensure_ascii=True).encode("ascii")
    text = json.dumps(doc, ensure_ascii=False)
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


def _folder(root: Path) -> Path:
    folder = root / "case"
    (folder / "proof").mkdir(parents=True)
    (folder / "proof" / "ok.txt").write_text("ticket TKT-1")
    (root / "secret.txt").write_text("do not copy")
    (folder / "proof" / "link-out").symlink_to(root / "secret.txt")
    return folder


def _check_run(code: int, out: str, err: str, pdf: Path, summary: Path) -> None:
    event(f"exit {code}")  # pytest --hypothesis-show-statistics: both outcomes are reached
    assert code in (0, 2), f"exit {code}: {err}"
    assert "Traceback" not in err
    if code == 0:
        assert err == ""
        reader = PdfReader(io.BytesIO(pdf.read_bytes()))
        figures = json.loads(summary.read_text(encoding="utf-8"))
        assert len(reader.pages) == figures["pages"] >= 1
        assert "do not copy" not in "".join(page.extract_text() for page in reader.pages)
    else:
        lines = err.splitlines()
        assert lines and len(lines) == err.count("\n")
        for line in lines:
            path, sep, message = line.partition(": ")
            assert sep and path and message and line.isprintable(), repr(line)
        assert not pdf.exists() and not summary.exists()
    assert not [p for p in pdf.parent.iterdir() if p.name.endswith(".tmp")]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case_documents(), ENCODINGS)
def test_render_ends_in_a_letter_or_in_path_messages(doc, encoding):
    with tempfile.TemporaryDirectory() as tmp:
        folder = _folder(Path(tmp))
        case = folder / "case.json"
        case.write_bytes(_encode(doc, encoding))
        pdf, summary = Path(tmp) / "letter.pdf", Path(tmp) / "figures.json"
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = cli.main(["render", str(case), "--out", str(pdf), "--summary", str(summary)])
        _check_run(code, out.getvalue(), err.getvalue(), pdf, summary)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case_documents(), ENCODINGS)
def test_render_as_a_separate_process(doc, encoding):
    """The same, as users run it: their terminal's encoding, the real exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = _folder(Path(tmp))
        case = folder / "case.json"
        case.write_bytes(_encode(doc, encoding))
        pdf, summary = Path(tmp) / "letter.pdf", Path(tmp) / "figures.json"
        result = subprocess.run([sys.executable, "-m", "claimdesk", "render", str(case), "--out", str(pdf),
                                 "--summary", str(summary)], capture_output=True, timeout=120)
        _check_run(result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8"), pdf, summary)
