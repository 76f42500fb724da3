"""Strategy plans: the year/quarter/month tree, copying, archiving, removal with undo.

Platform strategies and pillars live in ``strategy_platforms``, objectives in
``strategy_objectives``, competitors and research notes in ``strategy_research``.
Every edit returns the new state; every removal returns what restores it exactly.
"""

from __future__ import annotations

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session, joinedload

from app.db.database import Database
from app.db.records import check_version, find
from app.strategy import health as strategy_health
from app.strategy import tree as strategy_tree
from app.strategy import view as strategy_view
from app.strategy.health_types import PlanDocument, PlanHealth
from app.strategy.infos import plan_info
from app.strategy.models import Objective, Plan
from app.strategy.periods import Period, checked_period, require_within
from app.strategy.types import (
    LEVELS,
    STATUSES,
    ArchivedPlans,
    PlanDraft,
    PlanInfo,
    RemovalImpact,
    RemovedPlan,
)
from app.strategy.view_types import PlanView, TabView
from app.team.acting import Acting, require
from app.team.models import Member
from app.team.rights import EDIT_STRATEGY
from app.validation import InvalidInput, optional_text, require_text, whole_number

MAX_BUDGET_CENTS = 10**15  # ten trillion yuan: anything more is a typo
LEVEL_ORDER = case({level: i for i, level in enumerate(LEVELS)}, value=Plan.level)


def _plans_query() -> Select[Plan]:
    return (
        select(Plan)
        .options(joinedload(Plan.parent), joinedload(Plan.owner))
        .order_by(Plan.start_date, LEVEL_ORDER, Plan.title, Plan.id)
    )


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
    plan.level, plan.title, plan.status = d.level, require_text(d.title, "title", 200), d.status
    plan.start_date, plan.end_date = period.start, period.end
    plan.goals = optional_text(d.goals, "goals", multiline=True)
    plan.core_messages = optional_text(d.core_messages, "core_messages", multiline=True)
    plan.audience = optional_text(d.audience, "audience", multiline=True)
    plan.execution_path = optional_text(d.execution_path, "execution_path", multiline=True)
    plan.budget_cents = d.budget_cents
    plan.notes = optional_text(d.notes, "notes", multiline=True)


class StrategyService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def list_plans(self, *, include_archived: bool = True) -> list[PlanInfo]:
        """Every plan, flat, by start date (a year before its first quarter and month);
        ``parent_uuid`` gives the tree."""
        query = _plans_query()
        if not include_archived:
            query = query.where(Plan.status != "archived")
        with self._db.session(read_only=True) as s:
            return [plan_info(p) for p in s.scalars(query)]

    def get_plan(self, uuid: str) -> PlanInfo:
        with self._db.session(read_only=True) as s:
            return plan_info(_get(s, uuid))

    def add_plan(self, draft: PlanDraft, *, uuid: str | None = None) -> PlanInfo:
        period = _validate(draft)
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
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
            require(self._acting, s, EDIT_STRATEGY)
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
            require(self._acting, s, EDIT_STRATEGY)
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
            require(self._acting, s, EDIT_STRATEGY)
            previous = dict(archived.previous_statuses)
            for p in s.scalars(select(Plan).where(Plan.uuid.in_(previous))):
                if p.status != previous[p.uuid]:
                    p.status = previous[p.uuid]
            s.flush()
            return plan_info(_get(s, archived.plan.uuid))

    def removal_impact(self, uuid: str) -> RemovalImpact:
        """What ``remove_plan`` would take with it; ask first when it is not nothing."""
        with self._db.session(read_only=True) as s:
            return strategy_tree.removal_impact(s, _get(s, uuid))

    def remove_plan(self, uuid: str) -> RemovedPlan:
        """Remove a plan with its sub-plans, strategies, pillars and objectives.

        Linked research notes stay, unlinked. The result restores all of it.
        """
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = _get(s, uuid)
            removed = strategy_tree.snapshot(s, plan)
            s.delete(plan)  # the database cascades to the subtree and its contents
            return removed

    def restore_plan(self, removed: RemovedPlan) -> PlanInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            return plan_info(strategy_tree.restore(s, removed))

    def copy_to_next_period(self, uuid: str) -> PlanInfo:
        """Copy a plan and its subtree to the next year, quarter or month, as drafts.

        Texts, platform strategies, pillars and objectives are carried; results are not.
        Undo with ``remove_plan`` on the copy.
        """
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            return plan_info(strategy_tree.copy_to_next_period(s, _get(s, uuid)))

    def plan_health(self, uuid: str) -> PlanHealth:
        with self._db.session(read_only=True) as s:
            return strategy_health.plan_health(s, _get(s, uuid))

    def plan_view(
        self, uuid: str, competitor_uuid: str | None = None, *, actuals: bool = True
    ) -> PlanView:
        """Everything the strategy tab shows of one plan, in one transaction
        (``actuals=False``: its health without the objectives' KPI actuals)."""
        with self._db.session(read_only=True) as s:
            return strategy_view.plan_view(s, _get(s, uuid), competitor_uuid, actuals=actuals)

    def tab_view(
        self,
        keep_uuid: str | None = None,
        *,
        show_archived: bool = False,
        competitor_uuid: str | None = None,
        actuals: bool = True,
    ) -> TabView:
        """Every plan (as :meth:`list_plans`) and the view of ``keep_uuid`` while it
        exists, else of the plan to start with: one transaction."""
        with self._db.session(read_only=True) as s:
            plans = [plan_info(p) for p in s.scalars(_plans_query())]
            return strategy_view.tab_view(
                s,
                plans,
                keep_uuid,
                show_archived=show_archived,
                competitor_uuid=competitor_uuid,
                actuals=actuals,
            )

    def plan_document(self, uuid: str) -> PlanDocument:
        with self._db.session(read_only=True) as s:
            return strategy_health.plan_document(s, _get(s, uuid))
