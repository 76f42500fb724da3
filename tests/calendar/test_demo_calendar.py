"""The calendar's demo data: a year of posts in every state, across the accounts, with
production, review history, campaigns and pillars; usable through the services."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from app.calendar.demoposts import LARGE_POSTS, _rows_of, _specs
from app.calendar.models import Post, PostApproval
from app.calendar.types import PostFilter, day_range
from app.calendar.workflow import STATUSES
from app.db.database import Database
from app.demo import fill
from app.demo.rows import DemoContext
from app.workspace import Workspace

TODAY = date(2026, 11, 29)
SEEDERS = ("app.strategy.demo.seed_demo_strategy", "app.calendar.demo.link_demo_pillars")


def test_small_demo_has_a_year_of_posts_in_every_state(workspace: Workspace) -> None:
    summary = fill(workspace.db, today=TODAY, seeders=SEEDERS)
    assert summary.rows["posts"] > 900
    q = workspace.calendar.queries
    page = q.page(limit=1000, sort="scheduled_at")
    assert page.total == summary.rows["posts"]
    statuses = Counter(p.status for p in q.page(limit=1000).rows) + Counter(
        p.status for p in q.page(offset=1000, limit=1000).rows
    )
    assert set(statuses) == set(STATUSES)
    assert statuses["published"] > statuses["scheduled"] > 0
    with workspace.db.session() as s:
        first, last = s.execute(
            select(func.min(Post.scheduled_at), func.max(Post.scheduled_at))
        ).one()
        rejections = s.scalar(select(func.count()).where(PostApproval.decision == "reject"))
        pillars = s.scalar(select(func.count()).where(Post.pillar_id.is_not(None)))
    assert (TODAY - first.date()).days >= 290 and (last.date() - TODAY).days >= 55
    assert rejections and pillars
    accounts = {h for p in page.rows for h in p.account_handles}
    assert len(accounts) == 8
    titles = [p.title for p in page.rows]
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in titles)
    assert any(t.isascii() for t in titles)

    # a month of the calendar reads back with campaigns, late work and review history
    start, end = day_range(date(2026, 11, 1), date(2026, 11, 30), first.tzinfo)
    month = q.between(start, end)
    assert 60 < len(month) < 200
    assert any(p.late for p in month) and any(p.campaign_name for p in month)
    reviewed = next(p for p in month if p.status == "published")
    detail = workspace.calendar.posts.get(reviewed.uuid)
    assert detail.steps and all(st.done for st in detail.steps)
    assert detail.approvals[-1].decision == "approve" and all(c.checked for c in detail.checklist)
    assert detail.targets[0].published_url
    bands = workspace.campaigns.bands(date(2026, 11, 1), date(2026, 11, 30))
    assert bands and all(b.account_handles and b.kind for b in bands)
    assert any(b.ad_spend_cents > 0 for b in bands)
    drafting = q.page(PostFilter(statuses=("drafting",)), limit=1000).rows
    assert any(workspace.calendar.posts.get(p.uuid).rejection_reason for p in drafting[:80])
    assert any(w.late for m in workspace.team.list_members() for w in q.my_work(m.uuid))


def test_large_demo_plans_exactly_20000_posts(db: Database) -> None:
    with db.engine.connect() as con:
        ctx = DemoContext(con, "large", 1, TODAY)
        specs = list(_specs(ctx))
    assert len(specs) == LARGE_POSTS
    assert specs[0].when is not None and (TODAY - specs[0].when.date()) > timedelta(
        days=3 * 365 - 2
    )
    assert sum(_rows_of(s) for s in specs) > 5 * LARGE_POSTS
