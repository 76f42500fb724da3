"""The message list: filter, order, keyset pages and a capped count, in SQL.

Each order ends in (received_at, id), so the last row shown says exactly where the next
page starts (``WHERE (key, received_at, id) < (…)``): a page deep into a million messages
costs what the first one does. Only the "due" order pages by offset (a row shows no due
time once answered, so it cannot say where it stood). Counting stops at a cap: "10,000+"
is what a person needs to read.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from app.accounts.models import Account
from app.db.types import utcnow
from app.inbox.common import Names, message_row, row_query
from app.inbox.models import Message, MessageTag
from app.inbox.search import member_of, search_clause, terms_of
from app.inbox.types import SORTS, InboxFilter, MessageCount, MessageRow
from app.validation import InvalidInput

# A search's count checks rows one by one against the matches: "1,000+" is enough there.
SEARCH_CAP = 1000


def where(
    flt: InboxFilter, names: Names, dialect: str, s: Session | None = None
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if flt.search.strip():
        clauses.append(search_clause(flt.search, dialect, s))
    if flt.statuses:
        clauses.append(Message.status.in_(flt.statuses))
    if flt.account_uuids:
        ids = [a.id for a in names.accounts.values() if a.uuid in set(flt.account_uuids)]
        clauses.append(Message.account_id.in_(ids))
    if flt.kinds:
        clauses.append(Message.kind.in_(flt.kinds))
    if flt.assignee_uuids or flt.unassigned:
        wanted = set(flt.assignee_uuids)
        ids = [i for i, (u, _n) in names.members.items() if u in wanted]
        either = [Message.assignee_id.in_(ids)] if ids or wanted else []
        if flt.unassigned:
            either.append(Message.assignee_id.is_(None))
        clauses.append(or_(*either))
    if flt.sentiments:
        clauses.append(Message.sentiment.in_(flt.sentiments))
    if flt.priorities:
        clauses.append(Message.priority.in_(flt.priorities))
    if flt.tag:
        tagged = select(MessageTag.message_id).where(MessageTag.tag == flt.tag)
        probe = exists().where(MessageTag.message_id == Message.id, MessageTag.tag == flt.tag)
        clauses.append(member_of(Message.id, tagged, s if dialect == "sqlite" else None, probe))
    if flt.overdue_only:
        clauses.append(
            and_(
                Message.due_at < utcnow(),
                Message.first_response_at.is_(None),
                Message.status != "closed",
            )
        )
    if flt.message_uuids:
        clauses.append(Message.uuid.in_(flt.message_uuids))
    if flt.received_from is not None:
        clauses.append(Message.received_at >= flt.received_from)
    if flt.received_to is not None:
        clauses.append(Message.received_at < flt.received_to)
    return clauses


def _keys(flt: InboxFilter) -> list[Any]:
    """The order's columns, most significant first (all sorted the same direction)."""
    head: dict[str, list[Any]] = {
        "received": [],
        "priority": [Message.priority],
        "status": [Message.status],
        "author": [Message.author_name],
        "account": [Account.handle],
        "due": [Message.due_at],
    }
    if flt.sort not in SORTS:
        raise InvalidInput("sort", f"unknown order {flt.sort!r}")
    return [*head[flt.sort], Message.received_at, Message.id]


def _after_values(flt: InboxFilter, row: MessageRow) -> list[Any]:
    head: dict[str, list[Any]] = {
        "received": [],
        "priority": [row.priority],
        "status": [row.status],
        "author": [row.author_name],
        "account": [row.account],
    }
    return [*head[flt.sort], row.received_at, row.id]


def _ordered(q: Select[Any], flt: InboxFilter) -> Select[Any]:
    keys = _keys(flt)
    if flt.sort == "account":
        q = q.join(Account, Account.id == Message.account_id)
    return q.order_by(*(k.asc() if flt.ascending else k.desc() for k in keys))


def page(
    s: Session, flt: InboxFilter, limit: int, after: MessageRow | None, offset: int
) -> list[MessageRow]:
    names = Names.load(s)
    dialect = s.get_bind().dialect.name
    if flt.sort == "account" and (after is not None or not offset):
        return _by_account(s, flt, names, limit, after)
    q = row_query().where(*where(flt, names, dialect, s))
    q = _ordered(q, flt)
    if after is not None and flt.sort != "due":
        keys = tuple_(*_keys(flt))
        values = tuple_(
            *(
                literal(v, type_=k.type)
                for k, v in zip(_keys(flt), _after_values(flt, after), strict=True)
            )
        )
        q = q.where(keys > values if flt.ascending else keys < values)
    elif offset:
        q = q.offset(offset)
    now = utcnow()
    return [message_row(r, names, now) for r in s.execute(q.limit(max(1, min(limit, 5000))))]


def _by_account(
    s: Session, flt: InboxFilter, names: Names, limit: int, after: MessageRow | None
) -> list[MessageRow]:
    """The "account" order one account at a time, each off its (account, received)
    index: sorting a million rows by a joined name would take seconds."""
    base = where(flt, names, s.get_bind().dialect.name, s)
    accounts = sorted(names.accounts.values(), key=lambda a: (a.handle, a.id))
    if not flt.ascending:
        accounts.reverse()
    if after is not None:
        start = next((i for i, a in enumerate(accounts) if a.uuid == after.account_uuid), 0)
        accounts = accounts[start:]
    direction = (Message.received_at.asc(), Message.id.asc())
    if not flt.ascending:
        direction = (Message.received_at.desc(), Message.id.desc())
    now = utcnow()
    rows: list[MessageRow] = []
    for account in accounts:
        q = row_query().where(*base, Message.account_id == account.id).order_by(*direction)
        if after is not None and account.uuid == after.account_uuid:
            keys = tuple_(Message.received_at, Message.id)
            values = tuple_(literal(after.received_at, type_=Message.received_at.type), after.id)
            q = q.where(keys > values if flt.ascending else keys < values)
        wanted = max(1, min(limit, 5000)) - len(rows)
        rows += [message_row(r, names, now) for r in s.execute(q.limit(wanted))]
        if len(rows) >= limit:
            break
    return rows


def count(s: Session, flt: InboxFilter, cap: int) -> MessageCount:
    names = Names.load(s)
    dialect = s.get_bind().dialect.name
    if terms_of(flt.search):
        cap = min(cap, SEARCH_CAP)  # matches are checked row by row: stop sooner
    inner = select(Message.id).where(*where(flt, names, dialect, s)).limit(cap + 1).subquery()
    found = s.scalar(select(func.count()).select_from(inner)) or 0
    return MessageCount(min(found, cap), found > cap)
