"""A small KPI data set whose every total can be worked out by hand (2024, a leap year).

Two accounts, every day from 2024-01-01 to 2024-03-31 (day index i = 0 … 90):

- 品牌微博 on Weibo (``brand_wb``): views 1000, likes 50, comments 10, shares 5,
  saves 5, clicks 100, conversions 4, revenue 500, ad spend 100, completion rate 0.2,
  followers 10000 + 10·(i+1), follower change 10;
- Lumio on Douyin (``lumio_dy``): views 3000, likes 60, comments 30, completion rate
  0.5, followers 5000 + 5·(i+1), follower change 5.

Posts: three of brand_wb in March (views 100, 500, 300) and one of lumio_dy in February.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.accounts.service import AccountsService
from app.accounts.types import AccountDraft
from app.db.database import Database
from app.kpi.models import AccountMetric, Metric, PlatformPost, PostMetric

FIRST = date(2024, 1, 1)
LAST = date(2024, 3, 31)
WEIBO_DAILY = {
    "views": 1000,
    "likes": 50,
    "comments": 10,
    "shares": 5,
    "saves": 5,
    "clicks": 100,
    "conversions": 4,
    "revenue": 500,
    "ad_spend": 100,
    "completion_rate": 0.2,
    "follower_change": 10,
}
DOUYIN_DAILY = {
    "views": 3000,
    "likes": 60,
    "comments": 30,
    "completion_rate": 0.5,
    "follower_change": 5,
}


@dataclass(frozen=True)
class Known:
    weibo: str  # account uuids
    douyin: str


def days() -> list[date]:
    return [FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)]


def set_value(db: Database, account_uuid: str, day: date, code: str, value: float) -> None:
    """Change one stored daily value (a planted spike)."""
    from app.accounts.models import Account

    with db.session() as s:
        account_id = s.scalar(select(Account.id).where(Account.uuid == account_uuid))
        metric_id = s.scalar(select(Metric.id).where(Metric.code == code))
        row = s.scalar(
            select(AccountMetric).where(
                AccountMetric.account_id == account_id,
                AccountMetric.day == day,
                AccountMetric.metric_id == metric_id,
            )
        )
        assert row is not None
        row.value = value


def load(db: Database) -> Known:
    service = AccountsService(db)
    platforms = {p.code: p for p in service.list_platforms()}
    weibo = service.add_account(AccountDraft(platforms["weibo"].uuid, "brand_wb", "品牌微博"))
    douyin = service.add_account(AccountDraft(platforms["douyin"].uuid, "lumio_dy", "Lumio"))
    from app.accounts.models import Account, Platform

    with db.session() as s:
        ids: dict[str, int] = {c: i for c, i in s.execute(select(Metric.code, Metric.id))}
        account_ids: dict[str, int] = {u: i for u, i in s.execute(select(Account.uuid, Account.id))}
        platform_ids: dict[str, int] = {
            c: i for c, i in s.execute(select(Platform.code, Platform.id))
        }
        rows = []
        for i, day in enumerate(days()):
            for uuid, daily, base, step in (
                (weibo.uuid, WEIBO_DAILY, 10000, 10),
                (douyin.uuid, DOUYIN_DAILY, 5000, 5),
            ):
                values = {**daily, "followers": base + step * (i + 1)}
                rows += [
                    AccountMetric(
                        account_id=account_ids[uuid], day=day, metric_id=ids[c], value=float(v)
                    )
                    for c, v in values.items()
                ]
        s.add_all(rows)
        posts = (
            (weibo.uuid, "weibo", "三月新品", datetime(2024, 3, 5, 10), 100, 10),
            (weibo.uuid, "weibo", "直播预告", datetime(2024, 3, 12, 20), 500, 20),
            (weibo.uuid, "weibo", "用户故事", datetime(2024, 3, 31, 23, 30), 300, 30),
            (douyin.uuid, "douyin", "二月花絮", datetime(2024, 2, 20, 9), 9000, 90),
        )
        for n, (uuid, platform, title, at, views, likes) in enumerate(posts, start=1):
            post = PlatformPost(
                platform_id=platform_ids[platform],
                post_ref=f"p{n}",
                account_id=account_ids[uuid],
                title=title,
                published_at=at,
            )
            s.add(post)
            s.flush()
            for code, value in (("views", views), ("likes", likes)):
                s.add(PostMetric(post_id=post.id, metric_id=ids[code], value=float(value)))
            # A snapshot below the lifetime total: the larger value counts.
            s.add(
                PostMetric(
                    post_id=post.id,
                    metric_id=ids["views"],
                    snapshot_date=at.date(),
                    value=views / 2,
                )
            )
    return Known(weibo.uuid, douyin.uuid)


@pytest.fixture
def known(db: Database) -> Known:
    return load(db)
