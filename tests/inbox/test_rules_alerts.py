"""Keyword rules on arrival and on demand; alerts from rules and from the spike detector,
each naming the messages behind it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.inbox.types import InboxFilter, RuleDraft
from app.validation import InvalidInput
from tests.inbox.conftest import COMPLAINTS, Team, calm_week_then_burst


def test_rules_tag_assign_prioritise_and_alert_as_messages_arrive(team: Team) -> None:
    inbox = team.ws.inbox
    inbox.save_rule(
        RuleDraft(
            "退款", ("退款", "refund"), add_tag="售后", assign_to_uuid=team.lead, set_priority=2
        )
    )
    inbox.save_rule(
        RuleDraft(
            "曝光威胁", ("曝光", "媒体"), match_all=True, raise_alert=True, account_uuid=team.weibo
        )
    )
    inbox.save_rule(RuleDraft("私信", ("你好",), kind="direct_message", add_tag="私信"))
    outcome = inbox.add_messages(
        [
            team.draft("我要退款", platform_message_id="1"),
            team.draft("REFUND now", platform_message_id="2", account_uuid=team.douyin),
            team.draft("再不处理就找媒体曝光", platform_message_id="3"),
            team.draft("找媒体曝光", platform_message_id="4", account_uuid=team.douyin),
            team.draft("只说曝光", platform_message_id="5"),
            team.draft("你好", platform_message_id="6"),
            team.draft("你好", platform_message_id="7", kind="direct_message"),
        ]
    )
    rows = {r.preview: r for r in inbox.list_messages(InboxFilter())}
    assert (rows["我要退款"].tags, rows["我要退款"].assignee, rows["我要退款"].priority) == (
        ("售后",),
        "王芳",
        2,
    )
    assert rows["REFUND now"].tags == ("售后",)
    assert rows["只说曝光"].tags == () and rows["只说曝光"].priority == 1
    assert [r.tags for r in inbox.list_messages(InboxFilter(tag="私信"))] == [("私信",)]
    [alert] = [a for a in inbox.list_alerts() if a.kind == "rule"]
    assert alert.uuid in outcome.alerts
    assert (alert.kind, alert.title, alert.account) == ("rule", "曝光威胁", "@brand")
    named = inbox.list_messages(InboxFilter(message_uuids=alert.message_uuids))
    assert [r.preview for r in named] == ["再不处理就找媒体曝光"]
    inbox.dismiss_alert(alert.uuid)
    assert alert.uuid not in {a.uuid for a in inbox.list_alerts()}
    assert alert.uuid in {a.uuid for a in inbox.list_alerts(include_dismissed=True)}


def test_a_new_rule_runs_again_on_a_selection(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = inbox.add_messages(
        [
            team.draft("包装破损", platform_message_id="a"),
            team.draft("很好", platform_message_id="b"),
        ]
    ).uuids
    rule = inbox.save_rule(RuleDraft("破损", ("破损",), add_tag="质量"))
    outcome = inbox.apply_rules(uuids)
    assert (outcome.matched, outcome.changed) == (1, 1)
    assert inbox.apply_rules(uuids).changed == 0  # nothing new the second time
    assert [r.preview for r in inbox.list_messages(InboxFilter(tag="质量"))] == ["包装破损"]
    off = RuleDraft("破损", ("破损",), add_tag="质量", enabled=False)
    assert not inbox.save_rule(off, rule.uuid, rule.version).enabled
    with pytest.raises(InvalidInput):
        inbox.save_rule(RuleDraft("空", ()))
    with pytest.raises(InvalidInput):
        inbox.save_rule(RuleDraft("无动作", ("x",)))
    inbox.remove_rule(rule.uuid)
    assert inbox.list_rules() == []


def test_a_negative_spike_raises_one_alert_naming_its_messages(team: Team) -> None:
    inbox = team.ws.inbox
    drafts, burst = calm_week_then_burst(team)
    angry = COMPLAINTS
    outcome = inbox.add_messages(drafts)
    # The detector runs as the messages arrive: the burst raises a spike alert at once.
    spikes = [a for a in inbox.list_alerts() if a.kind == "spike"]
    assert spikes and {a.uuid for a in spikes} <= set(outcome.alerts)
    named = inbox.list_messages(InboxFilter(message_uuids=spikes[0].message_uuids))
    assert {r.preview for r in named} <= set(angry)
    assert len(named) >= 5
    assert spikes[0].negative_share is not None and spikes[0].negative_share > 0.5
    # Scanning again (an hour later, the same windows) raises nothing twice.
    assert inbox.scan_spikes(burst + timedelta(minutes=30)) == []
    assert inbox.scan_spikes() == []
