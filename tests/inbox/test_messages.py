"""Messages in: manual entry, paste, re-import adding nothing twice, sentiment stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.inbox.types import InboxFilter
from app.validation import InvalidInput
from tests.inbox.conftest import MORNING, Team


def test_a_typed_message_shows_in_the_list_with_its_sentiment(team: Team) -> None:
    inbox = team.ws.inbox
    detail = inbox.add_message(team.draft("太失望了，质量很差，要求退款", author_handle="@xm"))
    assert detail.text == "太失望了，质量很差，要求退款"
    assert detail.row.status == "new"
    assert detail.row.account == "@brand"
    assert detail.row.platform == "weibo"
    assert detail.row.sentiment == "negative"
    [row] = inbox.list_messages(InboxFilter())
    assert row.uuid == detail.uuid
    assert row.due_at is not None and row.due_at > MORNING


def test_the_same_message_twice_is_refused_and_a_batch_skips_duplicates(team: Team) -> None:
    inbox = team.ws.inbox
    inbox.add_message(team.draft("好评！"))
    with pytest.raises(InvalidInput):
        inbox.add_message(team.draft("好评！"))
    # Keyed by the platform message ID when there is one: same text, different IDs.
    batch = [
        team.draft("好评！"),  # same account, author, time, text: a duplicate
        team.draft("收到了", platform_message_id="m1"),
        team.draft("收到了", platform_message_id="m1"),  # twice in one batch
        team.draft("收到了", platform_message_id="m2"),
        team.draft("好评！", account_uuid=team.douyin),  # another account
    ]
    outcome = inbox.add_messages(batch)
    assert (outcome.added, outcome.duplicates) == (3, 2)
    again = inbox.add_messages(batch)
    assert (again.added, again.duplicates) == (0, 5)
    assert inbox.count_messages(InboxFilter()).count == 4


def test_pasted_lines_become_messages_with_their_authors(team: Team) -> None:
    inbox = team.ws.inbox
    pasted = "小红：什么时候发货？\n\nTom: love it!\nhttps://example.com/x 链接坏了\n"
    outcome = inbox.paste_messages(team.weibo, "comment", pasted, MORNING)
    assert outcome.added == 3
    rows = inbox.list_messages(InboxFilter(ascending=True))
    assert [(r.author_name, r.preview) for r in rows] == [
        ("小红", "什么时候发货？"),
        ("Tom", "love it!"),
        ("", "https://example.com/x 链接坏了"),
    ]
    assert inbox.paste_messages(team.weibo, "comment", pasted, MORNING).added == 0


def test_a_message_must_have_text_and_a_known_kind(team: Team) -> None:
    inbox = team.ws.inbox
    with pytest.raises(InvalidInput):
        inbox.add_message(team.draft("   "))
    with pytest.raises(InvalidInput):
        inbox.add_message(team.draft("hi", kind="email"))
    with pytest.raises(InvalidInput):
        inbox.add_message(team.draft("x" * 60_000))
    assert inbox.count_messages(InboxFilter()).count == 0


def test_thread_and_detail(team: Team) -> None:
    inbox = team.ws.inbox
    first = inbox.add_message(team.draft("在吗", thread_ref="t1", kind="direct_message"))
    later = MORNING + timedelta(minutes=5)
    inbox.add_message(
        team.draft("订单号123", thread_ref="t1", kind="direct_message", received_at=later)
    )
    detail = inbox.get_message(first.uuid)
    assert [m.preview for m in detail.thread] == ["订单号123"]
    assert detail.calendar_post_uuid is None
