"""Objective progress and pace: each strategy objective against its actual to date.

An objective names a KPI metric (``app.strategy.types.KPI_METRICS``), a scope, a target
and a period. The actual runs from its start to ``as_of`` (today, or its end if over):

- cumulative metrics (views, follower growth, conversions, ad spend …): the sum so far;
  ``expected`` is the straight line from 0 on the first day to the target on the last;
- followers (a stock): the count on ``as_of``; expected runs from the count at the start;
- rates (conversion rate in percent, ROI as a ratio): over the period so far; no pace;
- first response time (the inbox; lower is better): progress is target / actual.

The strategy tab's plan health and the appraisals read the same numbers
(:func:`actuals` for a session they already hold).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from app.accounts.models import Platform
from app.db.database import Database
from app.db.errors import NotFound
from app.db.records import find
from app.kpi import inbox_link
from app.kpi.analytics_types import Direction, KpiFilter, ObjectiveProgress, ProgressStatus
from app.kpi.periods import DateRange
from app.kpi.scope import Scope, resolve
from app.kpi.totals import totals
from app.strategy.models import Objective, Plan
from app.strategy.objectives import load_objectives
from app.strategy.types import ObjectiveInfo

# Objective metric → the KPI code measured, and how it accumulates.
MEASURED = {
    "followers": "followers",
    "follower_growth": "follower_change",
    "views": "views",
    "shares": "shares",
    "comments": "comments",
    "likes": "likes",
    "conversions": "conversions",
    "conversion_rate": "conversion_rate",
    "ad_spend": "ad_spend",
    "roi": "roi",
}
RATES = frozenset({"conversion_rate", "roi", "first_response_time"})
STOCKS = frozenset({"followers"})
LOWER_IS_BETTER = frozenset({"first_response_time"})


def _scope(s: Session, o: ObjectiveInfo, as_of: date) -> Scope:
    platforms: tuple[str, ...] = ()
    if o.scope == "platform":
        code = s.scalar(select(Platform.code).where(Platform.uuid == o.scope_uuid))
        platforms = (code or "-",)
    flt = KpiFilter(
        preset="custom",
        start=o.start_date,
        end=max(o.start_date, as_of),
        platforms=platforms,
        accounts=(o.scope_uuid or "-",) if o.scope == "account" else (),
        campaign=o.scope_uuid if o.scope == "campaign" else None,
    )
    return resolve(s, flt, as_of)


def _measure(s: Session, o: ObjectiveInfo, scope: Scope) -> tuple[float | None, float | None]:
    """(actual to as_of, value at the start for a stock); None: no data or no source."""
    code = MEASURED.get(o.metric)
    if code is None:
        return None, None
    actual = totals(s, scope, scope.period, (code,), "none")[""][code]
    start = None
    if o.metric in STOCKS:
        first = DateRange(scope.period.start, scope.period.start)
        start = totals(s, scope, first, (code,), "none")[""][code]
    return actual, start


def progress_of(
    s: Session, o: ObjectiveInfo, as_of: date, db: Database | None = None
) -> ObjectiveProgress:
    direction: Direction = "lower" if o.metric in LOWER_IS_BETTER else "higher"
    until = min(as_of, o.end_date)
    days_left = max(0, (o.end_date - max(as_of, o.start_date)).days)

    def result(
        status: ProgressStatus,
        actual: float | None = None,
        ratio: float | None = None,
        expected: float | None = None,
        needed: float | None = None,
    ) -> ObjectiveProgress:
        return ObjectiveProgress(
            objective_uuid=o.uuid,
            plan_uuid=o.plan_uuid,
            metric=o.metric,
            scope=o.scope,
            scope_uuid=o.scope_uuid,
            target=o.target_value,
            unit=o.unit,
            start=o.start_date,
            end=o.end_date,
            as_of=until,
            actual=actual,
            progress=ratio,
            expected=expected,
            needed_per_day=needed,
            days_left=days_left,
            status=status,
            direction=direction,
        )

    if o.metric == "custom" or (o.metric == "first_response_time" and db is None):
        return result("unavailable")
    if as_of < o.start_date:
        return result("not_started")
    try:
        scope = _scope(s, o, until)
    except NotFound:  # its campaign was removed since
        return result("no_data")
    if o.metric == "first_response_time" and db is not None:
        figures = inbox_link.response_figures(db, scope.period, scope)
        if not figures.available:
            return result("unavailable")
        actual, start_value = figures.mean_first_response_minutes, None
    else:
        actual, start_value = _measure(s, o, scope)
    if actual is None:
        return result("no_data")
    ratio = _ratio(actual, o.target_value, direction)
    expected = needed = None
    if o.metric not in RATES:
        total_days = (o.end_date - o.start_date).days + 1
        elapsed = (until - o.start_date).days + 1
        origin = start_value if o.metric in STOCKS and start_value is not None else 0.0
        expected = origin + (o.target_value - origin) * elapsed / total_days
        if days_left and actual < o.target_value:
            needed = (o.target_value - actual) / days_left
    status: ProgressStatus
    if ratio is not None and ratio >= 1:
        status = "met"
    elif as_of >= o.end_date:
        status = "missed"
    elif expected is not None:
        status = "on_track" if actual >= expected else "behind"
    else:
        status = "behind"
    return result(status, actual, ratio, expected, needed)


def _ratio(actual: float, target: float, direction: Direction) -> float | None:
    if direction == "lower":
        return None if not actual else target / actual
    return None if not target else actual / target


def plan_progress(
    s: Session,
    plan_uuid: str | None,
    as_of: date,
    db: Database | None = None,
    overlapping: DateRange | None = None,
) -> list[ObjectiveProgress]:
    """Every objective of a plan (or of all plans; only those whose period overlaps
    ``overlapping`` when given) against its actual as of ``as_of``."""
    if plan_uuid is None:
        objectives = load_objectives(s, true())
    else:
        plan = find(s, Plan, plan_uuid, "plan")
        objectives = load_objectives(s, Objective.plan_id == plan.id)
    if overlapping is not None:
        objectives = [
            o
            for o in objectives
            if o.start_date <= overlapping.end and o.end_date >= overlapping.start
        ]
    return [progress_of(s, o, as_of, db) for o in objectives]


def actuals(s: Session, objectives: Sequence[ObjectiveInfo], as_of: date) -> dict[str, float]:
    """Actual to date per objective uuid, for those that have one (plan health)."""
    out: dict[str, float] = {}
    for o in objectives:
        p = progress_of(s, o, as_of)
        if p.actual is not None:
            out[o.uuid] = p.actual
    return out
