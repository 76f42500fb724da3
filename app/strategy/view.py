"""Reading what the strategy tab shows in one transaction (see :mod:`view_types`).

Selecting a plan used to cost a transaction per section (form, platforms, pillars,
objectives, research, health: 9 to 11); one session now reads them all on the worker.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.accounts.models import Platform
from app.accounts.types import PlatformInfo
from app.strategy import health as strategy_health
from app.strategy.infos import plan_info
from app.strategy.models import (
    Competitor,
    CompetitorMetric,
    ContentPillar,
    Plan,
    PlatformStrategy,
    ResearchNote,
)
from app.strategy.platforms import load_pillars, load_strategies
from app.strategy.research import competitor_info, load_notes, observations_where
from app.strategy.types import PlanInfo
from app.strategy.view_types import PlanView, TabView
from app.team.acting import member_info
from app.team.models import Member


def plan_view(
    s: Session, plan: Plan, competitor_uuid: str | None = None, *, actuals: bool = True
) -> PlanView:
    """``competitor_uuid``: whose observations to read (the one the user had selected);
    when it is gone or None, the first competitor's. ``actuals=False``: the health
    without the objectives' KPI actuals (``PlanHealth.actuals_read``)."""
    health = strategy_health.plan_health(s, plan, actuals=actuals)
    strategies = load_strategies(s, PlatformStrategy.plan_id == plan.id)
    inherited = None
    if health.source_plan_uuid != plan.uuid:
        inherited = next(p for p in _ancestors(plan) if p.uuid == health.source_plan_uuid)
    competitors = [
        competitor_info(c) for c in s.scalars(select(Competitor).order_by(Competitor.name))
    ]
    observed = next((c for c in competitors if c.uuid == competitor_uuid), None)
    observed = observed or (competitors[0] if competitors else None)
    observations = []
    if observed is not None:
        observations = observations_where(
            s, CompetitorMetric.competitor.has(Competitor.uuid == observed.uuid)
        )
    members = s.scalars(select(Member).options(selectinload(Member.roles)).order_by(Member.name))
    platforms = s.scalars(select(Platform).order_by(Platform.sort_order, Platform.name_en))
    return PlanView(
        plan=health.plan,
        members=tuple(member_info(m) for m in members),
        strategies=tuple(strategies),
        pillars=tuple(load_pillars(s, ContentPillar.plan_id == plan.id)),
        inherited_from=inherited,
        objectives=tuple(p.objective for p in health.objectives),  # read for its health
        notes=tuple(load_notes(s, ResearchNote.plan_id == plan.id)),
        health=health,
        competitors=tuple(competitors),
        observed_competitor_uuid=observed.uuid if observed else None,
        observations=tuple(observations),
        platforms=tuple(
            PlatformInfo(p.uuid, p.code, p.name_en, p.name_zh, p.builtin) for p in platforms
        ),
    )


def _ancestors(plan: Plan) -> list[PlanInfo]:
    above, parent = [], plan.parent
    while parent is not None:
        above.append(plan_info(parent))
        parent = parent.parent
    return above


def default_plan(plans: list[PlanInfo], *, show_archived: bool) -> PlanInfo | None:
    """An active plan of the finest level there is, else the first one the tree shows."""
    for level in ("month", "quarter", "year"):
        for p in plans:
            if p.level == level and p.status == "active":
                return p
    shown = [p for p in plans if show_archived or p.status != "archived"]
    return shown[0] if shown else None


def tab_view(
    s: Session,
    plans: list[PlanInfo],
    keep_uuid: str | None,
    *,
    show_archived: bool,
    competitor_uuid: str | None = None,
    actuals: bool = True,
) -> TabView:
    """The tree and the plan to show: ``keep_uuid`` while it exists, else the default."""
    target = next((p for p in plans if p.uuid == keep_uuid), None)
    target = target or default_plan(plans, show_archived=show_archived)
    if target is None:
        return TabView(tuple(plans), None)
    row = s.scalar(select(Plan).where(Plan.uuid == target.uuid))
    assert row is not None  # read in this same transaction
    return TabView(tuple(plans), plan_view(s, row, competitor_uuid, actuals=actuals))
