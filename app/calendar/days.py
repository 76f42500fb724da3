"""Local days as instants: the one rule for which posts lie on which days.

Alone in a tiny module so that the Strategy tab's first read (the plan health's counts,
:mod:`app.calendar.counts`) can use it without loading :mod:`app.calendar.types`, whose
many dataclasses take tens of milliseconds to define; that module re-exports it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def day_range(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The aware instants from local midnight of ``first`` to the end of ``last``."""
    start = datetime.combine(first, time(), zone)
    return start, datetime.combine(last + timedelta(days=1), time(), zone)


def local_zone() -> tzinfo:
    """The computer's zone now, the one the calendar tab draws its days in."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
