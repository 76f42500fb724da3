"""Campaigns as records (kind, accounts, money, objectives, results), removal that keeps
their posts and gives them back on restore, and the calendar settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.calendar.types import (
    ApprovalPolicy,
    ApprovalStep,
    CalendarSettings,
    CampaignDraft,
)
from app.db.errors import StaleEdit
from app.strategy.types import ObjectiveDraft, new_plan_draft
from app.team.rights import Forbidden
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.calendar.core_support import DAY, add_post, at, make_team


def test_campaign_record_remove_and_restore(workspace: Workspace) -> None:
    team = make_team(workspace)
    plan = workspace.plans.add_plan(new_plan_draft("2026", "year", DAY))
    goal = workspace.objectives.add_objective(plan.uuid, ObjectiveDraft("views", 1_000_000))
    draft = CampaignDraft(
        "双12 抽奖",
        date(2026, 12, 1),
        date(2026, 12, 12),
        "giveaway",
        (team.weibo.uuid, team.instagram.uuid),
        budget_cents=5_000_000,
        ad_spend_cents=1_250_000,
        goal="话题阅读 500 万",
        objective_uuids=(goal.uuid,),
        owner_uuid=team.planner,
    )
    campaigns = workspace.campaigns
    c = campaigns.add(draft)
    assert (c.kind, c.account_handles, c.objective_uuids, c.owner_name) == (
        "giveaway",
        ("@brand", "@brand.global"),
        (goal.uuid,),
        "王芳",
    )
    assert c.draft() == draft
    post = add_post(workspace, "抽奖规则", at(DAY), (team.weibo,), campaign_uuid=c.uuid)
    done = campaigns.update(c.uuid, c.version, replace(draft, results_notes="阅读 620 万"))
    assert done.results_notes == "阅读 620 万" and done.post_count == 1
    with pytest.raises(StaleEdit):
        campaigns.update(c.uuid, c.version, draft)

    removed = campaigns.remove(c.uuid)
    assert workspace.calendar.posts.get(post.uuid).campaign_uuid is None
    back = campaigns.restore(removed)
    assert back.uuid == c.uuid and back.post_count == 1
    assert workspace.calendar.posts.get(post.uuid).campaign_name == "双12 抽奖"

    for bad in (
        replace(draft, end_date=date(2026, 11, 30)),
        replace(draft, kind="party"),
        replace(draft, budget_cents=-1),
        replace(draft, name=" "),
    ):
        with pytest.raises(InvalidInput):
            campaigns.add(bad)
    workspace.acting.choose(team.producer)
    with pytest.raises(Forbidden):
        campaigns.add(draft)


def test_settings_are_checked_and_versioned(workspace: Workspace) -> None:
    team = make_team(workspace)
    settings = workspace.calendar.settings
    assert settings.get().approval.mode == "one"
    wanted = CalendarSettings(
        ApprovalPolicy("steps", (ApprovalStep("Legal", (team.pr,), "all"),)),
        ("合法合规", "品牌一致"),
        ("脚本", "拍摄"),
    )
    saved = settings.save(0, wanted)
    assert saved.version == 1 and saved.checklist == ("合法合规", "品牌一致")
    assert settings.get() == saved
    with pytest.raises(StaleEdit):
        settings.save(0, wanted)
    for bad in (
        ApprovalPolicy("steps"),
        ApprovalPolicy("maybe"),
        ApprovalPolicy("steps", (ApprovalStep("Legal", ()),)),
        ApprovalPolicy("steps", (ApprovalStep("Legal", (team.pr,), "most"),)),
    ):
        with pytest.raises(InvalidInput):
            settings.save(saved.version, replace(wanted, approval=bad))
    workspace.acting.choose(team.producer)
    with pytest.raises(Forbidden):
        settings.save(saved.version, CalendarSettings())
