"""The KPI charts' shared parts, and targets against actuals, comparison, funnel
(the trend lines are in ui.kpi.trend).

Each ``*_chart(...)`` returns a builder ``build(figure, palette) -> Drawn`` that draws the
service's figures as they are (no aggregation here) and says what hover shows and
which table is behind the chart. The screen and the printed report use the same
builders. Every line carries ``gid`` "metric|group" so tests can read it back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication

from app.kpi.analytics_types import BreakdownRow, ObjectiveProgress, Series
from ui.formats import chinese, period_text
from ui.kpi.canvas import Drawn, Hover, start_figure
from ui.kpi.labels import axis_text, language, name_of, value_text
from ui.kpi.theme import Palette
from ui.strategy.labels import metric_label

Build = Callable[[Figure, Palette], Drawn]
# The funnel's stages, widest first; engagements are likes + comments + shares.
FUNNEL = ("impressions", "reach", "views", "engagements", "clicks", "conversions")
PROGRESS_SHOWN_MAX = 1.5  # bars stop at 150 % so one over-achiever does not hide the rest


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def empty_chart(figure: Figure, palette: Palette, text: str) -> Drawn:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, text, ha="center", va="center", color=palette.muted, wrap=True)
    return Drawn(empty=True)


def date_axis(axes: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    if chinese():
        formatter = mdates.ConciseDateFormatter(  # type: ignore[no-untyped-call]
            locator,
            formats=["%Y年", "%m月", "%d日", "%H:%M", "%H:%M", "%S"],
            zero_formats=["", "%Y年", "%m月", "%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y年", "%Y年%m月", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"],
        )
    else:
        formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(formatter)


def value_axis(axes: Axes, unit: str, palette: Palette, *, x: bool = False, bins: int = 5) -> None:
    axis = axes.xaxis if x else axes.yaxis
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: axis_text(v, unit)))
    axis.set_major_locator(MaxNLocator(nbins=bins))
    axes.grid(True, axis="x" if x else "y", color=palette.grid, linewidth=0.8)
    axes.set_axisbelow(True)


def _label_inches(labels: Sequence[str]) -> float:
    """Room for the longest tick label at 9 pt: Chinese characters are about twice as
    wide as Latin letters."""
    widest = max((sum(0.13 if ord(c) > 0x2E80 else 0.072 for c in t) for t in labels), default=0)
    return widest + 0.25


def day_numbers(days: Sequence[date]) -> np.ndarray:
    return np.asarray(mdates.date2num(list(days)), dtype=float)  # type: ignore[no-untyped-call]


def series_values(series: Series) -> np.ndarray:
    """The values as floats, NaN where there is no data (the line has a gap there)."""
    return np.array([np.nan if v is None else v for v in series.values], dtype=float)


# Targets ------------------------------------------------------------------------------
def target_chart(
    progress: Sequence[ObjectiveProgress], names: Mapping[str, str], scopes: Mapping[str, str]
) -> Build:
    """A bar per objective: the share of its target reached, a tick where steady progress
    would be by now; hover shows actual, target and the pace needed."""

    def build(figure: Figure, palette: Palette) -> Drawn:
        start_figure(figure, None)
        shown = [p for p in progress if p.progress is not None]
        if not shown:
            return empty_chart(
                figure,
                palette,
                translate("KpiCharts", "No objectives with figures in this period."),
            )
        axes = figure.add_subplot()
        labels = [_objective_label(p, names, scopes) for p in shown]
        reached = np.array([min(p.progress or 0.0, PROGRESS_SHOWN_MAX) for p in shown]) * 100
        colours = [
            palette.good
            if p.status in ("met", "on_track")
            else palette.bad
            if p.status in ("behind", "missed")
            else palette.muted
            for p in shown
        ]
        y = np.arange(len(shown))[::-1]
        bars = axes.barh(y, reached, color=colours, height=0.55)
        bars.patches[0].set_gid("progress")
        axes.axvline(100, color=palette.target, linewidth=1.0, linestyle="--")
        for yy, shown_at, p in zip(y, reached, shown, strict=True):
            share = value_text(round((p.progress or 0.0) * 100), "percent")
            axes.text(shown_at + 1.5, yy, share, va="center", fontsize=8, color=palette.foreground)
        expected = [
            (yy, p.expected / p.target * 100)
            for yy, p in zip(y, shown, strict=True)
            if p.expected is not None and p.target
        ]
        if expected:
            ey, ex = zip(*expected, strict=True)
            axes.scatter(ex, ey, marker="|", s=260, color=palette.target, zorder=4)
        axes.set_yticks(y, labels)
        axes.set_xlim(0, max(110.0, float(reached.max()) + 22))
        value_axis(axes, "percent", palette, x=True)
        axes.set_title(
            translate("KpiCharts", "Objectives: share of target reached"), loc="left", fontsize=9.5
        )
        drawn = Drawn(
            margins=(_label_inches(labels), 0.3, 0.45, 0.35),
            header=[
                translate("KpiCharts", "Objective"),
                translate("KpiCharts", "Actual"),
                translate("KpiCharts", "Target"),
                translate("KpiCharts", "Reached"),
                translate("KpiCharts", "Needed a day"),
            ],
        )
        for label, p in zip(labels, shown, strict=True):
            drawn.rows.append(
                (
                    label,
                    p.actual,
                    p.target,
                    None if p.progress is None else p.progress * 100,
                    p.needed_per_day,
                )
            )
        points = np.column_stack([reached, y])

        def tip(i: int) -> str:
            p = shown[i]
            text = translate("KpiCharts", "%1\nActual %2 of %3 (%4)").replace("%1", labels[i])
            text = text.replace("%2", value_text(p.actual, p.unit))
            text = text.replace("%3", value_text(p.target, p.unit))
            text = text.replace("%4", value_text((p.progress or 0) * 100, "percent"))
            if p.needed_per_day is not None:
                text += "\n" + translate("KpiCharts", "Needs %1 a day for %2 more days").replace(
                    "%1", value_text(p.needed_per_day, p.unit)
                ).replace("%2", str(p.days_left))
            return text

        drawn.hovers.append(Hover(axes, points, tip))
        return drawn

    return build


def _objective_label(
    p: ObjectiveProgress, names: Mapping[str, str], scopes: Mapping[str, str]
) -> str:
    """ "Views · Douyin · Q4 2026": plans of a year, quarter and month overlap."""
    scope = scopes.get(p.scope_uuid or "", "")
    parts = [metric_label(p.metric) if p.metric not in names else names[p.metric]]
    return " · ".join([*parts, *([scope] if scope else []), period_text(p.start, p.end)])


# Comparison ---------------------------------------------------------------------------
def comparison_chart(
    rows: Sequence[BreakdownRow],
    metrics: Sequence[str],
    names: Mapping[str, str],
    units: Mapping[str, str],
) -> Build:
    """Platforms or accounts side by side: a bar chart per metric over the period."""

    def build(figure: Figure, palette: Palette) -> Drawn:
        start_figure(figure, None)
        if not rows or not metrics:
            return empty_chart(
                figure, palette, translate("KpiCharts", "No figures for these filters.")
            )
        lang = language()
        shown = list(metrics)[:4]
        groups = [r.name(lang) for r in rows]
        drawn = Drawn(
            header=[translate("KpiCharts", "Group"), *[name_of(names, m) for m in shown]],
            margins=(_label_inches(groups), 0.3, 0.45, 0.35),
        )
        drawn.rows = [(r.name(lang), *[r.values.get(m) for m in shown]) for r in rows]
        y = np.arange(len(rows))[::-1]
        first: Axes | None = None
        for index, metric in enumerate(shown):
            axes = figure.add_subplot(1, len(shown), index + 1, sharey=first)
            first = first or axes
            values = np.array([r.values.get(metric) or 0.0 for r in rows], dtype=float)
            colours = [palette.series[i % len(palette.series)] for i in range(len(rows))]
            bars = axes.barh(y, values, color=colours, height=0.6)
            bars.patches[0].set_gid(f"compare|{metric}")
            unit = units.get(metric, "count")
            axes.set_title(name_of(names, metric), loc="left", fontsize=9.5)
            # Side by side, each chart is narrow: fewer ticks keep "200万" from touching.
            value_axis(axes, unit, palette, x=True, bins=5 if len(shown) < 3 else 3)
            if index == 0:
                axes.set_yticks(y, groups)
            else:
                axes.tick_params(labelleft=False)
            points = np.column_stack([values, y])
            drawn.hovers.append(Hover(axes, points, _bar_tip(groups, rows, metric, unit, names)))
        return drawn

    return build


def _bar_tip(
    groups: Sequence[str],
    rows: Sequence[BreakdownRow],
    metric: str,
    unit: str,
    names: Mapping[str, str],
) -> Callable[[int], str]:
    def tip(i: int) -> str:
        return (
            f"{groups[i]}\n{name_of(names, metric)}: {value_text(rows[i].values.get(metric), unit)}"
        )

    return tip


# Funnel -------------------------------------------------------------------------------
def funnel_chart(totals: Mapping[str, float | None], names: Mapping[str, str]) -> Build:
    """Impressions down to conversions, centred bars, each stage's share of the one
    before it; stages without figures are left out."""

    def build(figure: Figure, palette: Palette) -> Drawn:
        start_figure(figure, None)
        stages = [(code, float(v)) for code in FUNNEL if (v := totals.get(code))]
        if len(stages) < 2:
            return empty_chart(
                figure, palette, translate("KpiCharts", "Not enough figures for a funnel.")
            )
        axes = figure.add_subplot()
        widest = max(v for _, v in stages)
        # Six slots from the top, so that two stages are not two slabs.
        slots = max(len(stages), len(FUNNEL))
        y = slots - 1 - np.arange(len(stages))
        # Log widths: conversions are a thousandth of impressions and would vanish.
        values = np.array([v for _, v in stages])
        widths = widest * np.maximum(0.08, np.log10(values + 1) / np.log10(widest + 1))
        bars = axes.barh(y, widths, left=(widest - widths) / 2, color=palette.series[0], height=0.7)
        bars.patches[0].set_gid("funnel")
        drawn = Drawn(
            header=[
                translate("KpiCharts", "Stage"),
                translate("KpiCharts", "Value"),
                translate("KpiCharts", "Share of the stage before"),
            ],
            margins=(0.2, 0.2, 0.2, 0.35),
        )
        for i, ((code, value), yy) in enumerate(zip(stages, y, strict=True)):
            share = value / stages[i - 1][1] * 100 if i else None
            text = f"{name_of(names, code)}  {value_text(value, 'count')}"
            if share is not None:
                text += f"  ({value_text(share, 'percent')})"
            axes.text(
                widest / 2,
                float(yy),
                text,
                ha="center",
                va="center",
                color=palette.foreground,
                fontsize=8.5,
                bbox={"fc": palette.background, "ec": "none", "alpha": 0.8, "pad": 1.5},
            )
            drawn.rows.append((name_of(names, code), value, share))
        axes.set_axis_off()
        axes.set_xlim(0, widest)
        axes.set_ylim(-0.5, slots - 0.5)
        axes.set_title(
            translate("KpiCharts", "Engagement and conversion funnel"), loc="left", fontsize=9.5
        )
        points = np.column_stack([np.full(len(stages), widest / 2), y])
        drawn.hovers.append(
            Hover(
                axes, points, lambda i: f"{drawn.rows[i][0]}: {value_text(stages[i][1], 'count')}"
            )
        )
        return drawn

    return build
