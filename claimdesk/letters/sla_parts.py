"""The letter's parts on the contract's own service levels (loss method §Q).

The letter names the clause, states the credit as owed under the contract and says whether the
credit or the refund is claimed (never both); under an exclusive clause it claims the credit,
reserves the damages with their amount and gives the jurisdiction's argument from its rule pack.
Annex 2 shows every step: per outage the clock, the time counted, the overrun and the tier; per
service and month the availability, the tier, the cap and the fee. The contract's claim window
is for the user (cover sheet, app), never printed here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Spacer

from ..domain.model import WEEKDAYS
from ..domain.sla import availability_tier, restoration_tier


def _pct(b, value: Decimal) -> str:
    return b.f.percent(value / 100, 4)


def letter_paragraphs(b) -> list:
    """After the legal basis: the clause, the credit, which of refund and credit is claimed, and
    under an exclusive clause the reserved damages with the jurisdiction's argument."""
    e, k = b.e, b.case.contract
    if e.sla is None:
        return []
    terms = k.sla
    if not e.sla.total and not e.exclusive:
        return []  # no credit is due and nothing is reserved: the letter need not mention the clause
    story: list = [b.P(b.tx("sla.heading"), "h2")]
    if e.sla.total > 0:
        what = [b.t[f"sla.what.{kind}"] for kind in ("restoration", "availability") if getattr(terms, kind)]
        story.append(b.P(b.tx("sla.credit", clause=terms.clause, what=b.t["sla.what.join"].join(what),
                              amount=b.money(e.sla.total))))
        if e.subscription_refund:
            key = "sla.claimed.credit" if e.claims_credit else "sla.claimed.refund"
            story.append(b.P(b.tx(key, refund=b.money(e.subscription_refund), credit=b.money(e.sla.total))))
    if e.exclusive:
        key = "sla.exclusive" if e.sla.total > 0 else "sla.exclusive_none"
        story.append(b.P(b.tx(key, clause=terms.clause, reserved=b.money(e.reserved_damages))))
        for text in b.law.sla_exclusive:
            story.append(b.P(b.legal(text)))
        if b.case.claim.kind == "formal_notice" and b.law.sla_notice:
            # France: a penalty is due only after a formal notice, unless the failure is definitive.
            story.append(b.P(b.legal(b.law.sla_notice)))
    return story


def amount_rows(b) -> list:
    """The first rows of the amounts table: the price reduction claimed in place of the refund,
    then the loss of gross profit unless an exclusive clause reserves it (the letter adds the
    costs, savings and credits, and the total)."""
    e = b.e
    key = "row.sla_credit" if e.claims_credit else "row.refund"
    rows = [[b.C(b.tx(key), "cell"), b.money(e.price_reduction)]]
    if not e.exclusive:
        rows.append([b.C(b.tx("row.gross_profit"), "cell"), b.money(e.loss_of_gross_profit)])
    return rows


def _coverage_text(b, coverage) -> str:
    names = b.f.locale.days["format"]["wide"]
    parts = []
    for i, day in enumerate(WEEKDAYS):
        spans = coverage.get(day) or ()
        if spans:
            hours = ", ".join(f"{b.clock(s.start)}–{b.clock(s.end)}" for s in spans)
            parts.append(f"{names[i]} {hours}")
    return (" ; " if b.case.claim.language == "fr" else "; ").join(parts)  # typeset fixes Québec's spacing


def _month(b, month: tuple[int, int]) -> str:
    return b.f.date(date(month[0], month[1], 1), "MMMM y")


def annex(b, table, widths_of) -> list:
    """Annex 2's section on the credit: ``table`` is the letter's table maker, ``widths_of`` gives
    column widths from shares of the text width."""
    e, terms = b.e, b.case.contract.sla
    if e.sla is None:
        return []
    story: list = [b.P(b.tx("annex.sla", clause=terms.clause), "h3")]
    if terms.restoration is not None:
        r = terms.restoration
        clock = (b.t["sla.clock.business"].format(hours=_coverage_text(b, r.coverage)) if r.clock == "business"
                 else b.t["sla.clock.calendar"])
        story.append(b.P(b.tx("sla.restoration_head", target=b.f.number(r.target_hours), clock=clock,
                              start=b.t[f"sla.starts.{r.starts}"]), "formula"))
        rows = [b.head(("col.service", "col.clock_start", "col.end", "col.counted", "col.overrun", "col.tier"))]
        for c in e.sla.restoration:
            tier = restoration_tier(c.overrun_seconds, r.credits)
            rows.append([b.C(b.u(b.label(c.service))), b.C(b.when(c.clock_start)), b.C(b.when(c.end)),
                         b.duration(c.counted_seconds),
                         b.duration(c.overrun_seconds) if c.overrun_seconds > 0 else "–",
                         b.C(b.tx("sla.tier.over", hours=b.f.number(tier.over_hours), percent=_pct(b, c.percent)))
                         if tier is not None else "–"])
        story.append(table(rows, widths_of([0.16, 0.18, 0.18, 0.12, 0.16, 0.20]), split=True))
    if terms.availability is not None:
        a = terms.availability
        story.append(Spacer(1, 4))
        story.append(b.P(b.tx("sla.availability_head", target=_pct(b, a.target_percent)), "formula"))
        # durations as the refund's table of the same annex writes them
        rows = [b.head(("col.service", "col.month", "col.outage_time", "col.month_time", "col.availability",
                        "col.tier"), right=(2, 3, 4))]
        for c in e.sla.availability:
            tier = availability_tier(c.availability, a.credits)
            rows.append([b.C(b.u(b.label(c.service))), _month(b, c.month), b.duration(c.down_seconds),
                         b.duration(c.month_seconds), _pct(b, c.availability),
                         b.C(b.tx("sla.tier.below", limit=_pct(b, tier.below_percent), percent=_pct(b, c.percent)))
                         if tier is not None else "–"])
        story.append(table(rows, widths_of([0.14, 0.16, 0.14, 0.14, 0.18, 0.24]), money_cols=(2, 3, 4),
                           split=True))
    story.append(Spacer(1, 4))
    story.append(b.P(b.tx("sla.by_month", cap=_pct(b, terms.cap_percent)), "formula"))
    rows = [b.head(("col.service", "col.month", "col.percent", "col.fee", "col.credit"), right=(2, 3, 4))]
    for row in e.sla.by_service_month:
        rows.append([b.C(b.u(b.label(row.service))), _month(b, row.month), _pct(b, row.percent),
                     b.money(row.fee), b.money(row.amount)])
    rows.append(["Q", "", "", "", b.money(e.sla.total)])
    story.append(table(rows, widths_of([0.22, 0.22, 0.16, 0.2, 0.2]), money_cols=(2, 3, 4), total_row=True))
    return story


def total_rows(b) -> list:
    """The first rows of annex 2's total: F, Q and the price reduction claimed (the larger)."""
    e = b.e
    return [["F", b.C(b.tx("calc.F"), "cell"), b.money(e.subscription_refund)],
            ["Q", b.C(b.tx("calc.Q"), "cell"), b.money(e.sla.total)],
            ["", b.C(b.tx("calc.PR"), "cellb"), b.money(e.price_reduction)]]



# The cover sheet warns this many days ahead of the contract's claim window.
WINDOW_WARNING_DAYS = 7


def window_warning(claim_date: date, deadline: date | None) -> str | None:
    """``past``, ``close`` (within WINDOW_WARNING_DAYS) or ``open``; None without a window."""
    if deadline is None:
        return None
    if claim_date > deadline:
        return "past"
    return "close" if (deadline - claim_date).days <= WINDOW_WARNING_DAYS else "open"


def cover_paragraphs(case, pack, t, day, para_of) -> list[str]:
    """The cover sheet's lines on the contract's credit: its claim window (with a warning when
    the letter is dated after it or within a week of it) and, where the pack says so, that the
    credit is due only after a formal notice."""
    from zoneinfo import ZoneInfo

    from ..domain.sla import claim_deadline

    sla = case.contract.sla
    if sla is None:
        return []
    lines = []
    deadline = claim_deadline(sla, case.outages, ZoneInfo(case.company.timezone))
    state = window_warning(case.claim.date, deadline)
    if state is not None:
        key = {"past": "cover.sla_window_past", "close": "cover.sla_window_close", "open": "cover.sla_window"}[state]
        text = para_of(t[key].format(date=day(deadline)))
        lines.append(f"<b>{text}</b>" if state != "open" else text)
    from ..rules.packs import first_outage_day

    law_notice = pack.law(case.claim.language, case.contract.signed_on, case.claim.date,
                          first_outage_day(case)).sla_notice
    if sla.exclusive and law_notice and case.claim.kind != "formal_notice":
        lines.append(para_of(t["cover.sla_notice"]))
    return lines
