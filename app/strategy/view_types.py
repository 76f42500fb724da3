"""What the strategy tab shows, read in one transaction and handed over frozen.

No SQLAlchemy: the UI imports this early. :mod:`app.strategy.view` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.accounts.types import PlatformInfo
from app.strategy.health_types import PlanHealth
from app.strategy.research_types import CompetitorInfo, ObservationInfo, ResearchNoteInfo
from app.strategy.types import ObjectiveInfo, PillarInfo, PlanInfo, PlatformStrategyInfo
from app.team.types import MemberInfo


@dataclass(frozen=True)
class PlanView:
    """One plan as every section of the tab shows it."""

    plan: PlanInfo
    members: tuple[MemberInfo, ...]  # who can own it
    strategies: tuple[PlatformStrategyInfo, ...]  # its own
    pillars: tuple[PillarInfo, ...]  # its own
    # The plan above whose strategies it follows while it has none of its own.
    inherited_from: PlanInfo | None
    objectives: tuple[ObjectiveInfo, ...]
    notes: tuple[ResearchNoteInfo, ...]
    health: PlanHealth
    # Competitors are shared by every plan; observations are of the one shown.
    competitors: tuple[CompetitorInfo, ...]
    observed_competitor_uuid: str | None
    observations: tuple[ObservationInfo, ...]
    platforms: tuple[PlatformInfo, ...]


@dataclass(frozen=True)
class TabView:
    """The plan tree and the plan to select in it (None: no plans, or none to show)."""

    plans: tuple[PlanInfo, ...]
    selected: PlanView | None
