"""A database at revision 0008 opens at 0009: its messages kept and indexed anew, so a
short term at the end of a message is found, and edits keep the index in step."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.inbox.types import InboxFilter
from app.workspace import Workspace
from tests.inbox.test_migration_0006 import NOW, make_0005_database

MESSAGES = (  # uuid, author, handle, text
    ("00000000-0000-4000-8000-00000000b001", "小红", "@xh", "质量差，发霉"),
    ("00000000-0000-4000-8000-00000000b002", "Tom", "@tom_w", "Refund please"),
    ("00000000-0000-4000-8000-00000000b003", "阿强", "@aq", "裂开"),
)


def make_0008_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models. The team and
    account of the 0005 fixture, carried to 0008, with messages."""
    make_0005_database(path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0008")
        with engine.begin() as con:
            account = con.execute(text("SELECT id FROM accounts")).scalar_one()
            for i, (uuid, author, handle, body) in enumerate(MESSAGES):
                con.execute(
                    text(
                        "INSERT INTO inbox_messages (account_id, kind, author_name,"
                        " author_handle, text, received_at, platform_message_id, dedup_key,"
                        " post_ref, post_link, thread_ref, status, priority, tags, notes,"
                        " sentiment, sentiment_confidence, sentiment_corrected, uuid,"
                        " created_at, updated_at, version) VALUES (:account, 'comment', :author,"
                        " :handle, :body, :now, :pid, :pid, '', '', '', 'new', 0, '', '',"
                        " 'negative', 0.9, 0, :uuid, :now, :now, 1)"
                    ),
                    {
                        "account": account,
                        "author": author,
                        "handle": handle,
                        "body": body,
                        "now": NOW,
                        "pid": f"m{i}",
                        "uuid": uuid,
                    },
                )
    finally:
        engine.dispose()


def _found(ws: Workspace, query: str) -> list[str]:
    return sorted(r.author_name for r in ws.inbox.list_messages(InboxFilter(search=query)))


def test_0008_messages_are_found_by_short_terms_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0008_database(path)
    assert read_revision(path) == "0008"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        rows = ws.inbox.list_messages(InboxFilter())
        got = {(m.uuid, ws.inbox.get_message(m.uuid).text, m.author_name) for m in rows}
        assert got == {(u, body, a) for (u, a, _h, body) in MESSAGES}
        assert _found(ws, "发霉") == ["小红"]  # at the end of its text
        assert _found(ws, "裂开") == ["阿强"]  # the whole text
        assert _found(ws, "refund") == ["Tom"]
        assert _found(ws, "款") == []

        first = ws.inbox.get_message(MESSAGES[0][0])
        ws.inbox.edit_message(first.uuid, first.version, "退款", "小红", "@xh")
        assert _found(ws, "发霉") == []
        assert _found(ws, "款") == ["小红"]
    finally:
        ws.close()
