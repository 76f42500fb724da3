"""Demo rows of the accounts: Lumio's accounts at home and abroad (and 小红书, large only)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import Account, Platform
from app.demo.names import ACCOUNTS, SMALL_ACCOUNTS
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
from app.team.demo import member_ids

PLATFORMS = table_of(Platform)
ACCOUNTS_TABLE = table_of(Account)
XIAOHONGSHU = ("xiaohongshu", "Xiaohongshu", "小红书")


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


def _account_chunks(
    ctx: DemoContext, wanted: tuple[tuple[str, str, str, bool], ...]
) -> Iterator[Chunk]:
    rng = ctx.rng("accounts")
    platforms = {c: i for c, i in ctx.connection.execute(select(PLATFORMS.c.code, PLATFORMS.c.id))}
    operators = member_ids(ctx, "operations")
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


STEPS: tuple[Step, ...] = (
    Step("platforms", (), _platforms),
    Step("accounts", (ACCOUNTS_TABLE,), _accounts),
)
