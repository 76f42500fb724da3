"""A database at revision 0005 opens at 0006 (and on): its data kept, the inbox added."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.inbox.types import InboxFilter, MessageDraft
from app.workspace import Workspace
from tests.inbox.conftest import MORNING

NOW = "2026-06-01 08:00:00.000000"
ACCOUNT = "00000000-0000-4000-8000-0000000000a1"
MEMBER = "00000000-0000-4000-8000-000000000001"


def make_0005_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0005")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                    " updated_at, version) VALUES (1, :uuid, '王芳', '', 1, '', :now, :now, 3)"
                ),
                {"uuid": MEMBER, "now": NOW},
            )
            con.execute(text("INSERT INTO member_roles (member_id, role) VALUES (1, 'lead')"))
            con.execute(
                text(
                    "INSERT INTO accounts (uuid, platform_id, handle, display_name, owner_id,"
                    " active, created_at, updated_at, version) SELECT :uuid, id, '@brand',"
                    " '品牌官方', 1, 1, :now, :now, 2 FROM platforms WHERE code = 'weibo'"
                ),
                {"uuid": ACCOUNT, "now": NOW},
            )
    finally:
        engine.dispose()


def test_0005_database_gains_the_inbox_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0005_database(path)
    assert read_revision(path) == "0005"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        tables = set(inspect(ws.db.engine).get_table_names())
        assert {"inbox_messages", "inbox_messages_fts", "inbox_incidents"} <= tables
        [account] = ws.accounts.list_accounts()
        assert (account.uuid, account.handle, account.version) == (ACCOUNT, "@brand", 2)
        assert [m.name for m in ws.team.list_members()] == ["王芳"]
        assert len(ws.inbox.list_plan_templates()) == 4

        # The old account takes messages at once, and search finds them.
        ws.inbox.add_message(MessageDraft(ACCOUNT, "comment", "小红", "发货太慢了吧", MORNING))
        assert ws.inbox.count_messages(InboxFilter(search="发货太慢")).count == 1
    finally:
        ws.close()
