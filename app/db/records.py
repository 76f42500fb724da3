"""Finding records by UUID and checking the version an edit was based on (every service)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import Record
from app.db.errors import NotFound, StaleEdit

R = TypeVar("R", bound=Record)


def find(s: Session, model: type[R], uuid: str, what: str) -> R:
    found = s.scalar(select(model).where(model.uuid == uuid))
    if found is None:
        raise NotFound(f"This {what} no longer exists.")
    return found


def check_version(record: Record, expected: int, what: str) -> None:
    if record.version != expected:
        raise StaleEdit(stale_message(what))


def stale_message(what: str) -> str:
    return f"Someone else changed this {what}; reload and retry."
