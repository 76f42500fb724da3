"""Facts from the team's own work, for one member and period, shown beside the criteria.

Each comes from the feature that owns it, through that feature's public
``member_facts`` (calendar, inbox), so its number is the one its tab shows. A feature
that has not landed (module missing, method not implemented yet) gives None: the form
says "not available", never 0.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.appraisal.training import training_hours
from app.appraisal.types import FACTS, FactValue
from app.db.database import Database

log = logging.getLogger(__name__)

# fact → where it comes from (English; the UI translates the source names)
SOURCES: dict[str, str] = {
    "posts_owned": "Calendar: posts the member owns, due in the period",
    "posts_published": "Calendar: the member's posts published in the period",
    "on_time_rate": "Calendar: production steps done by their due day",
    "review_rejections": "Calendar: rejections of the member's posts in review",
    "inbox_handled": "Inbox: messages the member answered first or closed",
    "median_first_response_minutes": "Inbox: median first response (minutes)",
    "sla_breaches": "Inbox: first responses later than the SLA",
    "objectives_owned": "Strategy: objectives owned by the member",
    "objectives_achieved": "Strategy: share of owned objectives achieved",
    "training_hours": "Training records in the period",
}

CALENDAR_FACTS = ("posts_owned", "posts_published", "on_time_rate", "review_rejections")


def _calendar(db: Database, member_uuid: str, start: date, end: date) -> Any:
    from app.calendar.service import CalendarService

    return CalendarService(db).queries.member_facts(member_uuid, start, end)


def _inbox(db: Database, member_uuid: str, start: date, end: date) -> Any:
    from app.inbox.service import InboxService

    begin = datetime.combine(start, time(), UTC)
    until = datetime.combine(end + timedelta(days=1), time(), UTC)  # [start, end + 1 day)
    return InboxService(db).member_facts(member_uuid, begin, until)


def _ask(source: Callable[[], Any], name: str) -> Any:
    """The source's answer, or None while its feature has not landed."""
    try:
        return source()
    except (ImportError, AttributeError, NotImplementedError) as exc:
        log.info("%s facts not available: %s", name, exc)
        return None
    except Exception:  # another feature's bug must not keep the appraisal from opening
        log.exception("%s facts failed; shown as not available", name)
        return None


def member_facts(db: Database, member_uuid: str, start: date, end: date) -> tuple[FactValue, ...]:
    """Every fact of FACTS for the member in [start, end] (days inclusive)."""
    values: dict[str, float | None] = dict.fromkeys(FACTS)
    cal = _ask(lambda: _calendar(db, member_uuid, start, end), "calendar")
    if cal is not None:
        for code in CALENDAR_FACTS:
            value = getattr(cal, code, None)
            values[code] = None if value is None else float(value)
    inbox = _ask(lambda: _inbox(db, member_uuid, start, end), "inbox")
    if inbox is not None:
        values["inbox_handled"] = float(inbox.handled)
        values["sla_breaches"] = float(inbox.sla_breaches)
        seconds = inbox.median_first_response_seconds
        values["median_first_response_minutes"] = None if seconds is None else seconds / 60
    with db.session(read_only=True) as s:
        values["training_hours"] = training_hours(s, member_uuid, start, end)
    return tuple(FactValue(code, values[code], SOURCES[code]) for code in FACTS)
