"""Demo rows of the team: members of the made-up brand 露米 Lumio and their roles."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.demo.names import (
    CORE_TEAM,
    LARGE_TEAM_EXTRA,
    person_name,
)
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
from app.team.models import Member, MemberRole
from app.vocabulary import ROLES

MEMBERS = table_of(Member)
MEMBER_ROLES = table_of(MemberRole)

# Weights for the roles of generated members: most people make content or run accounts.
ROLE_WEIGHTS = {"lead": 1, "strategy": 2, "content": 6, "operations": 6, "analyst": 3, "pr": 2}
EMAIL_DOMAIN = "lumio.example"


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


def member_ids(ctx: DemoContext, *roles: str) -> list[int]:
    """Active members holding any of ``roles``, by id (for owners of other demo rows)."""
    query = (
        select(MEMBERS.c.id)
        .join(MEMBER_ROLES, MEMBER_ROLES.c.member_id == MEMBERS.c.id)
        .where(MEMBER_ROLES.c.role.in_(roles), MEMBERS.c.active.is_(True))
        .distinct()
        .order_by(MEMBERS.c.id)
    )
    return list(ctx.connection.execute(query).scalars())


STEPS: tuple[Step, ...] = (Step("members", (MEMBERS, MEMBER_ROLES), _team),)
