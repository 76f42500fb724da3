"""Business-hours arithmetic for response times: how much of the team's working time lay
between two moments, and when an SLA runs out.

Working time is the opening hours (less an optional lunch break) on working days: the
chosen weekdays, less holidays, plus make-up working days (调休, a Saturday worked to
bridge a holiday). Moments are timezone-aware; the hours are the wall clock of `tz`,
so a zone with daylight saving counts the real seconds of a shortened day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CHINA = timezone(timedelta(hours=8), "UTC+08:00")
_MONDAY_TO_FRIDAY = frozenset(range(5))
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
# No SLA spans more than this many calendar days of closed time: a calendar that is never
# open (no weekdays, everything a holiday) must not loop forever.
_SEARCH_DAYS = 3660


def zone(name: str) -> tzinfo:
    """A time zone from an IANA name ("Asia/Shanghai") or a fixed offset ("+08:00",
    "UTC+8"). A fixed offset needs no tz database (Windows ships none)."""
    match = _OFFSET.match(name.strip())
    if match:
        sign = -1 if match.group(1) == "-" else 1
        offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        return timezone(sign * offset) if offset else UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


@dataclass(frozen=True)
class BusinessHours:
    """When the team works. `weekdays` uses Monday = 0; `closes` None is midnight (end of
    the day); `lunch` is a (start, end) break inside the opening hours."""

    weekdays: frozenset[int] = _MONDAY_TO_FRIDAY
    opens: time = time(9)
    closes: time | None = time(18)
    lunch: tuple[time, time] | None = None
    holidays: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)
    tz: tzinfo = CHINA

    def __post_init__(self) -> None:
        if self.closes is not None and self.closes <= self.opens:
            raise ValueError("business hours must close after they open")
        if self.lunch is not None:
            start, end = self.lunch
            if not (self.opens <= start < end and (self.closes is None or end <= self.closes)):
                raise ValueError("the lunch break must lie inside the opening hours")
        if not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")

    @classmethod
    def around_the_clock(cls, tz: tzinfo = CHINA) -> BusinessHours:
        """Every hour of every day: business time equals elapsed time."""
        return cls(weekdays=frozenset(range(7)), opens=time(0), closes=None, tz=tz)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() in self.weekdays and day not in self.holidays

    def periods(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The working periods of a calendar day, as aware UTC datetimes."""
        return _periods(self, day)


@lru_cache(maxsize=8192)
def _periods(hours: BusinessHours, day: date) -> tuple[tuple[datetime, datetime], ...]:
    # Cached: reports ask for the same few hundred days for every message.
    if not hours.is_working_day(day):
        return ()
    end_of_day = datetime.combine(day + timedelta(days=1), time(0))
    bounds = [datetime.combine(day, hours.opens)]
    if hours.lunch is not None:
        bounds += [datetime.combine(day, hours.lunch[0]), datetime.combine(day, hours.lunch[1])]
    bounds.append(end_of_day if hours.closes is None else datetime.combine(day, hours.closes))
    # Wall-clock bounds to real instants: a DST change makes that day's hours longer or
    # shorter in seconds, which is what the team really worked.
    return tuple(
        (_instant(start, hours.tz), _instant(end, hours.tz))
        for start, end in zip(bounds[::2], bounds[1::2], strict=True)
    )


def _instant(wall: datetime, tz: tzinfo) -> datetime:
    return wall.replace(tzinfo=tz).astimezone(UTC)


def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment.astimezone(UTC)


def _days_from(moment: datetime, hours: BusinessHours) -> Iterator[date]:
    day = moment.astimezone(hours.tz).date()
    for _ in range(_SEARCH_DAYS):
        yield day
        day += timedelta(days=1)


def business_seconds(start: datetime, end: datetime, hours: BusinessHours) -> int:
    """Whole seconds of working time from `start` to `end` (0 if end is not later)."""
    start, end = _aware(start, "start"), _aware(end, "end")
    if end <= start:
        return 0
    total = timedelta()
    last_day = end.astimezone(hours.tz).date()
    day = start.astimezone(hours.tz).date()
    while day <= last_day:
        for opens, closes in _periods(hours, day):
            overlap = min(closes, end) - max(opens, start)
            if overlap > timedelta():
                total += overlap
        day += timedelta(days=1)
    return int(total.total_seconds())


def due_at(start: datetime, sla_seconds: float, hours: BusinessHours) -> datetime:
    """When `sla_seconds` of working time after `start` have passed (aware, UTC). With
    no working time in the next ten years, ValueError."""
    start = _aware(start, "start")
    remaining = timedelta(seconds=max(0.0, sla_seconds))
    for day in _days_from(start, hours):
        for opens, closes in _periods(hours, day):
            if closes <= start:
                continue
            begin = max(opens, start)
            available = closes - begin
            if remaining <= available:
                if remaining == timedelta() and begin > start:
                    # An SLA of 0 is due now, not at the next opening.
                    return start
                return begin + remaining
            remaining -= available
    raise ValueError("these business hours have no working time")


def is_open(moment: datetime, hours: BusinessHours) -> bool:
    """Whether `moment` falls in working time (opening instant included, closing not)."""
    moment = _aware(moment, "moment")
    day = moment.astimezone(hours.tz).date()
    return any(opens <= moment < closes for opens, closes in hours.periods(day))
