"""Input checks shared by services; errors name the field that is wrong."""

from __future__ import annotations

import math


class InvalidInput(ValueError):
    """A value a user typed is not acceptable; ``field`` names which one."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def require_text(value: str, field: str, max_length: int) -> str:
    text = value.strip()
    if not text:
        raise InvalidInput(field, "must not be empty")
    if len(text) > max_length:
        raise InvalidInput(field, f"is longer than {max_length} characters")
    return text


def non_negative(value: int | float, field: str) -> None:
    if value < 0:
        raise InvalidInput(field, "must not be negative")


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
