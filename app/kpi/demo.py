"""Demo KPI data: three years of daily metrics for every demo account, and post metrics.

Each account has its own size, growth and weekly rhythm (WeChat reads dip at the
weekend, Douyin and Xiaohongshu peak then), with a few viral spikes a year. ``small``
writes the core daily metrics and a post every third day per account; ``large`` every
account-level metric and as many posts (about 2.6 a day per account) as make a million
metric rows, for the benchmarks. Posts get explicit ids (their table is empty), so their values can
be written in the same pass without reading ids back.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

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
    table_of,
    years_before,
)
from app.kpi.models import AccountMetric, Metric, PlatformPost, PostMetric

DAILY = table_of(AccountMetric)
POSTS = table_of(PlatformPost)
POST_VALUES = table_of(PostMetric)

SMALL_DAILY = ("followers", "follower_change", "views", "likes", "comments", "shares")
LARGE_DAILY = (
    *SMALL_DAILY,
    "reach",
    "impressions",
    "saves",
    "clicks",
    "conversions",
    "revenue",
    "ad_spend",
)
SMALL_POST = ("views", "likes", "comments", "shares", "saves", "reach")
LARGE_POST = (
    *SMALL_POST,
    "impressions",
    "clicks",
    "engagements",
    "profile_visits",
    "follower_change",
    "completion_rate",
    "completion_rate_5s",
    "cover_click_rate",
    "bounce_rate_2s",
    "avg_watch_seconds",
    "video_seconds",
)
LARGE_METRIC_ROWS = 1_000_000
# Weekly rhythm, Monday first: share of an average day's activity.
WEEKEND_DIP = (1.05, 1.1, 1.1, 1.05, 1.0, 0.85, 0.85)
WEEKEND_PEAK = (0.9, 0.9, 0.95, 0.95, 1.05, 1.15, 1.1)
TITLES = ("新品上市", "夏日清单", "幕后花絮", "用户故事", "直播预告", "限时福利", "Tips", "Q&A")


def _days(ctx: DemoContext) -> list[date]:
    first = years_before(ctx.today, HISTORY_YEARS)
    return [first + timedelta(days=n) for n in range((ctx.last_day - first).days + 1)]


def _accounts_count(ctx: DemoContext) -> int:
    return len(ACCOUNTS) if ctx.scale == "large" else SMALL_ACCOUNTS


def _posts_per_account(ctx: DemoContext, days: int) -> int:
    """Small: a post every third day. Large: as many as make a million metric rows."""
    if ctx.scale == "small":
        return days // 3
    daily = _accounts_count(ctx) * days * len(LARGE_DAILY)
    return (LARGE_METRIC_ROWS - daily) // _accounts_count(ctx) // len(LARGE_POST)


def _plan(ctx: DemoContext) -> Planned:
    days = _days(ctx)
    accounts = _accounts_count(ctx)
    daily = LARGE_DAILY if ctx.scale == "large" else SMALL_DAILY
    per_post = LARGE_POST if ctx.scale == "large" else SMALL_POST
    posts = accounts * _posts_per_account(ctx, len(days))
    rows = accounts * len(days) * len(daily) + posts * (1 + len(per_post))
    return Planned(rows, _chunks(ctx, days, daily, per_post))


def _chunks(
    ctx: DemoContext, days: list[date], daily: tuple[str, ...], per_post: tuple[str, ...]
) -> Iterator[Chunk]:
    con = ctx.connection
    metric_ids: dict[str, int] = {c: i for c, i in con.execute(select(Metric.code, Metric.id))}
    accounts = con.execute(
        select(Account.id, Platform.code)
        .join(Platform, Account.platform_id == Platform.id)
        .order_by(Account.id)
    ).all()[: _accounts_count(ctx)]
    platforms: dict[str, int] = {c: i for c, i in con.execute(select(Platform.code, Platform.id))}
    next_post = 1
    for account_id, platform in accounts:
        rng = ctx.rng(f"kpi:{account_id}")
        curve = _Curve(rng, platform, days)
        yield from chunked(DAILY, _daily_rows(curve, account_id, days, daily, metric_ids))
        count = _posts_per_account(ctx, len(days))
        posts: list[Row] = []
        values: list[Row] = []
        for n in range(count):
            day = days[min(len(days) - 1, int(n * len(days) / count))]
            published = datetime(
                day.year, day.month, day.day, rng.randint(8, 21), rng.randrange(60)
            )
            post_id = next_post
            next_post += 1
            posts.append(
                {
                    "id": post_id,
                    "platform_id": platforms[platform],
                    "post_ref": f"demo-{account_id}-{n + 1}",
                    "account_id": account_id,
                    "title": f"{rng.choice(TITLES)} #{n + 1}",
                    "permalink": "",
                    "post_type": rng.choice(("视频", "图文")),
                    "published_at": published,
                    "import_id": None,
                }
            )
            views = curve.views(day) * rng.uniform(0.3, 2.5)
            for code in per_post:
                values.append(
                    {
                        "post_id": post_id,
                        "metric_id": metric_ids[code],
                        "snapshot_date": None,
                        "value": _post_value(code, views, rng),
                        "import_id": None,
                    }
                )
        yield from chunked(POSTS, posts)
        yield from chunked(POST_VALUES, values)


class _Curve:
    """One account's shape: size, growth, weekly rhythm and its spike days."""

    def __init__(self, rng: random.Random, platform: str, days: list[date]) -> None:
        self.base = rng.choice((800, 3000, 12000, 40000))
        self.growth = rng.uniform(0.4, 1.6)  # how many times bigger after three years
        self.rhythm = WEEKEND_DIP if platform == "wechat" else WEEKEND_PEAK
        self.first = days[0]
        self.span = max(1, len(days))
        self.spikes = {rng.choice(days): rng.uniform(3, 8) for _ in range(3 * len(days) // 365)}
        self.noise = rng

    def views(self, day: date) -> float:
        t = (day - self.first).days / self.span
        return (
            self.base
            * (1 + self.growth * t)
            * self.rhythm[day.weekday()]
            * self.spikes.get(day, 1.0)
            * self.noise.uniform(0.85, 1.15)
        )


def _daily_rows(
    curve: _Curve, account_id: int, days: list[date], codes: tuple[str, ...], ids: dict[str, int]
) -> Iterator[Row]:
    rng = curve.noise
    followers = curve.base * rng.uniform(2, 6)
    for day in days:
        views = curve.views(day)
        change = round(views * rng.uniform(0.002, 0.01) - rng.uniform(0, 3))
        followers += change
        values = {
            "followers": round(followers),
            "follower_change": change,
            "views": round(views),
            "likes": round(views * rng.uniform(0.02, 0.06)),
            "comments": round(views * rng.uniform(0.002, 0.008)),
            "shares": round(views * rng.uniform(0.001, 0.005)),
            "reach": round(views * rng.uniform(0.6, 0.9)),
            "impressions": round(views * rng.uniform(1.2, 1.8)),
            "saves": round(views * rng.uniform(0.004, 0.02)),
            "clicks": round(views * rng.uniform(0.005, 0.03)),
            "conversions": round(views * rng.uniform(0.0002, 0.001)),
            "revenue": round(views * rng.uniform(0.01, 0.05), 2),
            "ad_spend": round(views * rng.uniform(0.002, 0.01), 2),
        }
        for code in codes:
            yield {
                "account_id": account_id,
                "day": day,
                "metric_id": ids[code],
                "value": float(values[code]),
                "import_id": None,
            }


def _post_value(code: str, views: float, rng: random.Random) -> float:
    if code == "completion_rate":
        return round(rng.uniform(0.05, 0.45), 4)
    if code in ("completion_rate_5s", "cover_click_rate", "bounce_rate_2s"):
        return round(rng.uniform(0.05, 0.6), 4)
    if code == "avg_watch_seconds":
        return round(rng.uniform(4, 40), 1)
    if code == "video_seconds":
        return float(rng.randint(8, 180))
    share = {"views": 1.0, "reach": 0.8, "likes": 0.05, "comments": 0.006, "shares": 0.004}
    return float(round(views * share.get(code, 0.01) * rng.uniform(0.7, 1.3)))


STEPS: tuple[Step, ...] = (Step("kpi metrics", (DAILY, POSTS, POST_VALUES), _plan),)
