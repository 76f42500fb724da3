"""The views' queries: a range with filters, pages with sort and count, warnings, plan
vs schedule, my work, campaign bands and key dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.calendar.types import (
    CampaignDraft,
    KeyDateDraft,
    PostFilter,
    StepDraft,
    day_range,
)
from app.strategy.types import PillarDraft, PlatformStrategyDraft, new_plan_draft
from app.workspace import Workspace
from tests.calendar.core_support import DAY, Team, add_post, at, make_team

ZONE = at(DAY).tzinfo
assert ZONE is not None


def _week(ws: Workspace) -> list[str]:
    start, end = day_range(DAY - timedelta(days=3), DAY + timedelta(days=3), ZONE)  # type: ignore[arg-type]
    return [p.title for p in ws.calendar.queries.between(start, end)]


def _fill(ws: Workspace, team: Team) -> None:
    campaign = ws.campaigns.add(
        CampaignDraft("双12 大促", DAY - timedelta(days=5), DAY + timedelta(days=3), "launch")
    )
    add_post(ws, "A weibo teaser", at(DAY, 9), (team.weibo,), owner_uuid=team.producer)
    add_post(
        ws,
        "B Instagram reel",
        at(DAY, 11),
        (team.instagram,),
        content_type_code="short_video",
        campaign_uuid=campaign.uuid,
    )
    add_post(
        ws,
        "C both 直播预告",
        at(DAY + timedelta(days=1)),
        (team.weibo, team.instagram),
        body="50% off_now",
    )
    add_post(ws, "D next month", at(DAY + timedelta(days=30)), (team.weibo,))
    add_post(ws, "E no date idea", None)


def test_range_and_each_filter(workspace: Workspace) -> None:
    team = make_team(workspace)
    _fill(workspace, team)
    assert _week(workspace) == ["A weibo teaser", "B Instagram reel", "C both 直播预告"]
    start, end = day_range(DAY - timedelta(days=3), DAY + timedelta(days=3), ZONE)  # type: ignore[arg-type]
    q = workspace.calendar.queries
    [b] = q.between(
        start, end, PostFilter(platform_codes=("instagram",), content_type_codes=("short_video",))
    )
    assert b.title == "B Instagram reel" and b.campaign_name == "双12 大促"

    def titles(flt: PostFilter) -> list[str]:
        return [p.title for p in q.between(start, end, flt)]

    assert titles(PostFilter(account_uuids=(team.weibo.uuid,))) == [
        "A weibo teaser",
        "C both 直播预告",
    ]
    assert titles(PostFilter(owner_uuids=(team.producer,))) == ["A weibo teaser"]
    assert titles(PostFilter(campaign_uuids=(b.campaign_uuid or "",))) == ["B Instagram reel"]
    assert titles(PostFilter(statuses=("drafting",))) == []
    assert titles(PostFilter(text="直播")) == ["C both 直播预告"]
    # % and _ are searched as themselves, not as wildcards
    assert titles(PostFilter(text="0% off_")) == ["C both 直播预告"]
    assert titles(PostFilter(text="%")) == ["C both 直播预告"]
    assert [p.title for p in q.unscheduled()] == ["E no date idea"]
    # a filter survives a round trip through JSON-able data (the UI persists it)
    flt = PostFilter(platform_codes=("weibo",), text="x")
    assert PostFilter.from_dict(flt.to_dict() | {"future": 1}) == flt


def test_pages_sort_and_count(workspace: Workspace) -> None:
    team = make_team(workspace)
    _fill(workspace, team)
    q = workspace.calendar.queries
    page = q.page(offset=0, limit=2)
    assert page.total == 5 and [p.title for p in page.rows] == [
        "A weibo teaser",
        "B Instagram reel",
    ]
    last = q.page(offset=4, limit=2)
    assert [p.title for p in last.rows] == ["E no date idea"]  # no date: last
    by_title = q.page(sort="title", descending=True, limit=10)
    assert by_title.rows[0].title == "E no date idea"
    weibo = q.page(PostFilter(platform_codes=("weibo",)))
    assert weibo.total == 3


def test_warnings_on_chips_and_in_the_editor(workspace: Workspace) -> None:
    team = make_team(workspace)
    past = add_post(workspace, "Yesterday", at(date.today() - timedelta(days=1)), (team.weibo,))
    long_text = add_post(workspace, "Long", at(DAY), (team.weibo,), body="字" * 2001)
    late_step = add_post(
        workspace,
        "Late step",
        at(DAY),
        steps=(StepDraft("Shoot", team.producer, date.today() - timedelta(days=2)),),
    )
    tags = add_post(workspace, "Tags", at(DAY), (team.weibo, team.instagram), body="#tag on weibo")
    posts = workspace.calendar.posts
    assert "past_due" in [w.code for w in posts.get(past.uuid).warnings]
    [too_long] = [w for w in posts.get(long_text.uuid).warnings if w.code == "text_too_long"]
    assert (too_long.account_handle, too_long.limit, too_long.actual) == ("@brand", 2000, 2001)
    assert [
        w.account_handle for w in posts.get(tags.uuid).warnings if w.code == "hashtag_style"
    ] == ["@brand"]
    page = {p.title: p for p in workspace.calendar.queries.page().rows}
    assert page["Yesterday"].late and "past_due" in page["Yesterday"].warnings
    assert "text_too_long" in page["Long"].warnings
    assert page["Late step"].late and "step_late" in page["Late step"].warnings
    assert [w.kind for w in workspace.calendar.queries.my_work(team.producer)] == ["step"]
    assert late_step.steps[0].late
    # publishing ends "past due"
    p = posts.get(past.uuid)
    for action in ("start", "submit", "approve", "publish"):
        p = posts.act(p.uuid, p.version, action).post
    assert "past_due" not in [w.code for w in p.warnings]
    # the editor's live counter
    assert [w.code for w in posts.check_text("instagram", "", "#话题# x", 0)] == ["hashtag_style"]
    assert posts.check_text("douyin", "", "#露米 #好物推荐", 0) == ()
    assert posts.rules()["weibo"].hashtag_style == "#topic#"


def test_plan_vs_schedule_and_over_frequency(workspace: Workspace) -> None:
    team = make_team(workspace)
    plan = workspace.plans.add_plan(
        replace(new_plan_draft("2026-12", "month", DAY), status="active")
    )
    weibo_platform = team.weibo.platform_uuid
    st = workspace.platform_strategies.add_strategy(
        plan.uuid, PlatformStrategyDraft(weibo_platform, team.weibo.uuid, 2, "week")
    )
    pillar = workspace.platform_strategies.add_pillar(
        plan.uuid, PillarDraft("产品种草", 60, st.uuid)
    )
    for n in range(3):
        add_post(workspace, f"Post {n}", at(DAY, 9 + n), (team.weibo,), pillar_uuid=pillar.uuid)
    gaps = {
        (g.account_handle, g.period): g for g in workspace.calendar.queries.plan_vs_schedule(DAY)
    }
    week = gaps[("@brand", "week")]
    assert (week.planned, week.scheduled, week.gap) == (2, 3, -1)
    assert [
        (p.name, p.planned_percent, p.scheduled, p.scheduled_percent) for p in week.pillars
    ] == [("产品种草", 60, 3, 100)]
    assert gaps[("@brand", "month")].planned == 9  # 2 a week over December's 31 days
    assert gaps[("@brand.global", "week")].planned is None
    start, end = day_range(DAY, DAY, ZONE)  # type: ignore[arg-type]
    chips = workspace.calendar.queries.between(start, end)
    assert all("over_frequency" in c.warnings for c in chips)
    # the whole week unfiltered is counted from the rows themselves: the same answer
    monday = DAY - timedelta(days=DAY.weekday())
    week = workspace.calendar.queries.between(*day_range(monday, monday + timedelta(days=6), ZONE))  # type: ignore[arg-type]
    assert [c.warnings for c in week] == [c.warnings for c in chips]
    detail = workspace.calendar.posts.get(chips[0].uuid)
    [over] = [w for w in detail.warnings if w.code == "over_frequency"]
    assert (over.account_handle, over.limit, over.actual) == ("@brand", 2, 3)


def test_campaign_bands_and_key_dates(workspace: Workspace) -> None:
    team = make_team(workspace)
    _fill(workspace, team)
    december = workspace.campaigns.bands(date(2026, 12, 1), date(2026, 12, 31))
    assert [(c.name, c.post_count) for c in december] == [("双12 大促", 1)]
    assert workspace.campaigns.bands(date(2027, 1, 1), date(2027, 1, 31)) == []
    dates = workspace.calendar.key_dates
    names = {k.name_zh: k.day for k in dates.between(date(2026, 1, 1), date(2026, 12, 31))}
    assert names["双11"] == date(2026, 11, 11) and names["双12"] == date(2026, 12, 12)
    assert names["618购物节"] == date(2026, 6, 18) and names["520表白日"] == date(2026, 5, 20)
    assert names["七夕"] == date(2026, 8, 19) and names["春节"] == date(2026, 2, 17)
    assert names["三八妇女节"] == date(2026, 3, 8) and names["圣诞节"] == date(2026, 12, 25)
    assert names["黑色星期五"] == date(2026, 11, 27)
    own = dates.add(KeyDateDraft(date(2026, 12, 18), "Brand anniversary", "品牌周年庆"))
    december_dates = dates.between(date(2026, 12, 1), date(2026, 12, 31))
    assert [k.name_en for k in december_dates if not k.builtin] == ["Brand anniversary"]
    removed = dates.remove(own.uuid)
    assert all(k.builtin for k in dates.between(date(2026, 12, 1), date(2026, 12, 31)))
    assert dates.restore(removed).uuid == own.uuid
