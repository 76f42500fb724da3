"""Demo campaigns, following the Chinese e-commerce calendar (年货节, 618, 双十一 …), their
accounts, and the posts of the calendar (app/calendar/demoposts.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import bindparam, select, update

from app.accounts.models import Account
from app.calendar.demoposts import TABLES, plan_posts
from app.calendar.models import Campaign, Post, campaign_accounts
from app.calendar.samples import RESULTS
from app.db.database import Database
from app.demo.names import ACCOUNTS, EVENTS, SMALL_ACCOUNTS, Event, goal_text
from app.demo.rows import (
    HISTORY_YEARS,
    Chunk,
    DemoContext,
    Planned,
    Row,
    Step,
    chunked,
    day_between,
    record,
    table_of,
    years_before,
)
from app.strategy.models import ContentPillar
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.team.demo import member_ids

CAMPAIGNS = table_of(Campaign)
# The small demo shows a few months around today; the large one three years of history.
SMALL_PAST_CAMPAIGNS, SMALL_UPCOMING_CAMPAIGNS = 4, 2
# The event's kind (app.demo.names) → the campaign kinds it is run as.
KINDS = {
    "sales": ("giveaway", "ad"),
    "launch": ("launch",),
    "brand": ("topic", "challenge"),
    "overseas": ("ad", "giveaway"),
}


# Campaigns -----------------------------------------------------------------------------
def campaign_window(scale: str, today: date) -> list[tuple[Event, date, date]]:
    """The calendar events the demo turns into campaigns, with their dates, by start."""
    years = range(today.year - HISTORY_YEARS - 1, today.year + 2)
    dated = sorted(
        ((e, date(y, *e.start), date(y, *e.end)) for y in years for e in EVENTS),
        key=lambda item: item[1],
    )
    started = [d for d in dated if d[1] <= today]
    upcoming = [d for d in dated if d[1] > today][:SMALL_UPCOMING_CAMPAIGNS]
    if scale == "small":
        return started[-SMALL_PAST_CAMPAIGNS:] + upcoming
    # Events start at most ~2 months apart, so reaching this far back guarantees the
    # history covers at least HISTORY_YEARS whole years.
    earliest = years_before(today, HISTORY_YEARS) - timedelta(days=75)
    return [d for d in started if d[1] >= earliest] + upcoming


def _campaigns(ctx: DemoContext) -> Planned:
    window = campaign_window(ctx.scale, ctx.today)
    return Planned(len(window), _campaign_chunks(ctx, window))


def _campaign_chunks(ctx: DemoContext, window: list[tuple[Event, date, date]]) -> Iterator[Chunk]:
    rng = ctx.rng("campaigns")
    # The calendar's fields come from a stream of their own: the rows drawn before
    # campaigns had them stay as they were.
    extra = ctx.rng("campaign-details")
    planners = member_ids(ctx, "strategy", "lead")
    rows: list[Row] = []
    for event, start, end in window:
        planned_on = min(start - timedelta(days=rng.randint(20, 60)), ctx.last_day)
        row = record(rng, planned_on, day_between(rng, planned_on, min(end, ctx.last_day)))
        low, high = event.budget_k_yuan
        row |= {
            "name": f"{start.year} {event.zh} · {event.en}",
            "start_date": start,
            "end_date": end,
            "goal": goal_text(event.kind, rng),
            # Budgets are whole thousands of yuan, stored in fen.
            "budget_cents": rng.randint(low, high) * 1000 * 100,
            "owner_id": rng.choice(planners) if planners else None,
        }
        kind = extra.choice(KINDS[event.kind])
        spent = extra.uniform(0.6, 1.05) if end < ctx.today else extra.uniform(0.0, 0.4)
        ad_share = 0.5 if kind == "ad" else 0.25
        row |= {
            "kind": kind,
            "ad_spend_cents": round(row["budget_cents"] * ad_share * spent / 100) * 100,
            "results_notes": _results(extra) if end < ctx.today else "",
        }
        rows.append(row)
    yield from chunked(CAMPAIGNS, rows)


def _results(rng: random.Random) -> str:
    return rng.choice(RESULTS).format(a=rng.randint(8, 45), b=rng.randint(12, 300))


# Campaign accounts ---------------------------------------------------------------------
def _account_picks(ctx: DemoContext) -> list[list[str]]:
    """Handles each campaign runs on (drawn without the database: counted up front)."""
    rng = ctx.rng("campaign-accounts")
    wanted = ACCOUNTS[:SMALL_ACCOUNTS] if ctx.scale == "small" else ACCOUNTS
    handles = [h for _c, h, _n, active in wanted if active]
    picks = []
    for _ in campaign_window(ctx.scale, ctx.today):
        picks.append(rng.sample(handles, min(len(handles), rng.randint(2, 4))))
    return picks


def _campaign_accounts(ctx: DemoContext) -> Planned:
    picks = _account_picks(ctx)
    return Planned(sum(map(len, picks)), _campaign_account_chunks(ctx, picks))


def _campaign_account_chunks(ctx: DemoContext, picks: list[list[str]]) -> Iterator[Chunk]:
    con = ctx.connection
    ids = list(con.execute(select(CAMPAIGNS.c.id).order_by(CAMPAIGNS.c.id)).scalars())
    accounts = dict(con.execute(select(Account.handle, Account.id)).all())
    rows = [
        {"campaign_id": cid, "account_id": accounts[h]}
        for cid, handles in zip(ids, picks, strict=True)
        for h in handles
    ]
    yield from chunked(campaign_accounts, rows)


STEPS: tuple[Step, ...] = (
    Step("campaigns", (CAMPAIGNS,), _campaigns),
    Step("campaign accounts", (campaign_accounts,), _campaign_accounts),
    Step("posts", TABLES, plan_posts),
)


# Pillars -------------------------------------------------------------------------------
def link_demo_pillars(db: Database, today: date, rng: random.Random) -> None:
    """Give the demo posts of each strategy plan's period a content pillar, drawn by the
    plan's shares (runs after the strategy seeder: its pillars exist only then). A post
    takes a pillar of the finest plan over its day, as a marketer picks this month's
    pillar in the editor: the year's first, then its quarters', then its months'."""
    platforms = PlatformStrategyService(db)
    order = {"year": 0, "quarter": 1, "month": 2}
    plans = sorted(
        (p for p in StrategyService(db).list_plans() if p.status != "archived"),
        key=lambda p: (order[p.level], p.start_date),
    )
    with db.session() as s:
        posts = table_of(Post)
        for plan in plans:
            pillars = [
                p for p in platforms.list_pillars(plan.uuid) if p.platform_strategy_uuid is None
            ]
            if not pillars:
                continue
            ids = dict(
                s.execute(
                    select(ContentPillar.uuid, ContentPillar.id).where(
                        ContentPillar.uuid.in_([p.uuid for p in pillars])
                    )
                ).all()
            )
            start = datetime.combine(plan.start_date, time(), UTC)
            end = datetime.combine(plan.end_date + timedelta(days=1), time(), UTC)
            found = s.execute(
                select(posts.c.id).where(posts.c.scheduled_at >= start, posts.c.scheduled_at < end)
            ).scalars()
            weights = [max(p.share_percent, 1) for p in pillars]
            rows = [
                {"pid": pid, "pillar": ids[rng.choices(pillars, weights)[0].uuid]}
                for pid in found
                if rng.random() < 0.85  # some posts belong to no pillar
            ]
            if rows:
                s.execute(
                    update(posts)
                    .where(posts.c.id == bindparam("pid"))
                    .values(pillar_id=bindparam("pillar")),
                    rows,
                )
