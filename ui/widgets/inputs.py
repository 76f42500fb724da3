"""Input pieces shared by the forms: number parsing, date boxes, the inline error label,
a text box that reports when the user leaves it.

Numbers are typed into line edits rather than spin boxes so that what a user typed
("12k", "-3") reaches a clear message instead of being silently refused or clamped.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QWidget

from app.validation import InvalidInput

# Currency signs and spaces people paste along with an amount.
_NOISE = re.compile(r"[\s¥￥元,，_]")


def _clean(text: str) -> str:
    group = QLocale().groupSeparator()
    cleaned = text.replace(group, "") if group not in (".", "") else text
    return _NOISE.sub("", cleaned).replace(QLocale().decimalPoint(), ".")


def parse_number(text: str, field: str, *, required: bool = False) -> float:
    """A finite number, or InvalidInput(field, "must be a number"); empty means 0
    unless ``required``."""
    cleaned = _clean(text)
    if not cleaned:
        if required:
            raise InvalidInput(field, "must not be empty")
        return 0.0
    try:
        value = float(cleaned)
    except ValueError:
        raise InvalidInput(field, "must be a number") from None
    if not math.isfinite(value):
        raise InvalidInput(field, "must be a number")
    return value


def parse_whole(text: str, field: str) -> int:
    """A whole number (negative ones too: the service says why they are wrong)."""
    cleaned = _clean(text)
    if not cleaned:
        return 0
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise InvalidInput(field, "must be a whole number")
    return int(cleaned)


def parse_cents(text: str, field: str) -> int:
    """Yuan as typed ("1,200.50", "¥300") to whole cents, exactly (no float rounding)."""
    cleaned = _clean(text)
    if not cleaned:
        return 0
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInput(field, "must be a number") from None
    if not amount.is_finite():
        raise InvalidInput(field, "must be a number")
    return int((amount * 100).to_integral_value())


def cents_input_text(cents: int) -> str:
    """How a budget shows in its input box: plain digits, no currency sign."""
    if cents % 100 == 0:
        return QLocale().toString(cents // 100)
    return QLocale().toString(cents / 100, "f", 2)


def number_input_text(value: float) -> str:
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 12)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # unambiguous in both languages
    return edit


def date_value(edit: QDateEdit) -> date:
    """The day a date box shows (QDate.toPython is typed as returning ``object``)."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def error_label(parent: QWidget) -> QLabel:
    """The red inline message under a form; hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("inlineError")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


class CommitTextEdit(QPlainTextEdit):
    """A multi-line box that emits ``committed`` when the user leaves it after typing."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        """Show saved text without it counting as a change."""
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit()
