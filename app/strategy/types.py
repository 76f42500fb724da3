"""What the Strategy services take and return: codes, drafts, frozen infos, snapshots.

Codes only; display names belong to the UI (translated). Drafts are what a user types;
infos are what was saved, with a ``version`` to hand back on the next edit.
No SQLAlchemy here: the UI imports this before a database is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.strategy.periods import LEVELS as LEVELS
from app.strategy.periods import Period, standard_period

STATUSES = ("draft", "active", "archived")
FREQUENCY_UNITS = ("week", "month")
UNITS = ("count", "percent", "currency", "minutes", "ratio")
SCOPES = ("all", "platform", "account", "campaign")
MAX_FREQUENCY = 1000  # per week or month: more is a typo, not a plan


@dataclass(frozen=True)
class KpiMetric:
    code: str
    default_unit: str


KPI_METRICS: tuple[KpiMetric, ...] = (
    KpiMetric("followers", "count"),
    KpiMetric("follower_growth", "count"),
    KpiMetric("views", "count"),
    KpiMetric("shares", "count"),
    KpiMetric("comments", "count"),
    KpiMetric("likes", "count"),
    KpiMetric("conversions", "count"),
    KpiMetric("conversion_rate", "percent"),
    KpiMetric("ad_spend", "currency"),
    KpiMetric("roi", "ratio"),
    KpiMetric("first_response_time", "minutes"),
    KpiMetric("custom", "count"),
)
DEFAULT_UNITS = {m.code: m.default_unit for m in KPI_METRICS}


# Plans -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanDraft:
    """A plan as typed. ``new_plan_draft`` fills in the standard period of a level."""

    title: str
    level: str
    start_date: date
    end_date: date
    parent_uuid: str | None = None
    status: str = "draft"
    goals: str = ""
    core_messages: str = ""
    audience: str = ""
    execution_path: str = ""
    budget_cents: int = 0
    owner_uuid: str | None = None
    notes: str = ""


def new_plan_draft(title: str, level: str, day: date, parent_uuid: str | None = None) -> PlanDraft:
    """A draft for the year, quarter or month containing ``day`` (``dataclasses.replace``
    fills in the rest)."""
    period = standard_period(level, day)
    return PlanDraft(title, level, period.start, period.end, parent_uuid)


@dataclass(frozen=True)
class PlanInfo:
    uuid: str
    parent_uuid: str | None
    level: str
    title: str
    start_date: date
    end_date: date
    status: str
    goals: str
    core_messages: str
    audience: str
    execution_path: str
    budget_cents: int
    owner_uuid: str | None
    owner_name: str
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime

    @property
    def period(self) -> Period:
        return Period(self.start_date, self.end_date)

    def draft(self) -> PlanDraft:
        return PlanDraft(
            self.title,
            self.level,
            self.start_date,
            self.end_date,
            self.parent_uuid,
            self.status,
            self.goals,
            self.core_messages,
            self.audience,
            self.execution_path,
            self.budget_cents,
            self.owner_uuid,
            self.notes,
        )


@dataclass(frozen=True)
class RemovalImpact:
    """What removing a plan would take with it, so the UI can ask first."""

    sub_plans: int
    objectives: int
    platform_strategies: int
    pillars: int
    research_notes: int  # unlinked, not deleted

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.sub_plans or self.objectives)


@dataclass(frozen=True)
class ArchivedPlans:
    """The archived plan and each subtree plan's status before, for undo."""

    plan: PlanInfo
    previous_statuses: tuple[tuple[str, str], ...]  # (plan uuid, status)


# Platform strategies and pillars ----------------------------------------------------
@dataclass(frozen=True)
class PlatformStrategyDraft:
    platform_uuid: str
    account_uuid: str | None = None
    frequency_count: int = 0
    frequency_unit: str = "week"
    interaction_style: str = ""
    promotion_focus: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PlatformStrategyInfo:
    uuid: str
    plan_uuid: str
    platform_uuid: str
    platform_code: str
    platform_en: str
    platform_zh: str
    account_uuid: str | None
    account_handle: str
    frequency_count: int
    frequency_unit: str
    interaction_style: str
    promotion_focus: str
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime

    def platform_name(self, language: str) -> str:
        return self.platform_zh if language.startswith("zh") else self.platform_en

    def draft(self) -> PlatformStrategyDraft:
        return PlatformStrategyDraft(
            self.platform_uuid,
            self.account_uuid,
            self.frequency_count,
            self.frequency_unit,
            self.interaction_style,
            self.promotion_focus,
            self.notes,
        )


@dataclass(frozen=True)
class PillarDraft:
    """A content pillar; with ``platform_strategy_uuid`` it is that platform's only."""

    name: str
    share_percent: int = 0
    platform_strategy_uuid: str | None = None
    description: str = ""


@dataclass(frozen=True)
class PillarInfo:
    uuid: str
    plan_uuid: str
    platform_strategy_uuid: str | None
    name: str
    share_percent: int
    description: str
    sort_order: int
    version: int
    created_at: datetime
    updated_at: datetime

    def draft(self) -> PillarDraft:
        return PillarDraft(
            self.name, self.share_percent, self.platform_strategy_uuid, self.description
        )


@dataclass(frozen=True)
class RemovedPlatformStrategy:
    strategy: PlatformStrategyInfo
    pillars: tuple[PillarInfo, ...]


# Objectives ------------------------------------------------------------------------
@dataclass(frozen=True)
class ObjectiveDraft:
    """A target. ``unit`` None means the metric's default; dates None the plan's period.

    A currency target is in the currency's main unit (yuan), as the user types it.
    """

    metric: str
    target_value: float
    unit: str | None = None
    scope: str = "all"
    scope_uuid: str | None = None
    custom_name: str = ""
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ObjectiveInfo:
    uuid: str
    plan_uuid: str
    metric: str
    custom_name: str
    scope: str
    scope_uuid: str | None
    scope_name_en: str  # platform name, "@handle" or campaign name; "" for all
    scope_name_zh: str
    scope_missing: bool  # the account/campaign it names was removed since
    target_value: float
    unit: str
    start_date: date
    end_date: date
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime

    def scope_name(self, language: str) -> str:
        return self.scope_name_zh if language.startswith("zh") else self.scope_name_en

    def draft(self) -> ObjectiveDraft:
        return ObjectiveDraft(
            self.metric,
            self.target_value,
            self.unit,
            self.scope,
            self.scope_uuid,
            self.custom_name,
            self.start_date,
            self.end_date,
            self.notes,
        )


@dataclass(frozen=True)
class RemovedPlan:
    """A removed plan's whole subtree, parents before children, for an exact restore."""

    plans: tuple[PlanInfo, ...]
    strategies: tuple[PlatformStrategyInfo, ...]
    pillars: tuple[PillarInfo, ...]
    objectives: tuple[ObjectiveInfo, ...]
    note_links: tuple[tuple[str, str], ...]  # (research note uuid, plan uuid)

    @property
    def plan(self) -> PlanInfo:
        return self.plans[0]
