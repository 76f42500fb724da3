"""Input checks shared by services; errors name the field that is wrong."""

from __future__ import annotations


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
