"""Top and bottom posts of a period, ranked in SQL; campaigns for the filter.

A post's value of a metric is its largest stored value (the lifetime total, or the
latest snapshot of a cumulative count). Posts count in the period they were published in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, case, func, select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.calendar.links import match_published
from app.calendar.models import Campaign
from app.kpi.analytics_types import TopPost
from app.kpi.derived import ENGAGEMENT_PARTS
from app.kpi.models import Metric, PlatformPost, PostMetric
from app.kpi.scope import Scope

POSTS = cast(Table, PlatformPost.__table__)
VALUES = cast(Table, PostMetric.__table__)
SHOWN = ("views", "likes", "comments", "shares", *ENGAGEMENT_PARTS)


def campaigns(s: Session) -> list[tuple[str, str]]:
    rows = s.execute(
        select(Campaign.uuid, Campaign.name).order_by(Campaign.start_date.desc(), Campaign.id)
    )
    return [(u, n) for u, n in rows]


def ranked(s: Session, scope: Scope, metric: str, limit: int, bottom: bool) -> list[TopPost]:
    wanted = set(SHOWN) | ({metric} if metric != "engagement_rate" else set())
    ids = {
        c: i for c, i in s.execute(select(Metric.code, Metric.id).where(Metric.code.in_(wanted)))
    }
    if metric != "engagement_rate" and metric not in ids:
        return []

    def value_of(code: str) -> Any:
        mid = ids.get(code, -1)
        return func.max(case((VALUES.c.metric_id == mid, VALUES.c.value)))

    cols = {code: value_of(code) for code in wanted}
    parts = [func.coalesce(cols[p], 0.0) for p in ENGAGEMENT_PARTS]
    engaged = parts[0] + parts[1] + parts[2] + parts[3]
    rate = engaged * 100.0 / func.nullif(cols["views"], 0.0)
    sort = rate if metric == "engagement_rate" else cols[metric]
    start = datetime.combine(scope.period.start, time())
    end = datetime.combine(scope.period.end + timedelta(days=1), time())
    published = select(POSTS.c.id).where(POSTS.c.published_at >= start, POSTS.c.published_at < end)
    if scope.account_ids is not None:
        published = published.where(POSTS.c.account_id.in_(scope.account_ids))
    # The period's posts first (by publish time), then their values by post: an
    # IN (subquery) keeps both planners from reading every value of the metrics.
    inner = (
        select(
            VALUES.c.post_id.label("id"),
            *(cols[c].label(c) for c in ("views", "likes", "comments", "shares")),
            rate.label("rate"),
            sort.label("sort"),
        )
        .where(VALUES.c.post_id.in_(published), VALUES.c.metric_id.in_(list(ids.values())))
        .group_by(VALUES.c.post_id)
    )
    ranked_rows = inner.subquery()
    order = ranked_rows.c.sort.asc() if bottom else ranked_rows.c.sort.desc()
    query = (
        select(
            ranked_rows,
            Platform.code,
            Platform.name_en,
            Platform.name_zh,
            Account.uuid,
            Account.handle,
            PlatformPost.title,
            PlatformPost.permalink,
            PlatformPost.post_type,
            PlatformPost.published_at,
        )
        .join(PlatformPost, PlatformPost.id == ranked_rows.c.id)
        .join(Platform, Platform.id == PlatformPost.platform_id)
        .outerjoin(Account, Account.id == PlatformPost.account_id)
        .where(ranked_rows.c.sort.is_not(None))
        .order_by(order, ranked_rows.c.id)
        .limit(limit)
    )
    out = []
    for r in s.execute(query).mappings():
        out.append(
            TopPost(
                post_id=r["id"],
                platform_code=r["code"],
                platform_en=r["name_en"],
                platform_zh=r["name_zh"],
                account_uuid=r["uuid"],
                account_handle=r["handle"] or "",
                title=r["title"],
                permalink=r["permalink"],
                post_type=r["post_type"],
                published_at=r["published_at"],
                views=r["views"],
                likes=r["likes"],
                comments=r["comments"],
                shares=r["shares"],
                engagement_rate=r["rate"],
                sort_value=r["sort"],
                calendar_post_uuid=None,
            )
        )
    return _linked(s, out)


def _linked(s: Session, found: list[TopPost]) -> list[TopPost]:
    """Name each post's calendar post: the one whose published link is its permalink."""
    links = [p.permalink for p in found if p.permalink]
    if not links:
        return found
    uuids = match_published(s, links)
    return [replace(p, calendar_post_uuid=uuids.get(p.permalink)) for p in found]
