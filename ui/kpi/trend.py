"""The trend chart: a line per metric and group, unusual days circled.

Drawn on the KPI tab after every filter change, so a redraw with the same lines only
replaces their data (no new axes, ticks or legend: about a third of the time).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from app.kpi.analytics_types import Anomaly, Series
from ui.kpi.canvas import Drawn, Hover, start_figure
from ui.kpi.charts import (
    Build,
    date_axis,
    day_numbers,
    empty_chart,
    series_values,
    translate,
    value_axis,
)
from ui.kpi.labels import language, name_of, value_text
from ui.kpi.theme import Palette

MAGNITUDE_GAP = 8.0  # lines this many times smaller than the rest get their own axis


def trend_chart(
    series: Sequence[Series], anomalies: Sequence[Anomaly], names: Mapping[str, str]
) -> Build:
    """A line per series (metric and group) on one axes, a second value axis on the right
    for a second unit (percent beside counts); unusual days circled. Hover shows the
    date and exact value, or why a day is unusual. A redraw with the same lines only
    replaces their data (a third of the time of a new chart)."""

    def build(figure: Figure, palette: Palette) -> Drawn:
        if not series or all(not s.days for s in series):
            start_figure(figure, None)
            return empty_chart(
                figure, palette, translate("KpiCharts", "No figures for these filters.")
            )
        lang = language()
        units = list(dict.fromkeys(s.unit for s in series))[:2]
        shown = [s for s in series if s.unit in units]
        sides = _sides(shown, units)
        key = ("trend", lang, palette, tuple(f"{s.metric}|{s.group}" for s in shown), sides)
        reuse = start_figure(figure, key)
        two = any(sides)
        if reuse:
            left = figure.axes[0]
            right = figure.axes[1] if two else None
        else:
            left = figure.add_subplot()
            right = left.twinx() if two else None
        drawn = Drawn(
            header=[
                translate("KpiCharts", "Metric"),
                translate("KpiCharts", "Group"),
                translate("KpiCharts", "Date"),
                translate("KpiCharts", "Value"),
            ]
        )
        legend_rows = -(-len(shown) // 4) if len(shown) > 1 else 0
        drawn.margins = (0.75, 0.75 if two else 0.25, 0.45, 0.2 + 0.2 * legend_rows)
        lines = [line for axes in figure.axes for line in axes.get_lines()]
        for old in [c for axes in figure.axes for c in axes.collections]:
            old.remove()  # last draw's unusual-day marks
        for index, (s, on_right) in enumerate(zip(shown, sides, strict=True)):
            axes = right if on_right and right is not None else left
            x, y = day_numbers(s.days), series_values(s)
            label = _series_label(s, names, lang, len(shown))
            if reuse:
                line = next(line for line in lines if line.get_gid() == f"{s.metric}|{s.group}")
                line.set_data(x, y)
            else:
                colour = palette.series[index % len(palette.series)]
                style = "--" if on_right else "-"
                (line,) = axes.plot(x, y, color=colour, linewidth=1.4, label=label, ls=style)
                line.set_gid(f"{s.metric}|{s.group}")
            drawn.hovers.append(_series_hover(axes, s, x, y, names))
            drawn.rows.extend(
                (name_of(names, s.metric), s.group_name(lang), d, v)
                for d, v in zip(s.days, s.values, strict=True)
            )
            marks = [a for a in anomalies if a.metric == s.metric and a.group == s.group]
            if marks:
                drawn.hovers.append(_anomaly_marks(axes, marks, palette, lang))
        for shown_axes in (left, right):
            if shown_axes is not None:
                shown_axes.relim()
                shown_axes.autoscale_view()
                if shown_axes.dataLim.y0 >= 0:  # counts start at zero: no exaggerated dips
                    shown_axes.set_ylim(bottom=0)
        if not reuse:
            date_axis(left)
            value_axis(left, units[0], palette)
            if right is not None:
                right_unit = next(x.unit for x, r in zip(shown, sides, strict=True) if r)
                value_axis(right, right_unit, palette)
                right.grid(False)
            handles = [h for axes in figure.axes for h in axes.get_lines()]
            if len(handles) > 1:
                # Above the plot, in the top margin: inside it would hide the lines.
                left.legend(
                    handles=handles,
                    loc="lower left",
                    bbox_to_anchor=(0, 1.0),
                    fontsize=8,
                    ncols=min(len(handles), 4),
                    frameon=False,
                    borderaxespad=0.2,
                )
        return drawn

    return build


def _sides(shown: Sequence[Series], units: Sequence[str]) -> tuple[bool, ...]:
    """Which lines go on the right-hand axis: a second unit's, or, with one unit, the
    small ones when they are an order of magnitude below the rest (comments beside
    views would otherwise lie flat on the axis)."""
    if len(units) > 1:
        return tuple(s.unit != units[0] for s in shown)
    peaks = [max((abs(v) for v in s.values if v is not None), default=0.0) for s in shown]
    ordered = sorted(p for p in peaks if p > 0)
    if len(ordered) < 2:
        return tuple(False for _ in shown)
    gap, cut = max((b / a, b) for a, b in itertools.pairwise(ordered))
    if gap < MAGNITUDE_GAP:
        return tuple(False for _ in shown)
    return tuple(0 < p < cut for p in peaks)


def _series_label(s: Series, names: Mapping[str, str], lang: str, count: int) -> str:
    metric = name_of(names, s.metric)
    if not s.group:
        return metric
    return f"{metric} · {s.group_name(lang)}" if count > 1 else s.group_name(lang)


def _series_hover(
    axes: Axes, s: Series, x: np.ndarray, y: np.ndarray, names: Mapping[str, str]
) -> Hover:
    known = ~np.isnan(y)
    days = [d for d, k in zip(s.days, known, strict=True) if k]
    points = np.column_stack([x[known], y[known]])
    group = s.group_name(language())

    def label(i: int) -> str:
        head = f"{days[i].isoformat()}  {group}" if s.group else days[i].isoformat()
        return f"{head}\n{name_of(names, s.metric)}: {value_text(float(points[i, 1]), s.unit)}"

    return Hover(axes, points, label)


def _anomaly_marks(axes: Axes, marks: Sequence[Anomaly], palette: Palette, lang: str) -> Hover:
    x = day_numbers([a.day for a in marks])
    y = np.array([a.value for a in marks], dtype=float)
    scatter = axes.scatter(
        x, y, s=46, facecolors="none", edgecolors=palette.anomaly, linewidths=1.6, zorder=5
    )
    scatter.set_gid("anomalies")
    points = np.column_stack([x, y])
    return Hover(axes, points, lambda i: marks[i].explanation(lang))
