from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.accounts.service import AccountDraft, AccountsService
from app.calendar.models import Campaign
from app.db.database import Database
from app.db.errors import NotFound, StaleEdit
from app.strategy.demo import seed_demo_strategy
from app.strategy.objectives import ObjectivesService
from app.strategy.periods import (
    Period,
    add_months,
    month_period,
    months_in,
    quarter_period,
    relabel_title,
    standard_period,
)
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.strategy.research_types import (
    CompetitorDraft,
    ObservationDraft,
    ResearchNoteDraft,
)
from app.strategy.types import (
    KPI_METRICS,
    ObjectiveDraft,
    PillarDraft,
    PlanInfo,
    PlatformStrategyDraft,
    RemovedPlan,
    new_plan_draft,
)
from app.team.service import MemberDraft, TeamService
from app.validation import InvalidInput


def platform_uuid(db: Database, code: str) -> str:
    return next(p.uuid for p in AccountsService(db).list_platforms() if p.code == code)


def year_tree(db: Database) -> tuple[PlanInfo, PlanInfo, PlanInfo]:
    """2026 year plan, its Q1, and March under Q1."""
    plans = StrategyService(db)
    year = plans.add_plan(new_plan_draft("2026 年度社媒策略", "year", date(2026, 6, 1)))
    q1 = plans.add_plan(new_plan_draft("2026 Q1", "quarter", date(2026, 2, 1), year.uuid))
    march = plans.add_plan(new_plan_draft("2026年3月", "month", date(2026, 3, 1), q1.uuid))
    return year, q1, march


def without_versions(removed: RemovedPlan) -> list[object]:
    rows = (*removed.plans, *removed.strategies, *removed.pillars, *removed.objectives)
    return [replace(r, version=0) for r in rows]


# Periods -----------------------------------------------------------------------------
def test_standard_periods_and_shifts() -> None:
    assert standard_period("year", date(2026, 7, 9)) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert quarter_period(2026, 2) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert standard_period("quarter", date(2026, 11, 2)) == quarter_period(2026, 4)
    assert month_period(2028, 2) == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert add_months(date(2026, 2, 28), 1) == date(2026, 3, 31)  # month end stays month end
    assert add_months(date(2026, 1, 30), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert months_in(quarter_period(2026, 1)) == pytest.approx(3.0)
    assert relabel_title("2026 Q4 季度策略", date(2026, 10, 1), date(2027, 1, 1)) == (
        "2027 Q1 季度策略"
    )
    assert relabel_title("2026年12月 月度计划", date(2026, 12, 1), date(2027, 1, 1)) == (
        "2027年1月 月度计划"
    )
    assert relabel_title("March push", date(2026, 3, 1), date(2026, 4, 1)) == "April push"
    assert relabel_title("Brand refresh", date(2026, 3, 1), date(2026, 4, 1)) == "Brand refresh"


def test_kpi_metric_list_has_codes_and_default_units() -> None:
    units = {m.code: m.default_unit for m in KPI_METRICS}
    assert units["conversion_rate"] == "percent"
    assert units["ad_spend"] == "currency"
    assert units["first_response_time"] == "minutes"
    assert "custom" in units and len(units) == 12


# Plans -------------------------------------------------------------------------------
def test_tree_is_listed_flat_by_start_date_with_parents(db: Database) -> None:
    plans = StrategyService(db)
    year, q1, march = year_tree(db)
    q2 = plans.add_plan(new_plan_draft("2026 Q2", "quarter", date(2026, 4, 1), year.uuid))
    # A level may be skipped: a month directly under the year.
    july = plans.add_plan(new_plan_draft("2026年7月", "month", date(2026, 7, 1), year.uuid))
    listed = plans.list_plans()
    assert [p.title for p in listed] == [
        "2026 年度社媒策略",
        "2026 Q1",
        "2026年3月",
        "2026 Q2",
        "2026年7月",
    ]
    parents = {p.uuid: p.parent_uuid for p in listed}
    assert parents == {
        year.uuid: None,
        q1.uuid: year.uuid,
        march.uuid: q1.uuid,
        q2.uuid: year.uuid,
        july.uuid: year.uuid,
    }
    assert q2.period == Period(date(2026, 4, 1), date(2026, 6, 30))


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            {"start_date": date(2025, 12, 1)},
            "start_date",
            "parent plan 2026 Q1 (2026-01-01 – 2026-03-31)",
        ),
        ({"end_date": date(2026, 4, 30)}, "end_date", "2026 Q1"),
        ({"end_date": date(2026, 1, 31), "start_date": date(2026, 2, 1)}, "end_date", "before"),
        ({"level": "year"}, "level", "cannot sit under"),
        ({"level": "week"}, "level", "unknown"),
        ({"title": "  "}, "title", "empty"),
        ({"status": "done"}, "status", "unknown"),
        ({"budget_cents": -1}, "budget_cents", "negative"),
        ({"budget_cents": 12.5}, "budget_cents", "whole"),
    ],
)
def test_bad_plan_input_names_the_field_and_saves_nothing(
    db: Database, change: dict[str, object], field: str, words: str
) -> None:
    plans = StrategyService(db)
    _, q1, march = year_tree(db)
    before = plans.list_plans()
    draft = replace(new_plan_draft("2026年2月", "month", date(2026, 2, 1), q1.uuid), **change)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as err:
        plans.add_plan(draft)
    assert err.value.field == field
    assert words in err.value.message
    assert plans.list_plans() == before
    with pytest.raises(InvalidInput) as err:
        plans.update_plan(march.uuid, march.version, draft)
    assert err.value.field == field
    assert plans.list_plans() == before


def test_a_plan_keeps_its_sub_plans_inside_and_cannot_loop(db: Database) -> None:
    plans = StrategyService(db)
    year, q1, march = year_tree(db)
    shorter = replace(year.draft(), end_date=date(2026, 2, 28))
    with pytest.raises(InvalidInput) as err:
        plans.update_plan(year.uuid, year.version, shorter)
    assert err.value.field == "end_date"
    assert "2026 Q1" in err.value.message
    with pytest.raises(InvalidInput) as err:
        plans.update_plan(q1.uuid, q1.version, replace(q1.draft(), level="month"))
    assert err.value.field == "level"
    moved_under_child = replace(year.draft(), parent_uuid=march.uuid, level="year")
    with pytest.raises(InvalidInput) as err:
        plans.update_plan(year.uuid, year.version, moved_under_child)
    assert err.value.field == "parent_uuid"
    assert plans.get_plan(year.uuid) == year


def test_update_saves_texts_owner_and_budget(db: Database) -> None:
    plans = StrategyService(db)
    owner = TeamService(db).add(MemberDraft("王芳", ("strategy",)))
    year, _, _ = year_tree(db)
    draft = replace(
        year.draft(),
        status="active",
        goals="粉丝增长 30%",
        core_messages="真实好用",
        audience="25–35 岁白领",
        execution_path="先种草后转化",
        budget_cents=120_000_000,
        owner_uuid=owner.uuid,
        notes="n",
    )
    saved = plans.update_plan(year.uuid, year.version, draft)
    assert saved.version == year.version + 1
    assert saved.draft() == draft
    assert saved.owner_name == "王芳"
    assert plans.get_plan(year.uuid) == saved


def test_stale_edits_are_refused_everywhere(db: Database) -> None:
    plans, platforms = StrategyService(db), PlatformStrategyService(db)
    objectives = ObjectivesService(db)
    year, _, march = year_tree(db)
    plans.update_plan(year.uuid, year.version, replace(year.draft(), notes="first"))
    with pytest.raises(StaleEdit):
        plans.update_plan(year.uuid, year.version, replace(year.draft(), notes="second"))
    with pytest.raises(StaleEdit):
        plans.archive_plan(year.uuid, year.version)
    assert plans.get_plan(year.uuid).notes == "first"
    assert plans.get_plan(year.uuid).status == "draft"

    st = platforms.add_strategy(
        march.uuid, PlatformStrategyDraft(platform_uuid(db, "weibo"), None, 3)
    )
    platforms.update_strategy(st.uuid, st.version, replace(st.draft(), frequency_count=4))
    with pytest.raises(StaleEdit):
        platforms.update_strategy(st.uuid, st.version, replace(st.draft(), frequency_count=9))
    pillar = platforms.add_pillar(march.uuid, PillarDraft("产品种草", 40))
    platforms.update_pillar(pillar.uuid, pillar.version, replace(pillar.draft(), share_percent=50))
    with pytest.raises(StaleEdit):
        platforms.update_pillar(pillar.uuid, pillar.version, pillar.draft())
    goal = objectives.add_objective(march.uuid, ObjectiveDraft("likes", 100))
    objectives.update_objective(goal.uuid, goal.version, replace(goal.draft(), target_value=200))
    with pytest.raises(StaleEdit):
        objectives.update_objective(goal.uuid, goal.version, goal.draft())
    assert platforms.list_strategies(march.uuid)[0].frequency_count == 4
    assert platforms.list_pillars(march.uuid)[0].share_percent == 50
    assert objectives.list_objectives(march.uuid)[0].target_value == 200


# Platform strategies and pillars -------------------------------------------------------
@pytest.mark.parametrize(
    ("draft_change", "field"),
    [
        ({"frequency_count": -1}, "frequency_count"),
        ({"frequency_count": "5"}, "frequency_count"),
        ({"frequency_count": 2.5}, "frequency_count"),
        ({"frequency_count": 100_000}, "frequency_count"),
        ({"frequency_unit": "day"}, "frequency_unit"),
    ],
)
def test_bad_frequency_names_the_field(
    db: Database, draft_change: dict[str, object], field: str
) -> None:
    _, _, march = year_tree(db)
    service = PlatformStrategyService(db)
    draft = replace(PlatformStrategyDraft(platform_uuid(db, "douyin")), **draft_change)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as err:
        service.add_strategy(march.uuid, draft)
    assert err.value.field == field
    assert service.list_strategies(march.uuid) == []


def test_strategy_per_platform_and_per_account(db: Database) -> None:
    _, _, march = year_tree(db)
    service, accounts = PlatformStrategyService(db), AccountsService(db)
    douyin, weibo = platform_uuid(db, "douyin"), platform_uuid(db, "weibo")
    brand = accounts.add_account(AccountDraft(douyin, "@brand"))
    whole = service.add_strategy(march.uuid, PlatformStrategyDraft(douyin, None, 5))
    one = service.add_strategy(march.uuid, PlatformStrategyDraft(douyin, brand.uuid, 2, "week"))
    assert (whole.platform_code, whole.account_uuid) == ("douyin", None)
    assert one.account_handle == "@brand"
    with pytest.raises(InvalidInput) as err:
        service.add_strategy(march.uuid, PlatformStrategyDraft(douyin, None, 1))
    assert err.value.field == "platform_uuid"
    with pytest.raises(InvalidInput) as err:
        service.add_strategy(march.uuid, PlatformStrategyDraft(weibo, brand.uuid, 1))
    assert err.value.field == "account_uuid"
    assert len(service.list_strategies(march.uuid)) == 2


def test_pillar_shares_add_up_to_at_most_100_per_mix(db: Database) -> None:
    _, _, march = year_tree(db)
    service = PlatformStrategyService(db)
    a = service.add_pillar(march.uuid, PillarDraft("产品种草", 60))
    with pytest.raises(InvalidInput) as err:
        service.add_pillar(march.uuid, PillarDraft("品牌故事", 50))
    assert err.value.field == "share_percent"
    assert "110%" in err.value.message and "40% is left" in err.value.message
    b = service.add_pillar(march.uuid, PillarDraft("品牌故事", 40))
    with pytest.raises(InvalidInput) as err:
        service.update_pillar(a.uuid, a.version, replace(a.draft(), share_percent=61))
    assert err.value.field == "share_percent"
    with pytest.raises(InvalidInput) as err:
        service.add_pillar(march.uuid, PillarDraft("用户互动", 101))
    assert err.value.field == "share_percent"
    with pytest.raises(InvalidInput) as err:
        service.add_pillar(march.uuid, PillarDraft("产品种草", 0))
    assert err.value.field == "name"
    # A platform's pillars are a mix of their own, beside the plan-wide one.
    st = service.add_strategy(march.uuid, PlatformStrategyDraft(platform_uuid(db, "bilibili")))
    service.add_pillar(march.uuid, PillarDraft("深度测评", 70, st.uuid))
    assert [p.name for p in service.list_pillars(march.uuid)] == [
        "产品种草",
        "品牌故事",
        "深度测评",
    ]
    assert [p.uuid for p in service.list_pillars(march.uuid)][:2] == [a.uuid, b.uuid]


def test_removed_strategy_and_pillar_come_back_the_same(db: Database) -> None:
    _, _, march = year_tree(db)
    service = PlatformStrategyService(db)
    st = service.add_strategy(
        march.uuid, PlatformStrategyDraft(platform_uuid(db, "bilibili"), None, 2)
    )
    pillar = service.add_pillar(march.uuid, PillarDraft("深度测评", 70, st.uuid))
    removed = service.remove_strategy(st.uuid)
    assert service.list_strategies(march.uuid) == []
    assert service.list_pillars(march.uuid) == []  # went with its strategy
    assert service.restore_strategy(removed) == st
    assert service.list_pillars(march.uuid) == [pillar]
    gone = service.remove_pillar(pillar.uuid)
    assert service.restore_pillar(gone) == pillar


def test_strategy_for_a_removed_account_comes_back_platform_wide(db: Database) -> None:
    _, _, march = year_tree(db)
    service, accounts = PlatformStrategyService(db), AccountsService(db)
    account = accounts.add_account(AccountDraft(platform_uuid(db, "douyin"), "@brand"))
    st = service.add_strategy(
        march.uuid, PlatformStrategyDraft(account.platform_uuid, account.uuid, 3)
    )
    removed = service.remove_strategy(st.uuid)
    accounts.remove_account(account.uuid)
    back = service.restore_strategy(removed)
    assert (back.uuid, back.account_uuid, back.frequency_count) == (st.uuid, None, 3)


# Objectives ----------------------------------------------------------------------------
@pytest.mark.parametrize("scope", ["all", "platform", "account", "campaign"])
def test_objective_with_each_scope(db: Database, scope: str) -> None:
    _, _, march = year_tree(db)
    douyin = platform_uuid(db, "douyin")
    account = AccountsService(db).add_account(AccountDraft(douyin, "@brand"))
    with db.session() as s:
        campaign = Campaign(
            name="618 大促", start_date=date(2026, 6, 1), end_date=date(2026, 6, 18)
        )
        s.add(campaign)
        s.flush()
        campaign_uuid = campaign.uuid
    target = {"all": None, "platform": douyin, "account": account.uuid, "campaign": campaign_uuid}
    names = {"all": "", "platform": "Douyin", "account": "Douyin · @brand", "campaign": "618 大促"}
    service = ObjectivesService(db)
    saved = service.add_objective(
        march.uuid, ObjectiveDraft("conversion_rate", 2.5, scope=scope, scope_uuid=target[scope])
    )
    assert (saved.scope, saved.scope_uuid) == (scope, target[scope])
    assert saved.scope_name("en") == names[scope]
    assert saved.unit == "percent"  # the metric's default
    assert (saved.start_date, saved.end_date) == (march.start_date, march.end_date)
    assert service.list_objectives() == [saved]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ObjectiveDraft("reach", 1), "metric"),
        (ObjectiveDraft("custom", 1), "custom_name"),
        (ObjectiveDraft("views", -5), "target_value"),
        (ObjectiveDraft("views", "lots"), "target_value"),  # type: ignore[arg-type]
        (ObjectiveDraft("views", float("nan")), "target_value"),
        (ObjectiveDraft("views", 5, unit="kg"), "unit"),
        (ObjectiveDraft("views", 5, scope="region"), "scope"),
        (ObjectiveDraft("views", 5, scope="platform"), "scope_uuid"),
        (ObjectiveDraft("views", 5, start_date=date(2026, 2, 1)), "start_date"),
        (ObjectiveDraft("views", 5, end_date=date(2026, 4, 1)), "end_date"),
        (
            ObjectiveDraft("views", 5, start_date=date(2026, 3, 9), end_date=date(2026, 3, 8)),
            "end_date",
        ),
    ],
)
def test_bad_objective_names_the_field(db: Database, draft: ObjectiveDraft, field: str) -> None:
    _, _, march = year_tree(db)
    service = ObjectivesService(db)
    with pytest.raises(InvalidInput) as err:
        service.add_objective(march.uuid, draft)
    assert err.value.field == field
    assert service.list_objectives() == []


def test_objective_scope_that_vanished_is_reported(db: Database) -> None:
    _, _, march = year_tree(db)
    accounts, service = AccountsService(db), ObjectivesService(db)
    account = accounts.add_account(AccountDraft(platform_uuid(db, "weibo"), "@gone"))
    goal = service.add_objective(
        march.uuid, ObjectiveDraft("followers", 10, None, "account", account.uuid)
    )
    custom = service.add_objective(march.uuid, ObjectiveDraft("custom", 3, custom_name="直播场次"))
    assert custom.custom_name == "直播场次" and custom.unit == "count"
    accounts.remove_account(account.uuid)
    assert service.list_objectives(march.uuid)[0].scope_missing
    with pytest.raises(NotFound):
        service.update_objective(goal.uuid, goal.version, goal.draft())
    removed = service.remove_objective(goal.uuid)
    assert service.restore_objective(removed).uuid == goal.uuid  # undo still works


# Copy, archive, remove -------------------------------------------------------------------
def test_copy_to_next_period_shifts_dates_and_carries_structure(db: Database) -> None:
    plans, platforms, objectives = (
        StrategyService(db),
        PlatformStrategyService(db),
        ObjectivesService(db),
    )
    year, q1, march = year_tree(db)
    plans.update_plan(year.uuid, year.version, replace(year.draft(), status="active", goals="G"))
    douyin = platforms.add_strategy(
        march.uuid, PlatformStrategyDraft(platform_uuid(db, "douyin"), None, 5)
    )
    platforms.add_pillar(march.uuid, PillarDraft("产品种草", 40))
    platforms.add_pillar(march.uuid, PillarDraft("直播切片", 80, douyin.uuid))
    objectives.add_objective(march.uuid, ObjectiveDraft("views", 1e6))
    objectives.add_objective(
        year.uuid,
        ObjectiveDraft("roi", 3, start_date=date(2026, 2, 28), end_date=date(2026, 6, 30)),
    )

    copy = plans.copy_to_next_period(year.uuid)
    assert (copy.title, copy.status, copy.goals) == ("2027 年度社媒策略", "draft", "G")
    assert copy.period == Period(date(2027, 1, 1), date(2027, 12, 31))
    assert copy.parent_uuid is None
    new = [p for p in plans.list_plans() if p.start_date.year == 2027]
    assert [(p.title, p.level) for p in new] == [
        ("2027 年度社媒策略", "year"),
        ("2027 Q1", "quarter"),
        ("2027年3月", "month"),
    ]
    new_march = new[2]
    assert new_march.period == Period(date(2027, 3, 1), date(2027, 3, 31))
    assert new_march.parent_uuid == new[1].uuid and new[1].parent_uuid == copy.uuid
    assert not {p.uuid for p in new} & {year.uuid, q1.uuid, march.uuid}
    strategies = platforms.list_strategies(new_march.uuid)
    assert [(s.platform_code, s.frequency_count) for s in strategies] == [("douyin", 5)]
    pillars = platforms.list_pillars(new_march.uuid)
    assert [(p.name, p.share_percent) for p in pillars] == [("产品种草", 40), ("直播切片", 80)]
    assert pillars[1].platform_strategy_uuid == strategies[0].uuid
    moved = objectives.list_objectives(new_march.uuid)
    assert [(o.metric, o.start_date, o.end_date) for o in moved] == [
        ("views", date(2027, 3, 1), date(2027, 3, 31))
    ]
    roi = objectives.list_objectives(copy.uuid)[0]
    assert (roi.start_date, roi.end_date) == (date(2027, 2, 28), date(2027, 6, 30))
    assert len(objectives.list_objectives(march.uuid)) == 1  # the original is untouched


def test_copy_finds_the_right_parent_in_the_next_period(db: Database) -> None:
    plans = StrategyService(db)
    year, _, march = year_tree(db)
    # March -> April does not fit Q1; with no Q2 it goes under the year plan.
    april = plans.copy_to_next_period(march.uuid)
    assert (april.title, april.parent_uuid) == ("2026年4月", year.uuid)
    q2 = plans.add_plan(new_plan_draft("2026 Q2", "quarter", date(2026, 4, 1), year.uuid))
    may = plans.copy_to_next_period(april.uuid)
    assert (may.title, may.parent_uuid) == ("2026年5月", q2.uuid)
    q4 = plans.add_plan(new_plan_draft("2026 Q4", "quarter", date(2026, 10, 1), year.uuid))
    assert plans.copy_to_next_period(q4.uuid).parent_uuid is None  # no 2027 plan yet
    next_year = plans.copy_to_next_period(year.uuid)
    q1_2027 = plans.copy_to_next_period(q4.uuid)
    assert q1_2027.parent_uuid == next_year.uuid
    assert q1_2027.period == quarter_period(2027, 1)


def test_archive_takes_the_subtree_and_undo_restores_statuses(db: Database) -> None:
    plans = StrategyService(db)
    year, q1, march = year_tree(db)
    year = plans.update_plan(year.uuid, year.version, replace(year.draft(), status="active"))
    archived = plans.archive_plan(year.uuid, year.version)
    assert archived.plan.status == "archived"
    assert {p.status for p in plans.list_plans()} == {"archived"}
    assert plans.list_plans(include_archived=False) == []
    back = plans.unarchive_plan(archived)
    assert back.status == "active"
    assert {p.uuid: p.status for p in plans.list_plans()} == {
        year.uuid: "active",
        q1.uuid: "draft",
        march.uuid: "draft",
    }


def test_remove_and_restore_round_trip(db: Database) -> None:
    plans, platforms, objectives = (
        StrategyService(db),
        PlatformStrategyService(db),
        ObjectivesService(db),
    )
    research = ResearchService(db)
    owner = TeamService(db).add(MemberDraft("李娜", ("lead",)))
    year, q1, march = year_tree(db)
    plans.update_plan(q1.uuid, q1.version, replace(q1.draft(), owner_uuid=owner.uuid, goals="G"))
    st = platforms.add_strategy(
        q1.uuid, PlatformStrategyDraft(platform_uuid(db, "wechat"), None, 3)
    )
    platforms.add_pillar(q1.uuid, PillarDraft("品牌故事", 30, st.uuid))
    platforms.add_pillar(march.uuid, PillarDraft("用户互动", 20))
    objectives.add_objective(q1.uuid, ObjectiveDraft("followers", 5000))
    objectives.add_objective(march.uuid, ObjectiveDraft("comments", 800))
    note = research.add_note(
        ResearchNoteDraft(date(2026, 1, 5), "调研", tags="a", plan_uuid=march.uuid)
    )
    before_doc = plans.plan_document(q1.uuid)

    impact = plans.removal_impact(q1.uuid)
    assert (impact.sub_plans, impact.objectives, impact.platform_strategies) == (1, 2, 1)
    assert (impact.pillars, impact.research_notes) == (2, 1)
    assert impact.needs_confirmation
    assert not plans.removal_impact(march.uuid).sub_plans

    removed = plans.remove_plan(q1.uuid)
    assert [p.uuid for p in plans.list_plans()] == [year.uuid]
    assert objectives.list_objectives() == []
    assert research.list_notes()[0].plan_uuid is None  # unlinked, kept

    restored = plans.restore_plan(removed)
    assert restored.uuid == q1.uuid and restored.parent_uuid == year.uuid
    assert research.list_notes()[0].plan_uuid == march.uuid == note.plan_uuid
    again = plans.remove_plan(q1.uuid)
    assert without_versions(again) == without_versions(removed)
    plans.restore_plan(again)
    after_doc = plans.plan_document(q1.uuid)
    assert replace(after_doc.plan, version=0) == replace(before_doc.plan, version=0)
    assert [s.uuid for s in after_doc.strategies] == [s.uuid for s in before_doc.strategies]
    assert after_doc.health.planned_posts == before_doc.health.planned_posts


# Health and document ---------------------------------------------------------------------
def test_plan_health_for_march_with_douyin_five_a_week(db: Database) -> None:
    plans, platforms, objectives = (
        StrategyService(db),
        PlatformStrategyService(db),
        ObjectivesService(db),
    )
    _, _, march = year_tree(db)
    douyin = platforms.add_strategy(
        march.uuid, PlatformStrategyDraft(platform_uuid(db, "douyin"), None, 5)
    )
    platforms.add_strategy(
        march.uuid, PlatformStrategyDraft(platform_uuid(db, "wechat"), None, 4, "month")
    )
    platforms.add_pillar(march.uuid, PillarDraft("产品种草", 50))
    platforms.add_pillar(march.uuid, PillarDraft("直播切片", 25, douyin.uuid))
    objectives.add_objective(
        march.uuid, ObjectiveDraft("views", 2e6, scope="platform", scope_uuid=douyin.platform_uuid)
    )

    health = plans.plan_health(march.uuid)
    assert health.plan.period == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert health.calendar_available and health.kpi_available
    rows = {p.platform_code: p for p in health.platforms}
    # 5 a week over March's 31 days = 22.1 -> 22; 4 a month over one month = 4.
    # Nothing is on the calendar: every planned post is missing.
    assert (rows["douyin"].planned, rows["douyin"].scheduled) == (22, 0)
    assert rows["douyin"].platform_name("zh_CN") == "抖音"
    assert rows["wechat"].planned == 4
    assert rows["douyin"].missing == 22 and len(health.gaps) == 2
    assert health.planned_posts == 26
    shares = {p.name: (p.share_percent, p.planned) for p in health.pillars}
    assert shares == {"产品种草": (50, 13), "直播切片": (25, 6)}
    assert health.plan_wide_share_percent == 50
    [progress] = health.objectives
    assert progress.objective.scope_name("zh") == "抖音"
    assert (progress.actual, progress.progress) == (None, None)
    assert health.source_plan_uuid == march.uuid


def test_a_plan_without_strategies_follows_the_nearest_plan_above(db: Database) -> None:
    plans, platforms = StrategyService(db), PlatformStrategyService(db)
    year, q1, _ = year_tree(db)
    douyin = platform_uuid(db, "douyin")
    platforms.add_strategy(year.uuid, PlatformStrategyDraft(douyin, None, 5))
    platforms.add_pillar(year.uuid, PillarDraft("产品种草", 50))
    february = plans.add_plan(new_plan_draft("2026年2月", "month", date(2026, 2, 1), q1.uuid))
    health = plans.plan_health(february.uuid)
    assert health.source_plan_uuid == year.uuid
    # 5 a week over February's 28 days is exactly 20; half of them product seeding.
    assert [(p.platform_code, p.planned) for p in health.platforms] == [("douyin", 20)]
    assert [(p.name, p.planned) for p in health.pillars] == [("产品种草", 10)]
    assert plans.plan_health(year.uuid).planned_posts == 261  # 5 x 365 / 7 = 260.7


def test_plan_document_has_everything_the_export_shows(db: Database) -> None:
    plans = StrategyService(db)
    year, q1, march = year_tree(db)
    ResearchService(db).add_note(
        ResearchNoteDraft(date(2026, 1, 9), "竞品复盘", "正文", "竞品，大促, 竞品", q1.uuid)
    )
    doc = plans.plan_document(q1.uuid)
    assert doc.plan == plans.get_plan(q1.uuid)
    assert [a.uuid for a in doc.ancestors] == [year.uuid]
    assert [c.uuid for c in doc.sub_plans] == [march.uuid]
    assert [n.tags for n in doc.research_notes] == [("竞品", "大促")]
    assert doc.health.plan == doc.plan


# Research ----------------------------------------------------------------------------------
def test_competitor_observations_and_undo(db: Database) -> None:
    research = ResearchService(db)
    rival = research.add_competitor(CompetitorDraft("青柠生活", "抖音, 小红书", "@lime"))
    douyin = platform_uuid(db, "douyin")
    first = research.add_observation(
        rival.uuid, ObservationDraft(date(2026, 3, 1), "followers", 1.2e6, douyin)
    )
    research.add_observation(rival.uuid, ObservationDraft(date(2026, 2, 1), "followers", 1.1e6))
    assert [o.observed_on.month for o in research.list_observations(rival.uuid)] == [2, 3]
    assert first.platform_code == "douyin"
    with pytest.raises(InvalidInput) as err:
        research.add_observation(
            rival.uuid, ObservationDraft(date(2026, 3, 1), "followers", "many")
        )  # type: ignore[arg-type]
    assert err.value.field == "value"
    with pytest.raises(InvalidInput) as err:
        research.add_competitor(CompetitorDraft(" "))
    assert err.value.field == "name"
    removed = research.remove_competitor(rival.uuid)
    assert research.list_competitors() == [] and research.list_observations() == []
    assert research.restore_competitor(removed).uuid == rival.uuid
    assert [o.uuid for o in research.list_observations()] == [o.uuid for o in removed.observations]


# Demo data -----------------------------------------------------------------------------------
def test_demo_strategy_uses_existing_people_and_accounts(db: Database) -> None:
    lead = TeamService(db).add(MemberDraft("张伟", ("lead",)))
    planner = TeamService(db).add(MemberDraft("王芳", ("strategy", "content")))
    AccountsService(db).add_account(AccountDraft(platform_uuid(db, "weibo"), "@brand"))
    seed_demo_strategy(db, date(2026, 5, 14), random.Random(7))
    plans = StrategyService(db).list_plans()
    assert [(p.level, p.title) for p in plans][:2] == [
        ("year", "2026 年度社媒策略"),
        ("quarter", "2026 Q1 季度策略"),
    ]
    assert sum(p.level == "quarter" for p in plans) == 4
    assert [p.start_date.month for p in plans if p.level == "month"] == [4, 5, 6]
    assert {p.owner_uuid for p in plans} == {planner.uuid} != {lead.uuid}
    current = next(p for p in plans if p.title == "2026年5月 月度计划")
    assert current.status == "active"
    health = StrategyService(db).plan_health(current.uuid)
    assert {p.platform_code for p in health.platforms} >= {"weibo", "wechat", "douyin", "bilibili"}
    assert any(o.objective.scope == "account" for o in health.objectives)
    assert len(ResearchService(db).list_competitors()) == 3
    assert ResearchService(db).list_observations() and ResearchService(db).list_notes()


def test_what_the_ui_imports_early_needs_no_sqlalchemy() -> None:
    script = (
        "import sys\n"
        "import app.strategy.types, app.strategy.health_types\n"
        "import app.strategy.research_types, app.strategy.periods\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
