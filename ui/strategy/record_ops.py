"""The Strategy services' calls as the editing kit names them (get / add / update /
remove / restore), one factory per kind of record; ``add`` names where a new one goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.strategy.research_types import (
    CompetitorDraft,
    CompetitorInfo,
    ObservationDraft,
    ObservationInfo,
    RemovedCompetitor,
    ResearchNoteDraft,
    ResearchNoteInfo,
)
from app.strategy.types import (
    ObjectiveDraft,
    ObjectiveInfo,
    PillarDraft,
    PillarInfo,
    PlanDraft,
    PlanInfo,
    PlatformStrategyDraft,
    PlatformStrategyInfo,
    RemovedPlan,
    RemovedPlatformStrategy,
)
from ui.widgets.records import RecordOps

if TYPE_CHECKING:
    from app.workspace import Workspace


def plan_ops(ws: Workspace) -> RecordOps[PlanInfo, PlanDraft, RemovedPlan]:
    p = ws.plans
    return RecordOps(p.get_plan, p.add_plan, p.update_plan, p.remove_plan, p.restore_plan)


StrategyOps = RecordOps[PlatformStrategyInfo, PlatformStrategyDraft, RemovedPlatformStrategy]


def strategy_ops(plan_uuid: str) -> Callable[[Workspace], StrategyOps]:
    def ops(ws: Workspace) -> StrategyOps:
        svc = ws.platform_strategies
        return RecordOps(
            svc.get_strategy,
            lambda d: svc.add_strategy(plan_uuid, d),
            svc.update_strategy,
            svc.remove_strategy,
            svc.restore_strategy,
        )

    return ops


def pillar_ops(
    plan_uuid: str,
) -> Callable[[Workspace], RecordOps[PillarInfo, PillarDraft, PillarInfo]]:
    def ops(ws: Workspace) -> RecordOps[PillarInfo, PillarDraft, PillarInfo]:
        svc = ws.platform_strategies
        return RecordOps(
            svc.get_pillar,
            lambda d: svc.add_pillar(plan_uuid, d),
            svc.update_pillar,
            svc.remove_pillar,
            svc.restore_pillar,
        )

    return ops


ObjectiveOps = RecordOps[ObjectiveInfo, ObjectiveDraft, ObjectiveInfo]


def objective_ops(plan_uuid: str) -> Callable[[Workspace], ObjectiveOps]:
    def ops(ws: Workspace) -> ObjectiveOps:
        svc = ws.objectives
        return RecordOps(
            svc.get_objective,
            lambda d: svc.add_objective(plan_uuid, d),
            svc.update_objective,
            svc.remove_objective,
            svc.restore_objective,
        )

    return ops


def competitor_ops(
    ws: Workspace,
) -> RecordOps[CompetitorInfo, CompetitorDraft, RemovedCompetitor]:
    svc = ws.research
    return RecordOps(
        svc.get_competitor,
        svc.add_competitor,
        svc.update_competitor,
        svc.remove_competitor,
        svc.restore_competitor,
    )


ObservationOps = RecordOps[ObservationInfo, ObservationDraft, ObservationInfo]


def observation_ops(competitor_uuid: str) -> Callable[[Workspace], ObservationOps]:
    def ops(ws: Workspace) -> ObservationOps:
        svc = ws.research
        return RecordOps(
            svc.get_observation,
            lambda d: svc.add_observation(competitor_uuid, d),
            svc.update_observation,
            svc.remove_observation,
            lambda o: svc.add_observation(o.competitor_uuid, o.draft(), uuid=o.uuid),
        )

    return ops


NoteOps = RecordOps[ResearchNoteInfo, ResearchNoteDraft, ResearchNoteInfo]


def note_ops(ws: Workspace) -> NoteOps:
    svc = ws.research
    return RecordOps(
        svc.get_note,
        svc.add_note,
        svc.update_note,
        svc.remove_note,
        lambda n: svc.add_note(n.draft(), uuid=n.uuid),
    )
