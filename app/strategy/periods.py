"""Plan periods: the standard period of a year, quarter or month, and moving to the next.

Pure functions on dates; no database. Levels are the codes stored on plans.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.validation import InvalidInput

LEVELS = ("year", "quarter", "month")
# How far "copy to the next period" moves a plan of each level.
MONTHS_PER_LEVEL = {"year": 12, "quarter": 3, "month": 1}
MONTH_NAMES = tuple(calendar.month_name)[1:]
MONTH_ABBRS = tuple(calendar.month_abbr)[1:]


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def label(self) -> str:
        """ISO dates for messages (the UI formats dates itself)."""
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1-4, not {quarter}")
    first = 3 * (quarter - 1) + 1
    return Period(date(year, first, 1), last_of_month(date(year, first + 2, 1)))


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    return Period(start, last_of_month(start))


def standard_period(level: str, day: date) -> Period:
    """The year, quarter or month of ``level`` that contains ``day``."""
    if level == "year":
        return year_period(day.year)
    if level == "quarter":
        return quarter_period(day.year, quarter_of(day))
    if level == "month":
        return month_period(day.year, day.month)
    raise ValueError(f"unknown plan level {level!r}")


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def last_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """Move by whole months; a month's last day stays the last day (Feb 28 -> Mar 31)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    length = calendar.monthrange(year, month + 1)[1]
    if day == last_of_month(day):
        return date(year, month + 1, length)
    return date(year, month + 1, min(day.day, length))


def shift_period(period: Period, months: int) -> Period:
    return Period(add_months(period.start, months), add_months(period.end, months))


def months_in(period: Period) -> float:
    """Calendar months covered, counting a part-month by its share of days."""
    total = 0.0
    cursor = period.start
    while cursor <= period.end:
        month_end = min(last_of_month(cursor), period.end)
        length = calendar.monthrange(cursor.year, cursor.month)[1]
        total += ((month_end - cursor).days + 1) / length
        cursor = month_end + timedelta(days=1)
    return total


def relabel_title(title: str, old: date, new: date) -> str:
    """Carry a period label in a title to the new period ("2026 Q1" -> "2026 Q2").

    Titles conventionally name their period; a copy that kept the old label would
    mislead. Only the year, "Qn", "n月" and English month names are recognised; any
    other title is left as it is.
    """
    out = title
    if old.year != new.year:
        out = re.sub(rf"(?<!\d){old.year}(?!\d)", str(new.year), out)
    old_q, new_q = quarter_of(old), quarter_of(new)
    if old_q != new_q:
        out = re.sub(rf"\bQ{old_q}\b", f"Q{new_q}", out)
    if old.month != new.month:
        out = re.sub(rf"(?<!\d){old.month}(\s?)月", rf"{new.month}\g<1>月", out)
        for names in (MONTH_NAMES, MONTH_ABBRS):
            out = re.sub(rf"\b{names[old.month - 1]}\b", names[new.month - 1], out)
    return out


def checked_period(start: date, end: date) -> Period:
    """The period, or InvalidInput on ``end_date`` when it ends before it starts."""
    if end < start:
        raise InvalidInput("end_date", f"must not be before the start date ({start.isoformat()})")
    return Period(start, end)


def require_within(inner: Period, outer: Period, outer_name: str) -> None:
    """InvalidInput naming the date that leaves ``outer`` (e.g. 'the parent plan 2026')."""
    message = f"must lie within {outer_name} ({outer.label()})"
    if not outer.start <= inner.start <= outer.end:
        raise InvalidInput("start_date", message)
    if not outer.start <= inner.end <= outer.end:
        raise InvalidInput("end_date", message)
