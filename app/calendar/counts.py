"""Posts on the calendar over a span of days, counted for the strategy's plan health
(:mod:`app.strategy.health` compares them with what a plan's strategies and pillars ask).

Which posts count as scheduled: those with a time whose status is in :data:`COUNTED`:
everything from drafting to published. An idea is a thought, not a commitment, even
with a date; a cancelled post will not go out; a rejected post is back in drafting and
still fills its slot. For an account, a target cancelled on its own does not count.

Which day a post is on: the day the month view shows it, that is its own time
(``posts.scheduled_at``, the earliest of its targets' times) on the computer's local
clock; a span of days is :func:`~app.calendar.days.day_range` in the local zone, as the
calendar tab asks for a month. A target with its own later time counts on its post's day.
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    cast,
    column,
    func,
    null,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.calendar.days import day_range, local_zone
from app.db.types import UTCDateTime
from app.strategy.models import ContentPillar

if TYPE_CHECKING:
    from app.calendar.workflow import PostStatus

# The columns read here of the calendar's own tables (app.calendar.models), as bare Core
# tables: the Strategy tab counts at start, and importing the mapped classes there would
# make the next ORM query configure every calendar mapper, which costs more than the
# counts (tests/strategy/test_deferred_reads.py keeps that module out of the start).
posts = table(
    "posts",
    column("id", Integer),
    column("status", String),
    column("scheduled_at", UTCDateTime),
    column("pillar_id", Integer),
)
post_targets = table(
    "post_targets",
    column("post_id", Integer),
    column("account_id", Integer),
    column("status", String),
)

COUNTED: tuple[PostStatus, ...] = ("drafting", "in_review", "approved", "scheduled", "published")


def _dated(first: date, last: date, zone: tzinfo | None) -> tuple[ColumnElement[bool], ...]:
    # Both columns of ix_posts_status_scheduled_at: one index range per counted status.
    lo, hi = day_range(first, last, zone or local_zone())
    when = posts.c.scheduled_at
    return (posts.c.status.in_(COUNTED), when >= lo, when < hi)


def posts_per_account(
    s: Session, first: date, last: date, zone: tzinfo | None = None
) -> dict[tuple[str, str | None], int]:
    """Posts scheduled on the days ``first`` to ``last`` (inclusive, local) per
    ``(platform UUID, account UUID)``, and per ``(platform UUID, None)`` for the whole
    platform. A post aimed at two accounts counts once for each; on a platform it counts
    once however many of its accounts it goes out on. Pairs without posts are absent.

    One statement: both groupings over the same rows (SQLite has no GROUPING SETS).
    ``zone``: the days' zone, the local one when None.
    """
    counted = func.count(posts.c.id.distinct())
    rows = (
        select(posts.c.id)
        .join(post_targets, post_targets.c.post_id == posts.c.id)
        .join(Account, post_targets.c.account_id == Account.id)
        .join(Platform, Account.platform_id == Platform.id)
        .where(*_dated(first, last, zone), post_targets.c.status != "cancelled")
    )
    by_account = rows.with_only_columns(Platform.uuid, Account.uuid, counted).group_by(
        Platform.uuid, Account.uuid
    )
    by_platform = rows.with_only_columns(Platform.uuid, cast(null(), String), counted).group_by(
        Platform.uuid
    )
    found = s.connection().execute(union_all(by_account, by_platform)).all()
    return {(platform, account): n for platform, account, n in found}


def posts_per_pillar(
    s: Session, first: date, last: date, zone: tzinfo | None = None
) -> dict[str, int]:
    """Posts scheduled on the days ``first`` to ``last`` (inclusive, local) per content
    pillar UUID, whatever accounts they go to (a dated post with no account yet counts:
    its pillar's slot is filled). Pillars without posts are absent."""
    query = (
        select(ContentPillar.uuid, func.count(posts.c.id))
        .join(ContentPillar, posts.c.pillar_id == ContentPillar.id)
        .where(*_dated(first, last, zone))
        .group_by(ContentPillar.uuid)
    )
    return {pillar: n for pillar, n in s.connection().execute(query).all()}
