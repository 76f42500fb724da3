"""Plan health (planned vs scheduled posts, objective progress) and export documents.

Scheduled posts come from the content calendar (:mod:`app.calendar.counts`: which posts
count, and on which day) and objective actuals from the KPI data
(:mod:`app.kpi.progress`): one grouped query each over the plan's period, whatever the
number of strategies, pillars or objectives.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.strategy.health_types import (
    ObjectiveProgress,
    PillarPosts,
    PlanDocument,
    PlanHealth,
    PlatformPosts,
)
from app.strategy.infos import plan_info
from app.strategy.models import ContentPillar, Objective, Plan, PlatformStrategy, ResearchNote
from app.strategy.objectives import load_objectives
from app.strategy.periods import Period, months_in
from app.strategy.platforms import load_pillars, load_strategies
from app.strategy.research import load_notes
from app.strategy.types import (
    ObjectiveInfo,
    PillarInfo,
    PlanInfo,
    PlatformStrategyInfo,
)

CALENDAR_AVAILABLE = True
KPI_AVAILABLE = True


def planned_posts(count: int, unit: str, period: Period) -> int:
    """Posts a frequency asks for over a period: 5 a week over March's 31 days is 22."""
    return _round(count * period.days / 7 if unit == "week" else count * months_in(period))


def _round(value: float) -> int:
    """Half up, as people count (Python's round() goes to even); the epsilon absorbs
    float noise such as 2.4999999999 from summing part-months."""
    return math.floor(value + 0.5 + 1e-9)


def scheduled_per_strategy(
    s: Session, period: Period, strategies: Sequence[PlatformStrategyInfo]
) -> dict[str, int]:
    """Posts on the calendar in ``period`` per strategy uuid: an account strategy takes
    its account's count, a platform-wide one its platform's (each post once, however
    many of the platform's accounts it goes to). One grouped query."""
    if not strategies:
        return {}  # nothing planned: the calendar's tables stay unread
    from app.calendar.counts import posts_per_account  # the calendar imports our models

    counts = posts_per_account(s, period.start, period.end)
    return {st.uuid: counts.get((st.platform_uuid, st.account_uuid), 0) for st in strategies}


def scheduled_per_pillar(
    s: Session, period: Period, pillars: Sequence[PillarInfo]
) -> dict[str, int]:
    """Posts on the calendar in ``period`` per pillar uuid. One grouped query."""
    if not pillars:
        return {}
    from app.calendar.counts import posts_per_pillar  # the calendar imports our models

    counts = posts_per_pillar(s, period.start, period.end)
    return {p.uuid: counts.get(p.uuid, 0) for p in pillars}


def kpi_actuals(s: Session, objectives: Sequence[ObjectiveInfo]) -> dict[str, float] | None:
    """Measured value per objective uuid from its start to today (the KPI tab's objective
    progress, :mod:`app.kpi.progress`); an objective without data is left out."""
    from app.kpi.progress import actuals  # the KPI package imports this one's models

    return actuals(s, objectives, date.today())


def _strategy_source(s: Session, plan: Plan) -> Plan:
    """The plan whose platform strategies apply: this one, or else the nearest plan
    above it that has some (a month without its own follows its quarter or year)."""
    source: Plan | None = plan
    while source is not None:
        has = s.scalar(select(PlatformStrategy.id).where(PlatformStrategy.plan_id == source.id))
        if has is not None:
            return source
        source = source.parent
    return plan


def plan_health(s: Session, plan: Plan, *, actuals: bool = True) -> PlanHealth:
    """``actuals=False``: the objectives without their KPI actuals (no KPI module loads)."""
    period = Period(plan.start_date, plan.end_date)
    source = _strategy_source(s, plan)
    strategies = load_strategies(s, PlatformStrategy.plan_id == source.id)
    scheduled = scheduled_per_strategy(s, period, strategies)
    platforms = tuple(
        PlatformPosts(
            strategy_uuid=st.uuid,
            platform_uuid=st.platform_uuid,
            platform_code=st.platform_code,
            platform_en=st.platform_en,
            platform_zh=st.platform_zh,
            account_uuid=st.account_uuid,
            account_handle=st.account_handle,
            frequency_count=st.frequency_count,
            frequency_unit=st.frequency_unit,
            planned=planned_posts(st.frequency_count, st.frequency_unit, period),
            scheduled=scheduled[st.uuid],
        )
        for st in strategies
    )
    # A plan-wide pillar's share is of all the plan's posts; a platform pillar's of its
    # platform strategy's posts.
    planned = {p.strategy_uuid: p.planned for p in platforms}
    total = sum(planned.values())
    pillar_infos = load_pillars(s, ContentPillar.plan_id == source.id)
    per_pillar = scheduled_per_pillar(s, period, pillar_infos)
    pillars = tuple(
        PillarPosts(
            pillar_uuid=p.uuid,
            name=p.name,
            platform_strategy_uuid=p.platform_strategy_uuid,
            share_percent=p.share_percent,
            planned=_round(
                p.share_percent / 100 * planned.get(p.platform_strategy_uuid or "", total)
            ),
            scheduled=per_pillar[p.uuid],
        )
        for p in pillar_infos
    )
    objectives = load_objectives(s, Objective.plan_id == plan.id)
    measured = kpi_actuals(s, objectives) if actuals and objectives else None
    progress = []
    for o in objectives:
        actual = None if measured is None else measured.get(o.uuid)
        ratio = None if actual is None or o.target_value == 0 else actual / o.target_value
        progress.append(ObjectiveProgress(o, actual, ratio))
    return PlanHealth(
        plan=plan_info(plan),
        source_plan_uuid=source.uuid,
        calendar_available=CALENDAR_AVAILABLE,
        kpi_available=KPI_AVAILABLE,
        platforms=platforms,
        pillars=pillars,
        objectives=tuple(progress),
        actuals_read=actuals or not objectives,
    )


def plan_document(s: Session, plan: Plan) -> PlanDocument:
    ancestors: list[PlanInfo] = []
    up = plan.parent
    while up is not None:
        ancestors.insert(0, plan_info(up))
        up = up.parent
    children = s.scalars(
        select(Plan)
        .where(Plan.parent_id == plan.id)
        .options(joinedload(Plan.owner))
        .order_by(Plan.start_date, Plan.id)
    )
    health = plan_health(s, plan)
    return PlanDocument(
        plan=health.plan,
        ancestors=tuple(ancestors),
        sub_plans=tuple(plan_info(c) for c in children),
        strategies=tuple(load_strategies(s, PlatformStrategy.plan_id == plan.id)),
        pillars=tuple(load_pillars(s, ContentPillar.plan_id == plan.id)),
        objectives=tuple(h.objective for h in health.objectives),
        research_notes=tuple(load_notes(s, ResearchNote.plan_id == plan.id)),
        health=health,
    )
