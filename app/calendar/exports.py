"""The filtered posts out: iCalendar (.ics) and a table for the shared CSV/XLSX exporter.

One event per target (the post on one account), its UID the target's UUID, so a
re-export updates the events a calendar already imported instead of doubling them
(SEQUENCE is the post's version). Times carry the team's time zone with its VTIMEZONE;
the icalendar library escapes commas, semicolons and line breaks and folds long lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.calendar.models import Post, PostTarget
from app.calendar.summaries import base_query, build, filtered, in_range
from app.calendar.types import PostFilter, PostSummary
from app.db.database import Database
from app.imports.exporter import Cell, write_csv, write_xlsx

EVENT_MINUTES = 30  # a post is a moment; calendars need an end, so it gets half an hour
UID_DOMAIN = "socialdesk"
CHUNK = 500
DEFAULT_ZONE = "Asia/Shanghai"

HEADER = (
    "Scheduled",
    "Title",
    "Status",
    "Content type",
    "Platforms",
    "Accounts",
    "Owner",
    "Campaign",
    "Pillar",
    "Late",
    "Warnings",
    "UUID",
)
ICS_STATUS = {"published": "CONFIRMED", "scheduled": "CONFIRMED", "cancelled": "CANCELLED"}


class CalendarExports:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _summaries(
        self, s: Session, flt: PostFilter, start: datetime | None, end: datetime | None
    ) -> Iterator[PostSummary]:
        q = in_range(filtered(base_query(), flt), start, end).order_by(
            Post.scheduled_at.nulls_last(), Post.id
        )
        rows = s.execute(q).all()
        for i in range(0, len(rows), CHUNK):
            yield from build(s, rows[i : i + CHUNK])

    def rows(
        self,
        flt: PostFilter | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        zone_name: str = DEFAULT_ZONE,
    ) -> tuple[tuple[str, ...], list[list[Cell]]]:
        """The header and rows of the filtered posts (times in ``zone_name``, without
        a zone: spreadsheets have none)."""
        zone = ZoneInfo(zone_name)
        with self._db.session(read_only=True) as s:
            table: list[list[Cell]] = [
                [
                    p.scheduled_at.astimezone(zone).replace(tzinfo=None)
                    if p.scheduled_at
                    else None,
                    p.title,
                    p.status,
                    p.content_type_en,
                    ", ".join(p.platform_codes),
                    ", ".join(p.account_handles),
                    p.owner_name,
                    p.campaign_name,
                    p.pillar_name,
                    p.late,
                    ", ".join(p.warnings),
                    p.uuid,
                ]
                for p in self._summaries(s, flt or PostFilter(), start, end)
            ]
        return HEADER, table

    def write_table(
        self,
        path: Path,
        flt: PostFilter | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        zone_name: str = DEFAULT_ZONE,
        header: Sequence[str] | None = None,
    ) -> int:
        """Write .csv or .xlsx (by suffix) through the shared exporter; ``header`` may
        replace the English one (translated). Returns the number of posts."""
        default, rows = self.rows(flt, start, end, zone_name)
        names = list(header) if header is not None else list(default)
        if path.suffix.lower() == ".xlsx":
            return write_xlsx(path, names, rows, "Posts")
        return write_csv(path, names, rows)

    def write_ics(
        self,
        path: Path,
        flt: PostFilter | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        zone_name: str = DEFAULT_ZONE,
    ) -> int:
        """Write the filtered posts with a time as an .ics file; returns events written."""
        data, count = self.ics(flt, start, end, zone_name)
        path.write_bytes(data)
        return count

    def ics(
        self,
        flt: PostFilter | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        zone_name: str = DEFAULT_ZONE,
    ) -> tuple[bytes, int]:
        from icalendar import Calendar, Event

        zone = ZoneInfo(zone_name)
        cal = Calendar()
        cal.add("prodid", "-//Social Desk//Content calendar//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "Social Desk")
        cal.add("x-wr-timezone", zone_name)
        stamp = datetime.now(zone).replace(microsecond=0)
        count = 0
        with self._db.session(read_only=True) as s:
            posts = [
                p for p in self._summaries(s, flt or PostFilter(), start, end) if p.scheduled_at
            ]
            details = _targets(s, [p.uuid for p in posts])
            for p in posts:
                body, targets = details.get(p.uuid, ("", []))
                events: list[tuple[str, str, datetime, str, str]] = [
                    (uid, f"{p.title} · {handle}", when or _req(p.scheduled_at), text or body, url)
                    for uid, handle, when, text, url in targets
                ] or [(p.uuid, p.title, _req(p.scheduled_at), body, "")]
                for uid, summary, when, text, url in events:
                    ev = Event()
                    ev.add("uid", f"{uid}@{UID_DOMAIN}")
                    ev.add("dtstamp", stamp)
                    ev.add("dtstart", when.astimezone(zone))
                    ev.add("dtend", when.astimezone(zone) + timedelta(minutes=EVENT_MINUTES))
                    ev.add("summary", summary)
                    if text:
                        ev.add("description", text)
                    if url:
                        ev.add("url", url)
                    ev.add("status", ICS_STATUS.get(p.status, "TENTATIVE"))
                    ev.add("sequence", p.version)
                    ev.add("categories", [p.content_type_en, *p.platform_codes])
                    cal.add_component(ev)
                    count += 1
        if count:
            cal.add_component(_vtimezone(zone_name))
        return cal.to_ical(), count


@lru_cache(maxsize=4)
def _vtimezone(zone_name: str) -> Any:
    """The zone's VTIMEZONE: its rules 1970–2038 take the library ~0.1 s to work out."""
    from icalendar import Timezone

    return Timezone.from_tzid(zone_name)


def _req(when: datetime | None) -> datetime:
    assert when is not None  # filtered above
    return when


def _targets(
    s: Session, post_uuids: list[str]
) -> dict[str, tuple[str, list[tuple[str, str, datetime | None, str, str]]]]:
    """Post UUID → (body, [(target uuid, handle, time, text, published url)])."""
    found: dict[str, tuple[str, list[Any]]] = {}
    for i in range(0, len(post_uuids), CHUNK):
        chunk = post_uuids[i : i + CHUNK]
        for uuid, body in s.execute(select(Post.uuid, Post.body).where(Post.uuid.in_(chunk))):
            found[uuid] = (body, [])
        rows = s.execute(
            select(
                Post.uuid,
                PostTarget.uuid,
                Account.handle,
                Platform.name_en,
                PostTarget.scheduled_at,
                PostTarget.text,
                PostTarget.published_url,
            )
            .join(Post, PostTarget.post_id == Post.id)
            .join(Account, PostTarget.account_id == Account.id)
            .join(Platform, Account.platform_id == Platform.id)
            .where(Post.uuid.in_(chunk), PostTarget.status != "cancelled")
            .order_by(PostTarget.post_id, PostTarget.sort_order)
        )
        for post_uuid, uid, handle, platform, when, text, url in rows:
            found[post_uuid][1].append((uid, f"{platform} {handle}", when, text, url))
    return found
