"""Read-only views of the calendar: posts in a range or a page, my work, plan vs
schedule, and the facts an appraisal reads about a member."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.accounts.models import Account
from app.accounts.service import AccountsService
from app.calendar.models import Post, PostApproval, PostTarget, ProductionStep
from app.calendar.plan import PlanCache, period_of
from app.calendar.settings import load_settings
from app.calendar.summaries import (
    SORTS,
    TARGET_SPREAD,
    base_query,
    build,
    filtered,
    in_range,
)
from app.calendar.types import (
    SORT_KEYS,
    ApprovalPolicy,
    MemberFacts,
    PillarGap,
    PlanGap,
    PostFilter,
    PostPage,
    PostSummary,
    WorkItem,
)
from app.calendar.workflow import OPEN
from app.db.database import Database
from app.db.records import find
from app.db.types import utcnow
from app.strategy.models import ContentPillar
from app.team.acting import Acting
from app.team.models import Member
from app.team.rights import APPROVE_POST, has_right
from app.validation import InvalidInput

MAX_RANGE_DAYS = 62  # a month view with its leading and trailing weeks, and then some
MAX_PAGE = 1000


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


class CalendarQueries:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting
        self._plans = PlanCache(db)

    def between(
        self, start: datetime, end: datetime, flt: PostFilter | None = None
    ) -> list[PostSummary]:
        """Posts whose time is in [start, end) (aware), by time: the month and week views.
        At most 62 days (a view's range, not a report)."""
        if start.tzinfo is None or end.tzinfo is None:
            raise InvalidInput("range", "needs a time zone")
        if end - start > timedelta(days=MAX_RANGE_DAYS):
            raise InvalidInput("range", f"at most {MAX_RANGE_DAYS} days")
        flt = flt or PostFilter()
        query = in_range(filtered(base_query(), flt), start, end)
        scope = query.with_only_columns(Post.id)
        complete = _whole_days(start, end) if flt.empty else None
        with self._db.session(read_only=True) as s:
            rows = s.connection().execute(query.order_by(Post.scheduled_at, Post.id)).all()
            return build(s, rows, self._plans.get(), scope, complete)

    def unscheduled(self, flt: PostFilter | None = None, limit: int = 200) -> list[PostSummary]:
        """Ideas and drafts without a time (the view's side list), newest first."""
        query = filtered(base_query(), flt or PostFilter()).where(Post.scheduled_at.is_(None))
        with self._db.session(read_only=True) as s:
            rows = s.connection().execute(query.order_by(Post.updated_at.desc()).limit(limit)).all()
            return build(s, rows)

    def page(
        self,
        flt: PostFilter | None = None,
        offset: int = 0,
        limit: int = 100,
        sort: str = "scheduled_at",
        descending: bool = False,
        start: datetime | None = None,
        end: datetime | None = None,
        count: bool = True,
    ) -> PostPage:
        """One page of the list view and the total count for the same filter (None with
        ``count=False``: counting every match of a text filter costs as much as the
        page, and the list pages on without it)."""
        if sort not in SORT_KEYS:
            raise InvalidInput("sort", f"unknown sort {sort!r}")
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise InvalidInput("page", f"offset ≥ 0 and 1 ≤ limit ≤ {MAX_PAGE}")
        flt = flt or PostFilter()
        key = SORTS[sort]
        order = key.desc() if descending else key.asc()
        query = in_range(filtered(base_query(), flt), start, end)
        counting = in_range(filtered(select(func.count(Post.id)), flt), start, end)
        with self._db.session(read_only=True) as s:
            total = (s.connection().scalar(counting) or 0) if count else None
            tie = Post.id.desc() if descending else Post.id.asc()
            rows = (
                s.connection()
                .execute(query.order_by(order.nulls_last(), tie).offset(offset).limit(limit))
                .all()
            )
            return PostPage(tuple(build(s, rows)), total, offset, limit)

    def my_work(self, member_uuid: str | None = None) -> list[WorkItem]:
        """The acting member's (or ``member_uuid``'s) open production steps, posts
        waiting for their review, and their own posts past due; late first, then by due."""
        if member_uuid is None:
            me = self._acting.current() if self._acting is not None else None
            if me is None:
                return []
            member_uuid = me.uuid
        today = date.today()
        policy = load_settings(self._db).approval
        items: list[WorkItem] = []
        with self._db.session(read_only=True) as s:
            member = find(s, Member, member_uuid, "member")
            steps = s.execute(
                select(
                    Post.uuid,
                    Post.title,
                    ProductionStep.uuid,
                    ProductionStep.name,
                    ProductionStep.due,
                )
                .join(Post, ProductionStep.post_id == Post.id)
                .where(
                    ProductionStep.assignee_id == member.id,
                    ProductionStep.done_at.is_(None),
                    Post.status.in_(OPEN),
                )
            ).all()
            for p_uuid, title, st_uuid, name, due in steps:
                late = due is not None and due < today
                items.append(WorkItem("step", p_uuid, title, st_uuid, name, due, late))
            if self._reviews(s, member, policy):
                for p_uuid, title, when in s.execute(
                    select(Post.uuid, Post.title, Post.scheduled_at).where(
                        Post.status == "in_review"
                    )
                ):
                    due = when.astimezone().date() if when else None
                    late = due is not None and due < today
                    items.append(WorkItem("review", p_uuid, title, None, "", due, late))
            for p_uuid, title, when in s.execute(
                select(Post.uuid, Post.title, Post.scheduled_at).where(
                    Post.owner_id == member.id,
                    Post.status.in_(OPEN),
                    Post.scheduled_at < utcnow(),
                )
            ):
                day = when.astimezone().date() if when else None
                items.append(WorkItem("post", p_uuid, title, None, "", day, True))
        items.sort(key=lambda w: (not w.late, w.due or date.max, w.post_title))
        return items

    @staticmethod
    def _reviews(s: Session, member: Member, policy: ApprovalPolicy) -> bool:
        if policy.mode == "none" or not has_right((r.role for r in member.roles), APPROVE_POST):
            return False
        return policy.mode == "one" or any(member.uuid in st.approver_uuids for st in policy.steps)

    def pillars(self) -> list[tuple[str, str]]:
        """(UUID, "pillar · plan title") of the content pillars of plans not archived,
        for the editor and the filter; by plan start, then the plan's own order."""
        from app.strategy.plans import StrategyService
        from app.strategy.platforms import PlatformStrategyService

        plans = StrategyService(self._db).list_plans(include_archived=False)
        platforms = PlatformStrategyService(self._db)
        return [
            (pillar.uuid, f"{pillar.name} · {plan.title}")
            for plan in sorted(plans, key=lambda p: (p.start_date, p.title))
            for pillar in platforms.list_pillars(plan.uuid)
        ]

    def plan_vs_schedule(self, day: date) -> list[PlanGap]:
        """For each active account: the week and the month containing ``day``, planned
        (strategy frequency, pillar mix) against scheduled (not cancelled)."""
        plan = self._plans.get()
        planned = plan.for_day(day)
        accounts = [a for a in AccountsService(self._db).list_accounts() if a.active]
        gaps: list[PlanGap] = []
        with self._db.session(read_only=True) as s:
            ids = dict(s.execute(select(Account.uuid, Account.id)).all())
            pillar_ids = dict(s.execute(select(ContentPillar.id, ContentPillar.uuid)).all())
            for period in ("week", "month"):
                lo, hi = period_of(day, period)
                when = func.coalesce(PostTarget.scheduled_at, Post.scheduled_at)
                rows = s.execute(
                    select(PostTarget.account_id, Post.pillar_id, func.count())
                    .join(Post, PostTarget.post_id == Post.id)
                    .where(
                        Post.scheduled_at >= _utc_start(lo) - TARGET_SPREAD,
                        Post.scheduled_at < _utc_start(hi + timedelta(days=1)) + TARGET_SPREAD,
                        when >= _utc_start(lo),
                        when < _utc_start(hi + timedelta(days=1)),
                        Post.status != "cancelled",
                    )
                    .group_by(PostTarget.account_id, Post.pillar_id)
                ).all()
                for a in accounts:
                    mine = [
                        (pillar_ids.get(p) if p else None, n)
                        for acc, p, n in rows
                        if acc == ids.get(a.uuid)
                    ]
                    scheduled = sum(n for _p, n in mine)
                    p = planned.get(a.uuid)
                    target = None
                    pillars: tuple[PillarGap, ...] = ()
                    if p is not None:
                        target = _scaled(p.count, p.unit, period, lo, hi)
                        by_pillar = Counter({u: n for u, n in mine if u})
                        pillars = tuple(
                            PillarGap(
                                pl.uuid,
                                pl.name,
                                pl.share_percent,
                                by_pillar.get(pl.uuid, 0),
                                round(100 * by_pillar.get(pl.uuid, 0) / scheduled)
                                if scheduled
                                else 0,
                            )
                            for pl in p.pillars
                        )
                    gaps.append(
                        PlanGap(
                            a.uuid,
                            a.handle,
                            a.platform_code,
                            period,
                            lo,
                            hi,
                            target,
                            scheduled,
                            pillars,
                        )
                    )
        return gaps

    def member_facts(self, member_uuid: str, start: date, end: date) -> MemberFacts:
        """What an appraisal reads about a member for [start, end] (inclusive days)."""
        lo, hi = _utc_start(start), _utc_start(end + timedelta(days=1))
        with self._db.session(read_only=True) as s:
            member = find(s, Member, member_uuid, "member")
            mine = (Post.owner_id == member.id, Post.scheduled_at >= lo, Post.scheduled_at < hi)
            owned = s.scalar(select(func.count(Post.id)).where(*mine)) or 0
            published = (
                s.scalar(select(func.count(Post.id)).where(*mine, Post.status == "published")) or 0
            )
            steps = s.execute(
                select(ProductionStep.due, ProductionStep.done_at).where(
                    ProductionStep.assignee_id == member.id,
                    ProductionStep.due >= start,
                    ProductionStep.due <= end,
                )
            ).all()
            due = [(d, done) for d, done in steps if d is not None]
            on_time = sum(
                1 for d, done in due if done is not None and done.astimezone().date() <= d
            )
            decisions = select(func.count(PostApproval.id)).join(
                Post, PostApproval.post_id == Post.id
            )
            rejections = s.scalar(
                decisions.where(
                    Post.owner_id == member.id,
                    PostApproval.decision == "reject",
                    PostApproval.at >= lo,
                    PostApproval.at < hi,
                )
            )
            reviews = s.scalar(
                select(func.count(PostApproval.id)).where(
                    PostApproval.member_uuid == member.uuid,
                    PostApproval.at >= lo,
                    PostApproval.at < hi,
                )
            )
            return MemberFacts(
                member.uuid,
                start,
                end,
                owned,
                published,
                len(due),
                on_time,
                on_time / len(due) if due else None,
                rejections or 0,
                reviews or 0,
            )


def _whole_days(start: datetime, end: datetime) -> tuple[date, date]:
    """The local days lying wholly inside [start, end): unfiltered, a range's rows are
    every post of those days."""
    lo, hi = start.astimezone(), end.astimezone()
    first = lo.date() if lo.time() == time() else lo.date() + timedelta(days=1)
    return first, hi.date() - timedelta(days=1)


def _scaled(count: int, unit: str, period: str, lo: date, hi: date) -> int:
    """A frequency per ``unit`` expressed for the period [lo, hi]."""
    if unit == period:
        return count
    days = (hi - lo).days + 1
    per_day = count / 7 if unit == "week" else count * 12 / 365
    return round(per_day * days)
