"""Demo posts: a year (large: three years and 20,000 posts) of the calendar in every state.

Two passes over the same random stream: :func:`plan_posts` counts the rows before any
other step has written (the runner needs the total first), then the chunks are made
with the same draws, looking up members, accounts and campaigns once they exist. Who
does what is drawn from a second stream, so the counts never depend on the team.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.accounts.models import Account, Platform
from app.calendar import samples
from app.calendar.models import (
    Campaign,
    ContentType,
    Post,
    PostApproval,
    PostComment,
    PostTarget,
    ProductionStep,
    ReviewCheck,
)
from app.calendar.types import DEFAULT_CHECKLIST
from app.demo.names import ACCOUNTS, SMALL_ACCOUNTS
from app.demo.rows import (
    CHUNK_ROWS,
    HISTORY_YEARS,
    Chunk,
    DemoContext,
    Planned,
    Row,
    moment,
    record,
    table_of,
    years_before,
)
from app.team.demo import member_ids
from app.team.models import Member

POSTS, TARGETS, STEPS_T = table_of(Post), table_of(PostTarget), table_of(ProductionStep)
CHECKS, APPROVALS, COMMENTS = table_of(ReviewCheck), table_of(PostApproval), table_of(PostComment)
TABLES = (POSTS, TARGETS, STEPS_T, CHECKS, APPROVALS, COMMENTS)

LARGE_POSTS = 20_000
SMALL_DAYS_BACK, DAYS_AHEAD = 300, 65
# Posts a week per account, near the demo strategy's frequencies (app/strategy/demo.py).
RATES = {"weibo": 6, "wechat": 3, "douyin": 4, "bilibili": 2, "kuaishou": 3}
DEFAULT_RATE = 3
UNSCHEDULED = {"small": 25, "large": 200}
REVIEWED = frozenset({"in_review", "approved", "scheduled", "published"})
BATCH = 1000  # posts per round of chunks: children follow their posts


@dataclass(frozen=True)
class Spec:
    """One post as drawn: everything that decides how many rows it writes."""

    n: int
    when: datetime | None
    accounts: tuple[int, ...]  # indexes into the scale's accounts
    ctype: str
    status: str
    steps: tuple[tuple[str, date, int], ...]  # name, due, done: 0 no / 1 on time / 2 late
    decisions: tuple[str, ...]  # "reject"/"approve" in order; a round each
    checks: int  # how many checklist lines are ticked (of DEFAULT_CHECKLIST), -1 none
    comments: int
    title: str
    body: str


def _accounts(scale: str) -> list[tuple[str, str, bool]]:
    wanted = ACCOUNTS[:SMALL_ACCOUNTS] if scale == "small" else ACCOUNTS
    return [(code, handle, active) for code, handle, _name, active in wanted]


def _status(rng: random.Random, day: date, today: date) -> str:
    ahead = (day - today).days
    if ahead < 0:
        r = rng.random()
        return "cancelled" if r < 0.04 else "scheduled" if r < 0.07 else "published"
    if ahead == 0:
        return "scheduled"
    if ahead <= 14:
        weights = {"scheduled": 35, "approved": 20, "in_review": 20, "drafting": 20, "idea": 5}
    else:
        weights = {"idea": 45, "drafting": 35, "in_review": 10, "approved": 10}
    return rng.choices(list(weights), list(weights.values()))[0]


def _specs(ctx: DemoContext) -> Iterator[Spec]:
    rng = ctx.rng("posts")
    accounts = _accounts(ctx.scale)
    active = [i for i, (_c, _h, on) in enumerate(accounts) if on]
    rates = [RATES.get(accounts[i][0], DEFAULT_RATE) for i in active]
    first = (
        years_before(ctx.today, HISTORY_YEARS)
        if ctx.scale == "large"
        else ctx.today - timedelta(days=SMALL_DAYS_BACK)
    )
    days = (ctx.today + timedelta(days=DAYS_AHEAD) - first).days
    ideas = UNSCHEDULED[ctx.scale]
    count = LARGE_POSTS - ideas if ctx.scale == "large" else round(sum(rates) / 7 * days * 0.8)
    slots = sorted(
        (first + timedelta(days=rng.randrange(days)), rng.choices(active, rates)[0])
        for _ in range(count)
    )
    for n, (day, account) in enumerate(slots):
        when = datetime(
            day.year,
            day.month,
            day.day,
            rng.randint(0, 13),
            rng.choice((0, 15, 30, 45)),
            tzinfo=UTC,
        )
        yield _spec(rng, ctx.today, n + 1, when, account, accounts, active)
    for n in range(count, count + ideas):
        yield _spec(rng, ctx.today, n + 1, None, rng.choice(active), accounts, active)


def _spec(
    rng: random.Random,
    today: date,
    n: int,
    when: datetime | None,
    account: int,
    accounts: list[tuple[str, str, bool]],
    active: list[int],
) -> Spec:
    code = accounts[account][0]
    day = when.date() if when else today + timedelta(days=30)
    status = _status(rng, day, today) if when else "idea"
    chosen = [account]
    if rng.random() < 0.2:  # cross-posted to a second account in the same language
        english = code in samples.ENGLISH_PLATFORMS
        others = [
            i
            for i in active
            if accounts[i][0] != code and (accounts[i][0] in samples.ENGLISH_PLATFORMS) == english
        ]
        if others:
            chosen.append(rng.choice(others))
    ctype = samples.pick_type(rng, code)
    steps: list[tuple[str, date, int]] = []
    if status != "idea" or rng.random() < 0.3:
        for name, before in samples.STEPS_BY_TYPE[ctype]:
            due = day - timedelta(days=before)
            if status in REVIEWED or (status == "cancelled" and rng.random() < 0.5):
                done = 2 if rng.random() < 0.12 else 1
            elif status == "drafting" and due < today:
                done = 0 if rng.random() < 0.35 else 1  # some production running late
            else:
                done = 0
            steps.append((name, due, done))
    decisions: list[str] = []
    if status in REVIEWED - {"in_review"}:
        decisions = ["reject", "approve"] if rng.random() < 0.15 else ["approve"]
    elif rng.random() < {"in_review": 0.2, "drafting": 0.15}.get(status, 0.0):
        decisions = ["reject"]
    ticks = -1
    if status in REVIEWED:
        ticks = len(DEFAULT_CHECKLIST) if status != "in_review" else rng.randint(0, 3)
    comments = rng.choice((1, 1, 2)) if rng.random() < 0.15 else 0
    title, body = samples.post_words(rng, code)
    return Spec(
        n,
        when,
        tuple(chosen),
        ctype,
        status,
        tuple(steps),
        tuple(decisions),
        ticks,
        comments,
        title,
        body,
    )


def _rows_of(s: Spec) -> int:
    checks = len(DEFAULT_CHECKLIST) if s.checks >= 0 else 0
    return 1 + len(s.accounts) + len(s.steps) + checks + len(s.decisions) + s.comments


def plan_posts(ctx: DemoContext) -> Planned:
    total = sum(_rows_of(s) for s in _specs(ctx))
    return Planned(total, _chunks(ctx))


class _People:
    """Ids and names the chunks need, read once the earlier steps have written."""

    def __init__(self, ctx: DemoContext) -> None:
        con = ctx.connection
        self.rng = ctx.rng("posts-people")
        handles = {
            h: (i, c)
            for i, h, c in con.execute(
                select(Account.id, Account.handle, Platform.code).join(
                    Platform, Account.platform_id == Platform.id
                )
            )
        }
        self.accounts = [handles[h] for _c, h, _a in _accounts(ctx.scale)]
        self.types = dict(con.execute(select(ContentType.code, ContentType.id)).all())
        self.names = {
            i: (u, n) for i, u, n in con.execute(select(Member.id, Member.uuid, Member.name))
        }
        self.editors = member_ids(ctx, "content", "operations") or list(self.names)
        self.makers = member_ids(ctx, "content") or self.editors
        self.approvers = member_ids(ctx, "strategy", "pr", "lead") or self.editors
        self.campaigns = list(
            con.execute(select(Campaign.id, Campaign.start_date, Campaign.end_date)).all()
        )

    def campaign(self, day: date) -> int | None:
        running = [i for i, start, end in self.campaigns if start <= day <= end]
        return self.rng.choice(running) if running and self.rng.random() < 0.6 else None


def _chunks(ctx: DemoContext) -> Iterator[Chunk]:
    people = _People(ctx)
    batch: dict[str, list[Row]] = {t.name: [] for t in TABLES}
    for spec in _specs(ctx):
        _write(ctx, people, spec, batch)
        if len(batch["posts"]) >= BATCH:
            yield from _flush(batch)
    yield from _flush(batch)


def _flush(batch: dict[str, list[Row]]) -> Iterator[Chunk]:
    for table in TABLES:  # posts first: the others point at them
        rows = batch[table.name]
        for i in range(0, len(rows), CHUNK_ROWS):
            yield Chunk(table, rows[i : i + CHUNK_ROWS])
        batch[table.name] = []


def _at(day: date, rng: random.Random, today: date) -> datetime:
    return moment(min(day, today - timedelta(days=1)), rng)


def _write(ctx: DemoContext, p: _People, s: Spec, out: dict[str, list[Row]]) -> None:
    rng, today = p.rng, ctx.today
    day = s.when.date() if s.when else today
    created = min(day - timedelta(days=rng.randint(12, 40)), ctx.last_day)
    base = record(rng, created, min(day, ctx.last_day))
    owner = rng.choice(p.editors)
    reasons = [rng.choice(samples.REJECTIONS) if d == "reject" else "" for d in s.decisions]
    reject_reason = reasons[-1] if reasons else ""
    code = p.accounts[s.accounts[0]][1]
    out["posts"].append(
        base
        | {
            "id": s.n,
            "title": s.title,
            "body": s.body,
            "content_type_id": p.types[s.ctype],
            "status": s.status,
            "owner_id": owner,
            "campaign_id": p.campaign(day) if s.when else None,
            "pillar_id": None,
            "scheduled_at": s.when,
            "tags": "露米 新品" if code not in samples.ENGLISH_PLATFORMS else "lumio",
            "notes": "",
            "rejection_reason": reject_reason if s.status == "drafting" else "",
            "review_round": len(s.decisions) + (1 if s.status == "in_review" else 0),
            "import_id": None,
        }
    )
    target_status = {"published": "published", "scheduled": "scheduled", "cancelled": "cancelled"}
    for order, index in enumerate(s.accounts):
        account_id, platform = p.accounts[index]
        published = s.status == "published" and s.when is not None
        out["post_targets"].append(
            record(rng, created)
            | {
                "post_id": s.n,
                "account_id": account_id,
                "text": "",
                "scheduled_at": None,
                "status": target_status.get(s.status, "pending"),
                "published_url": f"https://{platform}.example/{s.n}-{order}" if published else "",
                "published_at": s.when + timedelta(minutes=rng.randint(0, 9))
                if published and s.when
                else None,
                "sort_order": order,
                "import_id": None,
            }
        )
    for order, (name, due, done) in enumerate(s.steps):
        finished = None
        if done:
            finished = _at(
                due + timedelta(days=rng.randint(1, 2))
                if done == 2
                else due - timedelta(days=rng.randint(0, 2)),
                rng,
                today,
            )
        maker = rng.choice(p.makers if name in ("Script", "Copy", "Design") else p.editors)
        out["production_steps"].append(
            record(rng, created)
            | {
                "post_id": s.n,
                "name": name,
                "assignee_id": maker,
                "due": due,
                "done_at": finished,
                "sort_order": order,
            }
        )
    reviewer = rng.choice(p.approvers)
    if s.checks >= 0:
        for order, label in enumerate(DEFAULT_CHECKLIST):
            ticked = order < s.checks
            out["review_checks"].append(
                record(rng, created)
                | {
                    "post_id": s.n,
                    "label": label,
                    "checked": ticked,
                    "checked_by": p.names[reviewer][1] if ticked else "",
                    "sort_order": order,
                }
            )
    for round_, (decision, reason) in enumerate(zip(s.decisions, reasons, strict=True), 1):
        uuid, name = p.names[reviewer]
        out["post_approvals"].append(
            record(rng, created)
            | {
                "post_id": s.n,
                "member_uuid": uuid,
                "member_name": name,
                "step": 0,
                "decision": decision,
                "reason": reason,
                "round": round_,
                "at": _at(day - timedelta(days=3 - round_), rng, today),
            }
        )
    for _ in range(s.comments):
        who = rng.choice([owner, reviewer])
        uuid, name = p.names[who]
        out["post_comments"].append(
            record(rng, created)
            | {
                "post_id": s.n,
                "member_uuid": uuid,
                "member_name": name,
                "body": rng.choice(samples.COMMENTS),
                "at": _at(day - timedelta(days=rng.randint(1, 6)), rng, today),
            }
        )
