"""Full-text search over message text and author, Chinese substrings included.

SQLite: an FTS5 table with the trigram tokenizer (migrations 0006, 0009) finds any
substring of three or more characters. A shorter term cannot be a trigram, but each of
its occurrences starts one (the index reads every column with two spaces after it): the
term stands for the trigrams of the index's vocabulary that start with it. A term that
starts too many (a common character) is looked for with LIKE instead, and a common term
fills a page at once that way. PostgreSQL: ILIKE, served by pg_trgm GIN indexes. Both
give the same answer: a message matches when every whitespace-separated term occurs,
case-insensitively, in its text, author name or author handle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    false,
    func,
    literal_column,
    or_,
    text,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select, select

from app.inbox.models import Message

FTS_TABLE = "inbox_messages_fts"
VOCAB_TABLE = "inbox_messages_fts_vocab"
TRIGRAM = 3
# A short term starting more distinct trigrams than this, or in more messages than
# DENSE, is common: LIKE walking the list's order fills a page of it at once, where
# the index would gather every match first ("好" in 135,000 of a million messages: LIKE
# 39 ms, the index 159 ms; "z" in 18,600: LIKE 76 ms, the index 70 ms).
MAX_TRIGRAMS = 300
DENSE = 50_000
# Above every character, so ``term < prefix + TOP`` ends the range of ``prefix…``.
TOP = "\U0010ffff"
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
    phrases: list[str] = []
    clauses: list[ColumnElement[bool]] = []
    for term in terms:
        if len(term) >= TRIGRAM:
            phrases.append(_fts_phrase(term))
            continue
        starts = _trigrams_starting(term, s)
        if starts is None:
            clauses.append(_like_any_column(term, dialect))
        elif not starts:
            return false()  # no message holds it
        else:
            phrases.append("(" + " OR ".join(_fts_phrase(t) for t in starts) + ")")
    if phrases:
        match = " AND ".join(phrases)
        ids: Select[Any] = select(literal_column("rowid")).select_from(text(FTS_TABLE))
        ids = ids.where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
        clauses.insert(0, member_of(Message.id, ids, s))
    return and_(*clauses)


def _trigrams_starting(term: str, s: Session | None) -> list[str] | None:
    """The indexed trigrams that begin with ``term`` (None: too many, or no session).

    Reading them counts their messages (fts5vocab cannot skip that: 70 ms for a character
    in 135,000 messages), and the list asks again for every page and for its count; so the
    answer is kept on the connection for as long as the database has not changed: no
    commit by another connection (``data_version``) and no change by this one.
    """
    if s is None:
        return None
    prefix = term.lower()  # the trigram tokenizer folds case
    con = s.connection()
    raw: Any = con.connection.dbapi_connection
    state = (con.exec_driver_sql("PRAGMA data_version").scalar(), raw.total_changes)
    kept: dict[str, tuple[Any, list[str] | None]] = con.info.setdefault(VOCAB_TABLE, {})
    hit = kept.get(prefix)
    if hit is not None and hit[0] == state:
        return hit[1]
    query = text(
        f"SELECT term, doc FROM {VOCAB_TABLE} WHERE term >= :low AND term < :high LIMIT :n"
    ).bindparams(low=prefix, high=prefix + TOP, n=MAX_TRIGRAMS + 1)
    rows = s.execute(query).all()
    common = len(rows) > MAX_TRIGRAMS or sum(doc for _term, doc in rows) > DENSE
    found = None if common else [term for term, _doc in rows]
    if len(kept) > 100:
        kept.clear()
    kept[prefix] = (state, found)
    return found


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
