"""Full-text search over text and author, Chinese substrings, kept in sync with edits;
paging through the list in every order."""

from __future__ import annotations

from datetime import timedelta

from app.inbox.service import InboxService
from app.inbox.types import InboxFilter, MessageRow
from tests.inbox.conftest import MORNING, Team

TEXTS = [
    ("小红", "@xh", "你们的退款流程太慢了"),
    ("Tom", "@tom_w", "Refund please, the box was damaged"),
    ("阿强", "@aq", "客服态度很好，点赞"),
    ("李四", "@li4", "50%的折扣是真的吗？"),
    ("Anna", "@anna", "where is my parcel"),
]


def _fill(inbox: InboxService, team: Team) -> list[str]:
    drafts = [
        team.draft(
            text, author_name=name, author_handle=handle, received_at=MORNING + timedelta(minutes=i)
        )
        for i, (name, handle, text) in enumerate(TEXTS)
    ]
    return list(inbox.add_messages(drafts).uuids)


def _found(inbox: InboxService, query: str) -> list[str]:
    return sorted(r.author_name for r in inbox.list_messages(InboxFilter(search=query)))


def test_search_finds_chinese_substrings_authors_and_short_terms(team: Team) -> None:
    inbox = team.ws.inbox
    _fill(inbox, team)
    assert _found(inbox, "退款流程") == ["小红"]
    assert _found(inbox, "款流") == ["小红"]  # two characters: below a trigram
    assert _found(inbox, "退") == ["小红"]
    assert _found(inbox, "refund") == ["Tom"]  # any case
    assert _found(inbox, "REFUND box") == ["Tom"]  # every term must occur
    assert _found(inbox, "refund parcel") == []
    assert _found(inbox, "tom_w") == ["Tom"]  # the author handle
    assert _found(inbox, "阿强") == ["阿强"]  # the author name
    assert _found(inbox, "50%") == ["李四"]  # LIKE wildcards are literal
    assert _found(inbox, '"box') == []
    assert inbox.count_messages(InboxFilter(search="客服")).count == 1


def test_search_follows_edits_and_removals(team: Team) -> None:
    inbox = team.ws.inbox
    uuids = _fill(inbox, team)
    first = inbox.get_message(uuids[0])
    inbox.edit_message(first.uuid, first.version, "物流信息一直不更新", "小红", "@xh")
    assert _found(inbox, "退款流程") == []
    assert _found(inbox, "物流信息") == ["小红"]
    inbox.remove_messages([uuids[0]])
    assert _found(inbox, "物流信息") == []


def _all_pages(inbox: InboxService, flt: InboxFilter, size: int) -> list[MessageRow]:
    rows: list[MessageRow] = []
    while True:
        page = inbox.list_messages(flt, size, rows[-1] if rows else None, len(rows))
        rows.extend(page)
        if len(page) < size:
            return rows


def test_keyset_pages_give_every_row_once_in_each_order(team: Team) -> None:
    inbox = team.ws.inbox
    drafts = [
        team.draft(
            f"消息 {i}",
            author_name=f"用户{i % 7}",
            account_uuid=team.weibo if i % 3 else team.douyin,
            received_at=MORNING + timedelta(minutes=i // 2),  # pairs share a time
            platform_message_id=str(i),
        )
        for i in range(53)
    ]
    uuids = inbox.add_messages(drafts).uuids
    inbox.set_priority(uuids[::4], 3)
    inbox.close(uuids[::5])
    for sort in ("received", "priority", "status", "author", "account", "due"):
        for ascending in (False, True):
            flt = InboxFilter(sort=sort, ascending=ascending)
            whole = inbox.list_messages(flt, 500)
            paged = _all_pages(inbox, flt, 10)
            assert [r.uuid for r in paged] == [r.uuid for r in whole], (sort, ascending)
            assert len(whole) == 53
    newest = inbox.list_messages(InboxFilter(), 3)
    assert [r.preview for r in newest] == ["消息 52", "消息 51", "消息 50"]
    count = inbox.count_messages(InboxFilter(), cap=20)
    assert (count.count, count.capped) == (20, True)
    by_account = inbox.list_messages(InboxFilter(sort="account", ascending=True), 1)
    assert by_account[0].account == "@brand"
