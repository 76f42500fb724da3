"""Demo inbox: messages on every demo account, replies, and one crisis episode.

``small``: about 3,000 messages over the last year (replies logged for the answered
ones). ``large``: exactly 1,000,000 messages over three years, for the benchmarks. Rows
go in through Core; the full-text index is switched off while they do and rebuilt once
at the end (much faster than a trigger per row). Due times and first responses follow
the default SLA (Mon–Fri 09:00–18:00 in UTC+8, two hours) through a fast closed-form
clock checked against ``app.inbox.hours`` by the tests. The crisis: a batch of scented
candles cracking, a burst of complaints one afternoon a week before ``today``; the
seeder then raises its spike alert and opens the incident, with saved replies and rules.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, literal, select

from app.accounts.models import Account, Platform
from app.db.database import Database
from app.demo.rows import (
    HISTORY_YEARS,
    Chunk,
    DemoContext,
    Planned,
    Row,
    Step,
    demo_uuid,
    table_of,
    years_before,
)
from app.inbox import demo_texts as words
from app.inbox import search
from app.inbox.demo_story import crisis_start, tell
from app.inbox.models import MESSAGE_TAGS, MESSAGES, Message, Reply
from app.team.demo import member_ids
from app.team.models import Member

REPLIES = table_of(Reply)
SMALL_MESSAGES = 3000
LARGE_MESSAGES = 1_000_000
CHUNK = 5000
EN_PLATFORMS = frozenset({"instagram", "facebook"})
KINDS = (("comment", 60), ("direct_message", 20), ("reply", 10), ("mention", 7), ("review", 3))
SENTIMENTS = (("positive", 45), ("neutral", 35), ("negative", 20))
CRISIS_MESSAGES = 40
BUSY_MESSAGES = 500  # extra messages in the fortnight around the crisis

# The default SLA as a closed form: business seconds counted from 1970-01-01 (a Thursday)
# in UTC+8, 09:00–18:00 Monday to Friday.
_OFFSET = 8 * 3600
_OPEN, _CLOSE = 9 * 3600, 18 * 3600
_DAY_SECONDS = _CLOSE - _OPEN
_TARGET = 2 * 3600


# Day 0 is a Thursday: within each week from it, days 0, 1, 4, 5 and 6 are workdays.
_WORKDAY_AT = (0, 1, 4, 5, 6)
_WORKDAYS_BEFORE = (0, 1, 2, 2, 2, 3, 4)  # workdays among the first n days of a week


def _workday(day: int) -> bool:
    return day % 7 in _WORKDAY_AT


def business_clock(moment: datetime) -> int:
    """Business seconds from the epoch to ``moment`` under the default SLA."""
    local = int(moment.timestamp()) + _OFFSET
    day, second = divmod(local, 86400)
    inside = min(max(second - _OPEN, 0), _DAY_SECONDS) if _workday(day) else 0
    before = day // 7 * 5 + _WORKDAYS_BEFORE[day % 7]
    return before * _DAY_SECONDS + inside


def from_business_clock(total: int) -> datetime:
    """The earliest moment whose business clock reads ``total``."""
    workdays, inside = divmod(total, _DAY_SECONDS)
    if inside == 0 and workdays:  # the end of a working day, not the next morning
        workdays, inside = workdays - 1, _DAY_SECONDS
    weeks, nth = divmod(workdays, 5)
    day = weeks * 7 + _WORKDAY_AT[nth]
    return datetime.fromtimestamp(day * 86400 + _OPEN + inside - _OFFSET, UTC)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def _text(rng: random.Random, english: bool, feeling: str) -> str:
    pool = (words.EN if english else words.ZH)[feeling]
    products = words.PRODUCTS_EN if english else words.PRODUCTS_ZH
    return rng.choice(pool).format(p=rng.choice(products), n=rng.randint(2, 15))


def _tags(text: str) -> list[str]:
    folded = text.casefold()
    return [tag for _n, keys, tag, _p, _a in words.RULES if any(k in folded for k in keys)]


class _Writer:
    """Builds message rows (and their tags and replies) with ids given up front."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("inbox")
        q = select(Account.id, Platform.code).join(Platform, Platform.id == Account.platform_id)
        self.accounts = [(i, code) for i, code in ctx.connection.execute(q.order_by(Account.id))]
        self.operators: list[int | None] = [*member_ids(ctx, "operations", "pr")] or [None]
        self.names = {m: n for m, n in ctx.connection.execute(select(Member.id, Member.name))}
        self.now = datetime(ctx.today.year, ctx.today.month, ctx.today.day, 4, tzinfo=UTC)
        self.next_id = 1

    def row(
        self, account: tuple[int, str], at: datetime, text: str, feeling: str, kind: str
    ) -> Row:
        rng = self.rng
        english = account[1] in EN_PLATFORMS
        names = words.FIRST_NAMES_EN if english else words.FIRST_NAMES_ZH
        author = rng.choice(names)
        age = self.now - at
        received_clock = business_clock(at)
        due = from_business_clock(received_clock + _TARGET)
        status, answered = "new", False
        if age > timedelta(days=3):
            status = _weighted(rng, (("closed", 85), ("waiting", 10), ("open", 5)))
            answered = rng.random() < 0.93
        elif age > timedelta(hours=6):
            status = _weighted(rng, (("open", 50), ("new", 30), ("waiting", 20)))
            answered = status == "waiting"
        assignee = rng.choice(self.operators) if status != "new" else None
        first_at: datetime | None = None
        seconds: int | None = None
        if answered:
            seconds = int(rng.lognormvariate(8.0, 1.0))  # a median of about 50 minutes
            first_at = from_business_clock(received_clock + seconds)
            if first_at > self.now:
                first_at, seconds, answered = None, None, False
        message_id = self.next_id
        self.next_id += 1
        return {
            "id": message_id,
            "uuid": demo_uuid(rng),
            "created_at": at,
            "updated_at": first_at or at,
            "version": 1,
            "account_id": account[0],
            "kind": kind,
            "author_name": author,
            "author_handle": f"{author.lower()}_{rng.randrange(10_000)}",
            "text": text,
            "received_at": at,
            "platform_message_id": f"{account[1]}-{message_id}",
            "dedup_key": f"id:{account[1]}-{message_id}",
            "post_ref": f"p{rng.randrange(5000)}" if kind in ("comment", "reply") else "",
            "post_link": "",
            "calendar_post_uuid": None,
            "thread_ref": f"dm-{rng.randrange(100_000)}" if kind == "direct_message" else "",
            "status": status,
            "assignee_id": assignee,
            "priority": 2 if feeling == "negative" and rng.random() < 0.3 else 1,
            "tags": "\n".join(sorted(_tags(text))),
            "notes": "",
            "sentiment": feeling,
            "sentiment_confidence": round(rng.uniform(0.6, 0.99), 3),
            "sentiment_corrected": False,
            "due_at": due,
            "first_response_at": first_at,
            "first_response_seconds": seconds,
            "first_responder_id": assignee if first_at else None,
            "import_id": None,
        }


def _chunks(ctx: DemoContext, total: int) -> Iterator[Chunk]:
    w = _Writer(ctx)
    rng = w.rng
    large = ctx.scale == "large"
    first = years_before(ctx.today, HISTORY_YEARS if large else 1)
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    crisis_at = crisis_start(ctx.today)
    crisis_account = next((a for a in w.accounts if a[1] == "weibo"), w.accounts[0])
    regular = total - CRISIS_MESSAGES
    search.drop_sync(ctx.connection)
    rows: list[Row] = []
    replies: list[Row] = []
    crisis_done = False
    for at in _moments(rng, start, w.now, crisis_at, regular):
        if not crisis_done and at >= crisis_at:
            crisis_done = True
            for n in range(CRISIS_MESSAGES):
                moment = crisis_at + timedelta(minutes=4 * n + rng.randrange(4))
                text = words.CRISIS_ZH[n % len(words.CRISIS_ZH)]
                rows.append(w.row(crisis_account, moment, text, "negative", "comment"))
        account = rng.choice(w.accounts)
        feeling = _weighted(rng, SENTIMENTS)
        text = _text(rng, account[1] in EN_PLATFORMS, feeling)
        rows.append(w.row(account, at, text, feeling, _weighted(rng, KINDS)))
        if len(rows) >= CHUNK:
            if not large:
                replies += _replies(w, rows)
            yield Chunk(MESSAGES, rows)
            rows = []
    if not large:
        replies += _replies(w, rows)
    if rows:
        yield Chunk(MESSAGES, rows)
    # Tags and replies ride along outside the progress count (it counts messages).
    con = ctx.connection
    for _name, _keys, tag, _priority, _alert in words.RULES:
        tagged = (literal("\n") + MESSAGES.c.tags + literal("\n")).contains(f"\n{tag}\n")
        chosen = select(MESSAGES.c.id, literal(tag)).where(tagged)
        con.execute(insert(MESSAGE_TAGS).from_select(["message_id", "tag"], chosen))
    for n in range(0, len(replies), CHUNK):
        con.execute(insert(REPLIES), replies[n : n + CHUNK])
    search.restore_sync(con)


def _moments(
    rng: random.Random, start: datetime, end: datetime, crisis: datetime, count: int
) -> Iterator[datetime]:
    """``count`` times in order: spread over [start, end), with a busier fortnight
    around the crisis (the run-up to it gives the spike detector its baseline)."""
    busy = min(count // 4, BUSY_MESSAGES)
    busy_start = max(start, crisis - timedelta(days=9))
    calm = (end - start).total_seconds()
    hot = (end - busy_start).total_seconds()
    offsets = [calm * (i + rng.random()) / (count - busy) for i in range(count - busy)]
    base = (busy_start - start).total_seconds()
    offsets += [base + hot * (i + rng.random()) / busy for i in range(busy)]
    offsets.sort()
    for offset in offsets:
        yield start + timedelta(seconds=offset)


def _replies(w: _Writer, rows: list[Row]) -> list[Row]:
    """One logged reply per answered message (small demo)."""
    out = []
    for r in rows:
        if r["first_response_at"] is None:
            continue
        texts = words.REPLIES_EN if r["text"].isascii() else words.REPLIES_ZH
        out.append(
            {
                "uuid": demo_uuid(w.rng),
                "created_at": r["first_response_at"],
                "updated_at": r["first_response_at"],
                "version": 1,
                "message_id": r["id"],
                "text": texts[r["sentiment"]],
                "member_id": r["first_responder_id"],
                "member_name": w.names.get(r["first_responder_id"], ""),
                "sent_at": r["first_response_at"],
            }
        )
    return out


def _plan(ctx: DemoContext) -> Planned:
    total = LARGE_MESSAGES if ctx.scale == "large" else SMALL_MESSAGES
    return Planned(total, _chunks(ctx, total))


STEPS: tuple[Step, ...] = (Step("inbox messages", (MESSAGES,), _plan),)


def seed_demo_inbox(db: Database, today: date, rng: random.Random) -> None:
    """Saved replies, rules, the crisis's alert and incident (through the service)."""
    tell(db, today, rng)


__all__ = ["STEPS", "Message", "business_clock", "from_business_clock", "seed_demo_inbox"]
