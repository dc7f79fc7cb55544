"""Estimating a claim: the one path from a case to its figures, for the GUI, the CLI and letters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..domain.loss import LossEstimate, estimate_case
from ..domain.model import Case
from ..domain.sla import availability_tier, restoration_tier
from ..rules.packs import first_outage_day
from ..rules.packs import load as load_pack

SUMMARY_FORMAT = "claimdesk-summary/1"


def response_deadline(case: Case) -> date:
    return case.claim.response_deadline


def summary(case: Case, estimate: LossEstimate | None = None, pages: int | None = None) -> dict:
    """The summary object of the case-file spec; ``pages`` is added once a letter exists."""
    estimate = estimate or estimate_case(case)
    result: dict = {
        "format": SUMMARY_FORMAT,
        "currency": case.company.currency,
        "jurisdiction": case.company.jurisdiction,
        "language": case.claim.language,
        "kind": case.claim.kind,
    }
    if pages is not None:
        result["pages"] = pages
    result.update(estimate.figures())
    result["response_deadline"] = response_deadline(case).isoformat()
    result.update(legal_summary(case))
    return result


def legal_summary(case: Case) -> dict:
    """The law a letter cites (pack and regime, chosen by the contract's date) and the day each
    limitation period runs out, counted from the first outage: for the user, never the letter."""
    pack = load_pack(case.company.jurisdiction)
    return {
        "legal_pack": pack.id,
        "law_regime": pack.regime(case.contract.signed_on, first_outage_day(case)).id,
        "limitation_ends": [d.isoformat() for d in pack.limitation_ends(first_outage_day(case))],
    }


def breakdown_text(case: Case, estimate: LossEstimate | None = None) -> str:
    """An itemised breakdown, each line with its formula, formatted for the letter's language in
    the company's country."""
    from ..i18n.formats import Formats

    e = estimate or estimate_case(case)
    c = case.company
    f = Formats(case.claim.language, c.country, c.timezone)
    cur = c.currency

    def money(x):
        return f.money(x, cur)

    def num(x, d=2):
        return f.number(x, d)

    lines = [f"{c.name} — {case.contract.provider}", f"Loss method v1, {f.name}, {c.timezone}", ""]
    lines.append("Outages (local time):")
    for o in sorted(case.outages, key=lambda o: o.start):
        hours = num(round(o.duration_seconds / 3600, 2))
        ref = f"  [{o.provider_reference}]" if o.provider_reference else ""
        lines.append(f"  {o.service:<9} {f.datetime(o.start, 'short')} → {f.datetime(o.end, 'short')}  "
                     f"({hours} h){ref}")
    lines.append("")
    factor = 1 + e.trend
    lines.append(f"Lost turnover by day = standard turnover × {num(factor)} (trend {f.percent(e.trend)}) "
                 f"× share lost × hours affected / hours open:")
    for d in e.days:
        lines.append(
            f"  {f.date(d.day, 'medium')} ({f.weekday(d.day)})  {money(d.standard_turnover)} × {num(factor)}"
            f" × {f.percent(d.average_share)} × {num(d.affected_seconds / 3600)} h / {num(d.open_seconds / 3600)} h"
            f" = {money(d.amount_rounded)}"
        )
    lines.append(f"  G  lost turnover (gross)      = Σ days = {money(e.lost_turnover_gross)}")
    lines.append(f"  O  lost orders                = G / {money(e.average_order_value)} = {num(e.lost_orders, 1)}")
    lines.append(f"  R  recovered turnover         = G × {f.percent(e.recovery_rate)} = {money(e.recovered_turnover)}")
    lines.append(f"  S  shortage in turnover       = G − R = {money(e.shortage_in_turnover)}")
    lines.append(f"  P  loss of gross profit       = S × {f.percent(e.gross_profit_rate)} = "
                 f"{money(e.loss_of_gross_profit)}")
    lines.append("")
    lines.append("Subscription refund = monthly fee × outage hours / hours in the month:")
    for m in e.months:
        lines.append(f"  {m.year}-{m.month:02d}  {money(e.monthly_fee)} × {num(m.outage_seconds / 3600)} h / "
                     f"{num(m.month_seconds / 3600)} h = {money(m.amount_rounded)}")
    lines.append(f"  F  subscription refund        = {money(e.subscription_refund)}")
    for label, items, total, letter in (("increased cost of working", e.extra_costs, e.increased_cost_of_working, "C"),
                                        ("savings", e.savings_items, e.savings, "V"),
                                        ("credits received", e.credit_items, e.credits_received, "K")):
        lines.append(f"  {letter}  {label:<27}= {money(total)}")
        for item in items:
            lines.append(f"       {item.label}: {money(item.amount)}")
    lines.append("")
    if e.sla is not None:
        lines += sla_lines(case, e, f)
        lines.append("")
    lines.append(f"  T  total claimed              = {_total_formula(e)} = {money(e.total_claimed)}")
    if e.reserved_damages is not None:
        lines.append(f"     reserved damages (not claimed: the credit is the contract's only compensation) "
                     f"= P + C − V = {money(e.reserved_damages)}")
    if e.credits_cover_everything:
        lines.append("     (savings and credits already cover the loss: nothing more to claim)")
    lines.append(f"  outage hours {num(e.outage_hours)} h; business hours affected {num(e.business_hours_affected)} h")
    lines.append(f"  answer due by {f.date(response_deadline(case), 'long')}")
    if e.sla_claim_deadline is not None:
        lines.append(f"  the contract's claim window for the credit ends on {f.date(e.sla_claim_deadline, 'long')}")
    return "\n".join(lines) + "\n"


def _total_formula(e: LossEstimate) -> str:
    if e.sla is None:
        return "F + P + C − V − K"
    return "max(F, Q) − K" if e.exclusive else "max(F, Q) + P + C − V − K"


def hours_minutes(seconds: int) -> str:
    """``7 h 10 min``, ``4 h``, ``0 h 50 min``."""
    hours, minutes = divmod(seconds // 60, 60)
    return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"


def sla_lines(case: Case, e: LossEstimate, f) -> list[str]:
    """Each step of §Q: per outage the clock and its overrun, per service and month the
    availability, the percents, the cap and the fee; then which of F and Q is claimed."""
    terms = case.contract.sla
    cur = case.company.currency

    def pct(x: Decimal) -> str:
        return f.percent(x / 100, 4)

    lines = [f"Contract service levels ({terms.clause}):"]
    if terms.restoration is not None:
        r = terms.restoration
        clock = ("business clock, " + "; ".join(
            f"{day} {', '.join(f'{s.start_text}–{s.end_text}' for s in spans)}"
            for day, spans in r.coverage.items() if spans)) if r.clock == "business" else "calendar clock"
        start = "the ticket" if r.starts == "ticket" else "the outage start"
        lines.append(f"  Restoration within {f.number(r.target_hours)} h ({clock}; the clock starts at {start}):")
        for c in e.sla.restoration:
            tier = restoration_tier(c.overrun_seconds, r.credits)
            result = (f"tier over {f.number(tier.over_hours)} h: {pct(c.percent)}" if tier is not None
                      else f"no tier exceeded: {pct(Decimal(0))}")
            overrun = (hours_minutes(c.overrun_seconds) if c.overrun_seconds > 0
                       else f"none ({hours_minutes(-c.overrun_seconds)} within the target)")
            lines.append(f"    {c.service:<9} {f.datetime(c.clock_start, 'short')} → {f.datetime(c.end, 'short')}  "
                         f"counted {hours_minutes(c.counted_seconds)}, overrun {overrun}"
                         f" → {result}  (booked in {c.month[0]}-{c.month[1]:02d})")
    if terms.availability is not None:
        a = terms.availability
        lines.append(f"  Availability of at least {pct(a.target_percent)} per service and calendar month (24×7):")
        for c in e.sla.availability:
            tier = availability_tier(c.availability, a.credits)
            result = (f"under {pct(tier.below_percent)}: {pct(c.percent)}" if tier is not None
                      else f"no tier reached: {pct(Decimal(0))}")
            lines.append(f"    {c.service:<9} {c.month[0]}-{c.month[1]:02d}  down {hours_minutes(c.down_seconds)} of "
                         f"{f.number(Decimal(c.month_seconds) / 3600)} h → availability "
                         f"{pct(c.availability)} → {result}")
    lines.append(f"  Per service and month: percents added, capped at {pct(terms.cap_percent)}, × the fee:")
    for row in e.sla.by_service_month:
        capped = (f" (capped from {pct(row.uncapped_percent)})" if row.uncapped_percent != row.percent else "")
        lines.append(f"    {row.service:<9} {row.month[0]}-{row.month[1]:02d}  {pct(row.percent)}{capped} × "
                     f"{f.money(row.fee, cur)} = {f.money(row.amount, cur)}")
    if not e.sla.by_service_month:
        lines.append("    (no credit is due under these terms)")
    lines.append(f"  Q  contractual credit         = {f.money(e.sla.total, cur)}")
    claimed = ("the contract's credit Q is claimed instead of the refund F" if e.claims_credit
               else "the refund F is claimed: it is larger than the contract's credit Q")
    lines.append(f"     price reduction = max(F, Q) = {f.money(e.price_reduction, cur)}  ({claimed}; never both)")
    return lines
