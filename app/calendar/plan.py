"""What the strategy plans for each account on a day: frequency and pillar mix.

Read through the strategy's own services (its tables are its business; only their
row counts and latest change times are read here, to know when to read again). The plan that
counts for a day is the finest one containing it (a month plan over its quarter over its
year), active plans before drafts, archived ones never; an account strategy beats its
platform's strategy in the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app.accounts.models import Account
from app.accounts.service import AccountsService
from app.db.database import Database
from app.strategy.models import ContentPillar, Plan, PlatformStrategy
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.types import PillarInfo, PlanInfo


@dataclass(frozen=True)
class Planned:
    count: int
    unit: str  # "week" or "month"
    pillars: tuple[PillarInfo, ...]  # the account's pillars, then the plan-wide ones


def period_of(day: date, unit: str) -> tuple[date, date]:
    """The Monday-to-Sunday week or the calendar month containing ``day`` (inclusive)."""
    if unit == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)


def _plans_for(plans: list[PlanInfo], day: date) -> list[PlanInfo]:
    containing = [p for p in plans if p.status != "archived" and p.start_date <= day <= p.end_date]
    return sorted(
        containing, key=lambda p: (p.status != "active", (p.end_date - p.start_date).days)
    )


def _fingerprint(db: Database) -> tuple[object, ...]:
    """Changes whenever a plan, platform strategy, pillar or account is added, edited or
    removed: one cheap statement, so the views need not re-read the strategy each time."""
    parts: list[Any] = []
    for model in (Plan, PlatformStrategy, ContentPillar, Account):
        parts += [func.count(model.id), func.max(model.updated_at)]
    with db.session(read_only=True) as s:
        return tuple(s.execute(select(*[select(p).scalar_subquery() for p in parts])).one())


class StrategyPlan:
    """Planned frequencies per account, read through the strategy's services; a
    :class:`PlanCache` keeps one while the strategy is unchanged."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._plans: list[PlanInfo] | None = None
        self._by_plan: dict[str, dict[str, Planned]] = {}
        self._by_day: dict[date, dict[str, Planned]] = {}

    def for_day(self, day: date) -> dict[str, Planned]:
        """Account UUID → what is planned for it on ``day`` (accounts without a plan
        are absent)."""
        if day in self._by_day:
            return self._by_day[day]
        if self._plans is None:
            self._plans = StrategyService(self._db).list_plans(include_archived=False)
        merged: dict[str, Planned] = {}
        for plan in _plans_for(self._plans, day):
            for account, planned in self._plan(plan.uuid).items():
                merged.setdefault(account, planned)
        self._by_day[day] = merged
        return merged

    def _plan(self, plan_uuid: str) -> dict[str, Planned]:
        if plan_uuid in self._by_plan:
            return self._by_plan[plan_uuid]
        platforms = PlatformStrategyService(self._db)
        strategies = platforms.list_strategies(plan_uuid)
        pillars = platforms.list_pillars(plan_uuid)
        shared = tuple(p for p in pillars if p.platform_strategy_uuid is None)
        accounts = AccountsService(self._db).list_accounts()
        found: dict[str, Planned] = {}
        # Account strategies first, so they win over their platform's.
        for st in sorted(strategies, key=lambda st: st.account_uuid is None):
            if st.frequency_count <= 0:
                continue
            own = tuple(p for p in pillars if p.platform_strategy_uuid == st.uuid)
            planned = Planned(st.frequency_count, st.frequency_unit, own + shared)
            if st.account_uuid is not None:
                found.setdefault(st.account_uuid, planned)
            else:
                for a in accounts:
                    if a.platform_uuid == st.platform_uuid:
                        found.setdefault(a.uuid, planned)
        self._by_plan[plan_uuid] = found
        return found


class PlanCache:
    """A service's :class:`StrategyPlan`, read again only when the strategy changed."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._kept: tuple[tuple[object, ...], StrategyPlan] | None = None

    def get(self) -> StrategyPlan:
        stamp = _fingerprint(self._db)
        if self._kept is None or self._kept[0] != stamp:
            self._kept = (stamp, StrategyPlan(self._db))
        return self._kept[1]
