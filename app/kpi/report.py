"""The operating report as data: headline figures, series, tables, objectives, posts.

The report compares with the previous calendar period (March with February, Q2 with
Q1; a custom range with the days just before it), which is how the team reads a
monthly report; the print says which dates each side covers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.db.database import Database
from app.kpi import inbox_link, posts, progress, reports
from app.kpi.analytics_types import (
    BreakdownRow,
    Granularity,
    GroupBy,
    KpiFilter,
    ReportData,
    ReportDraft,
    SavedReport,
    Series,
)
from app.kpi.anomalies import WINDOW, series_anomalies
from app.kpi.periods import DateRange
from app.kpi.scope import Scope, resolve
from app.kpi.series import group_names, series
from app.kpi.totals import comparisons, totals
from app.strategy.periods import add_months

HEADLINE_METRICS = (
    "followers",
    "follower_growth_pct",
    "views",
    "engagement_rate",
    "likes",
    "comments",
    "shares",
    "conversions",
    "conversion_rate",
    "revenue",
    "ad_spend",
    "roi",
)
CHART_METRICS = ("views", "likes", "comments", "shares")
TABLE_METRICS = ("followers", "views", "engagement_rate", "conversions", "ad_spend", "roi")
POSTS_SHOWN = 10


def report_granularity(period: DateRange) -> Granularity:
    """Daily lines up to two months, weekly beyond."""
    return "day" if period.days <= 62 else "week"


def report_filter(draft: ReportDraft) -> KpiFilter:
    return KpiFilter(
        preset="custom",
        start=draft.start,
        end=draft.end,
        platforms=draft.platforms,
        accounts=draft.accounts,
        campaign=draft.campaign,
        metrics=HEADLINE_METRICS,
        granularity=report_granularity(DateRange(draft.start, draft.end)),
        comparison="calendar",
    )


def _calendar_scope(scope: Scope, kind: str) -> Scope:
    """The whole previous week/month/quarter for a report of a whole one."""
    if kind == "week":
        week = timedelta(days=7)
        return replace(
            scope, previous=DateRange(scope.period.start - week, scope.period.end - week)
        )
    months = {"month": 1, "quarter": 3}.get(kind)
    if months is None:
        return scope
    start = add_months(scope.period.start, -months)
    return replace(scope, previous=DateRange(start, scope.period.start - timedelta(days=1)))


def breakdown_rows(
    s: Session, scope: Scope, codes: tuple[str, ...], by: GroupBy
) -> list[BreakdownRow]:
    found = totals(s, scope, scope.period, codes, by)
    return [BreakdownRow(group, en, zh, found[group]) for group, en, zh in group_names(scope, by)]


def series_with_history(s: Session, scope: Scope, flt: KpiFilter) -> list[Series]:
    """The filter's series reaching ``WINDOW`` buckets before the period, so the first
    days of the period have a baseline for anomaly marks."""
    steps = {"day": timedelta(days=WINDOW), "week": timedelta(weeks=WINDOW)}
    if flt.granularity == "month":
        start = add_months(scope.period.start, -WINDOW)
    else:
        start = scope.period.start - steps[flt.granularity]
    longer = replace(scope, period=DateRange(start, scope.period.end))
    codes = tuple(c for c in flt.metrics if c != "first_response_time")
    return series(s, longer, codes, flt.granularity, flt.group_by)


def build(db: Database, draft: ReportDraft, saved_uuid: str | None) -> ReportData:
    flt = report_filter(draft)
    saved: SavedReport | None = reports.get(db, saved_uuid) if saved_uuid else None
    with db.session(read_only=True) as s:
        scope = _calendar_scope(resolve(s, flt, draft.end), draft.kind)
        headline = comparisons(s, scope, HEADLINE_METRICS)
        granularity = report_granularity(scope.period)
        lines = series(s, scope, CHART_METRICS, granularity, "none")
        chart_flt = replace(flt, metrics=CHART_METRICS, granularity=granularity)
        marks = [
            a
            for a in series_anomalies(series_with_history(s, scope, chart_flt))
            if a.day >= scope.period.start
        ]
        platforms = breakdown_rows(s, scope, TABLE_METRICS, "platform")
        accounts = breakdown_rows(s, scope, TABLE_METRICS, "account")
        as_of = min(draft.end, date.today())
        objectives = progress.plan_progress(s, None, as_of, db, overlapping=scope.period)
        top = posts.ranked(s, scope, "views", POSTS_SHOWN, bottom=False)
        bottom = posts.ranked(s, scope, "views", POSTS_SHOWN, bottom=True)
    responses = inbox_link.response_figures(db, scope.period, scope)
    return ReportData(
        draft=draft,
        period=scope.period,
        previous_period=scope.previous,
        headline=tuple(headline),
        series=tuple(lines),
        platforms=tuple(platforms),
        accounts=tuple(accounts),
        objectives=tuple(objectives),
        top_posts=tuple(top),
        bottom_posts=tuple(bottom),
        anomalies=tuple(marks),
        responses=responses,
        saved=saved,
    )
