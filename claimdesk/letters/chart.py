"""The outage timeline chart of annex 1, drawn with reportlab.graphics.

One row per service; a bar for each (merged) outage, over light bands for the company's opening
hours, on a local-time axis whose ticks are chosen so at most about eight labels fit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD, REGULAR

BAR = colors.HexColor("#8c2f39")
BAND = colors.HexColor("#eef1f5")
AXIS = colors.HexColor("#555555")
GRID = colors.HexColor("#d5d9de")
_STEPS = [timedelta(hours=h) for h in (1, 2, 3, 6, 12)] + [timedelta(days=d) for d in (1, 2, 7, 14, 28, 91, 182, 364)]


def _tick_step(span: timedelta, max_ticks: int = 8) -> timedelta:
    for step in _STEPS:
        if span / step <= max_ticks:
            return step
    return _STEPS[-1]


def _first_tick(start_local: datetime, step: timedelta) -> datetime:
    day = start_local.replace(hour=0, minute=0, second=0, microsecond=0)
    if step >= timedelta(days=1):
        return day if day >= start_local else day + timedelta(days=1)
    t = day
    while t < start_local:
        t += step
    return t


def _legend(d: Drawing, x: float, y: float, items) -> None:
    """Swatches and their labels in a row from ``x``: what the bands and the bars mean."""
    for fill, label in items:
        d.add(Rect(x, y, 14, 7, fillColor=fill, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x + 18, y + 1, label, fontName=REGULAR, fontSize=6.5, fillColor=AXIS))
        x += 18 + stringWidth(label, REGULAR, 6.5) + 14


def timeline(rows, start, end, opening, width, fmt, tz, label_width=90, legend=None):
    """``rows``: [(label, [(start, end), ...])]; ``opening``: [(start, end)] UTC bands to shade;
    ``fmt(local_datetime, with_time)`` gives a tick label; ``legend``: the labels of the
    (opening hours, interruption) swatches. Returns a Drawing ``width`` wide, every label inside it."""
    # The row labels get the room they need (up to a third of the width), never less than asked.
    widest = max((stringWidth(label, BOLD, 7.5) for label, _ in rows), default=0.0)
    label_width = min(max(label_width, widest + 10), width / 3)
    legend_h = 14 if legend else 0
    row_h, top_pad, axis_h = 24, 6, 28 + legend_h
    height = top_pad + row_h * len(rows) + axis_h
    d = Drawing(width, height)
    x0, x1 = label_width, width - 8
    total = (end - start).total_seconds() or 1.0

    def x(t):
        return x0 + (x1 - x0) * max(0.0, min(1.0, (t - start).total_seconds() / total))

    plot_bottom = axis_h
    plot_top = height - top_pad
    for band_start, band_end in opening:
        if band_end > start and band_start < end:
            d.add(Rect(x(band_start), plot_bottom, x(band_end) - x(band_start), plot_top - plot_bottom,
                       fillColor=BAND, strokeColor=None))
    step = _tick_step(end - start)
    with_time = step < timedelta(days=1)
    t = _first_tick(start.astimezone(tz), step)
    while t <= end:
        xt = x(t)
        d.add(Line(xt, plot_bottom, xt, plot_top, strokeColor=GRID, strokeWidth=0.4))
        d.add(Line(xt, plot_bottom - 3, xt, plot_bottom, strokeColor=AXIS, strokeWidth=0.6))
        lines = fmt(t, with_time)
        for i, text in enumerate(lines):
            half = stringWidth(text, REGULAR, 6.5) / 2
            # A label at either end is kept inside the drawing (and so inside the margins).
            anchor, at = ("start", 0.0) if xt - half < 0 else ("end", width) if xt + half > width else ("middle", xt)
            d.add(String(at, plot_bottom - 11 - 8 * i, text, fontName=REGULAR, fontSize=6.5,
                         textAnchor=anchor, fillColor=AXIS))
        # Step in local days so ticks stay at midnight across a DST change.
        t = (t + step).astimezone(tz) if with_time else (t.replace(tzinfo=None) + step).replace(tzinfo=tz)
    d.add(Line(x0, plot_bottom, x1, plot_bottom, strokeColor=AXIS, strokeWidth=0.6))
    for i, (label, spans) in enumerate(rows):
        y = plot_top - (i + 1) * row_h + 5
        size = 7.5
        while size > 6 and stringWidth(label, BOLD, size) > x0 - 6:
            size -= 0.5  # a long service name gets smaller, then is cut, but stays inside
        while len(label) > 1 and stringWidth(label, BOLD, size) > x0 - 6:
            label = label[:-2] + "…"
        d.add(String(x0 - 6, y + 3, label, fontName=BOLD, fontSize=size, textAnchor="end", fillColor=AXIS))
        for s, e in spans:
            d.add(Rect(x(s), y, max(x(e) - x(s), 1.2), row_h - 10, fillColor=BAR, strokeColor=None))
    if legend:
        opening_label, outage_label = legend
        _legend(d, x0, 2, ([(BAND, opening_label)] if opening else []) + [(BAR, outage_label)])
    return d
