"""Plan health and the printable plan document, as the UI receives them.

No SQLAlchemy: the UI imports this early.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.strategy.research_types import ResearchNoteInfo
from app.strategy.types import ObjectiveInfo, PillarInfo, PlanInfo, PlatformStrategyInfo


@dataclass(frozen=True)
class PlatformPosts:
    """Planned vs scheduled posts of one platform strategy over the plan's period.

    Enough for "Douyin: 8 of 20 planned posts scheduled for March" (the UI words it).
    """

    strategy_uuid: str
    platform_uuid: str
    platform_code: str
    platform_en: str
    platform_zh: str
    account_uuid: str | None
    account_handle: str
    frequency_count: int
    frequency_unit: str
    planned: int
    scheduled: int | None  # None until the content calendar exists

    def platform_name(self, language: str) -> str:
        return self.platform_zh if language.startswith("zh") else self.platform_en

    @property
    def missing(self) -> int | None:
        """Posts still to schedule; None while nothing can be scheduled."""
        return None if self.scheduled is None else max(self.planned - self.scheduled, 0)

    @property
    def is_gap(self) -> bool:
        return self.scheduled is not None and self.scheduled < self.planned


@dataclass(frozen=True)
class PillarPosts:
    pillar_uuid: str
    name: str
    platform_strategy_uuid: str | None  # None: a plan-wide pillar
    share_percent: int
    planned: int  # the share of the planned posts it applies to
    scheduled: int | None

    @property
    def is_gap(self) -> bool:
        return self.scheduled is not None and self.scheduled < self.planned


@dataclass(frozen=True)
class ObjectiveProgress:
    objective: ObjectiveInfo
    actual: float | None  # None until KPI data exists
    progress: float | None  # actual / target; 1.0 means met


@dataclass(frozen=True)
class PlanHealth:
    """Posts planned over ``plan``'s period by the strategies and pillars of
    ``source_plan_uuid`` (the plan itself, or the nearest plan above with strategies)."""

    plan: PlanInfo
    source_plan_uuid: str
    calendar_available: bool
    kpi_available: bool
    platforms: tuple[PlatformPosts, ...]
    pillars: tuple[PillarPosts, ...]
    objectives: tuple[ObjectiveProgress, ...]
    # False: the objectives' actuals were left unread (``actuals=False``); the strategy
    # tab reads them when its Health section is first shown, not while it opens.
    actuals_read: bool = True

    @property
    def planned_posts(self) -> int:
        return sum(p.planned for p in self.platforms)

    @property
    def gaps(self) -> tuple[PlatformPosts, ...]:
        return tuple(p for p in self.platforms if p.is_gap)

    @property
    def plan_wide_share_percent(self) -> int:
        """How much of the plan's posts the plan-wide pillars account for (<= 100)."""
        return sum(p.share_percent for p in self.pillars if p.platform_strategy_uuid is None)


@dataclass(frozen=True)
class PlanDocument:
    """Everything a printable plan shows; the UI lays it out in its language."""

    plan: PlanInfo
    ancestors: tuple[PlanInfo, ...]  # top-level plan first
    sub_plans: tuple[PlanInfo, ...]  # direct children by start date
    strategies: tuple[PlatformStrategyInfo, ...]
    pillars: tuple[PillarInfo, ...]
    objectives: tuple[ObjectiveInfo, ...]
    research_notes: tuple[ResearchNoteInfo, ...]
    health: PlanHealth
