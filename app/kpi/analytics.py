"""The KPI analytics service (``Workspace.kpi``): series, totals, anomalies, posts,
objective progress and operating reports, all read through a :class:`KpiFilter`.

Every method reads in one read-only session and returns frozen dataclasses
(:mod:`app.kpi.analytics_types`). ``today`` defaults to the local date; tests pass one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from app.db.database import Database
from app.kpi import inbox_link, posts, progress, report, reports, series, totals
from app.kpi.analytics_types import (
    Anomaly,
    BreakdownRow,
    DerivedMetric,
    GroupBy,
    KpiFilter,
    ObjectiveProgress,
    PeriodComparison,
    ReportData,
    ReportDraft,
    SavedReport,
    Series,
    TopPost,
)
from app.kpi.anomalies import series_anomalies
from app.kpi.derived import DERIVED, ENGAGEMENT_PARTS, INBOX_METRICS
from app.kpi.periods import DateRange, bucket_of
from app.kpi.scope import resolve
from app.team.acting import Acting

# What the funnel chart draws, widest first.
FUNNEL_METRICS = ("impressions", "reach", "views", "engagements", "clicks", "conversions")


class KpiService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    # Catalogue --------------------------------------------------------------------
    @staticmethod
    def derived_metrics() -> tuple[DerivedMetric, ...]:
        return DERIVED

    def campaigns(self) -> list[tuple[str, str]]:
        """(uuid, name) of every campaign, newest first, for the campaign filter."""
        with self._db.session(read_only=True) as s:
            return posts.campaigns(s)

    # Reading ---------------------------------------------------------------------
    def period_of(self, flt: KpiFilter, today: date | None = None) -> tuple[DateRange, DateRange]:
        """The filter's dates and the previous period it is compared with."""
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            return scope.period, scope.previous

    def series(self, flt: KpiFilter, today: date | None = None) -> list[Series]:
        """A line per metric (and per group with ``flt.group_by``), every bucket present.
        Inbox metrics (first_response_time) have no series."""
        codes = tuple(c for c in flt.metrics if c not in INBOX_METRICS)
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            return series.series(s, scope, codes, flt.granularity, flt.group_by)

    def comparisons(self, flt: KpiFilter, today: date | None = None) -> list[PeriodComparison]:
        """Each of ``flt.metrics`` over the period against the previous period."""
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            codes = tuple(c for c in flt.metrics if c not in INBOX_METRICS)
            found = {c.metric: c for c in totals.comparisons(s, scope, codes)}
        for code in flt.metrics:
            if code in INBOX_METRICS:
                found[code] = inbox_link.response_comparison(self._db, scope)
        return [found[c] for c in flt.metrics]

    def funnel(self, flt: KpiFilter, today: date | None = None) -> list[PeriodComparison]:
        """The funnel's steps (:data:`FUNNEL_METRICS`) with the previous period.

        Engagements that no import stored are the sum of likes, comments, shares and
        saves (the engagement rate's numerator)."""
        steps = self.comparisons(replace(flt, metrics=(*FUNNEL_METRICS, *ENGAGEMENT_PARTS)), today)
        found = {c.metric: c for c in steps}
        engaged = found["engagements"]
        if engaged.current is None and engaged.previous is None:
            parts = [found[p] for p in ENGAGEMENT_PARTS]
            found["engagements"] = replace(
                engaged,
                current=_sum(p.current for p in parts),
                previous=_sum(p.previous for p in parts),
            )
        return [found[c] for c in FUNNEL_METRICS]

    def breakdown(
        self, flt: KpiFilter, by: GroupBy = "platform", today: date | None = None
    ) -> list[BreakdownRow]:
        """A row per platform or account with each metric's total over the period."""
        codes = tuple(c for c in flt.metrics if c not in INBOX_METRICS)
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            return report.breakdown_rows(s, scope, codes, by)

    def anomalies(self, flt: KpiFilter, today: date | None = None) -> list[Anomaly]:
        """Marked spikes and drops in the filter's series (see :mod:`app.kpi.anomalies`).

        The baseline needs history, so the query reaches ``WINDOW`` buckets before the
        period; only marks inside the period are returned."""
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            lines = report.series_with_history(s, scope, flt)
        return [a for a in series_anomalies(lines) if a.day >= scope.period.start]

    def series_with_anomalies(
        self, flt: KpiFilter, today: date | None = None
    ) -> tuple[list[Series], list[Anomaly]]:
        """``series(flt)`` and ``anomalies(flt)`` from one read (half the SQL of both,
        when the period starts on a bucket's first day: always for daily lines)."""
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            lines = report.series_with_history(s, scope, flt)
            first = bucket_of(scope.period.start, flt.granularity)
            marks = [a for a in series_anomalies(lines) if a.day >= scope.period.start]
            if first != scope.period.start:  # a part bucket: the history fills it up
                codes = tuple(c for c in flt.metrics if c not in INBOX_METRICS)
                return series.series(s, scope, codes, flt.granularity, flt.group_by), marks
        return [_from(line, first) for line in lines], marks

    def top_posts(
        self,
        flt: KpiFilter,
        metric: str = "views",
        limit: int = 10,
        bottom: bool = False,
        today: date | None = None,
    ) -> list[TopPost]:
        """Posts published in the period, best (or worst) first by ``metric`` (a post
        metric code or "engagement_rate"); posts without that value are left out."""
        with self._db.session(read_only=True) as s:
            scope = resolve(s, flt, today or date.today())
            return posts.ranked(s, scope, metric, limit, bottom)

    def objective_progress(
        self, plan_uuid: str | None = None, as_of: date | None = None
    ) -> list[ObjectiveProgress]:
        """Every objective (of one plan, or all) against its actual as of ``as_of``."""
        with self._db.session(read_only=True) as s:
            return progress.plan_progress(s, plan_uuid, as_of or date.today(), self._db)

    # Reports ---------------------------------------------------------------------
    def report_data(self, draft: ReportDraft, saved_uuid: str | None = None) -> ReportData:
        """Everything the printed report shows for the draft's period and scope."""
        return report.build(self._db, draft, saved_uuid)

    def save_report(
        self, draft: ReportDraft, uuid: str | None = None, expected_version: int | None = None
    ) -> SavedReport:
        """Save a new report (``uuid`` None) or update one (with its ``version``)."""
        return reports.save(self._db, self._acting, draft, uuid, expected_version)

    def list_reports(self) -> list[SavedReport]:
        """Saved reports, newest period first."""
        return reports.list_all(self._db)

    def get_report(self, uuid: str) -> SavedReport:
        return reports.get(self._db, uuid)

    def remove_report(self, uuid: str) -> SavedReport:
        return reports.remove(self._db, self._acting, uuid)

    def restore_report(self, removed: SavedReport) -> SavedReport:
        """Put a removed report back (undo), with its uuid."""
        return reports.restore(self._db, self._acting, removed)


def _sum(values: Iterable[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return sum(found) if found else None


def _from(line: Series, first: date) -> Series:
    """The series from bucket ``first`` on (the history before it was for the baseline)."""
    keep = [i for i, day in enumerate(line.days) if day >= first]
    return replace(
        line,
        days=tuple(line.days[i] for i in keep),
        values=tuple(line.values[i] for i in keep),
    )
