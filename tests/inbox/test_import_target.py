"""Messages arrive through the shared import pipeline (target "messages")."""

from __future__ import annotations

from pathlib import Path

from app.inbox.types import InboxFilter
from tests.inbox.conftest import Team

GOOD = (
    "Account,Platform,Kind,Author,Handle,Text,Received,Message ID,Post ID,Thread\n"
    "@brand,微博,评论,小红,@xh,什么时候发货？,2026/12/1 10:00,c1,p1,\n"
    '@brand,weibo,私信,Tom,@tom,"I love it, thanks",2026/12/1 10:05,d1,,t9\n'
    "@brand_dy,douyin,comment,阿强,@aq,客服电话打不通，我要投诉,2026/12/1 21:30,,,\n"
)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_an_export_imports_once_and_rolls_back_exactly(team: Team, tmp_path: Path) -> None:
    ws = team.ws
    path = _write(tmp_path, "messages.csv", GOOD)
    result = ws.imports.run(path, "messages")
    assert result.ok, result.problems
    assert (result.added, result.preset) == (3, "Social Desk messages")
    rows = ws.inbox.list_messages(InboxFilter(ascending=True))
    assert [(r.account, r.kind, r.author_name) for r in rows] == [
        ("@brand", "comment", "小红"),
        ("@brand", "direct_message", "Tom"),
        ("@brand_dy", "comment", "阿强"),
    ]
    # Local export times are read in Shanghai time: 10:00 there is 02:00 UTC.
    assert rows[0].received_at.hour == 2
    assert rows[2].sentiment == "negative"

    again = ws.imports.run(path, "messages")
    assert (again.added, again.unchanged) == (0, 3)
    ws.import_history.rollback(result.import_id or 0)
    assert ws.inbox.count_messages(InboxFilter()).count == 0


def test_a_bad_file_reports_its_rows_and_changes_nothing(team: Team, tmp_path: Path) -> None:
    ws = team.ws
    huge = "很" * 1_000_000
    bad = GOOD + (
        "@nobody,weibo,comment,X,,hello,2026/12/1 11:00,c2,,\n"
        f"@brand,weibo,comment,Y,,{huge},2026/12/1 11:00,c3,,\n"
        "@brand,weibo,email,Z,,hi,2026/12/1 11:00,c4,,\n"
    )
    result = ws.imports.run(_write(tmp_path, "bad.csv", bad), "messages")
    assert not result.ok
    reasons = {(p.row, p.column): p.reason for p in result.problems}
    assert "no managed account" in reasons[(5, "Account")]
    assert "longer than" in reasons[(6, "Text")]
    assert "unknown kind" in reasons[(7, "Kind")]
    assert ws.inbox.count_messages(InboxFilter()).count == 0


def test_a_file_without_a_text_column_is_refused(team: Team, tmp_path: Path) -> None:
    ws = team.ws
    path = _write(tmp_path, "x.csv", "Account,Received\n@brand,2026/12/1 10:00\n")
    result = ws.imports.run(path, "messages")
    assert not result.ok
    assert "Text" in result.problems[0].reason
    assert ws.inbox.count_messages(InboxFilter()).count == 0


def test_a_gbk_weibo_export_uses_its_preset(team: Team, tmp_path: Path) -> None:
    ws = team.ws
    text = (
        "评论ID,评论内容,评论时间,评论者昵称,评论者ID,微博ID\n"
        "9001,产品很好用，已回购,2026-12-01 09:30,小李,lee,M1\n"
    )
    result = ws.imports.run(_write(tmp_path, "weibo.csv", text, "gbk"), "messages")
    assert result.ok, result.problems
    assert result.preset == "Weibo comments export"
    [row] = ws.inbox.list_messages(InboxFilter())
    assert (row.account, row.author_name, row.sentiment) == ("@brand", "小李", "positive")
