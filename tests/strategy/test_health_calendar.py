"""Plan health counts the content calendar's posts: per account strategy, per
platform-wide strategy and per pillar, over the plan's days as the calendar shows them.

Posts are made through the calendar's own service on a real SQLite file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.accounts.types import AccountDraft, AccountInfo
from app.calendar.counts import (
    COUNTED,
    post_targets,
    posts,
    posts_per_account,
    posts_per_pillar,
)
from app.calendar.models import Post, PostTarget
from app.calendar.types import PostDetail, PostDraft, TargetDraft, day_range
from app.calendar.workflow import STATUSES
from app.strategy.health_types import PlanHealth
from app.strategy.types import PillarDraft, PlanInfo, PlatformStrategyDraft
from app.workspace import Workspace
from tests.calendar.core_support import Team, add_post, at, make_team
from tests.strategy.support import platform, select, year_tree
from ui.strategy.export import write_plan_pdf
from ui.strategy.health_panel import health_html
from ui.strategy.tab import StrategyTab

MARCH = date(2026, 3, 1)
# The shortest way from a new post (an idea) to each status (tests/calendar/test_workflow).
PATHS = {
    "idea": (),
    "drafting": ("start",),
    "in_review": ("start", "submit"),
    "approved": ("start", "submit", "approve"),
    "scheduled": ("start", "submit", "approve", "schedule"),
    "published": ("start", "submit", "approve", "schedule", "publish"),
    "cancelled": ("cancel",),
}


@dataclass(frozen=True)
class Setup:
    team: Team
    news: AccountInfo  # a second Weibo account
    year: PlanInfo
    q1: PlanInfo
    march: PlanInfo
    brand: str  # @brand's own strategy in March, 3 a week
    weibo: str  # Weibo platform-wide in March, 4 a week
    instagram: str  # Instagram platform-wide in March, 1 a month
    seeding: str  # plan-wide pillar, 50 %
    live: str  # Instagram's pillar, 100 % of its posts


def post(
    ws: Workspace,
    title: str,
    when: datetime | None,
    accounts: tuple[AccountInfo, ...] = (),
    status: str = "drafting",
    **fields: object,
) -> PostDetail:
    made = add_post(ws, title, when, accounts, **fields)
    for action in PATHS[status]:
        made = ws.calendar.posts.act(made.uuid, made.version, action).post
    assert made.status == status
    return made


def strategies(ws: Workspace, plan: str, team: Team) -> tuple[str, str, str, str, str]:
    svc = ws.platform_strategies
    weibo, instagram = platform(ws, "weibo").uuid, platform(ws, "instagram").uuid
    brand = svc.add_strategy(plan, PlatformStrategyDraft(weibo, team.weibo.uuid, 3))
    wide = svc.add_strategy(plan, PlatformStrategyDraft(weibo, None, 4))
    insta = svc.add_strategy(plan, PlatformStrategyDraft(instagram, None, 1, "month"))
    seeding = svc.add_pillar(plan, PillarDraft("产品种草", 50))
    live = svc.add_pillar(plan, PillarDraft("直播切片", 100, insta.uuid))
    return brand.uuid, wide.uuid, insta.uuid, seeding.uuid, live.uuid


def march_setup(ws: Workspace) -> Setup:
    team = make_team(ws)
    news = ws.accounts.add_account(AccountDraft(platform(ws, "weibo").uuid, "@brand.news"))
    year, q1, march = year_tree(ws)
    return Setup(team, news, year, q1, march, *strategies(ws, march.uuid, team))


def march_posts(ws: Workspace, su: Setup) -> None:
    """Posts in, around and out of March (local days; the test machine's zone)."""
    brand, insta, news = su.team.weibo, su.team.instagram, su.news
    seeding, live = su.seeding, su.live
    last = date(2026, 3, 31)
    post(ws, "first minute of March", at(MARCH, 0), (brand,), pillar_uuid=seeding)
    post(ws, "last minute, two accounts", at(last, 23, 59), (brand, news), "scheduled")
    post(ws, "February", at(MARCH - timedelta(days=1), 23, 59), (brand,), pillar_uuid=seeding)
    post(ws, "April", at(last + timedelta(days=1), 0), (brand,), pillar_uuid=seeding)
    post(ws, "just an idea", at(date(2026, 3, 10)), (brand,), "idea", pillar_uuid=seeding)
    post(ws, "called off", at(date(2026, 3, 11)), (brand,), "cancelled", pillar_uuid=seeding)
    post(ws, "reel", at(date(2026, 3, 12)), (insta,), "published", pillar_uuid=live)
    # Instagram's target was cancelled on its own: the post still goes out on Weibo.
    targets = (TargetDraft(brand.uuid), TargetDraft(insta.uuid, status="cancelled"))
    both = ws.calendar.posts.add(
        PostDraft("Weibo only in the end", scheduled_at=at(date(2026, 3, 13)), targets=targets)
    )
    ws.calendar.posts.act(both.uuid, both.version, "start")
    post(ws, "no account yet", at(date(2026, 3, 14)), (), pillar_uuid=seeding)
    post(ws, "news only", at(date(2026, 3, 15)), (news,), "approved")
    post(ws, "no date", None, (brand,), pillar_uuid=seeding)


def by_strategy(health: PlanHealth) -> dict[str, tuple[int, int | None]]:
    return {p.strategy_uuid: (p.planned, p.scheduled) for p in health.platforms}


def by_pillar(health: PlanHealth) -> dict[str, tuple[int, int | None]]:
    return {p.pillar_uuid: (p.planned, p.scheduled) for p in health.pillars}


def test_counts_per_account_platform_and_pillar(workspace: Workspace) -> None:
    su = march_setup(workspace)
    march_posts(workspace, su)
    health = workspace.plans.plan_health(su.march.uuid)
    assert health.calendar_available
    # @brand: first minute, last minute, "Weibo only" (3 a week over 31 days = 13).
    # Weibo: those and "news only"; the two-account post once. Instagram: the reel.
    assert by_strategy(health) == {
        su.brand: (13, 3),
        su.weibo: (18, 4),
        su.instagram: (1, 1),
    }
    # 产品种草: first minute and "no account yet" (outside March, idea, cancelled and
    # undated ones not); 直播切片: the reel. Planned: 50 % of 32, 100 % of 1.
    assert by_pillar(health) == {su.seeding: (16, 2), su.live: (1, 1)}
    assert {g.strategy_uuid: g.missing for g in health.gaps} == {su.brand: 10, su.weibo: 14}


def test_a_month_follows_its_quarter_and_counts_only_its_own_days(workspace: Workspace) -> None:
    team = make_team(workspace)
    _year, q1, march = year_tree(workspace)
    brand, _wide, _insta, seeding, _live = strategies(workspace, q1.uuid, team)
    post(workspace, "January", at(date(2026, 1, 1), 0), (team.weibo,), pillar_uuid=seeding)
    post(workspace, "February", at(date(2026, 2, 28), 23, 59), (team.weibo,))
    post(workspace, "March", at(MARCH, 9), (team.weibo,), pillar_uuid=seeding)
    post(workspace, "April", at(date(2026, 4, 1), 0), (team.weibo,), pillar_uuid=seeding)

    month = workspace.plans.plan_health(march.uuid)
    assert month.source_plan_uuid == q1.uuid
    assert by_strategy(month)[brand] == (13, 1)
    assert by_pillar(month)[seeding] == (16, 1)
    quarter = workspace.plans.plan_health(q1.uuid)
    assert by_strategy(quarter)[brand] == (39, 3)  # 3 a week over Q1's 90 days
    assert by_pillar(quarter)[seeding] == (47, 2)  # half of 39 + 51 + 3


def test_the_counts_read_columns_the_calendar_tables_have() -> None:
    """The counts name the calendar's columns without its mapped classes (start-up)."""
    for light, model in ((posts, Post), (post_targets, PostTarget)):
        assert light.name == model.__tablename__
        assert set(light.c.keys()) <= set(model.__table__.c.keys())
    assert set(COUNTED) <= set(STATUSES) and not {"idea", "cancelled"} & set(COUNTED)


COUNT_AT_START = """
import sys
from pathlib import Path
from app.db.database import open_database
from app.workspace import Workspace
ws = Workspace(open_database(Path(sys.argv[1])))
view = ws.plans.tab_view(sys.argv[2], actuals=False)
assert view.selected is not None and view.selected.health.platforms[0].scheduled
print(sorted(m for m in sys.modules if m.startswith("app.calendar.")))
"""


def test_counting_at_start_loads_neither_the_calendar_models_nor_its_types(
    workspace: Workspace,
) -> None:
    su = march_setup(workspace)
    march_posts(workspace, su)
    path = workspace.path
    assert path is not None
    workspace.close()
    out = subprocess.run(
        [sys.executable, "-c", COUNT_AT_START, str(path), su.march.uuid],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = out.stdout.strip()
    assert "app.calendar.counts" in loaded
    assert "app.calendar.models" not in loaded and "app.calendar.types" not in loaded


def test_nothing_on_the_calendar_is_a_gap_not_an_unknown(workspace: Workspace) -> None:
    su = march_setup(workspace)
    health = workspace.plans.plan_health(su.march.uuid)
    assert health.calendar_available
    assert by_strategy(health) == {su.brand: (13, 0), su.weibo: (18, 0), su.instagram: (1, 0)}
    assert len(health.gaps) == 3


@pytest.fixture
def shanghai() -> Iterator[None]:
    """The computer's clock in Beijing time (UTC+8) for this test."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_days_are_local_days_as_the_month_view_shows_them(
    workspace: Workspace, shanghai: None
) -> None:
    team = make_team(workspace)
    _year, _q1, march = year_tree(workspace)
    brand = strategies(workspace, march.uuid, team)[0]
    beijing = ZoneInfo("Asia/Shanghai")
    # 1 March 07:00 in Beijing is still 28 February in UTC; 31 March 23:30 in Beijing
    # is 31 March in UTC too, and 1 April 07:00 in Beijing is 31 March in UTC.
    post(workspace, "early", datetime(2026, 3, 1, 7, tzinfo=beijing), (team.weibo,))
    post(workspace, "late", datetime(2026, 3, 31, 23, 30, tzinfo=beijing), (team.weibo,))
    post(workspace, "April", datetime(2026, 4, 1, 7, tzinfo=beijing), (team.weibo,))
    weibo = (team.weibo.platform_uuid, team.weibo.uuid)
    with workspace.db.session(read_only=True) as s:
        assert posts_per_account(s, date(2026, 3, 1), date(2026, 3, 31))[weibo] == 2
        assert posts_per_account(s, date(2026, 4, 1), date(2026, 4, 30)) == {
            weibo: 1,
            (team.weibo.platform_uuid, None): 1,
        }
        # UTC days would put "early" in February and "April" in March
        utc = ZoneInfo("UTC")
        assert posts_per_account(s, date(2026, 2, 1), date(2026, 2, 28), utc)[weibo] == 1
        assert posts_per_account(s, date(2026, 4, 1), date(2026, 4, 30), utc) == {}
        assert posts_per_pillar(s, date(2026, 3, 1), date(2026, 3, 31)) == {}
    # the calendar's month view shows the same two in March
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    month = workspace.calendar.queries.between(*day_range(MARCH, date(2026, 3, 31), zone))
    assert [p.title for p in month] == ["early", "late"]
    health = workspace.plans.plan_health(march.uuid)
    assert by_strategy(health)[brand] == (13, 2)


def test_health_panel_shows_scheduled_of_planned_and_the_gap(
    tab: StrategyTab, workspace: Workspace
) -> None:
    su = march_setup(workspace)
    march_posts(workspace, su)
    select(tab, su.march.uuid)
    text = tab.health.text()
    assert "Weibo · @brand: 3 of 13 planned posts scheduled for March 2026" in text
    assert "Weibo: 4 of 18 planned posts scheduled for March 2026" in text
    assert "Instagram: all 1 planned posts scheduled for March 2026" in text
    assert "产品种草: 50% of posts, about 16 planned, 2 scheduled" in text
    assert "No posts are scheduled yet" not in text
    html = health_html(workspace.plans.plan_health(su.march.uuid))
    assert html.count("#c0392b") == 3  # two platform gaps and the pillar's


def test_more_than_planned_says_so(workspace: Workspace, english: None) -> None:
    su = march_setup(workspace)
    for day in range(1, 4):
        post(workspace, f"reel {day}", at(date(2026, 3, day)), (su.team.instagram,))
    text = health_html(workspace.plans.plan_health(su.march.uuid))
    assert "Instagram: 3 posts scheduled for March 2026, more than the 1 planned" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_plan_pdf_health_has_scheduled_counts(
    workspace: Workspace, english: None, tmp_path: Path
) -> None:
    su = march_setup(workspace)
    march_posts(workspace, su)
    path = tmp_path / "march.pdf"
    write_plan_pdf(workspace, su.march.uuid, path)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    health = out[out.index("Plan health") :]
    assert "No calendar data yet" not in out
    assert "Scheduled posts" in health
    rows = [" ".join(line.split()) for line in health.splitlines()]
    assert "Weibo · @brand 13 3" in rows
    assert "Weibo 18 4" in rows
    assert "Instagram 1 1" in rows
    assert "产品种草 50% 16 2" in rows


@pytest.mark.postgres
def test_the_same_counts_on_postgresql() -> None:
    from sqlalchemy import create_engine, text

    from app.db.database import open_database
    from tests.postgres_server import running_server, server_binaries

    if server_binaries() is None:
        pytest.skip("no PostgreSQL server installed")
    with running_server() as url:
        engine = create_engine(url)
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        ws = Workspace(open_database(url))
        try:
            su = march_setup(ws)
            march_posts(ws, su)
            health = ws.plans.plan_health(su.march.uuid)
            assert by_strategy(health) == {
                su.brand: (13, 3),
                su.weibo: (18, 4),
                su.instagram: (1, 1),
            }
            assert by_pillar(health) == {su.seeding: (16, 2), su.live: (1, 1)}
        finally:
            ws.close()
