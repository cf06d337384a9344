"""A series' timeline as SVG geometry, computed on the server: no chart library, no script.

One mark per member at its as-of date: a dot at the figure and a bar from its
low to its high (an open side runs to the edge of the plot and ends in an
arrow), coloured by source. Behind the marks, the estimate's band from low to
high per date, and its best value as a line. Flags ring the members they
concern and are named above the plot. Members sharing a date are spread a
few pixels apart so each stays visible.

Only numbers and record text come out of here; the template writes the SVG,
escaping every label.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..records.series import SeriesRecord

WIDTH, HEIGHT = 760, 340
LEFT, RIGHT, TOP, BOTTOM = 72, 16, 40, 46
PALETTE = 8
"""Source colours (CSS classes src-0 .. src-7); more sources reuse them."""
_SPREAD = 7
"""Pixels between members of one date."""


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """About ``n`` round values covering [lo, hi] (1, 2 or 5 times a power of ten apart)."""
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / max(1, n)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]


def label(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:g}"


MAX_FLAG_NOTES = 60
"""Flags annotated on a chart: beyond a few dozen their labels only cover each other."""
MAX_FLAGS_LISTED = 200
"""Flags a series page lists; a series of thousands of reports can have thousands (the JSON API has them all)."""


def flag_kinds(record: SeriesRecord) -> dict[int, list[str]]:
    """The kinds of flag each member has, each kind once, in the order the flags come."""
    out: dict[int, list[str]] = {}
    for f in record.flags:
        for i in f.members:
            kinds = out.setdefault(i, [])
            if f.kind not in kinds:
                kinds.append(f.kind)
    return out


def anchor(part: str, start: int) -> str:
    """The id of the mark at ``start`` in an article page's ``part`` (see highlight.pieces)."""
    return ("span" if part == "text" else part.replace("_", "-") + "-span") + f"-{start}"


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    plot: tuple[int, int, int, int] = (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM)
    members: list[dict[str, Any]] = field(default_factory=list)
    band: str = ""
    best: str = ""
    estimates: list[dict[str, Any]] = field(default_factory=list)
    yticks: list[dict[str, Any]] = field(default_factory=list)
    xticks: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    undated: int = 0


def timeline(record: SeriesRecord) -> Chart | None:
    """The chart of a series, or None when no member has both a date and a figure."""
    dated = [(i, m, _day(m.as_of)) for i, m in enumerate(record.members)]
    dated = [(i, m, d) for i, m, d in dated if d is not None and m.value is not None]
    if not dated:
        return None
    chart = Chart(undated=len(record.members) - len(dated))
    x0, y0, x1, y1 = chart.plot
    estimates = [(e, _day(e.date)) for e in record.estimate]
    estimates = [(e, d) for e, d in estimates if d is not None]
    days = [d for *_, d in dated] + [d for _, d in estimates]
    values = [v for _, m, _ in dated for v in (m.value, m.low, m.high) if v is not None]
    values += [v for e, _ in estimates for v in (e.low, e.high)]
    dmin, dmax = min(days), max(days)
    if dmin == dmax:
        dmin, dmax = dmin - 1, dmax + 1
    vmin, vmax = min(values), max(values)
    # A zero baseline where the figures are far from it would hide the differences that matter.
    lo = 0.0 if vmin >= 0 and vmin <= vmax / 2 else vmin - (vmax - vmin) * 0.08
    hi = vmax + (vmax - vmin) * 0.08 if vmax > vmin else vmax * 1.1 + 1
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    pad = 18  # keeps the first and last marks off the axes

    def x(d: int) -> float:
        return round(x0 + pad + (d - dmin) / (dmax - dmin) * (x1 - x0 - 2 * pad), 1)

    def y(v: float) -> float:
        return round(y1 - (v - lo) / (hi - lo) * (y1 - y0), 1)

    names = sorted({m.source or f"{m.outlet or 'the outlet'} (outlet)" for _, m, _ in dated})
    colour = {name: i % PALETTE for i, name in enumerate(names)}
    chart.sources = [{"name": n, "colour": colour[n]} for n in names]
    flagged = flag_kinds(record)
    seen: dict[int, int] = {}
    on_day = Counter(d for *_, d in dated)  # counted once: per member it made the chart quadratic
    for i, m, d in dated:
        k = seen.get(d, 0)
        seen[d] = k + 1
        same = on_day[d]
        cx = round(x(d) + (k - (same - 1) / 2) * _SPREAD, 1)
        name = m.source or f"{m.outlet or 'the outlet'} (outlet)"
        chart.members.append({
            "index": i, "x": cx, "y": y(m.value), "colour": colour[name], "source": name,
            "top": y(m.high) if m.high is not None else y0, "open_top": m.high is None,
            "bottom": y(m.low) if m.low is not None else y1, "open_bottom": m.low is None,
            "text": m.text or label(m.value), "as_of": m.as_of, "article_id": m.article_id,
            "anchor": anchor(m.part, m.span[0]) if m.span else None,
            "flags": flagged.get(i, []), "bound": m.bound,
        })
    if estimates:
        upper = [f"{x(d)},{y(e.high)}" for e, d in estimates]
        lower = [f"{x(d)},{y(e.low)}" for e, d in reversed(estimates)]
        if len(estimates) == 1:  # one date: a narrow band, still visible
            (e, d), = estimates
            upper = [f"{x(d) - 4},{y(e.high)}", f"{x(d) + 4},{y(e.high)}"]
            lower = [f"{x(d) + 4},{y(e.low)}", f"{x(d) - 4},{y(e.low)}"]
        chart.band = " ".join(upper + lower)
        chart.best = " ".join(f"{x(d)},{y(e.best)}" for e, d in estimates)
        chart.estimates = [{"x": x(d), "y": y(e.best), "date": e.date, "low": label(e.low), "best": label(e.best),
                            "high": label(e.high), "sources": e.sources} for e, d in estimates]
    chart.yticks = [{"y": y(v), "label": label(v)} for v in nice_ticks(lo, hi) if lo <= v <= hi]
    step = max(1, len(sorted(set(days))) // 6)
    shown = sorted(set(days))[::step]
    chart.xticks = [{"x": x(d), "label": dt.date.fromordinal(d).isoformat()} for d in shown]
    at = {m["index"]: m for m in chart.members}
    for row, f in enumerate(record.flags[:MAX_FLAG_NOTES]):
        xs = [at[i]["x"] for i in f.members if i in at]
        if xs:
            chart.flags.append({"kind": f.kind, "note": f.note, "x": round(sum(xs) / len(xs), 1),
                                "y": TOP - 26 + (row % 3) * 10, "members": list(f.members), "from": min(xs),
                                "to": max(xs)})
    return chart
