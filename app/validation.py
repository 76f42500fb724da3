"""Input checks shared by services; errors name the field that is wrong.

Every free-text field goes through :func:`clean_text` (via :func:`require_text` or
:func:`optional_text`) with its column's real length, so that what is saved is text a
person can see and the database can hold: valid Unicode (NFC), no control characters
(a line break and a tab only where the field has several lines), no bidirectional
overrides that make a name read differently than it is stored, and not only invisible
characters.
"""

from __future__ import annotations

import math
import unicodedata


class InvalidInput(ValueError):
    """A value a user typed is not acceptable; ``field`` names which one."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# Long free text (Text columns) still has a limit: a paste of a whole book is a mistake.
LONG_TEXT = 20_000

# Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder
# how a text is shown (a file name "exe.txt" shown as "txt.exe"), so they are refused.
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
# Characters with no visible glyph that are not format characters (category Cf).
_BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# Messages, fixed so that the interface can translate them.
EMPTY = "must not be empty"
NOT_TEXT = "must be text"
BROKEN = "contains a broken character (invalid Unicode)"
BIDI = "contains a text-direction control character"
INVISIBLE = "contains only invisible characters"
TOO_LONG = "is longer than {max} characters"


def _visible(ch: str) -> bool:
    if ch in _BLANKS or ch.isspace():
        return False
    return unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Mn"}


def clean_text(value: object, field: str, max_length: int, *, multiline: bool = False) -> str:
    """``value`` checked and tidied for a column of ``max_length`` characters.

    Strips surrounding white space, drops control characters (a single-line field turns
    line breaks and tabs into spaces), and refuses invalid Unicode, direction overrides,
    invisible-only text and over-long text with :class:`InvalidInput` naming ``field``.
    May return "" (the caller decides whether empty is allowed).
    """
    if not isinstance(value, str):
        raise InvalidInput(field, NOT_TEXT)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no database can store it
        raise InvalidInput(field, BROKEN) from exc
    if any(ch in BIDI_CONTROLS for ch in value):
        raise InvalidInput(field, BIDI)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(_keep(ch, multiline) for ch in text).strip()
    if text and not any(_visible(ch) for ch in text):
        raise InvalidInput(field, INVISIBLE)
    if len(text) > max_length:
        raise InvalidInput(field, TOO_LONG.format(max=max_length))
    return text


def _keep(ch: str, multiline: bool) -> str:
    if ch == "\n" or ch == "\t":
        return ch if multiline else " "
    if unicodedata.category(ch) == "Cc":
        return ""  # NUL, escape, delete, C1 controls: never meant, often pasted
    if ch in ("\u2028", "\u2029"):  # line and paragraph separators
        return "\n" if multiline else " "
    return ch


def require_text(value: object, field: str, max_length: int, *, multiline: bool = False) -> str:
    """A text that must not be empty (see :func:`clean_text`)."""
    text = clean_text(value, field, max_length, multiline=multiline)
    if not text:
        raise InvalidInput(field, EMPTY)
    return text


def optional_text(
    value: object, field: str, max_length: int = LONG_TEXT, *, multiline: bool = False
) -> str:
    """A text that may be empty (see :func:`clean_text`)."""
    return clean_text(value, field, max_length, multiline=multiline)


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
