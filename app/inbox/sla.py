"""Response time: SLA settings, due times, first-response figures for the KPI tab and
appraisals. Business-hours arithmetic is ``app.inbox.hours`` (the analytics module)."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, case, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.types import utcnow
from app.inbox.models import MESSAGES, Message, Setting
from app.inbox.types import MemberFacts, ResponseStats, SlaSettings
from app.validation import InvalidInput

if TYPE_CHECKING:
    from app.inbox.hours import BusinessHours

SLA_KEY = "sla"


def load_settings(s: Session) -> SlaSettings:
    row = s.get(Setting, SLA_KEY)
    if row is None or not row.value:
        return SlaSettings()
    data = json.loads(row.value)
    data["workdays"] = tuple(data.get("workdays", ()))
    data["holidays"] = tuple(date.fromisoformat(d) for d in data.get("holidays", ()))
    data["extra_workdays"] = tuple(date.fromisoformat(d) for d in data.get("extra_workdays", ()))
    data["risk_keywords"] = tuple(data.get("risk_keywords", SlaSettings().risk_keywords))
    known = SlaSettings.__dataclass_fields__
    return SlaSettings(**{k: v for k, v in data.items() if k in known})


def _clock(value: str, field: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(field, "must be a time such as 09:00") from exc


def check_settings(settings: SlaSettings) -> SlaSettings:
    if not 1 <= settings.target_minutes <= 60 * 24 * 30:
        raise InvalidInput("target_minutes", "must be between 1 minute and 30 days")
    if not settings.workdays or any(d not in range(7) for d in settings.workdays):
        raise InvalidInput("workdays", "choose at least one working day")
    if _clock(settings.day_start, "day_start") >= _clock(settings.day_end, "day_end"):
        raise InvalidInput("day_end", "must be after the start of the day")
    if bool(settings.lunch_start) != bool(settings.lunch_end):
        raise InvalidInput("lunch_end", "give both ends of the lunch break, or neither")
    lunch = settings.lunch_start and settings.lunch_end
    if lunch and _clock(settings.lunch_start, "lunch_start") >= _clock(settings.lunch_end, "l"):
        raise InvalidInput("lunch_end", "must be after the start of the lunch break")
    if lunch and not (
        _clock(settings.day_start, "day_start") <= _clock(settings.lunch_start, "lunch_start")
        and _clock(settings.lunch_end, "lunch_end") <= _clock(settings.day_end, "day_end")
    ):
        raise InvalidInput("lunch_start", "must lie inside the opening hours")
    check_spike_settings(settings)
    business_hours(settings)  # an unknown time zone is refused here
    return settings


def check_spike_settings(settings: SlaSettings) -> None:
    if not 1 <= settings.spike_min_negative <= 1000:
        raise InvalidInput("spike_min_negative", "must be between 1 and 1000")
    if not 0 <= settings.spike_min_rise <= 1:
        raise InvalidInput("spike_min_rise", "must be between 0 and 100 %")
    if not 1 <= settings.spike_threshold <= 10:
        raise InvalidInput("spike_threshold", "must be between 1 and 10")
    if len(settings.risk_keywords) > 500:
        raise InvalidInput("risk_keywords", "at most 500 risk words")


def save_settings(s: Session, settings: SlaSettings) -> None:
    data = asdict(check_settings(settings))
    data["holidays"] = [d.isoformat() for d in settings.holidays]
    data["extra_workdays"] = [d.isoformat() for d in settings.extra_workdays]
    value = json.dumps(data, ensure_ascii=False)
    row = s.get(Setting, SLA_KEY)
    if row is None:
        s.add(Setting(key=SLA_KEY, value=value))
    else:
        row.value = value


def business_hours(settings: SlaSettings) -> BusinessHours:
    from app.inbox import hours

    try:
        tz = hours.zone(settings.timezone)
    except (ValueError, KeyError) as exc:
        raise InvalidInput("timezone", f"unknown time zone {settings.timezone!r}") from exc
    lunch = None
    if settings.lunch_start and settings.lunch_end:
        lunch = (time.fromisoformat(settings.lunch_start), time.fromisoformat(settings.lunch_end))
    return hours.BusinessHours(
        weekdays=frozenset(settings.workdays),
        opens=time.fromisoformat(settings.day_start),
        closes=time.fromisoformat(settings.day_end),
        lunch=lunch,
        holidays=frozenset(settings.holidays),
        extra_workdays=frozenset(settings.extra_workdays),
        tz=tz,
    )


class Clock:
    """Due times and business seconds under one settings, for many messages."""

    def __init__(self, settings: SlaSettings) -> None:
        from app.inbox import hours

        self._hours_module = hours
        self.settings = settings
        self.hours = business_hours(settings)
        self.target_seconds = settings.target_minutes * 60

    def due(self, received_at: datetime) -> datetime:
        return self._hours_module.due_at(received_at, self.target_seconds, self.hours)

    def seconds(self, start: datetime, end: datetime) -> int:
        return self._hours_module.business_seconds(start, end, self.hours)


def recompute_due(s: Session, clock: Clock) -> int:
    """New due times for messages still waiting for a first response (Core, in batches:
    a due time is derived, so it is not an edit to record in the history)."""
    waiting = select(Message.id, Message.received_at).where(
        Message.first_response_at.is_(None), Message.status != "closed"
    )
    rows = [{"mid": i, "due": clock.due(at)} for i, at in s.execute(waiting)]
    table = MESSAGES
    stmt = update(table).where(table.c.id == bindparam("mid")).values(due_at=bindparam("due"))
    for n in range(0, len(rows), 5000):
        s.connection().execute(stmt, rows[n : n + 5000])
    return len(rows)


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _sql_median(s: Session, column: Any, where: list[Any], count: int) -> float | None:
    """The median of ``column`` over ``where`` rows (``count`` of them), read off the
    sorted column: the middle one or two values, not every row."""
    if not count:
        return None
    middle = select(column).where(*where).order_by(column)
    values = list(s.scalars(middle.offset((count - 1) // 2).limit(2 - count % 2)))
    return float(statistics.fmean(values))


def response_stats(
    s: Session,
    start: datetime,
    end: datetime,
    account_id: int | None,
    member_id: int | None,
    target_seconds: int,
) -> ResponseStats:
    """Aggregated in SQL: a year of a busy team is hundreds of thousands of messages."""
    where: list[Any] = [Message.received_at >= start, Message.received_at < end]
    if account_id is not None:
        where.append(Message.account_id == account_id)
    if member_id is not None:
        answered_by = Message.first_responder_id == member_id
        waiting_on = and_(Message.first_responder_id.is_(None), Message.assignee_id == member_id)
        where.append(or_(answered_by, waiting_on))
    seconds = Message.first_response_seconds
    late_open = and_(
        Message.first_response_at.is_(None),
        Message.status != "closed",
        Message.due_at < utcnow(),
    )
    totals = s.execute(
        select(
            func.count(),
            func.count(Message.first_response_at),
            func.count(seconds),
            func.sum(case((seconds <= target_seconds, 1), else_=0)),
            func.sum(case((seconds > target_seconds, 1), else_=0)),
            func.sum(case((late_open, 1), else_=0)),
            func.avg(seconds),
        ).where(*where)
    ).one()
    received, answered, timed, within, late, open_overdue, mean = totals
    return ResponseStats(
        received=received,
        answered=answered,
        median_seconds=_sql_median(s, seconds, [*where, seconds.is_not(None)], timed),
        mean_seconds=float(mean) if mean is not None else None,
        within_target=int(within or 0),
        breaches=int(late or 0) + int(open_overdue or 0),
        open_overdue=int(open_overdue or 0),
    )


def member_facts(
    s: Session, member_uuid: str, member_id: int, start: datetime, end: datetime, target: int
) -> MemberFacts:
    from app.inbox.models import Reply

    first = select(Message.first_response_seconds).where(
        Message.first_responder_id == member_id,
        Message.first_response_at >= start,
        Message.first_response_at < end,
    )
    seconds = [v for (v,) in s.execute(first)]
    closed = select(Message.id).where(
        Message.first_responder_id.is_(None),
        Message.assignee_id == member_id,
        Message.status == "closed",
        Message.updated_at >= start,
        Message.updated_at < end,
    )
    replies = select(Reply.id).where(
        Reply.member_id == member_id, Reply.sent_at >= start, Reply.sent_at < end
    )
    timed = [v for v in seconds if v is not None]
    return MemberFacts(
        member_uuid=member_uuid,
        handled=len(seconds) + len(s.execute(closed).all()),
        replies=len(s.execute(replies).all()),
        median_first_response_seconds=_median(timed),
        sla_breaches=sum(1 for v in timed if v > target),
    )
