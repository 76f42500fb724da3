"""Sources: a JSON export read all or nothing, through the same checks as an import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.inbox.sources import JsonExport, SourceCancelled
from app.inbox.types import InboxFilter
from app.validation import InvalidInput
from tests.inbox.conftest import Team

RECORDS = [
    {"id": "x1", "author": "小红", "text": "好评", "received_at": "2026-12-01T10:00:00+08:00"},
    {"id": "x2", "author": "Tom", "text": "Where is my order?", "kind": "direct_message",
     "received_at": "2026-12-01T02:05:00+00:00", "thread": "t1"},
]  # fmt: skip


def test_a_json_export_adds_its_messages_once(team: Team, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"messages": RECORDS}, ensure_ascii=False), encoding="utf-8")
    seen: list[int] = []
    outcome = team.ws.inbox.add_from(JsonExport(path, team.weibo), progress=seen.append)
    assert (outcome.added, seen) == (2, [2])
    rows = team.ws.inbox.list_messages(InboxFilter(ascending=True))
    kinds = [(r.author_name, r.kind) for r in rows]
    assert kinds == [("小红", "comment"), ("Tom", "direct_message")]
    assert team.ws.inbox.add_from(JsonExport(path, team.weibo)).duplicates == 2


def test_a_broken_record_or_a_cancel_stores_nothing(team: Team, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    broken = [*RECORDS, {"text": "no time", "received_at": "yesterday"}]
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(InvalidInput):
        team.ws.inbox.add_from(JsonExport(path, team.weibo))
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    with pytest.raises(SourceCancelled):
        team.ws.inbox.add_from(JsonExport(path, team.weibo), cancelled=lambda: True)
    path.write_bytes('[{"text": "\xe5\xa5\xbd"}]'.encode("gbk", "replace") + b"\xff")
    with pytest.raises(InvalidInput):
        team.ws.inbox.add_from(JsonExport(path, team.weibo))
    assert team.ws.inbox.count_messages(InboxFilter()).count == 0
