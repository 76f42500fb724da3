"""The KPI tab's content: filter bar, the four charts, the period comparison and top posts.

Loads matplotlib (through ui.kpi.canvas): the tab creates this when first shown. Every
read runs on the task runner's worker (``runner.query``: a newer filter drops an older
read), so a slow query never freezes the window; only the chart in view is read and
drawn, the others when their tab is chosen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.kpi.analytics_types import (
    Anomaly,
    BreakdownRow,
    GroupBy,
    KpiFilter,
    ObjectiveProgress,
    PeriodComparison,
    Series,
    TopPost,
)
from app.kpi.periods import DateRange
from ui.formats import platform_text
from ui.kpi.canvas import ChartView, Drawn
from ui.kpi.charts import FUNNEL, Build, comparison_chart, funnel_chart, target_chart
from ui.kpi.comparison_table import ComparisonModel
from ui.kpi.filters import Choice, FilterBar, load_filter
from ui.kpi.labels import language
from ui.kpi.theme import system_is_dark
from ui.kpi.top_posts import TopPostsView
from ui.kpi.trend import trend_chart
from ui.row_model import sort_proxy
from ui.widgets.panel import Panel

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.tasks import TaskRunner

CHART_KINDS = ("trend", "targets", "comparison", "funnel")
ENGAGEMENT_PARTS = ("likes", "comments", "shares")
TOP_POSTS = 10


@dataclass(frozen=True)
class Choices:
    """What the filter bar offers, and the names the charts need."""

    platforms: list[tuple[str, str, str]]  # code, English, Chinese
    accounts: list[tuple[str, str, str, str]]  # uuid, platform English, Chinese, handle
    campaigns: list[tuple[str, str]]
    metrics: list[tuple[str, str, str]]  # code, English, Chinese (stored, then derived)
    formulas: dict[str, tuple[str, str]]  # derived code → formula (English, Chinese)
    scopes: dict[str, str]  # platform or account uuid → name, for objectives


@dataclass(frozen=True)
class ChartData:
    """One read for one chart; ``sql_seconds`` is how long the service took."""

    kind: str
    filter: KpiFilter
    period: DateRange
    previous: DateRange
    series: list[Series] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    progress: list[ObjectiveProgress] = field(default_factory=list)
    breakdown: list[BreakdownRow] = field(default_factory=list)
    funnel: list[PeriodComparison] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)
    sql_seconds: float = 0.0


def load_choices(ws: Workspace) -> Choices:
    platforms = ws.accounts.list_platforms()
    accounts = ws.accounts.list_accounts()
    stored = ws.metrics.list_metrics()
    derived = ws.kpi.derived_metrics()
    scopes = {p.uuid: platform_text(p.name_en, p.name_zh) for p in platforms}
    scopes.update(
        {a.uuid: f"{platform_text(a.platform_en, a.platform_zh)} · {a.handle}" for a in accounts}
    )
    return Choices(
        platforms=[(p.code, p.name_en, p.name_zh) for p in platforms],
        accounts=[(a.uuid, a.platform_en, a.platform_zh, a.handle) for a in accounts],
        campaigns=ws.kpi.campaigns(),
        metrics=[(m.code, m.name_en, m.name_zh) for m in stored]
        + [(d.code, d.name_en, d.name_zh) for d in derived],
        formulas={d.code: (d.formula_en, d.formula_zh) for d in derived},
        scopes=scopes,
    )


def load_chart(
    ws: Workspace,
    f: KpiFilter,
    kind: str,
    today: date | None = None,
    progress_cache: dict[date, list[ObjectiveProgress]] | None = None,
) -> ChartData:
    """What the ``kind`` chart shows for ``f``; runs on the worker. ``progress_cache``
    keeps objective progress by day between calls."""
    started = time.perf_counter()
    period, previous = ws.kpi.period_of(f, today)
    data = ChartData(kind, f, period, previous)
    if kind == "trend":
        lines, marks = ws.kpi.series_with_anomalies(f, today)  # one read for both
        data = replace(data, series=lines, anomalies=marks)
    elif kind == "targets":
        # Progress depends on the day only, not on platforms or metrics: read once a day.
        as_of = min(period.end, today or date.today())
        cache = progress_cache if progress_cache is not None else {}
        if as_of not in cache:
            cache[as_of] = ws.kpi.objective_progress(as_of=as_of)
        shown = [p for p in cache[as_of] if p.start <= period.end and p.end >= period.start]
        data = replace(data, progress=shown)
    elif kind == "comparison":
        by: GroupBy = "account" if f.group_by == "account" else "platform"
        rows = ws.kpi.breakdown(f, by, today)
        units = {c.metric: c.unit for c in ws.kpi.comparisons(f, today)}
        data = replace(data, breakdown=rows, units=units)
    else:
        steps = replace(f, metrics=(*FUNNEL, *ENGAGEMENT_PARTS))
        data = replace(data, funnel=ws.kpi.comparisons(steps, today))
    return replace(data, sql_seconds=time.perf_counter() - started)


def funnel_totals(steps: list[PeriodComparison]) -> dict[str, float | None]:
    """The funnel's values; engagements from likes, comments and shares when no import
    brought them (most exports, and the demo, have no account-level engagements)."""
    totals = {c.metric: c.current for c in steps}
    if not totals.get("engagements"):
        parts = [totals.get(code) for code in ENGAGEMENT_PARTS]
        totals["engagements"] = sum(p for p in parts if p) or None
    return {code: totals.get(code) for code in FUNNEL}


class Dashboard(Panel):
    """Emits ``loaded(kind)`` once a chart is drawn (tests and benchmarks wait for it)."""

    loaded = Signal(str)
    tables_loaded = Signal()

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today
        self.workspace: Workspace | None = None
        self.choices: Choices | None = None
        self.filters = FilterBar(self)
        self.filters.campaign.setMaximumWidth(220)
        self.charts = QTabWidget(self)
        self.views = {kind: ChartView(self) for kind in CHART_KINDS}
        for kind in CHART_KINDS:
            self.charts.addTab(self.views[kind], "")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tables = QTabWidget(self)
        self.comparison = ComparisonModel(self)
        self.comparison_view = QTableView(self)
        self.comparison_view.setModel(sort_proxy(self.comparison, self))
        self.comparison_view.setSortingEnabled(True)
        self.comparison_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.comparison_view.verticalHeader().hide()
        self.posts = TopPostsView(self)
        self.tables.addTab(self.comparison_view, "")
        self.tables.addTab(self.posts, "")
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.charts, 1)
        top_layout.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        self.data: dict[str, ChartData] = {}
        self.names: dict[str, str] = {}
        self.drawn_look: dict[str, tuple[str, bool]] = {}  # each chart's language, colours
        self.progress: dict[date, list[ObjectiveProgress]] = {}  # by "as of" day
        self.draw_seconds: dict[str, float] = {}
        self.filters.show_filter(load_filter())
        self.filters.changed.connect(lambda _f: self.refresh())
        self.charts.currentChanged.connect(lambda _i: self.refresh_chart())
        self.charts.currentChanged.connect(lambda i: self.hint.setVisible(i == 0))
        self.retranslate()

    # Texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        for kind, name in zip(
            CHART_KINDS,
            (self.tr("Trend"), self.tr("Targets"), self.tr("Comparison"), self.tr("Funnel")),
            strict=True,
        ):
            self.charts.setTabText(CHART_KINDS.index(kind), name)
        self.tables.setTabText(0, self.tr("Against the previous period"))
        self.tables.setTabText(1, self.tr("Top posts"))
        self.hint.setText(
            self.tr("○ An unusual day: point at it for why. Point at a line for exact values.")
        )
        self.hint.setToolTip(
            self.tr(
                "Unusual days are found against each line's own recent past: the median "
                "of the days before is its usual level, the median distance from it its "
                "usual spread (robust: one viral day does not move either). A day far "
                "outside that spread is circled as a spike or a drop."
            )
        )
        self._apply_choices()
        if self.data:
            for kind in list(self.data):
                if kind == self.current_kind():
                    self._draw(self.data[kind])
            self.comparison.retranslate()
            self.posts.posts.retranslate()

    @property
    def filter(self) -> KpiFilter:
        return self.filters.filter

    def current_kind(self) -> str:
        return CHART_KINDS[max(self.charts.currentIndex(), 0)]

    def current_view(self) -> ChartView:
        return self.views[self.current_kind()]

    # Reading ------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.data.clear()
        self.progress = {}  # another database, or the same one changed
        if workspace is None:
            self.runner.drop("kpi-choices")
            return
        self.runner.query(
            "kpi-choices",
            lambda: load_choices(workspace),
            self._choices_loaded,
            label=self.tr("Reading KPI figures…"),
        )

    def _choices_loaded(self, choices: Choices) -> None:
        self.choices = choices
        self._apply_choices()
        self.refresh()

    def _apply_choices(self) -> None:
        if self.choices is None:
            return
        c = self.choices
        lang = language()

        def pick(en: str, zh: str) -> str:
            return zh if lang == "zh" and zh else en

        self.names = {code: pick(en, zh) for code, en, zh in c.metrics}
        self.comparison.names = self.names
        self.comparison.formulas = {k: pick(*v) for k, v in c.formulas.items()}
        self.filters.set_choices(
            [Choice(code, pick(en, zh)) for code, en, zh in c.platforms],
            [Choice(uuid, f"{pick(en, zh)} · {handle}") for uuid, en, zh, handle in c.accounts],
            [Choice(code, pick(en, zh)) for code, en, zh in c.metrics],
        )
        self.filters.set_campaigns([Choice(u, n) for u, n in c.campaigns])

    def refresh(self) -> None:
        """Read the chart in view and the tables again for the current filter."""
        self.data.clear()
        self.refresh_chart()
        self.refresh_tables()

    def refresh_chart(self) -> None:
        ws, kind, f = self.workspace, self.current_kind(), self.filter
        if ws is None or self.choices is None:
            return
        if kind in self.data and self.data[kind].filter == f:
            if self.drawn_look.get(kind) != self.look():  # language or colours changed
                self._draw(self.data[kind])
            return
        self.runner.query(
            "kpi-chart",
            lambda: load_chart(ws, f, kind, self.today, self.progress),
            self._chart_loaded,
            label=self.tr("Reading KPI figures…"),
        )

    def refresh_tables(self) -> None:
        ws, f, today = self.workspace, self.filter, self.today
        if ws is None or self.choices is None:
            return

        def load() -> tuple[list[PeriodComparison], list[TopPost]]:
            return ws.kpi.comparisons(f, today), ws.kpi.top_posts(
                f, "views", TOP_POSTS, False, today
            )

        self.runner.query("kpi-tables", load, self._tables_loaded)

    def _tables_loaded(self, result: tuple[list[PeriodComparison], list[TopPost]]) -> None:
        comparisons, posts = result
        self.comparison.set_rows(comparisons)
        self.comparison_view.resizeColumnsToContents()
        self.posts.set_posts(posts)
        self.tables_loaded.emit()

    def _chart_loaded(self, data: ChartData) -> None:
        self.data[data.kind] = data
        self.filters.show_filter(self.filter, (data.period.start, data.period.end))
        if data.kind == self.current_kind():
            self._draw(data)
        self.loaded.emit(data.kind)

    # Drawing ------------------------------------------------------------------------
    def builder(self, data: ChartData) -> Build:
        names = self.names
        if data.kind == "trend":
            return trend_chart(data.series, data.anomalies, names)
        if data.kind == "targets":
            scopes = self.choices.scopes if self.choices else {}
            return target_chart(data.progress, names, scopes)
        if data.kind == "comparison":
            return comparison_chart(data.breakdown, data.filter.metrics, names, data.units)
        return funnel_chart(funnel_totals(data.funnel), names)

    def look(self) -> tuple[str, bool]:
        return language(), system_is_dark()

    def _draw(self, data: ChartData) -> Drawn:
        started = time.perf_counter()
        drawn = self.views[data.kind].show_chart(self.builder(data))
        self.draw_seconds[data.kind] = time.perf_counter() - started
        self.drawn_look[data.kind] = self.look()
        return drawn

    def redraw_palette(self) -> None:
        """The system switched between light and dark: draw the chart in view again
        (the others when next shown). A scheme switch arrives twice (colour scheme and
        palette change): the second finds the chart drawn in these colours already."""
        kind = self.current_kind()
        data = self.data.get(kind)
        if data is not None and self.drawn_look.get(kind) != self.look():
            self._draw(data)


__all__ = ["CHART_KINDS", "FUNNEL", "ChartData", "Dashboard", "load_chart"]
