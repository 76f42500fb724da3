"""Whole-subtree work on plans: what a removal takes, snapshots, exact restores, copies.

Functions take an open session; ``StrategyService`` owns the transaction.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, func, literal, select, update
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.db.errors import NotFound
from app.strategy.infos import plan_info
from app.strategy.models import ContentPillar, Objective, Plan, PlatformStrategy, ResearchNote
from app.strategy.objectives import load_objectives, objective_row
from app.strategy.periods import (
    LEVELS,
    MONTHS_PER_LEVEL,
    Period,
    add_months,
    relabel_title,
    shift_period,
)
from app.strategy.platforms import load_pillars, load_strategies, pillar_rows
from app.strategy.types import (
    PlanInfo,
    PlatformStrategyInfo,
    RemovalImpact,
    RemovedPlan,
)
from app.team.models import Member


def subtree_ids(s: Session, root_id: int) -> list[int]:
    """The plan and all plans below it, parents before children (one recursive query)."""
    tree = select(Plan.id, literal(0).label("depth")).where(Plan.id == root_id).cte(recursive=True)
    tree = tree.union_all(
        select(Plan.id, (tree.c.depth + 1).label("depth")).join(tree, Plan.parent_id == tree.c.id)
    )
    return list(s.scalars(select(tree.c.id).order_by(tree.c.depth, tree.c.id)))


def subtree(s: Session, root: Plan) -> list[Plan]:
    ids = subtree_ids(s, root.id)
    by_id = {p.id: p for p in s.scalars(select(Plan).where(Plan.id.in_(ids)))}
    return [by_id[i] for i in ids]


def _count(s: Session, where: ColumnElement[bool]) -> int:
    return s.scalar(select(func.count()).where(where)) or 0


def removal_impact(s: Session, root: Plan) -> RemovalImpact:
    ids = subtree_ids(s, root.id)
    return RemovalImpact(
        sub_plans=len(ids) - 1,
        objectives=_count(s, Objective.plan_id.in_(ids)),
        platform_strategies=_count(s, PlatformStrategy.plan_id.in_(ids)),
        pillars=_count(s, ContentPillar.plan_id.in_(ids)),
        research_notes=_count(s, ResearchNote.plan_id.in_(ids)),
    )


def snapshot(s: Session, root: Plan) -> RemovedPlan:
    plans = subtree(s, root)
    ids = [p.id for p in plans]
    notes = s.execute(
        select(ResearchNote.uuid, Plan.uuid)
        .join(Plan, ResearchNote.plan_id == Plan.id)
        .where(Plan.id.in_(ids))
    )
    return RemovedPlan(
        plans=tuple(plan_info(p) for p in plans),
        strategies=tuple(load_strategies(s, PlatformStrategy.plan_id.in_(ids))),
        pillars=tuple(load_pillars(s, ContentPillar.plan_id.in_(ids))),
        objectives=tuple(load_objectives(s, Objective.plan_id.in_(ids))),
        note_links=tuple((note, plan) for note, plan in notes),
    )


Ref = TypeVar("Ref", Member, Account, Platform)


def _by_uuid(s: Session, model: type[Ref], uuids: set[str]) -> dict[str, Ref]:
    if not uuids:
        return {}
    return {r.uuid: r for r in s.scalars(select(model).where(model.uuid.in_(uuids)))}


def restore(s: Session, removed: RemovedPlan) -> Plan:
    """Insert a snapshot back with the same UUIDs and timestamps.

    Removed members or accounts become empty references. The root returns under its
    old parent when that still exists and still contains its period; otherwise it
    becomes a top-level plan rather than break the nesting rule.
    """
    root_info = removed.plan
    parent: Plan | None = None
    if root_info.parent_uuid:
        parent = s.scalar(select(Plan).where(Plan.uuid == root_info.parent_uuid))
        if parent and not Period(parent.start_date, parent.end_date).contains(root_info.period):
            parent = None
    owners = _by_uuid(s, Member, {p.owner_uuid for p in removed.plans if p.owner_uuid})
    plans: dict[str, Plan] = {}
    for info in removed.plans:
        up = parent if info is root_info else plans[info.parent_uuid or ""]
        plans[info.uuid] = _plan_row(info, up, owners.get(info.owner_uuid or ""))
    s.add_all(plans.values())

    platforms = _by_uuid(s, Platform, {st.platform_uuid for st in removed.strategies})
    accounts = _by_uuid(s, Account, {st.account_uuid or "" for st in removed.strategies})
    strategies: dict[str, PlatformStrategy] = {}
    for st in removed.strategies:
        if st.platform_uuid not in platforms:
            raise NotFound(f"The platform {st.platform_en} no longer exists.")
        account = accounts.get(st.account_uuid or "")
        platform = platforms[st.platform_uuid]
        strategies[st.uuid] = _strategy_row(st, plans[st.plan_uuid], platform, account)
    s.add_all(strategies.values())
    s.add_all(pillar_rows(plans, strategies, removed.pillars))
    s.add_all(objective_row(plans[o.plan_uuid], o) for o in removed.objectives)
    s.flush()
    for note_uuid, plan_uuid in removed.note_links:
        s.execute(
            update(ResearchNote)
            .where(ResearchNote.uuid == note_uuid, ResearchNote.plan_id.is_(None))
            .values(plan_id=plans[plan_uuid].id)
        )
    return plans[root_info.uuid]


def _plan_row(info: PlanInfo, parent: Plan | None, owner: Member | None) -> Plan:
    row = Plan(
        uuid=info.uuid,
        parent=parent,
        level=info.level,
        title=info.title,
        start_date=info.start_date,
        end_date=info.end_date,
        status=info.status,
        goals=info.goals,
        core_messages=info.core_messages,
        audience=info.audience,
        execution_path=info.execution_path,
        budget_cents=info.budget_cents,
        owner=owner,
        notes=info.notes,
    )
    row.created_at, row.updated_at = info.created_at, info.updated_at
    return row


def _strategy_row(
    info: PlatformStrategyInfo, plan: Plan, platform: Platform, account: Account | None
) -> PlatformStrategy:
    row = PlatformStrategy(
        uuid=info.uuid,
        plan=plan,
        platform=platform,
        account=account,
        frequency_count=info.frequency_count,
        frequency_unit=info.frequency_unit,
        interaction_style=info.interaction_style,
        promotion_focus=info.promotion_focus,
        notes=info.notes,
    )
    row.created_at, row.updated_at = info.created_at, info.updated_at
    return row


def copy_to_next_period(s: Session, root: Plan) -> Plan:
    """Copy a plan and its subtree one period on, as drafts; results are not carried.

    Every plan in the subtree moves by the root's step (12, 3 or 1 months) so the tree
    keeps its shape. Objectives move with their plans.
    """
    months = MONTHS_PER_LEVEL[root.level]
    old = snapshot(s, root)
    owners = _by_uuid(s, Member, {p.owner_uuid for p in old.plans if p.owner_uuid})
    platforms = _by_uuid(s, Platform, {st.platform_uuid for st in old.strategies})
    accounts = _by_uuid(s, Account, {st.account_uuid or "" for st in old.strategies})
    copies: dict[str, Plan] = {}
    for info in old.plans:
        period = shift_period(info.period, months)
        if info.uuid == root.uuid:
            parent = _parent_for_copy(s, root, period)
        else:
            parent = copies[info.parent_uuid or ""]
            period = _clamp(period, Period(parent.start_date, parent.end_date))
        copies[info.uuid] = Plan(
            parent=parent,
            level=info.level,
            title=relabel_title(info.title, info.start_date, period.start),
            start_date=period.start,
            end_date=period.end,
            status="draft",
            goals=info.goals,
            core_messages=info.core_messages,
            audience=info.audience,
            execution_path=info.execution_path,
            budget_cents=info.budget_cents,
            owner=owners.get(info.owner_uuid or ""),
            notes=info.notes,
        )
    s.add_all(copies.values())
    strategies = {
        st.uuid: PlatformStrategy(
            plan=copies[st.plan_uuid],
            platform=platforms[st.platform_uuid],
            account=accounts.get(st.account_uuid or ""),
            frequency_count=st.frequency_count,
            frequency_unit=st.frequency_unit,
            interaction_style=st.interaction_style,
            promotion_focus=st.promotion_focus,
            notes=st.notes,
        )
        for st in old.strategies
    }
    s.add_all(strategies.values())
    s.add_all(pillar_rows(copies, strategies, old.pillars, same_identity=False))
    for o in old.objectives:
        plan = copies[o.plan_uuid]
        moved = Period(add_months(o.start_date, months), add_months(o.end_date, months))
        s.add(objective_row(plan, o, _clamp(moved, Period(plan.start_date, plan.end_date))))
    s.flush()
    return copies[root.uuid]


def _clamp(period: Period, outer: Period) -> Period:
    start = min(max(period.start, outer.start), outer.end)
    end = max(min(period.end, outer.end), start)
    return Period(start, end)


def _parent_for_copy(s: Session, root: Plan, period: Period) -> Plan | None:
    """Where a copy of a sub-plan goes: the finest plan above its level that contains
    the new period, preferring its own ancestors, then its own tree, then the newest
    (March under Q1 -> April under Q2; Q4 2026 -> Q1 2027 under the 2027 plan).
    A copy of a top-level plan stays top-level."""
    ancestors: list[Plan] = []
    up = root.parent
    while up is not None:
        ancestors.append(up)
        up = up.parent
    if not ancestors:
        return None
    same_tree = set(subtree_ids(s, ancestors[-1].id))
    for level in reversed(LEVELS[: LEVELS.index(root.level)]):
        for a in ancestors:
            if a.level == level and Period(a.start_date, a.end_date).contains(period):
                return a
        peers = list(
            s.scalars(
                select(Plan)
                .where(
                    Plan.level == level,
                    Plan.status != "archived",
                    Plan.start_date <= period.start,
                    Plan.end_date >= period.end,
                )
                .order_by(Plan.created_at.desc(), Plan.id.desc())
            )
        )
        if peers:
            return next((p for p in peers if p.id in same_tree), peers[0])
    return None
