"""Date presets and previous periods, at month ends and in leap years."""

from __future__ import annotations

from datetime import date

import pytest

from app.kpi.periods import (
    DateRange,
    buckets,
    calendar_previous,
    preceding_range,
    preset_range,
    previous_range,
    report_range,
)
from app.validation import InvalidInput

D = date


@pytest.mark.parametrize(
    ("preset", "today", "start"),
    [
        ("7d", D(2026, 3, 2), D(2026, 2, 24)),
        ("30d", D(2024, 3, 1), D(2024, 2, 1)),  # leap February has 29 days
        ("90d", D(2026, 12, 3), D(2026, 9, 5)),
        ("week", D(2026, 12, 3), D(2026, 11, 30)),  # a Thursday: from Monday
        ("week", D(2026, 11, 30), D(2026, 11, 30)),  # a Monday: just today
        ("month", D(2026, 12, 3), D(2026, 12, 1)),
        ("quarter", D(2026, 12, 3), D(2026, 10, 1)),
        ("year", D(2026, 12, 3), D(2026, 1, 1)),
    ],
)
def test_a_preset_runs_from_its_start_to_today(preset: str, today: date, start: date) -> None:
    assert preset_range(preset, today) == DateRange(start, today)


def test_a_custom_range_needs_both_dates_in_order() -> None:
    assert preset_range("custom", D(2026, 1, 1), D(2025, 5, 1), D(2025, 5, 9)).days == 9
    with pytest.raises(InvalidInput):
        preset_range("custom", D(2026, 1, 1), D(2025, 5, 1))
    with pytest.raises(InvalidInput):
        preset_range("custom", D(2026, 1, 1), D(2025, 5, 9), D(2025, 5, 1))


@pytest.mark.parametrize(
    ("period", "previous"),
    [
        # March (31 days) against the 31 days before it: across February, leap or not.
        (DateRange(D(2023, 3, 1), D(2023, 3, 31)), DateRange(D(2023, 1, 29), D(2023, 2, 28))),
        (DateRange(D(2024, 3, 1), D(2024, 3, 31)), DateRange(D(2024, 1, 30), D(2024, 2, 29))),
        # Leap February (29 days) against Jan 2–30.
        (DateRange(D(2024, 2, 1), D(2024, 2, 29)), DateRange(D(2024, 1, 3), D(2024, 1, 31))),
        # Across a year end.
        (DateRange(D(2026, 1, 1), D(2026, 1, 7)), DateRange(D(2025, 12, 25), D(2025, 12, 31))),
    ],
)
def test_the_preceding_period_is_as_long_and_ends_the_day_before(
    period: DateRange, previous: DateRange
) -> None:
    assert preceding_range(period) == previous
    assert previous_range(period, "custom") == previous
    assert previous.days == period.days


@pytest.mark.parametrize(
    ("period", "preset", "previous"),
    [
        # A whole month against the whole month before, whatever its length.
        (D(2024, 3, 1), "month", (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2023, 3, 1), "month", (D(2023, 2, 1), D(2023, 2, 28))),
        (D(2024, 5, 1), "month", (D(2024, 4, 1), D(2024, 4, 30))),
        (D(2026, 1, 1), "month", (D(2025, 12, 1), D(2025, 12, 31))),
        (D(2024, 4, 1), "quarter", (D(2024, 1, 1), D(2024, 3, 31))),
        (D(2025, 1, 1), "year", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)
def test_the_calendar_previous_of_a_whole_period(
    period: date, preset: str, previous: tuple[date, date]
) -> None:
    whole = report_range(preset, period) if preset != "year" else DateRange(period, D(2025, 12, 31))
    assert calendar_previous(whole, preset) == DateRange(*previous)


def test_the_calendar_previous_of_a_period_to_date_is_the_same_stretch() -> None:
    # December 1–3 against November 1–3; March 1–30 (to date) against all of a leap
    # February, never past its end; this week so far against the same days last week.
    assert calendar_previous(DateRange(D(2026, 12, 1), D(2026, 12, 3)), "month") == DateRange(
        D(2026, 11, 1), D(2026, 11, 3)
    )
    assert calendar_previous(DateRange(D(2024, 3, 1), D(2024, 3, 30)), "month") == DateRange(
        D(2024, 2, 1), D(2024, 2, 29)
    )
    assert calendar_previous(DateRange(D(2026, 11, 30), D(2026, 12, 2)), "week") == DateRange(
        D(2026, 11, 23), D(2026, 11, 25)
    )
    # Year to date on Feb 29 against the same stretch of a year without one.
    assert calendar_previous(DateRange(D(2028, 1, 1), D(2028, 2, 29)), "year") == DateRange(
        D(2027, 1, 1), D(2027, 2, 28)
    )
    # Day-count presets have no calendar: the preceding days.
    assert previous_range(DateRange(D(2026, 3, 1), D(2026, 3, 30)), "30d", "calendar") == (
        DateRange(D(2026, 1, 30), D(2026, 2, 28))
    )


def test_report_periods_are_whole_weeks_months_and_quarters() -> None:
    assert report_range("week", D(2026, 12, 3)) == DateRange(D(2026, 11, 30), D(2026, 12, 6))
    assert report_range("month", D(2024, 2, 10)) == DateRange(D(2024, 2, 1), D(2024, 2, 29))
    assert report_range("quarter", D(2026, 11, 15)) == DateRange(D(2026, 10, 1), D(2026, 12, 31))


def test_buckets_start_on_mondays_and_firsts() -> None:
    march = DateRange(D(2024, 3, 1), D(2024, 3, 31))
    assert buckets(march, "week")[:2] == [D(2024, 2, 26), D(2024, 3, 4)]
    assert len(buckets(march, "week")) == 5
    assert buckets(DateRange(D(2024, 1, 31), D(2024, 3, 1)), "month") == [
        D(2024, 1, 1),
        D(2024, 2, 1),
        D(2024, 3, 1),
    ]
    assert len(buckets(march, "day")) == 31
