"""Date presets and the previous period to compare with. Pure functions on dates.

A preset ends today: "7d" is today and the six days before; "week" is this week from
Monday to today ("month", "quarter", "year" likewise, to date).

The previous period, two ways (``comparison``):

- ``"preceding"`` (the default): as many days, ending the day before. March 1–31 (31 days)
  compares with Jan 29–Feb 28, or Jan 30–Feb 29 in a leap year. Sums stay comparable
  because both sides have the same number of days.
- ``"calendar"``: the same stretch of the previous calendar period of the preset (week,
  month, quarter, year; custom and day-count presets fall back to preceding). A month's
  last day maps to the previous month's last day, so March 1–31 compares with
  February 1–28 (29), and December 1–3 with November 1–3. Reports use this ("March vs
  February"), and say the lengths differ.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.strategy.periods import Period, add_months, last_of_month, quarter_of
from app.validation import InvalidInput

DateRange = Period  # one period type in the app: start and end, both included

DAY_COUNTS = {"7d": 7, "30d": 30, "90d": 90}
# Months back for a calendar comparison of each preset.
CALENDAR_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def preset_range(
    preset: str, today: date, start: date | None = None, end: date | None = None
) -> DateRange:
    """The dates of ``preset`` as of ``today``; "custom" needs ``start`` and ``end``."""
    if preset in DAY_COUNTS:
        return DateRange(today - timedelta(days=DAY_COUNTS[preset] - 1), today)
    if preset == "week":
        return DateRange(today - timedelta(days=today.weekday()), today)
    if preset == "month":
        return DateRange(today.replace(day=1), today)
    if preset == "quarter":
        return DateRange(date(today.year, 3 * (quarter_of(today) - 1) + 1, 1), today)
    if preset == "year":
        return DateRange(date(today.year, 1, 1), today)
    if preset == "custom":
        if start is None or end is None:
            raise InvalidInput("start", "a custom range needs a start and an end date")
        if end < start:
            raise InvalidInput("end", "must not be before the start date")
        return DateRange(start, end)
    raise InvalidInput("preset", f"unknown date preset {preset!r}")


def preceding_range(period: DateRange) -> DateRange:
    """As many days as ``period``, ending the day before it starts."""
    end = period.start - timedelta(days=1)
    return DateRange(end - timedelta(days=period.days - 1), end)


def calendar_previous(period: DateRange, preset: str) -> DateRange:
    """The same stretch one calendar week/month/quarter/year earlier (see module doc)."""
    if preset == "week":
        return DateRange(period.start - timedelta(days=7), period.end - timedelta(days=7))
    months = CALENDAR_MONTHS.get(preset)
    if months is None:
        return preceding_range(period)
    start = add_months(period.start, -months)
    end = add_months(period.end, -months)
    # A stretch to date (Mar 1–30) must not reach into the period itself, nor past the
    # previous period's own end (Feb has no 30th: Feb 1–28).
    end = min(end, last_of_month(add_months(period.start, -months + _span(preset) - 1)))
    return DateRange(start, max(start, end))


def _span(preset: str) -> int:
    return CALENDAR_MONTHS[preset]


def previous_range(period: DateRange, preset: str, comparison: str = "preceding") -> DateRange:
    if comparison == "calendar":
        return calendar_previous(period, preset)
    if comparison == "preceding":
        return preceding_range(period)
    raise InvalidInput("comparison", f"unknown comparison {comparison!r}")


def report_range(kind: str, day: date) -> DateRange:
    """The whole week (Monday–Sunday), month or quarter containing ``day``."""
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        return DateRange(monday, monday + timedelta(days=6))
    if kind == "month":
        return DateRange(day.replace(day=1), last_of_month(day))
    if kind == "quarter":
        first = date(day.year, 3 * (quarter_of(day) - 1) + 1, 1)
        return DateRange(first, last_of_month(add_months(first, 2)))
    raise InvalidInput("kind", f"unknown report period {kind!r}")


def buckets(period: DateRange, granularity: str) -> list[date]:
    """The first day of every bucket touching ``period``, in order."""
    first = bucket_of(period.start, granularity)
    out: list[date] = []
    cursor = first
    while cursor <= period.end:
        out.append(cursor)
        if granularity == "day":
            cursor += timedelta(days=1)
        elif granularity == "week":
            cursor += timedelta(days=7)
        else:
            cursor = add_months(cursor, 1)
    return out


def bucket_of(day: date, granularity: str) -> date:
    if granularity == "day":
        return day
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    raise InvalidInput("granularity", f"unknown granularity {granularity!r}")
