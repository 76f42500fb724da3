"""Business-hours arithmetic: elapsed working time and SLA due times, table-driven.

The calendar is December 2026 / January 2027 in China: Thursday 3 December; New Year's
Day (Friday 1 January) a holiday; Saturday 9 January a make-up working day (调休).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.inbox.hours import BusinessHours, business_seconds, due_at, is_open, zone

BEIJING = timezone(timedelta(hours=8))
OFFICE = BusinessHours()  # Monday–Friday 09:00–18:00, UTC+8
WITH_LUNCH = BusinessHours(lunch=(time(12), time(13)))
NEW_YEAR = BusinessHours(holidays=frozenset({date(2027, 1, 1)}))
MAKE_UP = BusinessHours(extra_workdays=frozenset({date(2027, 1, 9)}))
H = 3600


def bj(day: str, clock: str) -> datetime:
    """A Beijing wall-clock moment: bj("12-03", "10:00") is 3 December 2026, 10:00."""
    year = 2027 if day.startswith("01-") else 2026
    return datetime.fromisoformat(f"{year}-{day}T{clock}:00").replace(tzinfo=BEIJING)


ELAPSED = [
    # (case, hours, start, end, working seconds)
    ("within a morning", OFFICE, bj("12-03", "10:00"), bj("12-03", "11:30"), 1.5 * H),
    ("across a night", OFFICE, bj("12-03", "17:00"), bj("12-04", "10:00"), 2 * H),
    ("across a weekend", OFFICE, bj("12-04", "17:30"), bj("12-07", "09:30"), 1 * H),
    ("before opening to after closing", OFFICE, bj("12-03", "07:00"), bj("12-03", "20:00"), 9 * H),
    ("entirely at night", OFFICE, bj("12-03", "19:00"), bj("12-04", "08:59"), 0),
    ("entirely in a weekend", OFFICE, bj("12-05", "10:00"), bj("12-06", "16:00"), 0),
    ("a whole week", OFFICE, bj("12-07", "00:00"), bj("12-14", "00:00"), 45 * H),
    ("end before start", OFFICE, bj("12-03", "11:00"), bj("12-03", "10:00"), 0),
    ("over lunch", WITH_LUNCH, bj("12-03", "11:00"), bj("12-03", "14:00"), 2 * H),
    ("starting in lunch", WITH_LUNCH, bj("12-03", "12:30"), bj("12-03", "13:30"), 0.5 * H),
    ("lunch day", WITH_LUNCH, bj("12-03", "00:00"), bj("12-04", "00:00"), 8 * H),
    ("over a holiday", NEW_YEAR, bj("12-31", "17:00"), bj("01-04", "10:00"), 2 * H),
    ("on the holiday", NEW_YEAR, bj("01-01", "09:00"), bj("01-01", "18:00"), 0),
    ("over a make-up Saturday", MAKE_UP, bj("01-08", "17:00"), bj("01-11", "10:00"), 11 * H),
    (
        "given in UTC",
        OFFICE,
        datetime(2026, 12, 3, 1, 0, tzinfo=UTC),  # 09:00 in Beijing
        datetime(2026, 12, 3, 2, 0, tzinfo=UTC),
        1 * H,
    ),
    (
        "round the clock",
        BusinessHours.around_the_clock(),
        bj("12-04", "17:30"),
        bj("12-07", "09:30"),
        64 * H,
    ),
    (
        "Sunday working hours only",
        BusinessHours(weekdays=frozenset({6}), opens=time(10), closes=time(12)),
        bj("12-01", "00:00"),
        bj("12-15", "00:00"),
        4 * H,
    ),
]


@pytest.mark.parametrize(
    ("hours", "start", "end", "seconds"),
    [case[1:] for case in ELAPSED],
    ids=[case[0] for case in ELAPSED],
)
def test_business_seconds(
    hours: BusinessHours, start: datetime, end: datetime, seconds: float
) -> None:
    assert business_seconds(start, end, hours) == seconds


DUE = [
    # (case, hours, start, SLA seconds, due)
    ("same afternoon", OFFICE, bj("12-03", "14:00"), 2 * H, bj("12-03", "16:00")),
    ("runs over the night", OFFICE, bj("12-03", "17:00"), 2 * H, bj("12-04", "10:00")),
    ("runs over the weekend", OFFICE, bj("12-04", "17:30"), 1 * H, bj("12-07", "09:30")),
    ("received on Saturday", OFFICE, bj("12-05", "10:00"), 1 * H, bj("12-07", "10:00")),
    ("received before opening", OFFICE, bj("12-03", "06:00"), 30 * 60, bj("12-03", "09:30")),
    ("exactly to closing", OFFICE, bj("12-03", "17:00"), 1 * H, bj("12-03", "18:00")),
    ("skips lunch", WITH_LUNCH, bj("12-03", "11:30"), 1 * H, bj("12-03", "13:30")),
    ("skips a holiday", NEW_YEAR, bj("12-31", "17:00"), 2 * H, bj("01-04", "10:00")),
    ("uses a make-up Saturday", MAKE_UP, bj("01-08", "17:00"), 2 * H, bj("01-09", "10:00")),
    ("a three-day SLA", OFFICE, bj("12-03", "10:00"), 27 * H, bj("12-08", "10:00")),
    ("no SLA", OFFICE, bj("12-05", "10:00"), 0, bj("12-05", "10:00")),
]


@pytest.mark.parametrize(
    ("hours", "start", "sla", "due"),
    [case[1:] for case in DUE],
    ids=[case[0] for case in DUE],
)
def test_due_at(hours: BusinessHours, start: datetime, sla: float, due: datetime) -> None:
    found = due_at(start, sla, hours)
    assert found == due
    assert found.tzinfo is UTC


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (bj("12-03", "09:00"), True),
        (bj("12-03", "17:59"), True),
        (bj("12-03", "18:00"), False),
        (bj("12-03", "12:30"), True),
        (bj("12-05", "10:00"), False),
        (bj("01-01", "10:00"), True),  # OFFICE knows no holidays
    ],
)
def test_is_open(moment: datetime, expected: bool) -> None:
    assert is_open(moment, OFFICE) is expected
    assert is_open(moment, WITH_LUNCH) is (expected and moment != bj("12-03", "12:30"))


def test_new_years_day_is_closed_when_listed() -> None:
    assert not is_open(bj("01-01", "10:00"), NEW_YEAR)
    assert is_open(bj("01-09", "10:00"), MAKE_UP)


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2026, 11, 1), max_value=datetime(2027, 2, 1)),
    sla=st.integers(min_value=1, max_value=40 * H),
    lunch=st.booleans(),
)
def test_due_time_is_exactly_the_sla_of_working_time(
    start: datetime, sla: int, lunch: bool
) -> None:
    hours = BusinessHours(
        lunch=(time(12), time(13)) if lunch else None,
        holidays=frozenset({date(2027, 1, 1)}),
        extra_workdays=frozenset({date(2027, 1, 9)}),
    )
    begin = start.replace(microsecond=0, tzinfo=BEIJING)
    due = due_at(begin, sla, hours)
    assert business_seconds(begin, due, hours) == sla
    assert is_open(due - timedelta(seconds=1), hours)


def test_daylight_saving_days_count_their_real_seconds() -> None:
    new_york = zone("America/New_York")  # clocks went forward on 8 March 2026
    always = BusinessHours.around_the_clock(new_york)
    start = datetime(2026, 3, 7, tzinfo=new_york)
    end = datetime(2026, 3, 9, tzinfo=new_york)
    assert business_seconds(start, end, always) == 47 * H
    office = BusinessHours(weekdays=frozenset(range(7)), tz=new_york)
    assert business_seconds(start, end, office) == 18 * H
    assert due_at(datetime(2026, 3, 7, 17, tzinfo=new_york), 2 * H, office) == datetime(
        2026, 3, 8, 10, tzinfo=new_york
    ).astimezone(UTC)


def test_zone_names_and_fixed_offsets_agree_where_there_is_no_daylight_saving() -> None:
    named = BusinessHours(tz=zone("Asia/Shanghai"))
    for name in ("+08:00", "UTC+8", "GMT+0800"):
        fixed = BusinessHours(tz=zone(name))
        for _case, _hours, start, end, _seconds in ELAPSED[:8]:
            assert business_seconds(start, end, named) == business_seconds(start, end, fixed)
    assert zone("-05:30").utcoffset(None) == -timedelta(hours=5, minutes=30)
    with pytest.raises(ValueError, match="unknown time zone"):
        zone("Mars/Olympus_Mons")


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        business_seconds(datetime(2026, 12, 3, 9), bj("12-03", "10:00"), OFFICE)
    with pytest.raises(ValueError, match="close after"):
        BusinessHours(opens=time(18), closes=time(9))
    with pytest.raises(ValueError, match="lunch"):
        BusinessHours(lunch=(time(8), time(10)))
    with pytest.raises(ValueError, match="no working time"):
        due_at(bj("12-03", "10:00"), H, BusinessHours(weekdays=frozenset()))
