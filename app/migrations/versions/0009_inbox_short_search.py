"""inbox: search finds one- and two-character terms through the trigram index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

A trigram index cannot look up a term shorter than three characters, and Chinese words
are often two: such a search read every message (a rare word in a million: a minute).
Every occurrence of a short term starts some indexed trigram, except at the very end of
a text; so the index now reads each column with two spaces after it (a view over the
messages), and a short term is looked up as "any trigram that starts with it", the
trigrams found in the index's vocabulary (``inbox_messages_fts_vocab``). Search terms
never hold spaces, so the padding matches nothing by itself. SQLite only; PostgreSQL's
pg_trgm indexes are unchanged.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies (app.inbox.search suspends and restores the same triggers by name).
COLUMNS = "text, author_name, author_handle"
SOURCE_VIEW = (
    "CREATE VIEW inbox_messages_fts_src AS SELECT id, text || '  ' AS text,"
    " author_name || '  ' AS author_name, author_handle || '  ' AS author_handle"
    " FROM inbox_messages"
)
FTS_TABLE = (
    f"CREATE VIRTUAL TABLE inbox_messages_fts USING fts5({COLUMNS},"
    " content='inbox_messages_fts_src', content_rowid='id', tokenize='trigram')"
)
VOCAB_TABLE = (
    "CREATE VIRTUAL TABLE inbox_messages_fts_vocab USING fts5vocab(inbox_messages_fts, row)"
)
_NEW = "new.id, new.text || '  ', new.author_name || '  ', new.author_handle || '  '"
_OLD = "'delete', old.id, old.text || '  ', old.author_name || '  ', old.author_handle || '  '"
FTS_TRIGGERS = (
    "CREATE TRIGGER inbox_messages_fts_ai AFTER INSERT ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(rowid, {COLUMNS}) VALUES ({_NEW}); END",
    "CREATE TRIGGER inbox_messages_fts_ad AFTER DELETE ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, {COLUMNS}) VALUES ({_OLD});"
    " END",
    f"CREATE TRIGGER inbox_messages_fts_au AFTER UPDATE OF {COLUMNS} ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, {COLUMNS}) VALUES ({_OLD});"
    f" INSERT INTO inbox_messages_fts(rowid, {COLUMNS}) VALUES ({_NEW}); END",
)

# Revision 0006's index, for the way back.
OLD_FTS_TABLE = (
    f"CREATE VIRTUAL TABLE inbox_messages_fts USING fts5({COLUMNS},"
    " content='inbox_messages', content_rowid='id', tokenize='trigram')"
)
OLD_FTS_TRIGGERS = (
    "CREATE TRIGGER inbox_messages_fts_ai AFTER INSERT ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(rowid, {COLUMNS})"
    " VALUES (new.id, new.text, new.author_name, new.author_handle); END",
    "CREATE TRIGGER inbox_messages_fts_ad AFTER DELETE ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, {COLUMNS})"
    " VALUES ('delete', old.id, old.text, old.author_name, old.author_handle); END",
    f"CREATE TRIGGER inbox_messages_fts_au AFTER UPDATE OF {COLUMNS} ON inbox_messages BEGIN"
    f" INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, {COLUMNS})"
    " VALUES ('delete', old.id, old.text, old.author_name, old.author_handle);"
    f" INSERT INTO inbox_messages_fts(rowid, {COLUMNS})"
    " VALUES (new.id, new.text, new.author_name, new.author_handle); END",
)


def _drop_index() -> None:
    for name in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS inbox_messages_fts_{name}")
    op.execute("DROP TABLE IF EXISTS inbox_messages_fts_vocab")
    op.execute("DROP TABLE IF EXISTS inbox_messages_fts")
    op.execute("DROP VIEW IF EXISTS inbox_messages_fts_src")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute(SOURCE_VIEW)
    op.execute(FTS_TABLE)
    op.execute("INSERT INTO inbox_messages_fts(inbox_messages_fts) VALUES ('rebuild')")
    op.execute(VOCAB_TABLE)
    for trigger in FTS_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute(OLD_FTS_TABLE)
    op.execute("INSERT INTO inbox_messages_fts(inbox_messages_fts) VALUES ('rebuild')")
    for trigger in OLD_FTS_TRIGGERS:
        op.execute(trigger)
