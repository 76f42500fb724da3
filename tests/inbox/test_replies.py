"""Replies: saved replies with placeholders, the reply log, first-response time in
business hours, and the figures the KPI tab and appraisals read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.inbox import replies
from app.inbox.types import InboxFilter, ReplyTemplateDraft, SlaSettings
from app.validation import InvalidInput
from tests.inbox.conftest import Team

FRIDAY_5PM = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai
MONDAY_10AM = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def test_a_saved_reply_fills_its_placeholders_in_either_language(team: Team) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("发货太慢了", author_name="小红"))
    t = inbox.save_template(
        ReplyTemplateDraft(
            "Shipping delay",
            "Hi {author}, sorry for the wait. — {account} {unknown}",
            "{author}您好，抱歉让您久等了。——{account}客服{member}",
            ("物流",),
        )
    )
    assert inbox.fill_template(t.uuid, m.uuid, "en") == (
        "Hi 小红, sorry for the wait. — @brand {unknown}"
    )
    assert (
        inbox.fill_template(t.uuid, m.uuid, "zh_CN") == "小红您好，抱歉让您久等了。——@brand客服李雷"
    )
    t2 = inbox.save_template(ReplyTemplateDraft("Thanks", "Thanks!", "谢谢！"), t.uuid, t.version)
    assert [x.name for x in inbox.list_templates()] == ["Thanks"]
    inbox.remove_template(t2.uuid)
    assert inbox.list_templates() == []
    with pytest.raises(InvalidInput):
        inbox.save_template(ReplyTemplateDraft("Empty", "", " "))


def test_the_first_reply_records_the_first_response_in_business_hours(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("在吗？", received_at=FRIDAY_5PM))
    # Due two business hours after Friday 17:00: Monday 10:00.
    assert m.row.due_at == MONDAY_10AM
    monkeypatch.setattr(replies, "utcnow", lambda: MONDAY_10AM)
    sent = inbox.reply(m.uuid, "您好，在的！")
    monkeypatch.setattr(replies, "utcnow", lambda: MONDAY_10AM + timedelta(hours=1))
    inbox.reply(m.uuid, "已为您处理", close=True)
    detail = inbox.get_message(m.uuid)
    assert [r.text for r in detail.replies] == ["您好，在的！", "已为您处理"]
    assert (sent.member_name, sent.sent_at) == ("李雷", MONDAY_10AM)
    assert detail.first_response_at == MONDAY_10AM
    # Friday 17:00–18:00 and Monday 09:00–10:00: the weekend does not count.
    assert detail.row.first_response_seconds == 2 * 3600
    assert detail.row.status == "closed" and not detail.row.overdue

    stats = inbox.response_stats(FRIDAY_5PM, MONDAY_10AM, account=team.weibo)
    assert (stats.received, stats.answered, stats.median_seconds) == (1, 1, 7200.0)
    assert (stats.within_target, stats.breaches) == (1, 0)
    facts = inbox.member_facts(team.operator, FRIDAY_5PM, MONDAY_10AM + timedelta(days=1))
    assert (facts.handled, facts.replies, facts.median_first_response_seconds) == (1, 2, 7200.0)
    assert facts.sla_breaches == 0
    assert inbox.member_facts(team.lead, FRIDAY_5PM, MONDAY_10AM).handled == 0


def test_an_unanswered_message_past_due_is_overdue_and_sorts_first(team: Team) -> None:
    inbox = team.ws.inbox
    old = inbox.add_message(team.draft("人呢？", received_at=FRIDAY_5PM))
    inbox.add_message(team.draft("新消息", received_at=datetime.now(UTC)))
    overdue = inbox.list_messages(InboxFilter(overdue_only=True))
    assert [r.uuid for r in overdue] == [old.uuid]
    by_due = inbox.list_messages(InboxFilter(sort="due", ascending=True))
    assert by_due[0].uuid == old.uuid
    stats = inbox.response_stats(FRIDAY_5PM, datetime.now(UTC) + timedelta(days=1))
    assert (stats.received, stats.answered, stats.open_overdue) == (2, 0, 1)
    inbox.mark_replied([old.uuid])
    assert inbox.list_messages(InboxFilter(overdue_only=True)) == []


def test_new_business_hours_move_the_due_times(team: Team) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("周五下午的消息", received_at=FRIDAY_5PM))
    settings = SlaSettings(target_minutes=60, workdays=(0, 1, 2, 3, 4, 5, 6), day_end="20:00")
    assert inbox.save_sla_settings(settings) == settings
    # An hour after 17:00, every day working until 20:00: 18:00 on the Friday.
    assert inbox.get_message(m.uuid).row.due_at == FRIDAY_5PM + timedelta(hours=1)
    with pytest.raises(InvalidInput):
        inbox.save_sla_settings(SlaSettings(day_start="18:00", day_end="09:00"))
    with pytest.raises(InvalidInput):
        inbox.save_sla_settings(SlaSettings(timezone="Mars/Olympus"))
