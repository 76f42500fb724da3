"""Operating reports: the report's data on the known data set, and saved reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.db.database import Database
from app.db.errors import StaleEdit
from app.kpi.analytics import KpiService
from app.kpi.analytics_types import KpiFilter, ReportDraft
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.types import ObjectiveDraft, new_plan_draft
from app.team.rights import Forbidden
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.kpi.known import Known

MARCH = ReportDraft("month", date(2024, 3, 1), date(2024, 3, 31), title="2024年3月运营报告")


def test_a_monthly_report_compares_with_the_whole_previous_month(
    db: Database, known: Known
) -> None:
    plan = StrategyService(db).add_plan(new_plan_draft("2024年3月", "month", date(2024, 3, 1)))
    ObjectivesService(db).add_objective(plan.uuid, ObjectiveDraft("views", 100_000))
    data = KpiService(db).report_data(MARCH)
    assert (data.period.start, data.period.end) == (date(2024, 3, 1), date(2024, 3, 31))
    assert (data.previous_period.start, data.previous_period.end) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    head = {c.metric: c for c in data.headline}
    assert (head["views"].current, head["views"].previous) == (124_000, 116_000)
    assert head["engagement_rate"].current == pytest.approx(4.0)
    assert head["followers"].current == 16_365 and head["followers"].previous == 10_600 + 5_300
    # Daily lines for a month; one row per platform and per account.
    assert {s.metric for s in data.series} == {"views", "likes", "comments", "shares"}
    assert all(len(s.days) == 31 for s in data.series)
    assert {r.group: r.values["views"] for r in data.platforms} == {
        "weibo": 31_000,
        "douyin": 93_000,
    }
    assert len(data.accounts) == 2
    [objective] = data.objectives
    assert objective.actual == 124_000 and objective.status == "met"
    assert data.saved is None and data.anomalies == ()


def test_top_and_bottom_posts_of_the_period(db: Database, known: Known) -> None:
    data = KpiService(db).report_data(MARCH)
    # March's three Weibo posts (the February Douyin post is outside), lifetime views.
    assert [(p.title, p.views) for p in data.top_posts] == [
        ("直播预告", 500),
        ("用户故事", 300),
        ("三月新品", 100),
    ]
    assert [p.title for p in data.bottom_posts] == ["三月新品", "用户故事", "直播预告"]
    best = data.top_posts[0]
    assert (best.platform_code, best.account_handle, best.engagement_rate) == (
        "weibo",
        "brand_wb",
        pytest.approx(4.0),
    )
    service = KpiService(db)
    feb = KpiFilter(preset="custom", start=date(2024, 2, 1), end=date(2024, 2, 29))
    [post] = service.top_posts(feb, "likes")
    assert (post.title, post.sort_value, post.platform_zh) == ("二月花絮", 90, "抖音")
    by_rate = service.top_posts(replace(feb, end=date(2024, 3, 31)), "engagement_rate", limit=2)
    assert [p.title for p in by_rate] == ["三月新品", "用户故事"]  # 10 % each: the older first
    assert service.top_posts(replace(feb, accounts=(known.weibo,)), "views") == []


def test_reports_are_saved_with_who_and_when_and_can_be_undone(db: Database) -> None:
    ws = Workspace(db)
    ws.team.add(MemberDraft("王芳", ("lead",)))
    writer = ws.team.add(MemberDraft("Emily Zhang", ("content",)))
    analyst = ws.team.add(MemberDraft("陈浩", ("analyst",)))
    draft = replace(MARCH, platforms=("weibo",), commentary="阅读量持平。", actions="加投抖音。")

    ws.acting.choose(writer.uuid)
    with pytest.raises(Forbidden, match="Emily Zhang"):
        ws.kpi.save_report(draft)
    assert ws.kpi.list_reports() == []

    ws.acting.choose(analyst.uuid)
    saved = ws.kpi.save_report(draft)
    assert (saved.saved_by, saved.platforms, saved.commentary) == (
        "陈浩",
        ("weibo",),
        "阅读量持平。",
    )
    assert saved.draft() == draft
    again = ws.kpi.save_report(replace(draft, actions="复盘直播。"), saved.uuid, saved.version)
    assert (again.actions, again.version) == ("复盘直播。", saved.version + 1)
    with pytest.raises(StaleEdit):
        ws.kpi.save_report(draft, saved.uuid, saved.version)
    assert ws.kpi.report_data(draft, saved.uuid).saved == again

    removed = ws.kpi.remove_report(saved.uuid)
    assert ws.kpi.list_reports() == []
    back = ws.kpi.restore_report(removed)
    assert (back.uuid, back.actions, back.saved_by) == (saved.uuid, "复盘直播。", "陈浩")
    assert [r.uuid for r in ws.kpi.list_reports()] == [saved.uuid]


def test_a_report_needs_its_period_in_order(db: Database) -> None:
    from app.validation import InvalidInput

    with pytest.raises(InvalidInput):
        KpiService(db).save_report(replace(MARCH, end=date(2024, 2, 1)))


def test_a_top_post_names_the_calendar_post_published_at_its_link(
    db: Database, known: Known
) -> None:
    from sqlalchemy import update

    from app.calendar.service import CalendarService
    from app.calendar.types import PostDraft, TargetDraft
    from app.kpi.models import PlatformPost

    link = "https://weibo.com/brand_wb/live-0312"
    with db.session() as s:
        s.execute(
            update(PlatformPost).where(PlatformPost.title == "直播预告").values(permalink=link)
        )
    target = TargetDraft(known.weibo, published_url=link)
    post = CalendarService(db).posts.add(PostDraft("三月直播预告", targets=(target,)))
    march = KpiFilter(preset="custom", start=date(2024, 3, 1), end=date(2024, 3, 31))
    top = KpiService(db).top_posts(march)
    assert [(p.title, p.calendar_post_uuid) for p in top] == [
        ("直播预告", post.uuid),
        ("用户故事", None),
        ("三月新品", None),
    ]
