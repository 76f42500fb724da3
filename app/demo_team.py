"""Demo rows for the shared tables: the team and its roles, platforms, accounts, campaigns.

The brand is a made-up lifestyle and home-goods label, 露米 Lumio, with accounts at home
and abroad. Campaigns follow the Chinese e-commerce calendar (年货节, 618, 双十一 …).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.db.models import ROLES, Account, Campaign, Member, MemberRole, Platform
from app.demo_data import (
    ACCOUNTS,
    CORE_TEAM,
    EVENTS,
    LARGE_TEAM_EXTRA,
    SMALL_ACCOUNTS,
    Event,
    goal_text,
    person_name,
)
from app.demo_rows import (
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

MEMBERS = table_of(Member)
MEMBER_ROLES = table_of(MemberRole)
PLATFORMS = table_of(Platform)
ACCOUNTS_TABLE = table_of(Account)
CAMPAIGNS = table_of(Campaign)

# Weights for the roles of generated members: most people make content or run accounts.
ROLE_WEIGHTS = {"lead": 1, "strategy": 2, "content": 6, "operations": 6, "analyst": 3, "pr": 2}
EMAIL_DOMAIN = "lumio.example"
XIAOHONGSHU = ("xiaohongshu", "Xiaohongshu", "小红书")
# The small demo shows a few months around today; the large one three years of history.
SMALL_PAST_CAMPAIGNS, SMALL_UPCOMING_CAMPAIGNS = 4, 2
HISTORY_YEARS = 3


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    roles: tuple[str, ...]
    active: bool
    notes: str


# Team ----------------------------------------------------------------------------------
def _roles(rng: random.Random) -> tuple[str, ...]:
    wanted = rng.choices((1, 2, 3), weights=(6, 3, 1))[0]
    pool = dict(ROLE_WEIGHTS)
    chosen: set[str] = set()
    while len(chosen) < wanted:
        role = rng.choices(list(pool), weights=list(pool.values()))[0]
        chosen.add(role)
        del pool[role]
    return tuple(r for r in ROLES if r in chosen)


def plan_team(scale: str, rng: random.Random) -> list[Person]:
    people = [Person(n, f"{e}@{EMAIL_DOMAIN}", r, True, notes) for n, e, r, notes in CORE_TEAM]
    if scale == "small":
        return people
    names, emails = {p.name for p in people}, {p.email for p in people}
    while len(people) < len(CORE_TEAM) + LARGE_TEAM_EXTRA:
        name, local = person_name(rng)
        if name in names:
            continue
        email, n = f"{local}@{EMAIL_DOMAIN}", 2
        while email in emails:
            email, n = f"{local}{n}@{EMAIL_DOMAIN}", n + 1
        names.add(name)
        emails.add(email)
        # About one in ten has left the team: the app must show former members too.
        people.append(Person(name, email, _roles(rng), rng.random() > 0.1, ""))
    return people


def _team(ctx: DemoContext) -> Planned:
    rng = ctx.rng("members")
    people = plan_team(ctx.scale, rng)
    return Planned(len(people) + sum(len(p.roles) for p in people), _team_chunks(ctx, rng, people))


def _team_chunks(ctx: DemoContext, rng: random.Random, people: list[Person]) -> Iterator[Chunk]:
    first = years_before(ctx.today, HISTORY_YEARS if ctx.scale == "large" else 2)
    rows: list[Row] = []
    for p in people:
        joined = day_between(rng, first, ctx.last_day - timedelta(days=30))
        row = record(rng, joined, day_between(rng, joined, ctx.last_day))
        row |= {"name": p.name, "email": p.email, "active": p.active, "notes": p.notes}
        rows.append(row)
    yield from chunked(MEMBERS, rows)
    ids = {u: i for u, i in ctx.connection.execute(select(MEMBERS.c.uuid, MEMBERS.c.id))}
    yield from chunked(
        MEMBER_ROLES,
        (
            {"member_id": ids[row["uuid"]], "role": role}
            for row, p in zip(rows, people, strict=True)
            for role in p.roles
        ),
    )


# Platforms -----------------------------------------------------------------------------
def _platforms(ctx: DemoContext) -> Planned:
    """Large only: 小红书 as a platform a user added (the seven built-ins come seeded)."""
    code, en, zh = XIAOHONGSHU
    have = set(ctx.connection.execute(select(PLATFORMS.c.code)).scalars())
    if ctx.scale == "small" or code in have:
        return Planned(0, iter(()))
    rng = ctx.rng("platforms")
    order = ctx.connection.execute(select(PLATFORMS.c.sort_order)).scalars().all()
    row = record(rng, years_before(ctx.today, 2))
    row |= {
        "code": code,
        "name_en": en,
        "name_zh": zh,
        "builtin": False,
        "sort_order": max(order, default=0) + 10,
    }
    return Planned(1, iter([Chunk(PLATFORMS, [row])]))


# Accounts ------------------------------------------------------------------------------
def _accounts(ctx: DemoContext) -> Planned:
    wanted = ACCOUNTS[:SMALL_ACCOUNTS] if ctx.scale == "small" else ACCOUNTS
    return Planned(len(wanted), _account_chunks(ctx, wanted))


def _member_ids(ctx: DemoContext, *roles: str) -> list[int]:
    query = (
        select(MEMBERS.c.id)
        .join(MEMBER_ROLES, MEMBER_ROLES.c.member_id == MEMBERS.c.id)
        .where(MEMBER_ROLES.c.role.in_(roles), MEMBERS.c.active.is_(True))
        .distinct()
        .order_by(MEMBERS.c.id)
    )
    return list(ctx.connection.execute(query).scalars())


def _account_chunks(
    ctx: DemoContext, wanted: tuple[tuple[str, str, str, bool], ...]
) -> Iterator[Chunk]:
    rng = ctx.rng("accounts")
    platforms = {c: i for c, i in ctx.connection.execute(select(PLATFORMS.c.code, PLATFORMS.c.id))}
    operators = _member_ids(ctx, "operations")
    rng.shuffle(operators)
    first = years_before(ctx.today, HISTORY_YEARS if ctx.scale == "large" else 2)
    rows: list[Row] = []
    for i, (code, handle, display, active) in enumerate(wanted):
        opened = day_between(rng, first, ctx.last_day - timedelta(days=60))
        row = record(rng, opened, day_between(rng, opened, ctx.last_day))
        row |= {
            "platform_id": platforms[code],
            "handle": handle,
            "display_name": display,
            "owner_id": operators[i % len(operators)] if operators else None,
            "active": active,
        }
        rows.append(row)
    yield from chunked(ACCOUNTS_TABLE, rows)


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
    planners = _member_ids(ctx, "strategy", "lead")
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
        rows.append(row)
    yield from chunked(CAMPAIGNS, rows)


STEPS: tuple[Step, ...] = (
    Step("members", (MEMBERS, MEMBER_ROLES), _team),
    Step("platforms", (), _platforms),
    Step("accounts", (ACCOUNTS_TABLE,), _accounts),
    Step("campaigns", (CAMPAIGNS,), _campaigns),
)
