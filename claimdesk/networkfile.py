"""Network files (``claimdesk-network/1``): who sends a collective letter, and how.

    {"format": "claimdesk-network/1",
     "network": {"name", "address", "registration_id", "email", "phone", "signatory": {"name", "title"},
                 "jurisdiction", "timezone", "currency"},
     "claim": {"language", "date", "place", "response_days", "delivery"}}

``registration_id``, ``email``, ``phone`` and the signatory's ``title`` may be left out. Reading
reports every problem with its path, as for case files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .casefile import _Reader, read_signatory
from .domain.network import Network, NetworkClaim, NetworkFile, check_network
from .domain.problems import Problem, ValidationError

FORMAT = "claimdesk-network/1"
MAX_BYTES = 1024 * 1024
_NETWORK_KEYS = {"name", "address", "registration_id", "email", "phone", "signatory", "jurisdiction", "timezone",
                 "currency"}
_NETWORK_REQUIRED = {"name", "address", "signatory", "jurisdiction", "timezone", "currency"}
_CLAIM_KEYS = {"language", "date", "place", "response_days", "delivery"}


def from_dict(doc: Any) -> NetworkFile:
    r = _Reader()
    top = r.obj(doc, "", {"format", "network", "claim"}, {"format", "network", "claim"})
    if top is None:
        r.p.raise_if_any()
    if "format" in top and top["format"] != FORMAT:
        r.p.add("format", f"unsupported format {top['format']!r} (expected {FORMAT!r})", "format")
    network = claim = None
    raw = r.obj(top.get("network"), "network", _NETWORK_KEYS, _NETWORK_REQUIRED) if "network" in top else None
    if raw is not None:
        before = len(r.p.items)
        name = r.str(raw.get("name"), "network.name")
        address = r.str_list(raw.get("address"), "network.address") if "address" in raw else None
        optional = {k: r.str(raw.get(k), f"network.{k}", optional=True) for k in ("registration_id", "email", "phone")}
        signatory = read_signatory(r, raw["signatory"], "network.signatory") if "signatory" in raw else None
        fields = {k: r.str(raw.get(k), f"network.{k}") for k in ("jurisdiction", "timezone", "currency")}
        if len(r.p.items) == before and None not in (name, address, signatory, *fields.values()):
            network = Network(name, address, signatory, **fields, **optional)
    raw = r.obj(top.get("claim"), "claim", _CLAIM_KEYS, _CLAIM_KEYS) if "claim" in top else None
    if raw is not None:
        before = len(r.p.items)
        language = r.str(raw.get("language"), "claim.language")
        when = r.date(raw.get("date"), "claim.date") if "date" in raw else None
        place = r.str(raw.get("place"), "claim.place")
        days = r.int(raw.get("response_days"), "claim.response_days") if "response_days" in raw else None
        delivery = r.str(raw.get("delivery"), "claim.delivery")
        if len(r.p.items) == before and None not in (language, when, place, days, delivery):
            claim = NetworkClaim(language, when, place, days, delivery)
    r.p.raise_if_any()
    result = NetworkFile(network, claim)
    problems = check_network(result)
    if problems:
        raise ValidationError(problems)
    return result


def read(path: str | os.PathLike) -> NetworkFile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError([Problem("(document)", "the file is larger than 1 MB", "too_large")])
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ValidationError([Problem("(document)", f"cannot read {path.name}: {exc.strerror or exc}", "io")]) from None
    except UnicodeDecodeError:
        raise ValidationError([Problem("(document)", "the file is not UTF-8 text", "encoding")]) from None
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValidationError([Problem("(document)", f"not valid JSON: {exc}", "json")]) from None
    return from_dict(doc)
