"""Estimating a claim: the one path from a case to its figures, for the GUI, the CLI and letters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..domain.loss import LossEstimate, estimate_case
from ..domain.model import WEEKDAYS, Case
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
    """An itemised breakdown, each line with its formula, in the letter's language (the labels of
    the letter's annexes, from the same catalogs) and formatted for the company's country."""
    from ..i18n.formats import Formats
    from ..i18n.letter_texts import texts

    e = estimate or estimate_case(case)
    c = case.company
    t = texts(case.claim.language, c.country)
    f = Formats(case.claim.language, c.country, c.timezone)
    cur = c.currency

    def money(x):
        return f.money(x, cur)

    def num(x, d=2):
        return f.number(x, d)

    def hours(seconds):
        return t["text.hours_value"].format(n=num(Decimal(seconds) / 3600))

    def heading(label):  # "label:" with the language's own spacing before the colon
        return t["text.label_value"].format(label=label, value="").rstrip()

    def item(letter, label, *steps):
        return f"  {letter}  " + " = ".join((label, *steps))

    lines = [f"{c.name} — {case.contract.provider}",
             t["text.method"].format(locale=f.name, timezone=c.timezone), "", t["text.outages"]]
    outages = sorted(case.outages, key=lambda o: o.start)
    names = {o.service: t[f"service.{o.service}"] for o in outages}
    width = max(map(len, names.values()), default=0)
    for o in outages:
        ref = f"  [{o.provider_reference}]" if o.provider_reference else ""
        lines.append(f"  {names[o.service]:<{width}}  {f.datetime(o.start, 'short')} → {f.datetime(o.end, 'short')}"
                     f"  ({hours(o.duration_seconds)}){ref}")
    lines.append("")
    factor = 1 + e.trend
    lines.append(heading(t["by_day"]))
    lines.append("  " + t["text.label_value"].format(label=t["input.trend"],
                                                     value=f"{f.percent(e.trend)} (× {num(factor)})"))
    for d in e.days:
        lines.append(
            f"  {f.date(d.day, 'medium')} ({f.weekday(d.day)})  {money(d.standard_turnover)} × {num(factor)}"
            f" × {f.percent(d.average_share)} × {hours(d.affected_seconds)} ÷ {hours(d.open_seconds)}"
            f" = {money(d.amount_rounded)}"
        )
    lines.append(item("G", t["calc.G"], money(e.lost_turnover_gross)))
    lines.append(item("O", t["calc.O"], f"G ÷ {money(e.average_order_value)}", num(e.lost_orders, 1)))
    lines.append(item("R", t["calc.R"].format(rate=f.percent(e.recovery_rate)), money(e.recovered_turnover)))
    lines.append(item("S", t["calc.S"], money(e.shortage_in_turnover)))
    lines.append(item("P", t["calc.P"].format(rate=f.percent(e.gross_profit_rate)), money(e.loss_of_gross_profit)))
    lines.append("")
    lines.append(heading(t["by_month"]))
    for m in e.months:
        lines.append(f"  {f.date(date(m.year, m.month, 1), 'MMMM y')}  {money(e.monthly_fee)} × {hours(m.outage_seconds)} ÷ {hours(m.month_seconds)}"
                     f" = {money(m.amount_rounded)}")
    lines.append(item("F", t["calc.F"], money(e.subscription_refund)))
    for letter, items, total in (("C", e.extra_costs, e.increased_cost_of_working),
                                 ("V", e.savings_items, e.savings), ("K", e.credit_items, e.credits_received)):
        lines.append(item(letter, t[f"calc.{letter}"], money(total)))
        for entry in items:
            lines.append("       " + t["text.label_value"].format(label=entry.label, value=money(entry.amount)))
    lines.append("")
    if e.sla is not None:
        lines += sla_lines(case, e, f, t, item)
        lines.append("")
    total_key = "calc.T" if e.sla is None else "calc.T.exclusive" if e.exclusive else "calc.T.sla"
    lines.append(item("T", t[total_key], money(e.total_claimed)))
    if e.reserved_damages is not None:
        lines.append(item(" ", t["calc.reserved"], money(e.reserved_damages)))
    if e.credits_cover_everything:
        lines.append("     " + (t["calc.T_floor"].format(amount=money(-e.total_before_floor))
                                if e.total_before_floor < 0 else t["credits_cover"]))
    lines.append("  " + t["text.totals"].format(outage=t["text.hours_value"].format(n=num(e.outage_hours)),
                                                business=t["text.hours_value"].format(n=num(e.business_hours_affected))))
    lines.append("  " + t["text.answer_due"].format(date=f.date(response_deadline(case), "long")))
    if e.sla_claim_deadline is not None:  # the contract's claim window: for the user, never the letter
        lines.append("  " + t["cover.sla_window"].format(date=f.date(e.sla_claim_deadline, "long")))
    return "\n".join(lines) + "\n"


def sla_lines(case: Case, e: LossEstimate, f, t, item) -> list[str]:
    """Each step of §Q in the letter's language (the labels of annex 2): per outage the clock
    start, the time counted, the overrun and the tier; per service and month the availability,
    the percents, the cap and the fee; then Q and the price reduction claimed (max of F and Q)."""
    terms = case.contract.sla
    cur = case.company.currency

    def pct(x: Decimal) -> str:
        return f.percent(x / 100, 4)

    def duration(seconds: int) -> str:
        minutes = round(seconds / 60)
        return t["hours_minutes"].format(h=f.number(Decimal(minutes // 60), 0), m=minutes % 60)

    def label(key: str, value: str) -> str:
        return t["text.label_value"].format(label=t[key], value=value)

    lines = [t["text.label_value"].format(label=t["annex.sla"].format(clause=terms.clause), value="").rstrip()]
    if terms.restoration is not None:
        r = terms.restoration
        days = f.locale.days["format"]["abbreviated"]
        covered = [f"{days[WEEKDAYS.index(day)]} {', '.join(f'{s.start_text}–{s.end_text}' for s in spans)}"
                   for day, spans in r.coverage.items() if spans]
        clock = (t["sla.clock.business"].format(hours=(" ; " if f.language == "fr" else "; ").join(covered))
                 if r.clock == "business" else t["sla.clock.calendar"])
        lines.append("  " + t["sla.restoration_head"].format(target=f.number(r.target_hours), clock=clock,
                                                             start=t[f"sla.starts.{r.starts}"]))
        for c in e.sla.restoration:
            tier = restoration_tier(c.overrun_seconds, r.credits)
            result = (t["sla.tier.over"].format(hours=f.number(tier.over_hours), percent=pct(c.percent))
                      if tier is not None else "–")
            lines.append(f"    {t['service.' + c.service]}  {f.datetime(c.clock_start, 'short')} → "
                         f"{f.datetime(c.end, 'short')}  {label('col.counted', duration(c.counted_seconds))}, "
                         f"{label('col.overrun', duration(c.overrun_seconds) if c.overrun_seconds > 0 else '–')}"
                         f" → {label('col.tier', result)}")
    if terms.availability is not None:
        a = terms.availability
        lines.append("  " + t["sla.availability_head"].format(target=pct(a.target_percent)))
        for c in e.sla.availability:
            tier = availability_tier(c.availability, a.credits)
            result = (t["sla.tier.below"].format(limit=pct(tier.below_percent), percent=pct(c.percent))
                      if tier is not None else "–")
            month = f.date(date(*c.month, 1), "MMMM y")
            lines.append(f"    {t['service.' + c.service]}  {month}  {label('col.outage_time', duration(c.down_seconds))}"
                         f" / {duration(c.month_seconds)} → {label('col.availability', pct(c.availability))}"
                         f" → {label('col.tier', result)}")
    lines.append("  " + t["sla.by_month"].format(cap=pct(terms.cap_percent)))
    for row in e.sla.by_service_month:
        capped = f" (≤ {pct(terms.cap_percent)}: {pct(row.uncapped_percent)})" if row.uncapped_percent != row.percent \
            else ""
        month = f.date(date(*row.month, 1), "MMMM y")
        lines.append(f"    {t['service.' + row.service]}  {month}  {pct(row.percent)}{capped} × "
                     f"{f.money(row.fee, cur)} = {f.money(row.amount, cur)}")
    lines.append(item("Q", t["calc.Q"], f.money(e.sla.total, cur)))
    lines.append(item(" ", t["calc.PR"], f"max({f.money(e.subscription_refund, cur)}, {f.money(e.sla.total, cur)})",
                      f.money(e.price_reduction, cur)))
    return lines
