"""Full-text search over message text and author, Chinese substrings included.

SQLite: an FTS5 table with the trigram tokenizer (migration 0006) finds any substring of
three or more characters; shorter terms fall back to LIKE (a trigram index cannot hold
them). PostgreSQL: ILIKE, served by pg_trgm GIN indexes. Both give the same answer: a
message matches when every whitespace-separated term occurs, case-insensitively, in its
text, author name or author handle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, literal_column, or_, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select, select

from app.inbox.models import Message

FTS_TABLE = "inbox_messages_fts"
TRIGRAM = 3
# The trigger statements drop_sync removed, per connection, until restore_sync.
_saved: dict[int, list[str]] = {}
# The triggers of migration 0006, by name: a bulk load drops them, fills the table, then
# rebuilds the index once and puts them back (``suspended_sync``).
_TRIGGERS = ("inbox_messages_fts_ai", "inbox_messages_fts_ad", "inbox_messages_fts_au")


def terms_of(query: str) -> list[str]:
    return [t for t in query.split() if t]


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_any_column(term: str, dialect: str) -> ColumnElement[bool]:
    pattern = _like_pattern(term)
    columns = (Message.text, Message.author_name, Message.author_handle)
    if dialect == "postgresql":
        # Written as migration 0006's index expression, so pg_trgm's index serves it.
        author = Message.author_name.concat(literal_column("' '")).concat(Message.author_handle)
        return or_(Message.text.ilike(pattern, escape="\\"), author.ilike(pattern, escape="\\"))
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))


def _fts_phrase(term: str) -> str:
    # A quoted FTS5 string is a phrase: with trigrams, "any substring".
    return '"' + term.replace('"', '""') + '"'


def search_clause(query: str, dialect: str, s: Session | None = None) -> ColumnElement[bool]:
    """The WHERE condition for a search box's text (``true()`` when it is empty)."""
    terms = terms_of(query)
    if not terms:
        return true()
    if dialect != "sqlite":
        return and_(*(_like_any_column(t, dialect) for t in terms))
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    clauses = [_like_any_column(t, dialect) for t in terms if len(t) < TRIGRAM]
    if long_terms:
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        ids: Select[Any] = select(literal_column("rowid")).select_from(text(FTS_TABLE))
        ids = ids.where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
        clauses.insert(0, member_of(Message.id, ids, s))
    return and_(*clauses)


# Up to this many matches, the list reads the matching rows and sorts them; beyond it,
# it walks the list's own order and keeps the matching rows until a page is full.
SELECTIVE = 2000


def member_of(
    column: Any, ids: Select[Any], s: Session | None, walk: ColumnElement[bool] | None = None
) -> ColumnElement[bool]:
    """``column IN (ids)``, written so SQLite takes the fast road for its size.

    A few matches: look each one up and sort them. Many (a common word, a big tag):
    reading and sorting them all is slow (0.9 s for 40,000 of a million), so ``+ 0``
    keeps SQLite from driving by the list and it walks the order's index instead,
    stopping at the page's end (65 ms). Measured on the million-message demo.
    """
    direct: ColumnElement[bool] = column.in_(ids)
    if s is None:
        return direct
    capped = select(func.count()).select_from(ids.limit(SELECTIVE).subquery())
    if (s.scalar(capped) or 0) < SELECTIVE:
        return direct
    if walk is not None:
        return walk  # the caller's correlated test (a tag: one index probe per row)
    walked: ColumnElement[bool] = (column + 0).in_(ids)
    return walked


def drop_sync(con: Connection) -> None:
    """Drop the sync triggers before a bulk load (SQLite); ``restore_sync`` after it, in
    the same transaction, so a failure or cancel leaves them as they were."""
    if con.dialect.name != "sqlite":
        return
    names = ", ".join(f"'{n}'" for n in _TRIGGERS)
    query = f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    _saved[id(con)] = [sql for (_name, sql) in con.execute(text(query))]
    for name in _TRIGGERS:
        con.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def restore_sync(con: Connection) -> None:
    """Index every message at once and put back the triggers ``drop_sync`` removed."""
    if con.dialect.name != "sqlite":
        return
    con.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    for sql in _saved.pop(id(con), []):
        con.execute(text(sql))


@contextmanager
def suspended_sync(con: Connection) -> Iterator[None]:
    """``drop_sync`` … ``restore_sync`` around a bulk load."""
    drop_sync(con)
    yield
    restore_sync(con)
