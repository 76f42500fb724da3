"""Post summaries for the views: the filtered query, chips and rows built in a few SQL
statements (never one per post), and the over-frequency check against the plan."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.accounts.models import Account, Platform
from app.calendar.models import Campaign, ContentType, Post, PostTarget, ProductionStep
from app.calendar.plan import StrategyPlan, period_of
from app.calendar.rules import PLATFORM_RULES
from app.calendar.types import (
    OVER_FREQUENCY,
    PAST_DUE,
    STEP_LATE,
    TEXT_TOO_LONG,
    TITLE_TOO_LONG,
    PostFilter,
    PostSummary,
    PostWarning,
)
from app.calendar.workflow import OPEN
from app.db.types import utcnow
from app.strategy.models import ContentPillar
from app.team.models import Member

Owner = aliased(Member)
# platform code → (text limit, title limit), for the chips' checks
LIMITS = {code: (r.max_length, r.max_title_length) for code, r in PLATFORM_RULES.items()}
# How far a target's own time may be from its post's and still be counted in a period:
# the same day's posts go out within hours on every account, never weeks apart.
TARGET_SPREAD = timedelta(days=7)

COLUMNS: tuple[Any, ...] = (
    Post.id,
    Post.uuid,
    Post.version,
    Post.title,
    ContentType.code,
    ContentType.name_en,
    ContentType.name_zh,
    Post.status,
    Post.scheduled_at,
    Owner.uuid,
    Owner.name,
    Campaign.uuid,
    Campaign.name,
    ContentPillar.uuid,
    ContentPillar.name,
)

SORTS: dict[str, Any] = {
    "scheduled_at": Post.scheduled_at,
    "title": Post.title,
    "status": Post.status,
    "owner": Owner.name,
    "campaign": Campaign.name,
    "content_type": ContentType.sort_order,
    "updated_at": Post.updated_at,
}


def base_query() -> Select[Any]:
    return (
        select(*COLUMNS)
        .join(ContentType, Post.content_type_id == ContentType.id)
        .outerjoin(Owner, Post.owner_id == Owner.id)
        .outerjoin(Campaign, Post.campaign_id == Campaign.id)
        .outerjoin(ContentPillar, Post.pillar_id == ContentPillar.id)
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filtered(q: Select[Any], flt: PostFilter) -> Select[Any]:
    """``q`` (from :func:`base_query` or a count over it) narrowed by ``flt``."""
    # Through the posts' own columns (ids looked up in small tables), so that a count
    # needs no join.
    if flt.statuses:
        q = q.where(Post.status.in_(flt.statuses))
    if flt.owner_uuids:
        q = q.where(Post.owner_id.in_(select(Member.id).where(Member.uuid.in_(flt.owner_uuids))))
    if flt.campaign_uuids:
        named = select(Campaign.id).where(Campaign.uuid.in_(flt.campaign_uuids))
        q = q.where(Post.campaign_id.in_(named))
    if flt.pillar_uuids:
        named = select(ContentPillar.id).where(ContentPillar.uuid.in_(flt.pillar_uuids))
        q = q.where(Post.pillar_id.in_(named))
    if flt.content_type_codes:
        named = select(ContentType.id).where(ContentType.code.in_(flt.content_type_codes))
        q = q.where(Post.content_type_id.in_(named))
    if flt.platform_codes or flt.account_uuids:
        on = select(PostTarget.post_id).join(Account, PostTarget.account_id == Account.id)
        if flt.platform_codes:
            on = on.join(Platform, Account.platform_id == Platform.id)
            on = on.where(Platform.code.in_(flt.platform_codes))
        if flt.account_uuids:
            on = on.where(Account.uuid.in_(flt.account_uuids))
        q = q.where(Post.id.in_(on))
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        q = q.where(
            or_(
                *(
                    col.ilike(pattern, escape="\\")
                    for col in (Post.title, Post.body, Post.tags, Post.notes)
                )
            )
        )
    return q


def in_range(q: Select[Any], start: datetime | None, end: datetime | None) -> Select[Any]:
    if start is not None:
        q = q.where(Post.scheduled_at >= start)
    if end is not None:
        q = q.where(Post.scheduled_at < end)
    return q


def summaries(
    s: Session, post_ids: Sequence[int], plan: StrategyPlan | None = None
) -> list[PostSummary]:
    """Summaries of ``post_ids`` in that order."""
    if not post_ids:
        return []
    rows = s.connection().execute(base_query().where(Post.id.in_(post_ids))).all()
    by_id = {r[0]: r for r in rows}
    return build(s, [by_id[i] for i in post_ids if i in by_id], plan)


def build(
    s: Session,
    rows: Sequence[Any],
    plan: StrategyPlan | None = None,
    scope: Select[Any] | None = None,
    complete: tuple[date, date] | None = None,
) -> list[PostSummary]:
    """Summaries from rows of :func:`base_query`, with targets and warnings. ``scope``,
    a query of the rows' post ids, replaces a long IN list (a month's chips);
    ``complete`` as for :func:`frequency_flags`."""
    ids = [r[0] for r in rows]
    # Plain Core statements: through the connection, without the ORM's result handling.
    con = s.connection()
    targets: dict[int, list[tuple[str, str, str, int]]] = defaultdict(list)
    late_steps: set[int] = set()
    length = func.length(func.coalesce(func.nullif(PostTarget.text, ""), Post.body))
    parts = [scope] if scope is not None else [list(c) for c in _chunks(ids, 900)]
    for part in parts:
        for post_id, handle, code, account_uuid, n in con.execute(
            select(PostTarget.post_id, Account.handle, Platform.code, Account.uuid, length)
            .join(Post, PostTarget.post_id == Post.id)
            .join(Account, PostTarget.account_id == Account.id)
            .join(Platform, Account.platform_id == Platform.id)
            .where(PostTarget.post_id.in_(part))
            .order_by(PostTarget.post_id, PostTarget.sort_order, PostTarget.id)
        ).all():
            targets[post_id].append((handle, code, account_uuid, n or 0))
        late_steps.update(
            con.scalars(
                select(ProductionStep.post_id)
                .where(
                    ProductionStep.post_id.in_(part),
                    ProductionStep.done_at.is_(None),
                    ProductionStep.due < date.today(),
                )
                .distinct()
            )
        )
    flagged = frequency_flags(s, plan, rows, targets, complete) if plan is not None else set()
    now = utcnow()
    found: list[PostSummary] = []
    add = found.append
    for r in rows:
        # Positional, in PostSummary's field order: this loop runs for every chip.
        post_id, status, when, title = r[0], r[7], r[8], r[3]
        mine = targets.get(post_id, ())
        warnings: tuple[str, ...] = ()
        past = status in OPEN and when is not None and when < now
        late_step = post_id in late_steps and status != "cancelled"
        if past or late_step or post_id in flagged or mine:
            warnings = _warnings(past, late_step, post_id in flagged, mine, len(title))
        add(
            PostSummary(
                r[1],
                r[2],
                title,
                r[4],
                r[5],
                r[6],
                status,
                tuple(dict.fromkeys(t[1] for t in mine)) if len(mine) > 1 else _codes(mine),
                tuple(t[0] for t in mine),
                when,
                r[9],
                r[10] or "",
                r[11],
                r[12] or "",
                r[13],
                r[14] or "",
                past or late_step,
                warnings,
            )
        )
    return found


def _codes(mine: Sequence[tuple[str, str, str, int]]) -> tuple[str, ...]:
    return (mine[0][1],) if mine else ()


def _warnings(
    past: bool,
    late_step: bool,
    over: bool,
    mine: Sequence[tuple[str, str, str, int]],
    title_length: int,
) -> tuple[str, ...]:
    warnings: list[str] = []
    if past:
        warnings.append(PAST_DUE)
    if late_step:
        warnings.append(STEP_LATE)
    if over:
        warnings.append(OVER_FREQUENCY)
    for _h, code, _a, n in mine:
        limits = LIMITS.get(code)
        if limits is None:
            continue
        if limits[0] and n > limits[0] and TEXT_TOO_LONG not in warnings:
            warnings.append(TEXT_TOO_LONG)
        if limits[1] and title_length > limits[1] and TITLE_TOO_LONG not in warnings:
            warnings.append(TITLE_TOO_LONG)
    return tuple(warnings)


def _chunks(ids: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def account_counts(s: Session, first: date, last: date) -> dict[tuple[str, date], int]:
    """(account UUID, day) → posts going out on it that day (not cancelled).

    Days are UTC days of the stored times: a post at 07:00 in Beijing counts on the day
    before. Close enough for a weekly or monthly frequency, and one grouped query."""
    when = func.coalesce(PostTarget.scheduled_at, Post.scheduled_at)
    day = func.date(when)
    start = datetime.combine(first, time(), UTC)
    end = datetime.combine(last + timedelta(days=1), time(), UTC)
    rows = (
        s.connection()
        .execute(
            select(Account.uuid, day, func.count())
            .select_from(PostTarget)
            .join(Post, PostTarget.post_id == Post.id)
            .join(Account, PostTarget.account_id == Account.id)
            .where(
                # The post's own time is indexed: it narrows the scan, the target's decides.
                Post.scheduled_at >= start - TARGET_SPREAD,
                Post.scheduled_at < end + TARGET_SPREAD,
                and_(when >= start, when < end),
                Post.status != "cancelled",
            )
            .group_by(Account.uuid, day)
        )
        .all()
    )
    return {(a, d if isinstance(d, date) else date.fromisoformat(str(d))): n for a, d, n in rows}


def frequency_flags(
    s: Session,
    plan: StrategyPlan,
    rows: Sequence[Any],
    targets: dict[int, list[tuple[str, str, str, int]]],
    complete: tuple[date, date] | None = None,
) -> set[int]:
    """Posts that go out on an account already scheduled above its planned frequency in
    that week or month. ``complete``: local days for which ``rows`` hold every post (an
    unfiltered range), so periods inside them are counted without asking the database."""
    wanted: list[tuple[int, str, date, date, int]] = []
    periods: dict[tuple[date, str], tuple[date, date]] = {}
    mine: dict[int, date] = {}
    for r in rows:
        if r[8] is None or r[7] == "cancelled":
            continue
        day = r[8].astimezone().date()
        mine[r[0]] = day
        planned = plan.for_day(day)
        if not planned:
            continue  # no plan that day (most of history): nothing to count against
        for _h, _c, account, _n in targets.get(r[0], ()):
            p = planned.get(account)
            if p is not None:
                if (day, p.unit) not in periods:
                    periods[(day, p.unit)] = period_of(day, p.unit)
                lo, hi = periods[(day, p.unit)]
                wanted.append((r[0], account, lo, hi, p.count))
    if not wanted:
        return set()
    first, last = min(w[2] for w in wanted), max(w[3] for w in wanted)
    counts: dict[tuple[str, date], int]
    if complete is not None and complete[0] <= first and last <= complete[1]:
        counts = defaultdict(int)
        for post_id, day in mine.items():
            for _h, _c, account, _n in targets.get(post_id, ()):
                counts[(account, day)] += 1
    else:
        counts = account_counts(s, first, last)
    by_account: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for (a, d), n in counts.items():
        by_account[a].append((d, n))
    totals: dict[tuple[str, date, date], int] = {}
    flagged: set[int] = set()
    for post_id, account, lo, hi, limit in wanted:
        key = (account, lo, hi)
        if key not in totals:
            totals[key] = sum(n for d, n in by_account[account] if lo <= d <= hi)
        if totals[key] > limit:
            flagged.add(post_id)
    return flagged


def over_frequency(
    s: Session, plan: StrategyPlan, day: date, post_id: int
) -> tuple[PostWarning, ...]:
    """The editor's over-frequency warnings for one post, one per account over plan."""
    planned = plan.for_day(day)
    found: list[PostWarning] = []
    handles = s.execute(
        select(Account.uuid, Account.handle)
        .join(PostTarget, PostTarget.account_id == Account.id)
        .where(PostTarget.post_id == post_id)
    ).all()
    for account, handle in handles:
        p = planned.get(account)
        if p is None:
            continue
        lo, hi = period_of(day, p.unit)
        counts = account_counts(s, lo - timedelta(days=1), hi + timedelta(days=1))
        total = sum(n for (a, d), n in counts.items() if a == account and lo <= d <= hi)
        if total > p.count:
            found.append(PostWarning(OVER_FREQUENCY, handle, p.count, total))
    return tuple(found)
