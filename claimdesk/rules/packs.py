"""Jurisdiction packs: the legal basis, wording and letter conventions of one jurisdiction.

A pack is a TOML file in ``resources/jurisdictions/`` named after its jurisdiction (``FR.toml``,
``CA-QC.toml``). A pack may name a ``base`` (a file starting with ``_``) whose tables it extends,
so the common-law provinces share their wording. Packs are parsed and checked once per process.

Every citation carries its ``source`` (or several ``sources``): the title of what was read, its
address and the date it was read, so that the pack can be checked again without anything outside
it; the cover sheet lists them for the user.

The law is chosen by date. A pack lists its ``regime``s (the law a contract is under, chosen by
the date the contract was signed) and every ``citation`` it prints, each with the date it
applies from (a ruling: the date it was given) and the regimes it belongs to. A paragraph of the
letter is printed only if every citation in it applies to the contract's regime and is not dated
after the letter; where a paragraph has alternatives, the first that applies is printed.

Only ``heading``, ``basis``, ``formal_notice``, ``escalation``, ``interest`` and the two texts on
the contract's own service levels go into the letter: ``sla_exclusive`` (why a clause making the
credit the only compensation may not bar the damages) and ``sla_notice`` (when the credit, as a
penalty, is due only after a formal notice). ``limitation`` and ``mediator`` are for the user's
cover sheet, never for the provider.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from ..domain.model import CLAIM_KINDS, JURISDICTIONS, LANGUAGES

PAPER_SIZES = ("A4", "LETTER")
# Texts every language of every pack must have; the others are optional.
REQUIRED_TEXTS = ("basis", "formal_notice", "escalation", "limitation")
OPTIONAL_TEXTS = ("heading", "interest", "mediator", "sla_exclusive", "sla_notice")
LIMITATION_FROM = ("outage", "outage_month")
FAR_FUTURE = date(9999, 12, 31)


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
class Regime:
    """The law a contract is under, by the date it was signed: ``[signed_from, signed_before)``."""

    id: str
    signed_from: date | None = None
    signed_before: date | None = None

    def covers(self, signed_on: date) -> bool:
        return ((self.signed_from is None or signed_on >= self.signed_from)
                and (self.signed_before is None or signed_on < self.signed_before))


@dataclass(frozen=True)
class Source:
    """Where a citation was read: the text's title, its web address and the day it was read."""

    title: str
    url: str
    read_on: date


@dataclass(frozen=True)
class Citation:
    """An authority as the texts print it (``1231-1``, ``22-12.345``), the date it applies from
    (a ruling's date), the regimes it may be cited under (all when empty) and where it was read."""

    id: str
    applies_from: date
    regimes: tuple[str, ...] = ()
    ruling: bool = False
    sources: tuple[Source, ...] = ()

    @property
    def pattern(self) -> re.Pattern:
        return _citation_pattern(self.id)

    def applies(self, regime: str, letter_date: date) -> bool:
        return self.applies_from <= letter_date and (not self.regimes or regime in self.regimes)


@dataclass(frozen=True)
class Limitation:
    """A limitation period, shown to the user with the date it runs out (never in the letter)."""

    years: int
    runs_from: str  # "outage": the first outage's day; "outage_month": the first day of its month


# A paragraph is either one text or alternatives, the first that applies being printed.
Paragraph = tuple[str, ...]


@dataclass(frozen=True)
class PackTexts:
    basis: tuple[Paragraph, ...]
    formal_notice: Paragraph
    escalation: Paragraph
    limitation: tuple[str, ...]
    heading: str | None = None
    interest: Paragraph = ()
    mediator: str | None = None
    sla_exclusive: tuple[Paragraph, ...] = ()
    sla_notice: Paragraph = ()


@dataclass(frozen=True)
class LetterLaw:
    """What one letter cites: the pack's texts chosen for its contract date and letter date."""

    regime: str
    basis: tuple[str, ...]
    formal_notice: str
    interest: str | None
    escalation: str
    heading: str | None
    sla_exclusive: tuple[str, ...] = ()
    sla_notice: str | None = None


@dataclass(frozen=True)
class Pack:
    id: str
    jurisdiction: str
    name: str
    last_checked: date
    paper: str
    window: Window
    response_days: dict[str, int]
    escalation_body: str
    obligation_of_result: bool
    registered_also_by_ordinary_mail: bool
    citations: tuple[Citation, ...]
    regimes: tuple[Regime, ...]
    limitations: tuple[Limitation, ...]
    texts: dict[str, PackTexts]

    def text(self, language: str) -> PackTexts:
        return self.texts[language]

    def regime(self, signed_on: date | None, signed_by: date | None = None) -> Regime:
        """The regime of a contract signed on that day. Without the date, a contract in force at
        its first outage (``signed_by``) was signed by then: if that day falls in the oldest
        regime, so does the contract; otherwise the newest regime is assumed (the law in force
        today), which the cover sheet tells the user to check."""
        if signed_on is not None:
            for regime in self.regimes:
                if regime.covers(signed_on):
                    return regime
        elif signed_by is not None and self.regimes[0].signed_from is None and self.regimes[0].covers(signed_by):
            return self.regimes[0]
        return self.regimes[-1]

    def applies(self, text: str, regime: str, letter_date: date) -> bool:
        """Whether every citation found in ``text`` may be cited under ``regime`` on ``letter_date``."""
        return all(c.applies(regime, letter_date) for c in self.citations if c.pattern.search(text))

    def cited(self, texts) -> tuple[Citation, ...]:
        """The citations found in ``texts``, in the pack's order."""
        return tuple(c for c in self.citations if any(c.pattern.search(t) for t in texts if t))

    def choose(self, alternatives: Paragraph, regime: str, letter_date: date) -> str | None:
        return next((t for t in alternatives if self.applies(t, regime, letter_date)), None)

    def law(self, language: str, signed_on: date | None, letter_date: date,
            signed_by: date | None = None) -> LetterLaw:
        t, regime = self.texts[language], self.regime(signed_on, signed_by).id
        basis = tuple(p for p in (self.choose(a, regime, letter_date) for a in t.basis) if p)
        sla_exclusive = tuple(p for p in (self.choose(a, regime, letter_date) for a in t.sla_exclusive) if p)
        return LetterLaw(regime=regime, basis=basis,
                         formal_notice=self.choose(t.formal_notice, regime, letter_date) or "",
                         interest=self.choose(t.interest, regime, letter_date) if t.interest else None,
                         escalation=self.choose(t.escalation, regime, letter_date) or "", heading=t.heading,
                         sla_exclusive=sla_exclusive,
                         sla_notice=self.choose(t.sla_notice, regime, letter_date) if t.sla_notice else None)

    def limitation_ends(self, first_outage: date) -> list[date]:
        """The day each limitation period runs out, counted from the first outage's local day (or the
        first day of its month, for a period that runs from the payment of that month's fee)."""
        ends = []
        for period in self.limitations:
            start = first_outage if period.runs_from == "outage" else first_outage.replace(day=1)
            try:
                ends.append(start.replace(year=start.year + period.years))
            except ValueError:  # 29 February
                ends.append(start.replace(year=start.year + period.years, day=28))
        return ends


def first_outage_day(case) -> date:
    """The local day of a case's first outage, from which its limitation periods are counted."""
    from zoneinfo import ZoneInfo

    first = min(o.start for o in case.outages)
    return first.astimezone(ZoneInfo(case.company.timezone)).date()


@cache
def _citation_pattern(cid: str) -> re.Pattern:
    # "1231" must not match inside "1231-1", nor "art. 10" inside "art. 100".
    return re.compile(rf"(?<![\w.-]){re.escape(cid)}(?![\w-]|\.\d)", re.IGNORECASE)


def packs_dir() -> Path:
    from ..paths import resource

    return resource("jurisdictions")


def _merge(base: dict, over: dict) -> dict:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif key == "citation" and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value  # a province cites its own Acts besides the shared ones
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


def _optional_date(data: dict, key: str, where: str) -> date | None:
    value = data.get(key)
    if value is not None and not isinstance(value, date):
        raise PackError(f"{where}: '{key}' must be a date (YYYY-MM-DD)")
    return value


def _alternatives(value, where: str) -> Paragraph:
    """A paragraph: one text, or a list of alternative texts (the first that applies is printed)."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(p, str) and p.strip() for p in items):
        raise PackError(f"{where}: must be a text or a list of alternative texts")
    return tuple(items)


def _regimes(data: dict, jurisdiction: str, where: str) -> tuple[Regime, ...]:
    raw = data.get("regime", [{"id": jurisdiction}])
    if not isinstance(raw, list) or not raw:
        raise PackError(f"{where}: 'regime' must be a list of tables")
    regimes = []
    for i, r in enumerate(raw):
        here = f"{where} [regime {i}]"
        regimes.append(Regime(_need(r, "id", str, here), _optional_date(r, "signed_from", here),
                              _optional_date(r, "signed_before", here)))
    return tuple(regimes)


def _sources(c: dict, last_checked: date, where: str) -> tuple[Source, ...]:
    """A citation's ``source`` table or ``sources`` list: each with a title, an http(s) address and
    the date it was read, which cannot be after the pack was checked."""
    raw = c.get("sources", [c["source"]] if "source" in c else [])
    if not isinstance(raw, list) or not raw:
        raise PackError(f"{where}: needs a 'source' (title, url, read_on) telling where it was read")
    sources = []
    for s in raw:
        if not isinstance(s, dict):
            raise PackError(f"{where}: a source must be a table with title, url and read_on")
        title, url, read_on = s.get("title"), s.get("url"), s.get("read_on")
        if not isinstance(title, str) or not title.strip():
            raise PackError(f"{where}: a source needs a 'title'")
        if not isinstance(url, str) or not re.fullmatch(r"https?://[^\s/]+\.[^\s]+", url):
            raise PackError(f"{where}: a source needs a web address ('url', https://...)")
        if not isinstance(read_on, date) or read_on > last_checked:
            raise PackError(f"{where}: a source needs the date it was read ('read_on', YYYY-MM-DD), "
                            f"not after the pack's last_checked")
        sources.append(Source(title.strip(), url, read_on))
    return tuple(sources)


def _citations(data: dict, regimes: tuple[Regime, ...], last_checked: date, where: str) -> tuple[Citation, ...]:
    ids = {r.id for r in regimes}
    citations = []
    for i, c in enumerate(_need(data, "citation", list, where)):
        here = f"{where} [citation {i}]"
        cid = _need(c, "id", str, here)
        applies_from = c.get("from")
        if not isinstance(applies_from, date):
            raise PackError(f"{here}: citation {cid!r} needs the date it applies from ('from', YYYY-MM-DD)")
        own = tuple(c.get("regimes", ()))
        if set(own) - ids:
            raise PackError(f"{here}: unknown regime(s) {', '.join(sorted(set(own) - ids))}")
        citations.append(Citation(cid, applies_from, own, bool(c.get("ruling", False)),
                                  _sources(c, last_checked, f"{here}: citation {cid!r}")))
    return tuple(citations)


def _limitations(data: dict, where: str) -> tuple[Limitation, ...]:
    result = []
    for i, item in enumerate(_need(data, "limitation", list, where)):
        here = f"{where} [limitation {i}]"
        runs_from = _need(item, "from", str, here)
        if runs_from not in LIMITATION_FROM:
            raise PackError(f"{here}: 'from' must be one of {', '.join(LIMITATION_FROM)}")
        result.append(Limitation(_need(item, "years", int, here), runs_from))
    return tuple(result)


def parse(data: dict, where: str) -> Pack:
    """Check a parsed pack and build it: every citation appears in every language's legal text,
    and under every regime each language has a basis and a formal notice to print."""
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
    regimes = _regimes(data, jurisdiction, where)
    citations = _citations(data, regimes, last_checked, where)
    limitations = _limitations(data, where)
    texts: dict[str, PackTexts] = {}
    all_texts = _need(data, "text", dict, where)
    for lang in LANGUAGES:
        t = _need(all_texts, lang, dict, f"{where} [text]")
        here = f"{where} [text.{lang}]"
        unknown = set(t) - set(REQUIRED_TEXTS) - set(OPTIONAL_TEXTS)
        if unknown:
            raise PackError(f"{here}: unknown key(s) {', '.join(sorted(unknown))}")
        basis = _need(t, "basis", list, here)
        if not basis:
            raise PackError(f"{here}: 'basis' must be a list of paragraphs")
        limitation = t.get("limitation")
        limitation = (limitation,) if isinstance(limitation, str) else tuple(limitation or ())
        if len(limitation) != len(limitations) or not all(isinstance(x, str) for x in limitation):
            raise PackError(f"{here}: 'limitation' needs one text per [[limitation]] period")
        texts[lang] = PackTexts(
            basis=tuple(_alternatives(p, f"{here} basis") for p in basis),
            formal_notice=_alternatives(t.get("formal_notice"), f"{here} formal_notice"),
            escalation=_alternatives(t.get("escalation"), f"{here} escalation"),
            limitation=limitation,
            heading=t.get("heading"),
            interest=_alternatives(t["interest"], f"{here} interest") if "interest" in t else (),
            mediator=t.get("mediator"),
            sla_exclusive=tuple(_alternatives(p, f"{here} sla_exclusive") for p in t.get("sla_exclusive", ())),
            sla_notice=_alternatives(t["sla_notice"], f"{here} sla_notice") if "sla_notice" in t else (),
        )
        pt = texts[lang]
        legal = [x for p in (*pt.basis, pt.formal_notice, pt.interest, pt.escalation, *pt.sla_exclusive,
                             pt.sla_notice) for x in p]
        for citation in citations:
            if not any(citation.pattern.search(x) for x in legal):
                raise PackError(f"{here}: citation {citation.id!r} does not appear in the legal text")
    pack = Pack(
        id=_need(data, "id", str, where),
        jurisdiction=jurisdiction,
        name=_need(data, "name", str, where),
        last_checked=last_checked,
        paper=paper,
        window=window,
        response_days=response_days,
        escalation_body=_need(data, "escalation_body", str, where),
        obligation_of_result=_need(data, "obligation_of_result", bool, where),
        registered_also_by_ordinary_mail=bool(data.get("registered_also_by_ordinary_mail", False)),
        citations=citations,
        regimes=regimes,
        limitations=limitations,
        texts=texts,
    )
    for regime in regimes:
        for lang in LANGUAGES:
            law = pack.law(lang, regime.signed_from or regime.signed_before and date(1900, 1, 1), FAR_FUTURE)
            if not law.basis or not law.formal_notice or not law.escalation:
                raise PackError(f"{where} [text.{lang}]: nothing to cite under regime {regime.id!r}")
    return pack


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
