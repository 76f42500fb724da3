"""Demo campaigns, following the Chinese e-commerce calendar (年货节, 618, 双十一 …)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from app.calendar.models import Campaign
from app.demo.names import EVENTS, Event, goal_text
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

CAMPAIGNS = table_of(Campaign)
# The small demo shows a few months around today; the large one three years of history.
SMALL_PAST_CAMPAIGNS, SMALL_UPCOMING_CAMPAIGNS = 4, 2


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
        rows.append(row)
    yield from chunked(CAMPAIGNS, rows)


STEPS: tuple[Step, ...] = (Step("campaigns", (CAMPAIGNS,), _campaigns),)
