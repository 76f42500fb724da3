"""Who changed what: the ``changes`` table, filled as a session's records are flushed.

A service's session that passed ``Acting.require`` carries the acting member in
``session.info``; every record that session adds, changes or removes then gets a line of
history, so a new tab's services record it without a line of their own. Actions that
are not an add, update or remove (approve, assign, read) are noted with ``note``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.db.base import Record
from app.db.types import new_uuid
from app.team.models import Change

# session.info key: (member uuid or None for nobody, member name)
ACTOR = "socialdesk.actor"


@dataclass(frozen=True)
class ChangeInfo:
    at: datetime
    member_uuid: str | None
    member_name: str
    record_type: str
    record_uuid: str
    action: str
    detail: str


def note(s: Session, record_type: str, record_uuid: str, action: str, detail: str = "") -> None:
    """Record an action of the session's acting member on a record (approve, assign …)."""
    member_uuid, name = s.info.get(ACTOR, (None, ""))
    s.add(
        Change(
            member_uuid=member_uuid,
            member_name=name,
            record_type=record_type,
            record_uuid=record_uuid,
            action=action,
            detail=detail,
        )
    )


def history(s: Session, record_uuid: str) -> list[ChangeInfo]:
    """A record's history, oldest first."""
    rows = s.scalars(
        select(Change).where(Change.record_uuid == record_uuid).order_by(Change.at, Change.id)
    )
    return [
        ChangeInfo(
            c.at, c.member_uuid, c.member_name, c.record_type, c.record_uuid, c.action, c.detail
        )
        for c in rows
    ]


def _changed_keys(obj: Record) -> str:
    state = inspect(obj)
    keys = [a.key for a in state.attrs if a.key != "updated_at" and a.history.has_changes()]
    return ", ".join(sorted(keys))


@event.listens_for(Session, "before_flush")
def _record_flush(s: Session, _context: Any, _instances: Any) -> None:
    if ACTOR not in s.info:
        return
    for obj in list(s.new):
        if isinstance(obj, Record):
            if obj.uuid is None:  # the column default comes only at INSERT
                obj.uuid = new_uuid()
            note(s, obj.__tablename__, obj.uuid, "add")
    for obj in list(s.dirty):
        if isinstance(obj, Record) and s.is_modified(obj):
            note(s, obj.__tablename__, obj.uuid, "update", _changed_keys(obj))
    for obj in list(s.deleted):
        if isinstance(obj, Record):
            note(s, obj.__tablename__, obj.uuid, "remove")
