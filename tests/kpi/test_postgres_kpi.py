"""The KPI aggregation gives the same numbers on PostgreSQL (date buckets, window query)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from app.db.database import open_database
from app.kpi.analytics import KpiService
from app.kpi.analytics_types import KpiFilter
from tests.kpi.known import load
from tests.postgres_server import running_server, server_binaries

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if server_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install PostgreSQL (scripts/install-system-deps.sh)")
        pytest.skip("no PostgreSQL server installed")
    with running_server() as url:
        yield url


def test_series_totals_and_posts_match_sqlite_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.execute(text("DROP SCHEMA public CASCADE"))
        con.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db = open_database(pg_url)
    try:
        load(db)
        service = KpiService(db)
        q1 = KpiFilter(preset="quarter", metrics=("views", "followers"), granularity="month")
        views, followers = service.series(q1, date(2024, 3, 31))
        assert views.days == (date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1))
        assert views.values == (31 * 4000, 29 * 4000, 31 * 4000)
        assert followers.values[1] == 10_600 + 5_300
        march = KpiFilter(
            preset="custom",
            start=date(2024, 3, 1),
            end=date(2024, 3, 31),
            metrics=("views",),
            granularity="week",
        )
        [weekly] = service.series(march, date(2024, 3, 31))
        assert (weekly.days[0], weekly.values[:2]) == (date(2024, 2, 26), (12_000, 28_000))
        rate, completion = service.comparisons(
            replace(march, metrics=("engagement_rate", "completion_rate"))
        )
        assert rate.current == pytest.approx(4.0)
        assert completion.current == pytest.approx(0.425)
        lines = service.series(replace(march, group_by="platform", granularity="month"))
        assert {(s.group, s.total) for s in lines} == {("weibo", 31_000), ("douyin", 93_000)}
        rows = service.breakdown(replace(march, metrics=("followers",)), "account")
        assert sorted(r.values["followers"] or 0 for r in rows) == [5_455, 10_910]
        assert [p.title for p in service.top_posts(march)] == ["直播预告", "用户故事", "三月新品"]
    finally:
        db.close()
