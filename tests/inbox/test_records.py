"""Rules and saved replies as records (get / add / update / remove / restore), and the
core's undo of a sentiment correction, of "mark answered" and of a logged reply."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.db.errors import NotFound, StaleEdit
from app.inbox import replies
from app.inbox.types import InboxFilter, ReplyTemplateDraft, RuleDraft, SentimentState
from app.team.rights import Forbidden
from tests.inbox.conftest import MORNING, Team


def test_a_removed_rule_comes_back_in_its_place_with_its_alerts(team: Team) -> None:
    inbox, rules = team.ws.inbox, team.ws.inbox.rules
    first = rules.add(RuleDraft("退款", ("退款",), raise_alert=True, account_uuid=team.weibo))
    second = rules.add(RuleDraft("物流", ("快递",), add_tag="物流", assign_to_uuid=team.lead))
    inbox.add_message(team.draft("我要退款"))
    raised = [a.uuid for a in inbox.list_alerts() if a.kind == "rule"]
    assert len(raised) == 1
    wider = replace(first.draft(), keywords=("退款", "refund"))
    edited = rules.update(first.uuid, first.version, wider)
    assert rules.get(first.uuid) == edited and edited.keywords == ("退款", "refund")
    with pytest.raises(StaleEdit):
        rules.update(first.uuid, first.version, first.draft())

    removed = rules.remove(first.uuid)
    assert [r.name for r in inbox.list_rules()] == ["物流"]
    assert removed.alert_uuids == tuple(raised)
    with pytest.raises(NotFound):
        rules.get(first.uuid)
    back = rules.restore(removed)
    assert back.uuid == first.uuid and back.draft() == edited.draft()
    assert [r.uuid for r in inbox.list_rules()] == [first.uuid, second.uuid]
    assert rules.get(second.uuid).assign_to == "王芳"


def test_a_removed_saved_reply_comes_back_with_its_uuid_and_place(team: Team) -> None:
    replies = team.ws.inbox.saved_replies
    a = replies.add(ReplyTemplateDraft("问候", "Hi {author}", "{author}您好", ("售前",)))
    b = replies.add(ReplyTemplateDraft("致歉", "Sorry", "抱歉"))
    changed = replies.update(a.uuid, a.version, ReplyTemplateDraft("问候", "Hello", "你好"))
    assert replies.get(a.uuid).text_en == "Hello" and changed.version > a.version
    removed = replies.remove(a.uuid)
    assert [t.name for t in team.ws.inbox.list_templates()] == ["致歉"]
    back = replies.restore(removed)
    assert back.uuid == a.uuid and back.draft() == changed.draft()
    assert [t.uuid for t in team.ws.inbox.list_templates()] == [a.uuid, b.uuid]


def test_only_who_may_triage_edits_rules_and_saved_replies(team: Team) -> None:
    rule = team.ws.inbox.rules.add(RuleDraft("退款", ("退款",), add_tag="退款"))
    team.ws.acting.choose(team.writer)
    with pytest.raises(Forbidden):
        team.ws.inbox.rules.remove(rule.uuid)
    with pytest.raises(Forbidden):
        team.ws.inbox.saved_replies.add(ReplyTemplateDraft("x", "x", "x"))
    assert team.ws.inbox.rules.get(rule.uuid) == rule


def test_a_sentiment_correction_is_undone(team: Team) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("质量很好，非常满意"))
    before = m.row
    assert not before.sentiment_corrected
    inbox.correct_sentiment(m.uuid, "negative")
    state = SentimentState(
        m.uuid, before.sentiment, before.sentiment_confidence, before.sentiment_corrected
    )
    row = inbox.restore_sentiment(state)
    assert (row.sentiment, row.sentiment_corrected) == (before.sentiment, False)
    assert row.sentiment_confidence == pytest.approx(before.sentiment_confidence)
    assert inbox.list_messages(InboxFilter(sentiments=("negative",))) == []


def test_mark_answered_is_undone_unless_a_reply_was_logged_since(team: Team) -> None:
    inbox = team.ws.inbox
    one = inbox.add_message(team.draft("在吗？", platform_message_id="1"))
    two = inbox.add_message(team.draft("有货吗？", platform_message_id="2"))
    outcome = inbox.mark_replied([one.uuid])
    assert inbox.get_message(one.uuid).first_response_at is not None
    inbox.unmark_replied(outcome.before)
    undone = inbox.get_message(one.uuid)
    assert undone.first_response_at is None and undone.row.status == "new"
    assert undone.row.due_at == one.row.due_at

    outcome = inbox.mark_replied([two.uuid])
    inbox.reply(two.uuid, "有的")
    with pytest.raises(StaleEdit):
        inbox.unmark_replied(outcome.before)
    assert inbox.get_message(two.uuid).first_response_at is not None


def test_a_logged_reply_is_withdrawn_and_logged_again_as_it_was(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = team.ws.inbox
    m = inbox.add_message(team.draft("在吗？"))  # Thursday 10:00 in Shanghai
    monkeypatch.setattr(replies, "utcnow", lambda: MORNING + timedelta(minutes=30))
    first = inbox.reply(m.uuid, "在的")
    monkeypatch.setattr(replies, "utcnow", lambda: MORNING + timedelta(minutes=90))
    second = inbox.reply(m.uuid, "已处理", close=True)
    # The second reply withdrawn: the first response stays the first reply's.
    gone = inbox.withdraw_reply(second.uuid, "closed", "waiting")
    detail = inbox.get_message(m.uuid)
    assert [r.text for r in detail.replies] == ["在的"] and detail.row.status == "waiting"
    assert detail.row.first_response_seconds == 30 * 60
    # The first withdrawn too: no response at all, due again.
    inbox.withdraw_reply(first.uuid, "waiting", "new")
    detail = inbox.get_message(m.uuid)
    assert detail.first_response_at is None and detail.row.status == "new"
    assert detail.row.due_at == m.row.due_at
    # Redo puts the closing reply back as it was: its time becomes the first response.
    back = inbox.relog_reply(gone)
    assert back == second
    detail = inbox.get_message(m.uuid)
    assert detail.row.status == "closed" and detail.row.first_response_seconds == 90 * 60
    with pytest.raises(StaleEdit):  # closed now, not "waiting" as after the first reply
        inbox.withdraw_reply(second.uuid, "waiting", "new")
