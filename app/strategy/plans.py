"""Strategy plans: the year/quarter/month tree, copying, archiving, removal with undo.

Platform strategies and pillars live in ``strategy_platforms``, objectives in
``strategy_objectives``, competitors and research notes in ``strategy_research``.
Every edit returns the new state; every removal returns what restores it exactly.
"""

from __future__ import annotations

from sqlalchemy import case, select
from sqlalchemy.orm import Session, joinedload

from app.db.database import Database
from app.db.records import check_version, find
from app.strategy import health as strategy_health
from app.strategy import tree as strategy_tree
from app.strategy.health_types import PlanDocument, PlanHealth
from app.strategy.models import Objective, Plan
from app.strategy.periods import Period, checked_period, require_within
from app.strategy.rows import plan_info
from app.strategy.types import (
    LEVELS,
    STATUSES,
    ArchivedPlans,
    PlanDraft,
    PlanInfo,
    RemovalImpact,
    RemovedPlan,
)
from app.team.models import Member
from app.validation import InvalidInput, require_text, whole_number

MAX_BUDGET_CENTS = 10**15  # ten trillion yuan: anything more is a typo
LEVEL_ORDER = case({level: i for i, level in enumerate(LEVELS)}, value=Plan.level)


def _get(s: Session, uuid: str) -> Plan:
    return find(s, Plan, uuid, "plan")


def _validate(d: PlanDraft) -> Period:
    """Checks that need no database; returns the period."""
    require_text(d.title, "title", 200)
    if d.level not in LEVELS:
        raise InvalidInput("level", f"unknown plan level {d.level!r}")
    if d.status not in STATUSES:
        raise InvalidInput("status", f"unknown status {d.status!r}")
    whole_number(d.budget_cents, "budget_cents", 0, MAX_BUDGET_CENTS)
    return checked_period(d.start_date, d.end_date)


def _check_parent(s: Session, plan: Plan | None, d: PlanDraft, period: Period) -> Plan | None:
    if d.parent_uuid is None:
        return None
    parent = _get(s, d.parent_uuid)
    if plan is not None and parent.id in strategy_tree.subtree_ids(s, plan.id):
        raise InvalidInput("parent_uuid", "a plan cannot sit under itself or its own sub-plans")
    if LEVELS.index(parent.level) >= LEVELS.index(d.level):
        raise InvalidInput(
            "level", f"a {d.level} plan cannot sit under a {parent.level} plan ({parent.title})"
        )
    require_within(
        period, Period(parent.start_date, parent.end_date), f"the parent plan {parent.title}"
    )
    return parent


def _check_contents(s: Session, plan: Plan, d: PlanDraft, period: Period) -> None:
    """A changed plan must still hold its sub-plans and objectives."""
    children = s.scalars(select(Plan).where(Plan.parent_id == plan.id).order_by(Plan.start_date))
    for child in children:
        inside = Period(child.start_date, child.end_date)
        if LEVELS.index(child.level) <= LEVELS.index(d.level):
            raise InvalidInput(
                "level", f"its sub-plan {child.title} is a {child.level} plan; choose a wider level"
            )
        if not period.contains(inside):
            field = "start_date" if inside.start < period.start else "end_date"
            raise InvalidInput(
                field, f"its sub-plan {child.title} ({inside.label()}) would fall outside"
            )
    objectives = s.scalars(select(Objective).where(Objective.plan_id == plan.id))
    for o in objectives:
        inside = Period(o.start_date, o.end_date)
        if not period.contains(inside):
            field = "start_date" if inside.start < period.start else "end_date"
            raise InvalidInput(field, f"an objective ({inside.label()}) would fall outside")


def _apply(s: Session, plan: Plan, d: PlanDraft, period: Period, parent: Plan | None) -> None:
    owner = find(s, Member, d.owner_uuid, "team member") if d.owner_uuid else None
    plan.parent, plan.owner = parent, owner
    plan.level, plan.title, plan.status = d.level, d.title.strip(), d.status
    plan.start_date, plan.end_date = period.start, period.end
    plan.goals, plan.core_messages, plan.audience = d.goals, d.core_messages, d.audience
    plan.execution_path, plan.budget_cents, plan.notes = d.execution_path, d.budget_cents, d.notes


class StrategyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_plans(self, *, include_archived: bool = True) -> list[PlanInfo]:
        """Every plan, flat, by start date (a year before its first quarter and month);
        ``parent_uuid`` gives the tree."""
        query = (
            select(Plan)
            .options(joinedload(Plan.parent), joinedload(Plan.owner))
            .order_by(Plan.start_date, LEVEL_ORDER, Plan.title, Plan.id)
        )
        if not include_archived:
            query = query.where(Plan.status != "archived")
        with self._db.session() as s:
            return [plan_info(p) for p in s.scalars(query)]

    def get_plan(self, uuid: str) -> PlanInfo:
        with self._db.session() as s:
            return plan_info(_get(s, uuid))

    def add_plan(self, draft: PlanDraft, *, uuid: str | None = None) -> PlanInfo:
        period = _validate(draft)
        with self._db.session() as s:
            plan = Plan()
            if uuid is not None:
                plan.uuid = uuid
            _apply(s, plan, draft, period, _check_parent(s, None, draft, period))
            s.add(plan)
            s.flush()
            return plan_info(plan)

    def update_plan(self, uuid: str, expected_version: int, draft: PlanDraft) -> PlanInfo:
        """Save changes made to the version the user saw; raises StaleEdit otherwise."""
        period = _validate(draft)
        with self._db.session() as s:
            plan = _get(s, uuid)
            check_version(plan, expected_version, "plan")
            parent = _check_parent(s, plan, draft, period)
            _check_contents(s, plan, draft, period)
            _apply(s, plan, draft, period, parent)
            s.flush()
            return plan_info(plan)

    def archive_plan(self, uuid: str, expected_version: int) -> ArchivedPlans:
        """Archive a plan and every plan under it; ``unarchive_plan`` undoes it."""
        with self._db.session() as s:
            plan = _get(s, uuid)
            check_version(plan, expected_version, "plan")
            tree = strategy_tree.subtree(s, plan)
            before = tuple((p.uuid, p.status) for p in tree)
            for p in tree:
                if p.status != "archived":
                    p.status = "archived"
            s.flush()
            return ArchivedPlans(plan_info(plan), before)

    def unarchive_plan(self, archived: ArchivedPlans) -> PlanInfo:
        """Give each plan the status it had before ``archive_plan`` (those still there)."""
        with self._db.session() as s:
            previous = dict(archived.previous_statuses)
            for p in s.scalars(select(Plan).where(Plan.uuid.in_(previous))):
                if p.status != previous[p.uuid]:
                    p.status = previous[p.uuid]
            s.flush()
            return plan_info(_get(s, archived.plan.uuid))

    def removal_impact(self, uuid: str) -> RemovalImpact:
        """What ``remove_plan`` would take with it; ask first when it is not nothing."""
        with self._db.session() as s:
            return strategy_tree.removal_impact(s, _get(s, uuid))

    def remove_plan(self, uuid: str) -> RemovedPlan:
        """Remove a plan with its sub-plans, strategies, pillars and objectives.

        Linked research notes stay, unlinked. The result restores all of it.
        """
        with self._db.session() as s:
            plan = _get(s, uuid)
            removed = strategy_tree.snapshot(s, plan)
            s.delete(plan)  # the database cascades to the subtree and its contents
            return removed

    def restore_plan(self, removed: RemovedPlan) -> PlanInfo:
        with self._db.session() as s:
            return plan_info(strategy_tree.restore(s, removed))

    def copy_to_next_period(self, uuid: str) -> PlanInfo:
        """Copy a plan and its subtree to the next year, quarter or month, as drafts.

        Texts, platform strategies, pillars and objectives are carried; results are not.
        Undo with ``remove_plan`` on the copy.
        """
        with self._db.session() as s:
            return plan_info(strategy_tree.copy_to_next_period(s, _get(s, uuid)))

    def plan_health(self, uuid: str) -> PlanHealth:
        with self._db.session() as s:
            return strategy_health.plan_health(s, _get(s, uuid))

    def plan_document(self, uuid: str) -> PlanDocument:
        with self._db.session() as s:
            return strategy_health.plan_document(s, _get(s, uuid))
