"""Fuzzing the case reader and the estimator: every document ends in figures or in problems."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk import casefile
from claimdesk.domain.loss import estimate_case
from claimdesk.domain.problems import ValidationError
from claimdesk.services.estimate import summary

DATA = Path(__file__).parent / "data"
EXAMPLES = [json.loads((DATA / name).read_text(encoding="utf-8"))
            for name in ("bakery-vancouver.json", "travel-agency-lyon.json")]

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", "0", "-1", "1e5", "0.55", "1,5", "12.345", "99999999999999999999999999999999",
                     "2019-08-01T08:15:00", "2019-08-01T08:15:00+25:00", "2019-13-01T00:00:00Z", "24:00",
                     "25:61", "Europe/Paris", "../../etc/passwd", "email", "tv", "fr", "CA-QC", "<b>"]),
)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, prefix + (i,))


@st.composite
def mutated_documents(draw):
    doc = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(json_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return doc


def _outcome(doc):
    """Figures or problems, nothing else (no crash, no silent acceptance of garbage)."""
    try:
        case = casefile.from_dict(doc)
    except ValidationError as exc:
        assert exc.problems
        for p in exc.problems:
            assert isinstance(p.path, str) and p.path
            assert isinstance(p.message, str) and p.message and "Traceback" not in p.message
        return None
    result = summary(case)
    for key in ("lost_turnover_gross", "total_claimed", "subscription_refund"):
        assert Decimal(result[key]) >= 0
    return result


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_broken_documents_end_in_figures_or_problems(doc):
    _outcome(doc)


@st.composite
def valid_documents(draw):
    doc = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    services = doc["contract"]["services"]
    start0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    outages = []
    for _ in range(draw(st.integers(1, 12))):
        start = start0 + timedelta(seconds=draw(st.integers(0, 365 * 86400)))
        end = start + timedelta(seconds=draw(st.integers(1, 10 * 86400)))
        offset = timezone(timedelta(minutes=draw(st.sampled_from([-480, -420, 0, 60, 120, 330]))))
        outages.append({"service": draw(st.sampled_from(services)), "start": start.astimezone(offset).isoformat(),
                        "end": end.astimezone(offset).isoformat()})
    doc["outages"] = outages
    doc["credits_received"] = [{"label": "gesture", "amount": f"{draw(st.integers(0, 500000)) / 100:.2f}"}]
    doc["company"]["baseline"]["trend"] = str(draw(st.decimals("-0.99", "10", places=2)))
    doc["company"]["baseline"]["recovery_rate"] = str(draw(st.decimals("0", "1", places=2)))
    return doc


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_documents())
def test_valid_documents_always_estimate_and_round_trip(doc):
    case = casefile.from_dict(doc)
    figures = estimate_case(case).figures()
    again = casefile.loads(casefile.dumps(case))
    assert again == case
    assert estimate_case(again).figures() == figures
