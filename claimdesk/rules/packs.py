"""Jurisdiction packs: the legal basis, wording and letter conventions of one jurisdiction.

A pack is a TOML file in ``resources/jurisdictions/`` named after its jurisdiction (``FR.toml``,
``CA-QC.toml``). A pack may name a ``base`` (a file starting with ``_``) whose tables it extends,
so the common-law provinces share their wording. Packs are parsed and checked once per process.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from ..domain.model import CLAIM_KINDS, JURISDICTIONS, LANGUAGES

PAPER_SIZES = ("A4", "LETTER")
# Texts every language of every pack must have; ``heading`` is optional (Québec prints one).
REQUIRED_TEXTS = ("basis", "formal_notice", "escalation", "limitation")
OPTIONAL_TEXTS = ("heading",)


class PackError(ValueError):
    """A pack file is missing, unreadable or incomplete; the message names the file and the key."""


@dataclass(frozen=True)
class Window:
    """The recipient's address field for a window envelope, in mm from the page's top-left corner."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class PackTexts:
    basis: tuple[str, ...]
    formal_notice: str
    escalation: str
    limitation: str
    heading: str | None = None


@dataclass(frozen=True)
class Pack:
    id: str
    jurisdiction: str
    name: str
    last_checked: date
    paper: str
    window: Window
    response_days: dict[str, int]
    limitation_years: int
    escalation_body: str
    obligation_of_result: bool
    registered_also_by_ordinary_mail: bool
    citations: tuple[str, ...]
    texts: dict[str, PackTexts]

    def text(self, language: str) -> PackTexts:
        return self.texts[language]


def packs_dir() -> Path:
    from ..paths import resource

    return resource("jurisdictions")


def _merge(base: dict, over: dict) -> dict:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise PackError(f"{path.name}: jurisdiction pack not found") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{path.name}: {exc}") from None
    base = data.pop("base", None)
    if base:
        data = _merge(_read(path.with_name(f"{base}.toml")), data)
    return data


def _need(data: dict, key: str, kind, where: str):
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise PackError(f"{where}: '{key}' is missing or not a {getattr(kind, '__name__', kind)}")
    return value


def parse(data: dict, where: str) -> Pack:
    """Check a parsed pack and build it; every citation must appear in every language's text."""
    jurisdiction = _need(data, "jurisdiction", str, where)
    if jurisdiction not in JURISDICTIONS:
        raise PackError(f"{where}: unknown jurisdiction {jurisdiction!r}")
    paper = _need(data, "paper", str, where)
    if paper not in PAPER_SIZES:
        raise PackError(f"{where}: paper must be one of {', '.join(PAPER_SIZES)}")
    last_checked = data.get("last_checked")
    if not isinstance(last_checked, date):
        raise PackError(f"{where}: 'last_checked' must be a date (YYYY-MM-DD)")
    w = _need(data, "window", dict, where)
    window = Window(*(float(_need(w, k, (int, float), f"{where} [window]"))
                      for k in ("left", "top", "width", "height")))
    days = _need(data, "response_days", dict, where)
    response_days = {k: _need(days, k, int, f"{where} [response_days]") for k in CLAIM_KINDS}
    citations = tuple(_need(data, "citations", list, where))
    texts: dict[str, PackTexts] = {}
    all_texts = _need(data, "text", dict, where)
    for lang in LANGUAGES:
        t = _need(all_texts, lang, dict, f"{where} [text]")
        here = f"{where} [text.{lang}]"
        unknown = set(t) - set(REQUIRED_TEXTS) - set(OPTIONAL_TEXTS)
        if unknown:
            raise PackError(f"{here}: unknown key(s) {', '.join(sorted(unknown))}")
        basis = _need(t, "basis", list, here)
        if not basis or not all(isinstance(p, str) and p.strip() for p in basis):
            raise PackError(f"{here}: 'basis' must be a list of paragraphs")
        texts[lang] = PackTexts(
            basis=tuple(basis),
            formal_notice=_need(t, "formal_notice", str, here),
            escalation=_need(t, "escalation", str, here),
            limitation=_need(t, "limitation", str, here),
            heading=t.get("heading"),
        )
        legal = " ".join((*basis, texts[lang].formal_notice)).casefold()
        for citation in citations:
            if citation.casefold() not in legal:
                raise PackError(f"{here}: citation {citation!r} does not appear in the legal text")
    return Pack(
        id=_need(data, "id", str, where),
        jurisdiction=jurisdiction,
        name=_need(data, "name", str, where),
        last_checked=last_checked,
        paper=paper,
        window=window,
        response_days=response_days,
        limitation_years=_need(data, "limitation_years", int, where),
        escalation_body=_need(data, "escalation_body", str, where),
        obligation_of_result=_need(data, "obligation_of_result", bool, where),
        registered_also_by_ordinary_mail=bool(data.get("registered_also_by_ordinary_mail", False)),
        citations=citations,
        texts=texts,
    )


@cache
def load(jurisdiction: str, folder: str | None = None) -> Pack:
    """The checked pack of one jurisdiction (cached: packs do not change while the app runs)."""
    if jurisdiction not in JURISDICTIONS:
        raise PackError(f"unknown jurisdiction {jurisdiction!r}")
    path = (Path(folder) if folder else packs_dir()) / f"{jurisdiction}.toml"
    pack = parse(_read(path), path.name)
    if pack.jurisdiction != jurisdiction:
        raise PackError(f"{path.name}: says jurisdiction {pack.jurisdiction!r}")
    return pack


def load_all(folder: str | None = None) -> dict[str, Pack]:
    return {j: load(j, folder) for j in JURISDICTIONS}
