"""Search terms of one or two characters (Chinese words are often two) go through the
index too: found wherever they stand, as fast as long terms, and never stale."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.db.database import open_database
from app.inbox import search
from app.inbox.service import InboxService
from app.inbox.types import InboxFilter
from app.workspace import Workspace
from tests.inbox.conftest import MORNING, Team

TEXTS = [
    ("小红", "@xh", "质量差，发霉"),  # the term is the text's last two characters
    ("阿强", "@aq", "发霉"),  # the whole text is the term
    ("李四", "@li4", "霉"),  # one character, nothing else
    ("Tom", "@Zz", "box arrived"),  # in the handle, at its end, in another case
    ("王五", "@ww", "裂开了，退款"),
]


def _fill(inbox: InboxService, team: Team) -> None:
    inbox.add_messages(
        [
            team.draft(text, author_name=n, author_handle=h, received_at=MORNING + timedelta(i))
            for i, (n, h, text) in enumerate(TEXTS)
        ]
    )


def _found(inbox: InboxService, query: str) -> list[str]:
    rows = inbox.list_messages(InboxFilter(search=query))
    count = inbox.count_messages(InboxFilter(search=query)).count
    assert count == len(rows), query
    return sorted(r.author_name for r in rows)


def test_short_terms_are_found_at_the_end_of_a_text_and_alone(team: Team) -> None:
    inbox = team.ws.inbox
    _fill(inbox, team)
    assert _found(inbox, "发霉") == ["小红", "阿强"]
    assert _found(inbox, "霉") == ["小红", "李四", "阿强"]
    assert _found(inbox, "zz") == ["Tom"]
    assert _found(inbox, "ZZ") == ["Tom"]
    assert _found(inbox, "z") == ["Tom"]
    assert _found(inbox, "裂开") == ["王五"]
    assert _found(inbox, "款") == ["王五"]
    assert _found(inbox, "裂开 退款") == ["王五"]  # every term must occur
    assert _found(inbox, "发霉 退款") == []
    assert _found(inbox, "发霉 质量差") == ["小红"]  # short and long together
    assert _found(inbox, "霉了") == []  # no message has it: nothing, not everything
    assert _found(inbox, "h") == ["小红"]  # the handle @xh, at its end
    # The index reads every column with spaces after it: a space is never a term.
    assert _found(inbox, "发霉 ") == ["小红", "阿强"]


def test_a_term_starting_many_trigrams_is_still_found(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = team.ws.inbox
    _fill(inbox, team)
    # A common character starts more trigrams than are worth an OR: LIKE finds it.
    monkeypatch.setattr(search, "MAX_TRIGRAMS", 1)
    assert _found(inbox, "霉") == ["小红", "李四", "阿强"]
    assert _found(inbox, "发霉") == ["小红", "阿强"]
    # So is one in more messages than the index is worth reading them from.
    monkeypatch.setattr(search, "MAX_TRIGRAMS", 300)
    monkeypatch.setattr(search, "DENSE", 1)
    assert _found(inbox, "发霉") == ["小红", "阿强"]
    assert _found(inbox, "裂开 退款") == ["王五"]


def test_short_term_search_follows_edits_at_once(team: Team) -> None:
    inbox = team.ws.inbox
    _fill(inbox, team)
    assert _found(inbox, "蟑螂") == []
    [uuid] = inbox.add_messages([team.draft("外卖里有蟑螂", author_name="赵六")]).uuids
    assert _found(inbox, "蟑螂") == ["赵六"]
    message = inbox.get_message(uuid)
    inbox.edit_message(uuid, message.version, "外卖很好吃", "赵六", "@z6")
    assert _found(inbox, "蟑螂") == []
    assert _found(inbox, "好吃") == ["赵六"]
    inbox.remove_messages([uuid])
    assert _found(inbox, "好吃") == []


def test_short_term_search_sees_another_window_s_changes(team: Team) -> None:
    """Two windows on one file: what one adds, the other's next search finds."""
    inbox = team.ws.inbox
    _fill(inbox, team)
    assert _found(inbox, "蟑螂") == []
    other = Workspace(open_database(team.ws.db.path))
    try:
        other.inbox.add_messages([team.draft("外卖里有蟑螂", author_name="赵六")])
    finally:
        other.close()
    assert _found(inbox, "蟑螂") == ["赵六"]


def test_short_terms_of_query_syntax_are_plain_text(team: Team) -> None:
    inbox = team.ws.inbox
    texts = ['他说"好"', "(限时)", "5*5", "a:b", "-1", "^^", "OR", "NOT"]
    inbox.add_messages(
        [team.draft(t, author_name=f"用户{i}", author_handle="@u") for i, t in enumerate(texts)]
    )
    for i, term in enumerate(['"', "(", "*", ":", "-", "^", "OR", "NOT"]):
        assert _found(inbox, term) == [f"用户{i}"], term
