"""What the calendar tab reads, as functions that run on the task runner's worker and
return plain values; turning the core's rows into what the grids draw happens here too
(cheap, but off the GUI thread all the same)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from app.calendar.types import KeyDate, PlanGap, PostFilter, PostSummary, WorkItem, day_range
from app.calendar.workflow import STATUSES
from ui.calendar.filters import FilterOptions
from ui.calendar.items import Band, Chip, KeyMark
from ui.calendar.labels import language, status_label, warning_label
from ui.calendar.post_editor import EditorChoices
from ui.formats import platform_text

if TYPE_CHECKING:
    from app.workspace import Workspace


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


@dataclass(frozen=True)
class ViewData:
    first: date
    last: date
    chips: tuple[Chip, ...]
    bands: tuple[Band, ...]
    marks: tuple[KeyMark, ...]


@dataclass(frozen=True)
class SideData:
    member: str
    work: tuple[WorkItem, ...]
    gaps: tuple[PlanGap, ...]


def chip_of(
    post: PostSummary, zone: tzinfo | None = None, labels: dict[str, str] | None = None
) -> Chip | None:
    """The chip of a post with a time; ``zone`` and ``labels`` (warning code → text) are
    shared across a whole month of posts, which makes this several times quicker."""
    if post.scheduled_at is None:
        return None
    local = post.scheduled_at.astimezone(zone or local_zone())
    if labels is None:
        labels = {}
    warnings = []
    for code in post.warnings:
        text = labels.get(code)
        if text is None:
            text = labels[code] = warning_label(code)
        warnings.append(text)
    return Chip(
        key=post.uuid,
        post_uuid=post.uuid,
        day=local.date(),
        time=local.time().replace(second=0, microsecond=0),
        title=post.title,
        platform=post.platform_codes[0] if post.platform_codes else "",
        account=", ".join(post.account_handles),
        status=post.status,
        late=post.late,
        warnings=tuple(warnings),
    )


def mark_of(key: KeyDate) -> KeyMark:
    return KeyMark(key.day, key.name(language()), key.kind == "holiday")


def load_view(ws: Workspace, first: date, last: date, flt: PostFilter) -> ViewData:
    cal = ws.calendar
    zone = local_zone()
    start, end = day_range(first, last, zone)
    posts = cal.queries.between(start, end, flt)
    labels: dict[str, str] = {}
    chips = tuple(c for c in (chip_of(p, zone, labels) for p in posts) if c is not None)
    bands = tuple(
        Band(c.uuid, c.name, c.start_date, c.end_date) for c in cal.campaigns.bands(first, last)
    )
    marks = tuple(mark_of(k) for k in cal.key_dates.between(first, last))
    return ViewData(first, last, chips, bands, marks)


def load_side(ws: Workspace, day: date) -> SideData:
    member = ws.acting.current()
    work = tuple(ws.calendar.queries.my_work()) if member is not None else ()
    gaps = tuple(ws.calendar.queries.plan_vs_schedule(day))
    return SideData(member.name if member else "", work, gaps)


def load_options(ws: Workspace) -> tuple[FilterOptions, EditorChoices]:
    cal = ws.calendar
    lang = language()
    platforms = ws.accounts.list_platforms()
    accounts = [a for a in ws.accounts.list_accounts() if a.active]
    members = [m for m in ws.team.list_members(include_inactive=False)]
    campaigns = [(c.uuid, c.name) for c in cal.campaigns.list_campaigns()]
    campaigns.sort(key=lambda c: c[1], reverse=True)  # the newest year first
    pillar_list = list(cal.queries.pillars())
    types = cal.posts.content_types()
    options = FilterOptions(
        {
            "platform_codes": tuple(
                (p.code, platform_text(p.name_en, p.name_zh)) for p in platforms
            ),
            "account_uuids": tuple(
                (a.uuid, f"{platform_text(a.platform_en, a.platform_zh)} {a.handle}")
                for a in accounts
            ),
            "statuses": tuple((s, status_label(s)) for s in STATUSES),
            "owner_uuids": tuple((m.uuid, m.name) for m in members),
            "campaign_uuids": tuple(campaigns),
            "pillar_uuids": tuple(pillar_list),
            "content_type_codes": tuple((t.code, t.name(lang)) for t in types),
        }
    )
    choices = EditorChoices(
        content_types=types,
        members=members,
        campaigns=campaigns,
        pillars=pillar_list,
        accounts=accounts,
        rules=cal.posts.rules(),
        settings=cal.settings.get(),
    )
    return options, choices
