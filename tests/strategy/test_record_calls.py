"""The calls the editing kit makes on the Strategy services: get one record by UUID, and
restore a removed one whole, in one transaction, with the same UUIDs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.db.errors import NotFound
from app.strategy.research_types import CompetitorDraft, ObservationDraft, ResearchNoteDraft
from app.strategy.types import ObjectiveDraft, PillarDraft, PlatformStrategyDraft
from app.workspace import Workspace
from tests.strategy.support import platform, year_tree


def test_get_returns_what_the_list_shows(workspace: Workspace) -> None:
    year, _q1, _march = year_tree(workspace)
    weibo = platform(workspace, "weibo")
    svc = workspace.platform_strategies
    st = svc.add_strategy(year.uuid, PlatformStrategyDraft(weibo.uuid, None, 7))
    pillar = svc.add_pillar(year.uuid, PillarDraft("产品种草", 40))
    objective = workspace.objectives.add_objective(year.uuid, ObjectiveDraft("views", 10_000))
    research = workspace.research
    competitor = research.add_competitor(CompetitorDraft("青柠生活"))
    observation = research.add_observation(
        competitor.uuid, ObservationDraft(date(2026, 3, 1), "followers", 1_250_000)
    )
    note = research.add_note(ResearchNoteDraft(date(2026, 3, 2), "趋势", plan_uuid=year.uuid))
    assert svc.get_strategy(st.uuid) == svc.list_strategies(year.uuid)[0]
    assert svc.get_pillar(pillar.uuid) == svc.list_pillars(year.uuid)[0]
    assert workspace.objectives.get_objective(objective.uuid) == objective
    assert research.get_competitor(competitor.uuid) == research.list_competitors()[0]
    assert research.get_observation(observation.uuid) == observation
    assert research.get_note(note.uuid) == research.list_notes(year.uuid)[0]
    with pytest.raises(NotFound):
        svc.get_strategy("no-such-uuid")


def test_restoring_a_competitor_is_all_or_nothing(workspace: Workspace) -> None:
    research = workspace.research
    kuaishou = workspace.accounts.add_platform("Kuaishou2", "快手二")
    competitor = research.add_competitor(CompetitorDraft("青柠生活", notes="对标"))
    first = research.add_observation(
        competitor.uuid, ObservationDraft(date(2026, 3, 1), "followers", 100)
    )
    second = research.add_observation(
        competitor.uuid, ObservationDraft(date(2026, 4, 1), "followers", 200, kuaishou.uuid)
    )
    removed = research.remove_competitor(competitor.uuid)
    assert research.list_competitors() == []

    # An observation naming a platform that no longer exists: nothing comes back.
    gone = replace(removed.observations[1], platform_uuid="removed-platform")
    broken = replace(removed, observations=(removed.observations[0], gone))
    with pytest.raises(NotFound):
        research.restore_competitor(broken)
    assert research.list_competitors() == []
    assert research.list_observations() == []

    back = research.restore_competitor(removed)
    assert (back.uuid, back.notes) == (competitor.uuid, "对标")
    assert [o.uuid for o in research.list_observations(back.uuid)] == [first.uuid, second.uuid]
