"""What the KPI analytics services take and return. No SQLAlchemy: the UI imports it early.

The service is ``Workspace.kpi`` (:class:`app.kpi.analytics.KpiService`); its methods take
a :class:`KpiFilter` and return the frozen dataclasses below. Metric codes are the
catalogue's (``app.kpi.catalog``: ``views``, ``followers`` …) or a derived one
(``app.kpi.derived.DERIVED_CODES``: ``engagement_rate`` …), which is computed, never stored.
Display names come in English and Chinese (``name(language)``), like ``MetricInfo``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from app.kpi.periods import DateRange

Granularity = Literal["day", "week", "month"]
GroupBy = Literal["none", "platform", "account"]
Preset = Literal["7d", "30d", "90d", "week", "month", "quarter", "year", "custom"]
Comparison = Literal["preceding", "calendar"]
Direction = Literal["higher", "lower"]  # which way is better for a metric

PRESETS: tuple[Preset, ...] = ("7d", "30d", "90d", "week", "month", "quarter", "year", "custom")
GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month")

# Stock metrics: a period's value is the last day's, not the sum (followers on Mar 31).
STOCK_METRICS: frozenset[str] = frozenset({"followers"})


@dataclass(frozen=True)
class KpiFilter:
    """What a chart, table or report shows.

    ``preset`` gives the dates relative to ``today`` (see :mod:`app.kpi.periods`);
    ``"custom"`` uses ``start``/``end``. ``platforms`` are platform codes, ``accounts``
    account uuids (empty: all). ``campaign`` (a campaign uuid) narrows the dates to the
    campaign's own start–end, and the accounts to its accounts when it names some.
    ``metrics`` are stored or derived codes. ``comparison``
    chooses the previous period: ``"preceding"`` (as long, just before) or
    ``"calendar"`` (the same stretch of the previous week/month/quarter/year).
    """

    preset: Preset = "30d"
    start: date | None = None
    end: date | None = None
    platforms: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    campaign: str | None = None
    metrics: tuple[str, ...] = ("views", "likes", "comments", "shares")
    granularity: Granularity = "day"
    group_by: GroupBy = "none"
    comparison: Comparison = "preceding"


@dataclass(frozen=True)
class DerivedMetric:
    """A metric computed from stored ones, with its formula (platforms define them
    differently, so the UI shows which definition this is)."""

    code: str
    name_en: str
    name_zh: str
    formula_en: str
    formula_zh: str
    unit: str  # "percent", "ratio", "currency", "minutes"
    inputs: tuple[str, ...]  # stored metric codes it reads
    direction: Direction = "higher"

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    def formula(self, language: str) -> str:
        return self.formula_zh if language.startswith("zh") else self.formula_en


@dataclass(frozen=True)
class Series:
    """One line of a chart: a metric for one group (all, a platform, an account).

    ``days`` are the first day of each bucket (Monday for weeks, the 1st for months),
    every bucket of the range, in order; ``values`` has None where there is no data (or a
    ratio's denominator is 0). Plot ``days`` against ``values`` as they are.
    """

    metric: str
    group: str  # "" for all; a platform code or an account uuid
    group_en: str  # "All", "Weibo", "Weibo · @brand"
    group_zh: str
    granularity: Granularity
    days: tuple[date, ...]
    values: tuple[float | None, ...]
    # count, number, currency (yuan), fraction (stored rates, 0–1), percent (derived
    # rates, 0–100), ratio (ROI, ROAS), seconds, minutes
    unit: str

    def group_name(self, language: str) -> str:
        return self.group_zh if language.startswith("zh") else self.group_en

    @property
    def total(self) -> float:
        return sum(v for v in self.values if v is not None)


@dataclass(frozen=True)
class PeriodComparison:
    """A metric's total over the period and the previous period, with the change.

    Totals follow the metric's kind: counts and money are sums, followers the last
    value, rates a weighted mean, derived metrics the formula over the period's sums.
    ``change``/``change_percent`` are None when either side is missing (percent also
    when the previous value is 0).
    """

    metric: str
    current: float | None
    previous: float | None
    period: DateRange
    previous_period: DateRange
    unit: str
    direction: Direction = "higher"

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def change_percent(self) -> float | None:
        """Change as a percentage of the previous value (12.5 means +12.5 %)."""
        if self.change is None or not self.previous:
            return None
        return self.change / abs(self.previous) * 100

    @property
    def improved(self) -> bool | None:
        if not self.change:
            return None
        return (self.change > 0) == (self.direction == "higher")


@dataclass(frozen=True)
class Anomaly:
    """An unusual spike or drop against the series' own recent baseline.

    Method: the median of the previous ``window`` points is the baseline; the median
    absolute deviation (MAD, scaled by 1.4826 to match a standard deviation) is the
    usual spread (at least 10 % of the baseline, so a weekly rhythm is not news); a point
    whose robust z-score ``(value − baseline) / spread`` is beyond ``threshold`` is
    marked. ``explanation(language)`` is the tooltip text.
    """

    metric: str
    group: str
    day: date
    value: float
    baseline: float
    spread: float
    score: float
    kind: Literal["spike", "drop"]
    window: int
    threshold: float

    def explanation(self, language: str) -> str:
        """The tooltip: what was unusual, against what, and how it was judged."""
        return explain_anomaly(self, language)


def explain_anomaly(a: Anomaly, language: str) -> str:
    times = a.value / a.baseline if a.baseline else None
    if language.startswith("zh"):
        what = "异常高峰" if a.kind == "spike" else "异常下跌"
        ratio = f"，约为基线的 {times:.1f} 倍" if times is not None else ""
        return (
            f"{what}：{a.value:,.0f}，前 {a.window} 个点的中位数为 {a.baseline:,.0f}{ratio}。"
            f"偏离幅度为常规波动（中位数绝对偏差 × 1.4826，至少为基线的 10%）的 "
            f"{abs(a.score):.1f} 倍，超过 {a.threshold:g} 倍即标记。"
        )
    what = "Unusual spike" if a.kind == "spike" else "Unusual drop"
    ratio = f", about {times:.1f}× the baseline" if times is not None else ""
    return (
        f"{what}: {a.value:,.0f} against a median of {a.baseline:,.0f} over the previous "
        f"{a.window} points{ratio}. That is {abs(a.score):.1f} times the usual spread "
        f"(median absolute deviation × 1.4826, at least 10 % of the baseline); beyond "
        f"{a.threshold:g} times is marked."
    )


ProgressStatus = Literal[
    "met", "on_track", "behind", "not_started", "missed", "no_data", "unavailable"
]


@dataclass(frozen=True)
class ObjectiveProgress:
    """A strategy objective against the actual to ``as_of`` (today, or its end date).

    ``actual``: the objective's metric over its scope from its start to ``as_of``
    (followers: the count on ``as_of``; rates: over the period so far). ``progress`` is
    actual / target (1.0 met; for a "lower is better" metric, target / actual).
    ``expected`` is where a straight line from 0 to target would be by now, for
    cumulative metrics; ``needed_per_day`` what the remaining days need on average to
    reach the target (None for rates, stocks without a start value, or when ended/met).
    ``status`` "unavailable": the metric has no source yet (custom, inbox missing).
    """

    objective_uuid: str
    plan_uuid: str
    metric: str
    scope: str
    scope_uuid: str | None
    target: float
    unit: str
    start: date
    end: date
    as_of: date
    actual: float | None
    progress: float | None
    expected: float | None
    needed_per_day: float | None
    days_left: int
    status: ProgressStatus
    direction: Direction = "higher"


@dataclass(frozen=True)
class TopPost:
    """A platform post ranked by a metric over its lifetime values.

    ``calendar_post_uuid`` names the matching calendar post when the calendar offers a
    match (None until then, or when nothing matches).
    """

    post_id: int
    platform_code: str
    platform_en: str
    platform_zh: str
    account_uuid: str | None
    account_handle: str
    title: str
    permalink: str
    post_type: str
    published_at: datetime | None
    views: float | None
    likes: float | None
    comments: float | None
    shares: float | None
    engagement_rate: float | None  # percent
    sort_value: float | None  # the value of the metric it was ranked by
    calendar_post_uuid: str | None = None


@dataclass(frozen=True)
class ResponseFigures:
    """The inbox's first-response figures over a period (None fields: not known)."""

    available: bool  # False until the inbox offers response_stats
    messages: int | None = None
    answered: int | None = None
    median_first_response_minutes: float | None = None
    mean_first_response_minutes: float | None = None
    sla_breaches: int | None = None


@dataclass(frozen=True)
class BreakdownRow:
    """One row of a platform or account comparison table over the period."""

    group: str  # platform code or account uuid
    name_en: str
    name_zh: str
    values: dict[str, float | None] = field(hash=False)  # metric code → period total

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


ReportKind = Literal["week", "month", "quarter", "custom"]


@dataclass(frozen=True)
class ReportDraft:
    """An operating report as the analyst saves it: its period, scope and words."""

    kind: ReportKind
    start: date
    end: date
    platforms: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    campaign: str | None = None
    title: str = ""
    commentary: str = ""
    actions: str = ""


@dataclass(frozen=True)
class SavedReport:
    uuid: str
    kind: ReportKind
    start: date
    end: date
    platforms: tuple[str, ...]
    accounts: tuple[str, ...]
    campaign: str | None
    title: str
    commentary: str
    actions: str
    saved_by: str  # the member's name ("" when nobody was acting)
    created_at: datetime
    updated_at: datetime
    version: int

    def draft(self) -> ReportDraft:
        return ReportDraft(
            self.kind,
            self.start,
            self.end,
            self.platforms,
            self.accounts,
            self.campaign,
            self.title,
            self.commentary,
            self.actions,
        )


@dataclass(frozen=True)
class ReportData:
    """Everything a printed operating report shows; the UI lays it out in its language.

    ``headline``: the headline metrics (:data:`app.kpi.report.HEADLINE_METRICS`) with the
    previous-period change; ``series``: daily (week/month reports) or weekly (quarter)
    lines of the headline metrics for the charts; ``platforms``/``accounts``: comparison
    tables; ``saved``: the saved commentary and actions (None if not saved yet).
    """

    draft: ReportDraft
    period: DateRange
    previous_period: DateRange
    headline: tuple[PeriodComparison, ...]
    series: tuple[Series, ...]
    platforms: tuple[BreakdownRow, ...]
    accounts: tuple[BreakdownRow, ...]
    objectives: tuple[ObjectiveProgress, ...]
    top_posts: tuple[TopPost, ...]
    bottom_posts: tuple[TopPost, ...]
    anomalies: tuple[Anomaly, ...]
    responses: ResponseFigures
    saved: SavedReport | None
