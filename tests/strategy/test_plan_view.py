"""The strategy tab's read model: one transaction gives what every section shows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from app.demo import fill
from app.workspace import Workspace


def count_transactions(ws: Workspace) -> list[int]:
    seen = [0]

    def begun(_conn: Any) -> None:
        seen[0] += 1

    event.listen(ws.db.engine, "begin", begun)
    return seen


def test_plan_view_reads_every_section_in_one_transaction(workspace: Workspace) -> None:
    fill(workspace.db)
    ws = workspace
    month = next(p for p in ws.plans.list_plans() if p.level == "month")
    first = ws.research.list_competitors()[0]
    begun = count_transactions(ws)
    view = ws.plans.plan_view(month.uuid)
    assert begun[0] == 1
    assert view.plan == ws.plans.get_plan(month.uuid)
    assert list(view.strategies) == ws.platform_strategies.list_strategies(month.uuid)
    assert list(view.pillars) == ws.platform_strategies.list_pillars(month.uuid)
    assert list(view.objectives) == ws.objectives.list_objectives(month.uuid)
    assert list(view.notes) == ws.research.list_notes(month.uuid)
    assert view.health == ws.plans.plan_health(month.uuid)
    assert list(view.members) == ws.team.list_members()
    assert list(view.competitors) == ws.research.list_competitors()
    assert view.observed_competitor_uuid == first.uuid
    assert list(view.observations) == ws.research.list_observations(first.uuid)
    assert list(view.platforms) == ws.accounts.list_platforms()


def test_a_plan_without_strategies_says_whose_it_follows(workspace: Workspace) -> None:
    fill(workspace.db)
    ws = workspace
    plans = ws.plans.list_plans()
    following = [p for p in plans if not ws.platform_strategies.list_strategies(p.uuid)]
    assert following, "the demo has plans that follow their parent's strategies"
    for plan in following:
        view = ws.plans.plan_view(plan.uuid)
        assert view.strategies == ()
        source = view.health.source_plan_uuid
        expected = None if source == plan.uuid else ws.plans.get_plan(source)
        assert view.inherited_from == expected


def test_observations_follow_the_competitor_asked_for(workspace: Workspace) -> None:
    fill(workspace.db)
    ws = workspace
    year = next(p for p in ws.plans.list_plans() if p.level == "year")
    last = ws.research.list_competitors()[-1]
    view = ws.plans.plan_view(year.uuid, competitor_uuid=last.uuid)
    assert view.observed_competitor_uuid == last.uuid
    assert list(view.observations) == ws.research.list_observations(last.uuid)
    gone = ws.plans.plan_view(year.uuid, competitor_uuid="no-such-competitor")
    assert gone.observed_competitor_uuid == ws.research.list_competitors()[0].uuid


def test_tab_view_keeps_the_plan_shown_or_starts_with_an_active_month(
    workspace: Workspace,
) -> None:
    assert workspace.plans.tab_view().selected is None  # an empty database
    fill(workspace.db)
    ws = workspace
    plans = ws.plans.list_plans()
    begun = count_transactions(ws)
    start = ws.plans.tab_view()
    assert begun[0] == 1
    assert list(start.plans) == plans
    assert start.selected is not None
    assert start.selected.plan.level == "month" and start.selected.plan.status == "active"
    year = next(p for p in plans if p.level == "year")
    kept = ws.plans.tab_view(year.uuid)
    assert kept.selected is not None and kept.selected.plan.uuid == year.uuid
    gone = ws.plans.tab_view("removed-meanwhile")
    assert gone.selected == start.selected
