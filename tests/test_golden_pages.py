"""A layout regression in a sample letter or the sample dossier fails here (see tests/golden.py)."""

from __future__ import annotations

import json

import pytest

from tests.golden import GOLDEN, layout, samples


@pytest.fixture(scope="module")
def rendered():
    return samples()


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.json")))
def test_the_pages_are_laid_out_as_recorded(rendered, name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    got = layout(rendered[name])
    assert len(got) == len(expected), f"{name}: {len(got)} pages, recorded {len(expected)}"
    for number, (page, recorded) in enumerate(zip(got, expected), 1):
        if page != recorded:
            changed = next(i for i, (a, b) in enumerate(zip(page + [""], recorded + [""])) if a != b)
            pytest.fail(f"{name}, page {number}, line {changed + 1}: {page[changed:changed + 1]} where "
                        f"{recorded[changed:changed + 1]} was recorded. If the change is intended, look at the "
                        "pages and record them: .venv/bin/python scripts/letter_samples.py --golden")


def test_every_sample_has_a_record(rendered):
    assert sorted(rendered) == sorted(p.stem for p in GOLDEN.glob("*.json"))
