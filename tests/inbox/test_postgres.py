"""The inbox on PostgreSQL: the same search answers as SQLite (pg_trgm + ILIKE), paging."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.accounts.types import AccountDraft
from app.db.database import open_database
from app.inbox.types import InboxFilter, MessageDraft
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.inbox.conftest import MORNING
from tests.postgres_server import running_server, server_binaries

pytestmark = pytest.mark.postgres

TEXTS = [
    ("小红", "@xh", "你们的退款流程太慢了"),
    ("Tom", "@tom_w", "Refund please, the box was damaged"),
    ("阿强", "@aq", "客服态度很好，点赞"),
    ("李四", "@li4", "50%的折扣是真的吗？"),
    ("Anna", "@anna", "where is my parcel, REFUND"),
]
QUERIES = (
    "退款流程",
    "款流",
    "退",
    "refund",
    "REFUND box",
    "tom_w",
    "阿强",
    "50%",
    "_",
    "态度 点赞",
    # One and two characters, at the end of a text too (SQLite: migration 0009).
    "慢了",
    "赞",
    "ND",
    "吗？",
    "发霉",
    "x",
    "退 赞",
)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if server_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install PostgreSQL (scripts/install-system-deps.sh)")
        pytest.skip("no PostgreSQL server installed")
    with running_server() as url:
        yield url


@pytest.fixture
def clean_url(pg_url: str) -> str:
    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.execute(text("DROP SCHEMA public CASCADE"))
        con.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return pg_url


def _answers(ws: Workspace) -> dict[str, list[str]]:
    ws.team.add(MemberDraft("王芳", ("lead",)))
    weibo = next(p for p in ws.accounts.list_platforms() if p.code == "weibo")
    account = ws.accounts.add_account(AccountDraft(weibo.uuid, "@brand")).uuid
    ws.inbox.add_messages(
        [
            MessageDraft(account, "comment", name, body, MORNING + timedelta(minutes=i), handle)
            for i, (name, handle, body) in enumerate(TEXTS)
        ]
    )
    found = {
        q: sorted(r.author_name for r in ws.inbox.list_messages(InboxFilter(search=q)))
        for q in QUERIES
    }
    rows = ws.inbox.list_messages(InboxFilter(), 2)
    rows += ws.inbox.list_messages(InboxFilter(), 10, rows[-1])
    found["pages"] = [r.author_name for r in rows]
    return found


def test_search_answers_the_same_on_postgresql_and_sqlite(clean_url: str, tmp_path: Path) -> None:
    server = Workspace(open_database(clean_url))
    local = Workspace(open_database(tmp_path / "team.db"))
    try:
        on_server, on_file = _answers(server), _answers(local)
    finally:
        server.close()
        local.close()
    assert on_server == on_file
    assert on_file["REFUND box"] == ["Tom"]
    assert on_file["pages"] == ["Anna", "李四", "阿强", "Tom", "小红"]
