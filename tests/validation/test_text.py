"""The one text validator: what it tidies, what it refuses, and that it names the field."""

from __future__ import annotations

import pytest

from app.validation import (
    BIDI,
    BROKEN,
    EMPTY,
    INVISIBLE,
    InvalidInput,
    optional_text,
    require_text,
)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("  王芳 ", "王芳"),
        ("Ana\x00 Lee", "Ana Lee"),  # NUL dropped
        ("Ana\x1b[31mLee", "Ana[31mLee"),  # an escape sequence loses its ESC
        ("line one\nline two", "line one line two"),  # one-line field: a space
        ("tab\there", "tab here"),
        ("Cafe\u0301", "Café"),  # NFC: one character, as the column counts
        ("e\u200dmoji", "e\u200dmoji"),  # a joiner inside visible text is kept
        ("\x85Zoë\x9f", "Zoë"),  # C1 controls
    ],
)
def test_single_line_text_is_tidied(typed: str, saved: str) -> None:
    assert require_text(typed, "name", 120) == saved


def test_multi_line_text_keeps_line_breaks_and_tabs() -> None:
    typed = "first\r\nsecond\rthird\n\tindented\x07\u2028fourth"
    assert optional_text(typed, "notes", multiline=True) == (
        "first\nsecond\nthird\n\tindented\nfourth"
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", EMPTY),
        ("   \t\n", EMPTY),
        ("\x00", EMPTY),
        ("\x00\x01\x7f", EMPTY),
        ("\u200b\u200c\ufeff", INVISIBLE),
        ("\u3164", INVISIBLE),  # the Hangul filler, a favourite for blank names
        ("\u00ad\u2060", INVISIBLE),
        ("evil\u202etxt.exe", BIDI),
        ("\u2066Ana\u2069", BIDI),
        ("\u202a", BIDI),
        ("Ana\ud800", BROKEN),
        ("\udfff", BROKEN),
    ],
)
def test_refused_text_names_the_field(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        require_text(typed, "name", 120)
    assert caught.value.field == "name"
    assert caught.value.message == message
    assert str(caught.value).startswith("name: ")


def test_optional_text_may_be_empty_but_not_invisible() -> None:
    assert optional_text("", "notes") == ""
    assert optional_text(" \x00 ", "notes") == ""
    with pytest.raises(InvalidInput, match="notes: contains only invisible"):
        optional_text("\u200b", "notes")


def test_the_columns_length_is_enforced_after_tidying() -> None:
    assert require_text("a" * 200, "email", 200) == "a" * 200
    assert require_text(" " + "a" * 200 + " \x00", "email", 200) == "a" * 200
    with pytest.raises(InvalidInput) as caught:
        optional_text("a" * 290 + "@example.com", "email", 200)
    assert caught.value.field == "email"
    assert caught.value.message == "is longer than 200 characters"
    # Characters, not bytes: 200 Chinese characters fit a 200-character column.
    assert require_text("字" * 200, "title", 200) == "字" * 200


def test_text_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(InvalidInput, match="name: must be text"):
        require_text(None, "name", 120)
