"""What every inbox module needs: name lookups, the row of a message, the acting member.

Accounts and members are few, so a page of messages reads them once into dictionaries
instead of joining them to every row (a page of 200 rows then costs one indexed query).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.db.errors import NotFound
from app.db.records import check_version, find
from app.db.types import utcnow
from app.inbox.models import Message, ReplyTemplate, Rule
from app.inbox.types import KINDS, STATUSES, MessageRow
from app.team.history import ACTOR
from app.team.models import Member
from app.validation import InvalidInput

PREVIEW_CHARS = 200
CHUNK = 500  # ids per IN (...): well under SQLite's variable limit


@dataclass(frozen=True)
class AccountName:
    id: int
    uuid: str
    handle: str
    platform: str  # platform code
    platform_id: int


@dataclass
class Names:
    """Accounts and members by id and UUID, read once per call."""

    accounts: dict[int, AccountName]
    members: dict[int, tuple[str, str]]  # id -> (uuid, name)

    @classmethod
    def load(cls, s: Session) -> Names:
        q = select(Account.id, Account.uuid, Account.handle, Platform.code, Platform.id)
        accounts = {r[0]: AccountName(*r) for r in s.execute(q.join(Account.platform))}
        members = {
            r[0]: (r[1], r[2]) for r in s.execute(select(Member.id, Member.uuid, Member.name))
        }
        return cls(accounts, members)

    def account_id(self, uuid: str) -> int:
        for a in self.accounts.values():
            if a.uuid == uuid:
                return a.id
        raise NotFound("This account no longer exists.")

    def member_id(self, uuid: str) -> int:
        for mid, (muuid, _name) in self.members.items():
            if muuid == uuid:
                return mid
        raise NotFound("This member no longer exists.")

    def member_uuid(self, member_id: int | None) -> str | None:
        return self.members[member_id][0] if member_id in self.members else None

    def member_name(self, member_id: int | None) -> str:
        return self.members[member_id][1] if member_id in self.members else ""


# The columns a list row reads: never the whole text (a message may be long).
ROW_COLUMNS = (
    Message.id,
    Message.uuid,
    Message.account_id,
    Message.kind,
    Message.author_name,
    Message.author_handle,
    func.substr(Message.text, 1, PREVIEW_CHARS).label("preview"),
    Message.received_at,
    Message.status,
    Message.assignee_id,
    Message.priority,
    Message.tags,
    Message.sentiment,
    Message.sentiment_confidence,
    Message.sentiment_corrected,
    Message.due_at,
    Message.first_response_at,
    Message.first_response_seconds,
    Message.version,
)


def row_query() -> Select[Any]:
    return select(*ROW_COLUMNS)


def split_lines(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("\n") if v)


def is_overdue(
    due_at: datetime | None, first_response_at: datetime | None, status: str, now: datetime
) -> bool:
    return due_at is not None and first_response_at is None and status != "closed" and due_at < now


def message_row(r: Row[Any], names: Names, now: datetime | None = None) -> MessageRow:
    account = names.accounts.get(r.account_id)
    now = now or utcnow()
    return MessageRow(
        id=r.id,
        uuid=r.uuid,
        account_uuid=account.uuid if account else "",
        account=account.handle if account else "",
        platform=account.platform if account else "",
        kind=r.kind,
        author_name=r.author_name,
        author_handle=r.author_handle,
        preview=" ".join(r.preview.split()),
        received_at=r.received_at,
        status=r.status,
        assignee_uuid=names.member_uuid(r.assignee_id),
        assignee=names.member_name(r.assignee_id),
        priority=r.priority,
        tags=split_lines(r.tags),
        sentiment=r.sentiment,
        sentiment_confidence=r.sentiment_confidence,
        sentiment_corrected=r.sentiment_corrected,
        overdue=is_overdue(r.due_at, r.first_response_at, r.status, now),
        due_at=r.due_at if r.first_response_at is None and r.status != "closed" else None,
        first_response_seconds=r.first_response_seconds,
        version=r.version,
    )


def rows_by_ids(s: Session, ids: Sequence[int], names: Names | None = None) -> list[MessageRow]:
    """Rows of these message ids, oldest first."""
    names = names or Names.load(s)
    found: list[Row[Any]] = []
    for chunk in chunks(list(ids)):
        found.extend(s.execute(row_query().where(Message.id.in_(chunk))))
    found.sort(key=lambda r: (r.received_at, r.id))
    now = utcnow()
    return [message_row(r, names, now) for r in found]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def messages_by_uuid(s: Session, uuids: Sequence[str]) -> list[Message]:
    """The messages (ORM, for editing) of these UUIDs; missing ones raise NotFound."""
    found: list[Message] = []
    for chunk in chunks(list(dict.fromkeys(uuids))):
        found.extend(s.scalars(select(Message).where(Message.uuid.in_(chunk))))
    if len(found) != len(set(uuids)):
        raise NotFound("Some of these messages no longer exist.")
    return found


def ids_of(s: Session, uuids: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for chunk in chunks(list(dict.fromkeys(uuids))):
        ids.extend(s.scalars(select(Message.id).where(Message.uuid.in_(chunk))))
    return ids


def actor(s: Session) -> tuple[int | None, str]:
    """The member a writing session acts for (after ``require``): (id, name)."""
    member_uuid, name = s.info.get(ACTOR, (None, ""))
    if member_uuid is None:
        return None, name
    return s.scalar(select(Member.id).where(Member.uuid == member_uuid)), name


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidInput("kind", f"unknown kind {kind!r}")
    return kind


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise InvalidInput("status", f"unknown status {status!r}")
    return status


Ordered = TypeVar("Ordered", ReplyTemplate, Rule)


def placed(
    s: Session, model: type[Ordered], uuid: str | None, expected_version: int, what: str
) -> Ordered:
    """The record to save: ``uuid``'s at the version the user saw, or (``uuid`` None) a
    new one placed after the last (rules and saved replies keep the order they were
    added in)."""
    if uuid is None:
        return model(sort_order=(s.scalar(select(func.max(model.sort_order))) or 0) + 10)
    found = find(s, model, uuid, what)
    check_version(found, expected_version, what)
    return found
