"""Finding records by UUID and checking the version an edit was based on; number checks.

Shared by every service."""

from __future__ import annotations

import math
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.errors import NotFound, StaleEdit
from app.db.models import Record
from app.services.validation import InvalidInput

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


def whole_number(value: object, field: str, low: int, high: int) -> int:
    """Reject text, fractions and out-of-range values with a message for ``field``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, "must be a whole number")
    if value < low:
        raise InvalidInput(field, "must not be negative" if low == 0 else f"must be at least {low}")
    if value > high:
        raise InvalidInput(field, f"must be at most {high}")
    return value


def finite_number(value: object, field: str) -> float:
    """Reject text, booleans, NaN and infinities: a UI that parsed badly must not save."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(field, "must be a number")
    return float(value)
