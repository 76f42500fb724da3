"""Strategy item models pass Qt's model tester; labels, number input and health text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex

from app.strategy.health_types import PlatformPosts
from app.strategy.research_types import (
    CompetitorDraft,
    ObservationDraft,
    ResearchNoteDraft,
)
from app.strategy.types import (
    ObjectiveDraft,
    PillarDraft,
    PlatformStrategyDraft,
)
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.strategy.support import platform, year_tree
from ui.strategy.health_panel import health_html
from ui.strategy.labels import field_error, metric_label, period_label, target_text
from ui.strategy.objective_model import ObjectiveTableModel
from ui.strategy.plan_model import PlanFilterProxy, PlanTreeModel
from ui.strategy.platform_models import PillarTableModel, StrategyTableModel
from ui.strategy.research_models import (
    CompetitorTableModel,
    NoteTableModel,
    ObservationTableModel,
)
from ui.widgets.inputs import parse_cents, parse_number, parse_whole

# Fixtures shared by the Strategy tests (test functions take them by name).


def test_plan_tree_model_and_filter_pass_the_model_tester(
    qtmodeltester: object, workspace: Workspace, english: None
) -> None:
    year, q1, march = year_tree(workspace)
    workspace.plans.archive_plan(march.uuid, march.version)
    model = PlanTreeModel()
    model.set_plans(workspace.plans.list_plans())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    q1_index = model.index_of(q1.uuid)
    assert model.parent(q1_index) == model.index_of(year.uuid)
    assert model.index(0, 1, q1_index).data() == "March 2026"
    assert [p.title for p in model.ancestors(march.uuid)] == ["2026 Q1", "2026 年度社媒策略"]

    proxy = PlanFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    q1_row = proxy.index(0, 0, proxy.index(0, 0))
    assert proxy.rowCount(q1_row) == 0  # the archived month is hidden
    proxy.set_show_archived(True)
    assert proxy.rowCount(q1_row) == 1
    model.set_plans([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert proxy.rowCount(QModelIndex()) == 0


def test_table_models_pass_the_model_tester(
    qtmodeltester: object, workspace: Workspace, english: None
) -> None:
    year, _q1, _march = year_tree(workspace)
    douyin = platform(workspace, "douyin")
    svc = workspace.platform_strategies
    st = svc.add_strategy(year.uuid, PlatformStrategyDraft(douyin.uuid, None, 5))
    svc.add_pillar(year.uuid, PillarDraft("产品种草", 40))
    svc.add_pillar(year.uuid, PillarDraft("深度测评", 60, st.uuid))
    workspace.objectives.add_objective(year.uuid, ObjectiveDraft("conversion_rate", 3.5))
    workspace.objectives.add_objective(
        year.uuid, ObjectiveDraft("custom", 12, custom_name="KOL 合作场次")
    )
    research = workspace.research
    c = research.add_competitor(CompetitorDraft("青柠生活", "抖音", "@limelife", "直播多"))
    research.add_observation(c.uuid, ObservationDraft(date(2026, 3, 1), "followers", 1.5e6))
    research.add_note(ResearchNoteDraft(date(2026, 3, 2), "趋势", "正文", "抖音, 直播", year.uuid))

    strategies = StrategyTableModel()
    strategies.set_rows(svc.list_strategies(year.uuid))
    pillars = PillarTableModel()
    pillars.set_pillars(svc.list_pillars(year.uuid), [st])
    objectives = ObjectiveTableModel()
    objectives.set_rows(workspace.objectives.list_objectives(year.uuid))
    competitors = CompetitorTableModel()
    competitors.set_rows(research.list_competitors())
    observations = ObservationTableModel()
    observations.set_observations(research.list_observations(), {douyin.uuid: douyin})
    notes = NoteTableModel()
    notes.set_rows(research.list_notes(year.uuid))
    for model in (strategies, pillars, objectives, competitors, observations, notes):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        assert model.rowCount() > 0

    assert strategies.index(0, 1).data() == "5 per week"
    assert [pillars.index(r, 1).data() for r in range(2)] == ["Whole plan", "Douyin"]
    assert [objectives.index(r, 0).data() for r in range(2)] == ["Conversion rate", "KOL 合作场次"]
    assert objectives.index(0, 2).data() == "3.5"
    assert observations.index(0, 1).data() == "Followers"
    assert observations.index(0, 2).data() == "1,500,000"
    assert notes.index(0, 2).data() == "抖音 and 直播"  # a list in English


def test_numbers_as_people_type_them() -> None:
    assert parse_cents("1,200.50", "budget") == 120_050
    assert parse_cents("¥300", "budget") == 30_000
    assert parse_cents(" 0.1 ", "budget") == 10
    assert parse_cents("", "budget") == 0
    assert parse_cents("-5", "budget") == -500  # the service says why that is wrong
    assert parse_whole("-3", "frequency_count") == -3
    assert parse_number("2.5", "target_value") == 2.5
    for bad in ("12k", "1.2.3", "nan", "inf"):
        with pytest.raises(InvalidInput) as caught:
            parse_cents(bad, "budget")
        assert caught.value.message == "must be a number"
    with pytest.raises(InvalidInput, match="whole number"):
        parse_whole("2.5", "frequency_count")
    with pytest.raises(InvalidInput, match="must not be empty"):
        parse_number(" ", "target_value", required=True)


def test_labels_name_periods_kpis_targets_and_fields(english: None) -> None:
    assert period_label(date(2026, 1, 1), date(2026, 12, 31)) == "2026"
    assert period_label(date(2026, 4, 1), date(2026, 6, 30)) == "Q2 2026"
    assert period_label(date(2026, 3, 1), date(2026, 3, 31)) == "March 2026"
    assert " – " in period_label(date(2026, 3, 1), date(2026, 3, 15))
    assert metric_label("first_response_time") == "Inbox first-response time"
    assert metric_label("custom", "KOL 场次") == "KOL 场次"
    assert target_text(3.5, "percent") == "3.5%"
    assert target_text(800000, "currency") == "¥800,000"
    assert field_error(InvalidInput("frequency_count", "must not be negative")) == (
        "Posting frequency: must not be negative"
    )
    assert field_error(InvalidInput("budget_cents", "must not be negative")) == (
        "Budget: must not be negative"
    )


def test_health_text_names_the_gaps(workspace: Workspace, english: None) -> None:
    _year, _q1, march = year_tree(workspace)
    douyin = platform(workspace, "douyin")
    weibo = platform(workspace, "weibo")
    svc = workspace.platform_strategies
    svc.add_strategy(march.uuid, PlatformStrategyDraft(douyin.uuid, None, 20, "month"))
    svc.add_strategy(march.uuid, PlatformStrategyDraft(weibo.uuid, None, 10, "month"))
    health = workspace.plans.plan_health(march.uuid)
    # What the panel shows once the calendar exists: scheduled counts per platform.
    scheduled = {"douyin": 8, "weibo": 10}
    platforms = tuple(
        replace(p, scheduled=scheduled[p.platform_code])
        for p in health.platforms
        if isinstance(p, PlatformPosts)
    )
    text = health_html(replace(health, calendar_available=True, platforms=platforms))
    assert "Douyin: 8 of 20 planned posts scheduled for March 2026" in text
    assert "Weibo: all 10 planned posts scheduled for March 2026" in text
    assert "No posts are scheduled yet" not in text
    assert "#c0392b" in text  # the gap is highlighted
