"""The demo inbox: messages on every account over the year, and the crisis episode."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.calendar.models import Post, PostTarget
from app.db.database import Database
from app.demo import fill
from app.inbox import hours
from app.inbox.demo import business_clock, from_business_clock
from app.inbox.types import InboxFilter, MessageDraft
from app.workspace import Workspace

TODAY = date(2026, 12, 3)


def test_the_small_demo_has_messages_everywhere_and_a_crisis(db: Database) -> None:
    summary = fill(db, today=TODAY)
    assert summary.rows["inbox_messages"] == 3000
    ws = Workspace(db)
    inbox = ws.inbox
    accounts = ws.accounts.list_accounts()
    for account in accounts:
        flt = InboxFilter(account_uuids=(account.uuid,))
        assert inbox.count_messages(flt).count > 100, account.handle
    rows = inbox.list_messages(InboxFilter(), 500)
    assert any(r.preview.isascii() for r in rows) and any(not r.preview.isascii() for r in rows)
    assert {r.status for r in rows} >= {"new", "open", "closed"}
    oldest = inbox.list_messages(InboxFilter(ascending=True), 1)[0]
    assert oldest.received_at.date() <= TODAY - timedelta(days=360)

    spikes = [a for a in inbox.list_alerts() if a.kind == "spike"]
    assert spikes and spikes[0].negative_share is not None
    [incident] = inbox.list_incidents()
    detail = inbox.get_incident(incident.uuid)
    assert detail.messages and all(m.sentiment == "negative" for m in detail.messages)
    assert set(spikes[0].message_uuids) == {m.uuid for m in detail.messages}
    assert detail.plan_name == "产品投诉" and detail.statements[0].status == "approved"
    assert inbox.count_messages(InboxFilter(search="香薰蜡烛")).count >= 20
    assert len(inbox.list_templates()) == 3 and len(inbox.list_rules()) == 3
    # The bulk load put the search triggers back: a new message is found at once.
    draft = MessageDraft(
        accounts[0].uuid, "comment", "新用户", "独一无二的留言内容", datetime.now(UTC)
    )
    inbox.add_message(draft)
    assert inbox.count_messages(InboxFilter(search="独一无二")).count == 1
    # A comment under a post the calendar published is matched to that post by its link.
    with db.session(read_only=True) as session:
        link, post_uuid = session.execute(
            select(PostTarget.published_url, Post.uuid)
            .join(Post, Post.id == PostTarget.post_id)
            .where(PostTarget.published_url != "")
            .limit(1)
        ).one()
    on_post = replace(draft, text="这条视频拍得真好", post_link=link)
    assert inbox.add_message(on_post).calendar_post_uuid == post_uuid
    stats = inbox.response_stats(
        datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert stats.answered > 0.8 * stats.received and stats.median_seconds


def test_the_demo_clock_agrees_with_business_hours() -> None:
    rng = random.Random(7)
    default = hours.BusinessHours()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(300):
        at = start + timedelta(seconds=rng.randrange(365 * 86400))
        sla = rng.choice([60, 3600, 7200, 9 * 3600, 3 * 86400])
        assert from_business_clock(business_clock(at) + sla) == hours.due_at(at, sla, default)
        later = at + timedelta(seconds=rng.randrange(5 * 86400))
        assert business_clock(later) - business_clock(at) == hours.business_seconds(
            at, later, default
        )
