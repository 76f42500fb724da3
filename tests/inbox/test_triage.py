"""Triage: bulk status, assignment, tags and priority; rights; history; undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.inbox.types import InboxFilter
from app.team.models import Change
from app.team.rights import Forbidden
from tests.inbox.conftest import Team


def _three(team: Team) -> list[str]:
    drafts = [team.draft(t, platform_message_id=str(i)) for i, t in enumerate(["一", "二", "三"])]
    return list(team.ws.inbox.add_messages(drafts).uuids)


def test_bulk_assign_tag_and_close_on_a_selection(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = _three(team)
    done = inbox.assign(uuids[:2], team.operator)
    assert done.changed == 2
    inbox.add_tag(uuids, "物流")
    inbox.add_tag(uuids[:1], "VIP")
    inbox.set_priority(uuids[:1], 3)
    mine = inbox.list_messages(InboxFilter(assignee_uuids=(team.operator,)))
    assert {r.uuid for r in mine} == set(uuids[:2])
    assert all(r.status == "open" and r.assignee == "李雷" for r in mine)
    vip = inbox.list_messages(InboxFilter(tag="VIP"))
    assert [(r.tags, r.priority) for r in vip] == [(("VIP", "物流"), 3)]
    assert [(t.tag, t.count) for t in inbox.tags()] == [("物流", 3), ("VIP", 1)]
    inbox.close(uuids)
    assert inbox.count_messages(InboxFilter(statuses=("closed",))).count == 3
    unassigned = inbox.list_messages(InboxFilter(unassigned=True))
    assert [r.uuid for r in unassigned] == [uuids[2]]


def test_a_triage_edit_is_undone_by_restoring_what_it_returned(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = _three(team)
    inbox.add_tag(uuids[:1], "售后")
    before = {r.uuid: r for r in inbox.list_messages(InboxFilter())}
    outcome = inbox.assign(uuids, team.lead)
    inbox.remove_tag(uuids, "售后")
    undone = inbox.restore_triage(outcome.before)
    assert undone.changed == 3
    after = {r.uuid: r for r in inbox.list_messages(InboxFilter())}
    for uuid in uuids:
        assert (after[uuid].status, after[uuid].assignee_uuid) == ("new", None)
    # restore puts back the whole triage state, the tag too
    assert after[uuids[0]].tags == before[uuids[0]].tags == ("售后",)


def test_a_content_producer_may_not_triage_and_nothing_changes(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = _three(team)
    team.ws.acting.choose(team.writer)
    with pytest.raises(Forbidden):
        inbox.close(uuids)
    with pytest.raises(Forbidden):
        inbox.reply(uuids[0], "谢谢")
    assert inbox.count_messages(InboxFilter(statuses=("new",))).count == 3


def test_who_changed_a_message_is_in_the_history(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = _three(team)
    inbox.set_status(uuids[:1], "waiting")
    with team.ws.db.session(read_only=True) as s:
        changes = s.scalars(select(Change).where(Change.record_uuid == uuids[0])).all()
    assert [(c.member_name, c.action, c.detail) for c in changes][-1] == (
        "李雷",
        "update",
        "status",
    )


def test_notes_and_a_sentiment_correction(team: Team) -> None:
    inbox = team.ws.inbox
    detail = inbox.add_message(team.draft("还行吧"))
    detail = inbox.set_notes(detail.uuid, detail.version, "老客户，注意语气")
    assert detail.notes == "老客户，注意语气"
    row = inbox.correct_sentiment(detail.uuid, "negative")
    assert (row.sentiment, row.sentiment_confidence, row.sentiment_corrected) == (
        "negative",
        1.0,
        True,
    )
    assert inbox.list_messages(InboxFilter(sentiments=("negative",)))[0].uuid == detail.uuid


def test_a_correction_teaches_the_teams_classifier(team: Team) -> None:
    inbox = team.ws.inbox
    text = "这次的包装跟上次不一样"
    first = inbox.add_message(team.draft(text, platform_message_id="a"))
    wanted = "negative" if first.row.sentiment != "negative" else "positive"
    inbox.correct_sentiment(first.uuid, wanted)
    later = inbox.add_message(team.draft(text, platform_message_id="b"))
    assert later.row.sentiment == wanted
    assert not later.row.sentiment_corrected
