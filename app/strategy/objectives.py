"""Measurable objectives of a plan: KPI metric, scope, target with unit, period.

The KPI tab and appraisals read these; ``list_objectives()`` without a plan gives all.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session, joinedload

from app.accounts.models import Account, Platform
from app.calendar.names import campaign_exists, campaign_names
from app.db.database import Database
from app.db.errors import NotFound
from app.db.records import check_version, find
from app.strategy.infos import objective_info
from app.strategy.models import Objective, Plan
from app.strategy.periods import Period, checked_period, require_within
from app.strategy.types import (
    DEFAULT_UNITS,
    KPI_METRICS,
    SCOPES,
    UNITS,
    KpiMetric,
    ObjectiveDraft,
    ObjectiveInfo,
)
from app.team.acting import Acting, require
from app.team.rights import EDIT_STRATEGY
from app.validation import InvalidInput, finite_number, optional_text, require_text

ScopeNames = tuple[str, str] | None
# A campaign is looked up by name only (app.calendar.names), not through the calendar's
# models: the strategy tab's reads then map none of the calendar's tables.
SCOPE_MODELS: dict[str, type[Platform] | type[Account]] = {
    "platform": Platform,
    "account": Account,
}


def kpi_metrics() -> tuple[KpiMetric, ...]:
    """The KPI metric codes an objective can name, each with its default unit."""
    return KPI_METRICS


def scope_names(s: Session, objectives: Sequence[Objective]) -> dict[int, ScopeNames]:
    """(en, zh) names of what each objective's scope points at; None when it is gone."""
    wanted: dict[str, set[str]] = {}
    for o in objectives:
        if o.scope != "all" and o.scope_uuid:
            wanted.setdefault(o.scope, set()).add(o.scope_uuid)
    found: dict[str, tuple[str, str]] = {}
    if "platform" in wanted:
        for p in s.scalars(select(Platform).where(Platform.uuid.in_(wanted["platform"]))):
            found[p.uuid] = (p.name_en, p.name_zh)
    if "account" in wanted:
        query = (
            select(Account)
            .options(joinedload(Account.platform))
            .where(Account.uuid.in_(wanted["account"]))
        )
        for a in s.scalars(query):
            en, zh = a.platform.name_en, a.platform.name_zh
            found[a.uuid] = (f"{en} · {a.handle}", f"{zh} · {a.handle}")
    if "campaign" in wanted:
        for uuid, name in campaign_names(s, wanted["campaign"]).items():
            found[uuid] = (name, name)
    names: dict[int, ScopeNames] = {}
    for o in objectives:
        if o.scope == "all":
            names[o.id] = ("", "")
        else:
            names[o.id] = found.get(o.scope_uuid or "")
    return names


def load_objectives(s: Session, where: ColumnElement[bool]) -> list[ObjectiveInfo]:
    query = (
        select(Objective)
        .options(joinedload(Objective.plan))
        .where(where)
        .order_by(Objective.plan_id, Objective.start_date, Objective.id)
    )
    rows = list(s.scalars(query))
    names = scope_names(s, rows)
    return [objective_info(o, names[o.id]) for o in rows]


def objective_row(plan: Plan, o: ObjectiveInfo, period: Period | None = None) -> Objective:
    """A row exactly as a snapshot had it (or moved to ``period``), unchecked."""
    row = Objective(
        plan=plan,
        metric=o.metric,
        custom_name=o.custom_name,
        scope=o.scope,
        scope_uuid=o.scope_uuid,
        target_value=o.target_value,
        unit=o.unit,
        start_date=period.start if period else o.start_date,
        end_date=period.end if period else o.end_date,
        notes=o.notes,
    )
    if period is None:
        row.uuid, row.created_at, row.updated_at = o.uuid, o.created_at, o.updated_at
    return row


class ObjectivesService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def list_objectives(self, plan_uuid: str | None = None) -> list[ObjectiveInfo]:
        with self._db.session(read_only=True) as s:
            if plan_uuid is None:
                return load_objectives(s, true())
            plan = find(s, Plan, plan_uuid, "plan")
            return load_objectives(s, Objective.plan_id == plan.id)

    def get_objective(self, uuid: str) -> ObjectiveInfo:
        with self._db.session(read_only=True) as s:
            o = find(s, Objective, uuid, "objective")
            return load_objectives(s, Objective.id == o.id)[0]

    def add_objective(
        self, plan_uuid: str, draft: ObjectiveDraft, *, uuid: str | None = None
    ) -> ObjectiveInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, plan_uuid, "plan")
            o = Objective(plan=plan)
            if uuid is not None:
                o.uuid = uuid
            self._apply(s, o, plan, draft, check_scope=True)
            s.add(o)
            s.flush()
            return load_objectives(s, Objective.id == o.id)[0]

    def update_objective(
        self, uuid: str, expected_version: int, draft: ObjectiveDraft
    ) -> ObjectiveInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            o = find(s, Objective, uuid, "objective")
            check_version(o, expected_version, "objective")
            self._apply(s, o, o.plan, draft, check_scope=True)
            s.flush()
            return load_objectives(s, Objective.id == o.id)[0]

    def remove_objective(self, uuid: str) -> ObjectiveInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            o = find(s, Objective, uuid, "objective")
            info = load_objectives(s, Objective.id == o.id)[0]
            s.delete(o)
            return info

    def restore_objective(self, removed: ObjectiveInfo) -> ObjectiveInfo:
        """Put a removed objective back; its scope may name a since-removed account."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, removed.plan_uuid, "plan")
            o = objective_row(plan, removed)
            self._apply(s, o, plan, removed.draft(), check_scope=False)
            s.add(o)
            s.flush()
            return load_objectives(s, Objective.id == o.id)[0]

    def _apply(
        self, s: Session, o: Objective, plan: Plan, d: ObjectiveDraft, *, check_scope: bool
    ) -> None:
        if d.metric not in DEFAULT_UNITS:
            raise InvalidInput("metric", f"unknown KPI metric {d.metric!r}")
        custom = require_text(d.custom_name, "custom_name", 120) if d.metric == "custom" else ""
        value = finite_number(d.target_value, "target_value")
        if value < 0:
            raise InvalidInput("target_value", "must not be negative")
        unit = d.unit or DEFAULT_UNITS[d.metric]
        if unit not in UNITS:
            raise InvalidInput("unit", f"unknown unit {unit!r}")
        if d.scope not in SCOPES:
            raise InvalidInput("scope", f"unknown scope {d.scope!r}")
        scope_uuid = None if d.scope == "all" else d.scope_uuid
        if d.scope != "all":
            if not scope_uuid:
                raise InvalidInput("scope_uuid", f"choose the {d.scope} this objective is for")
            if d.scope == "campaign":
                exists = campaign_exists(s, scope_uuid)
            else:
                model = SCOPE_MODELS[d.scope]
                exists = s.scalar(select(model.id).where(model.uuid == scope_uuid)) is not None
            if check_scope and not exists:
                raise NotFound(f"This {d.scope} no longer exists.")
        period = checked_period(d.start_date or plan.start_date, d.end_date or plan.end_date)
        require_within(period, Period(plan.start_date, plan.end_date), f"the plan {plan.title}")
        o.metric, o.custom_name, o.target_value, o.unit = d.metric, custom, value, unit
        o.scope, o.scope_uuid = d.scope, scope_uuid
        notes = optional_text(d.notes, "notes", multiline=True)
        o.start_date, o.end_date, o.notes = period.start, period.end, notes
