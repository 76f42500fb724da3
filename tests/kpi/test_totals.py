"""Period totals, derived metrics, series and filters on the known data set (tests/kpi/known.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.db.database import Database
from app.kpi.analytics import KpiService
from app.kpi.analytics_types import KpiFilter
from app.kpi.derived import DERIVED, compute
from tests.kpi.known import Known

MARCH = KpiFilter(preset="custom", start=date(2024, 3, 1), end=date(2024, 3, 31))
TODAY = date(2024, 3, 31)


def totals(db: Database, flt: KpiFilter, *codes: str) -> dict[str, float | None]:
    from dataclasses import replace

    found = KpiService(db).comparisons(replace(flt, metrics=codes), TODAY)
    return {c.metric: c.current for c in found}


def test_counts_are_summed_followers_are_the_last_day_rates_are_weighted(
    db: Database, known: Known
) -> None:
    got = totals(db, MARCH, "views", "likes", "revenue", "followers", "completion_rate")
    assert got["views"] == 31 * (1000 + 3000)
    assert got["likes"] == 31 * (50 + 60)
    assert got["revenue"] == 31 * 500
    # On March 31 (day 90): 10000 + 910 and 5000 + 455.
    assert got["followers"] == 10910 + 5455
    # Weighted by views: (0.2·1000 + 0.5·3000) / 4000, not the plain mean 0.35.
    assert got["completion_rate"] == pytest.approx(0.425)


def test_every_derived_metric_over_the_period(db: Database, known: Known) -> None:
    codes = [d.code for d in DERIVED if d.code != "first_response_time"]
    got = totals(db, MARCH, *codes)
    # (likes + comments + shares + saves) / views: (70 + 90) · 31 / (4000 · 31).
    assert got["engagement_rate"] == pytest.approx(4.0)
    assert got["conversion_rate"] == pytest.approx(4.0)  # 4 of 100 clicks
    assert got["roi"] == pytest.approx(4.0)  # (500 − 100) / 100
    assert got["roas"] == pytest.approx(5.0)
    assert got["cost_per_result"] == pytest.approx(25.0)  # 100 / 4
    # 465 new followers in March on 15900 at the start of it.
    assert got["follower_growth_pct"] == pytest.approx(465 / 15900 * 100)


def test_a_ratio_without_its_denominator_is_none_not_zero(db: Database, known: Known) -> None:
    douyin = KpiFilter(preset="custom", start=MARCH.start, end=MARCH.end, accounts=(known.douyin,))
    got = totals(db, douyin, "conversion_rate", "roi", "cost_per_result", "engagement_rate")
    assert got["conversion_rate"] is None and got["roi"] is None
    assert got["cost_per_result"] is None
    assert got["engagement_rate"] == pytest.approx(3.0)
    assert compute("roas", {"revenue": 10.0, "ad_spend": 0.0}) is None


def test_formulas_are_shown_in_both_languages() -> None:
    rate = next(d for d in DERIVED if d.code == "engagement_rate")
    assert rate.formula("en") == "(likes + comments + shares + saves) ÷ views × 100 %"
    assert "点赞" in rate.formula("zh_CN") and rate.name("zh_CN") == "互动率"


def test_comparison_with_the_preceding_and_the_calendar_previous_month(
    db: Database, known: Known
) -> None:
    from dataclasses import replace

    service = KpiService(db)
    [views] = service.comparisons(replace(MARCH, preset="month", metrics=("views",)), TODAY)
    # Preceding: Jan 30 – Feb 29 (31 days, leap year) holds as many views.
    assert (views.previous_period.start, views.previous_period.end) == (
        date(2024, 1, 30),
        date(2024, 2, 29),
    )
    assert (views.current, views.previous, views.change, views.change_percent) == (
        124000,
        124000,
        0,
        0,
    )
    calendar = replace(MARCH, preset="month", metrics=("views",), comparison="calendar")
    [views] = service.comparisons(calendar, TODAY)
    assert (views.previous_period.start, views.previous_period.end) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert views.previous == 29 * 4000
    assert views.change_percent == pytest.approx(8000 / 116000 * 100)
    assert views.improved is True


def test_series_by_day_week_and_month(db: Database, known: Known) -> None:
    from dataclasses import replace

    service = KpiService(db)
    q1 = KpiFilter(preset="quarter", metrics=("views", "followers", "engagement_rate"))
    by_day = service.series(q1, TODAY)
    views, followers, rate = by_day
    assert len(views.days) == 91 and set(views.values) == {4000.0}
    assert followers.values[-1] == 10910 + 5455
    assert rate.unit == "percent" and rate.values == pytest.approx([4.0] * 91)
    views, followers, _ = service.series(replace(q1, granularity="month"), TODAY)
    assert views.days == (date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1))
    assert views.values == (31 * 4000, 29 * 4000, 31 * 4000)
    # Each account's last value of the month, summed: Feb 29 is day 59.
    assert followers.values[1] == 10000 + 600 + 5000 + 300
    march = replace(MARCH, metrics=("views",), granularity="week")
    [weekly] = service.series(march, TODAY)
    # March 1 2024 is a Friday: the first week (from Monday Feb 26) has three days of it.
    assert weekly.days[0] == date(2024, 2, 26)
    assert weekly.values[:2] == (3 * 4000, 7 * 4000)
    assert weekly.total == 31 * 4000


def test_filters_and_groups(db: Database, known: Known) -> None:
    from dataclasses import replace

    service = KpiService(db)
    flt = replace(MARCH, metrics=("views",))
    assert totals(db, replace(flt, platforms=("douyin",)), "views")["views"] == 31 * 3000
    assert totals(db, replace(flt, accounts=(known.weibo,)), "views")["views"] == 31 * 1000
    assert totals(db, replace(flt, platforms=("bilibili",)), "views")["views"] is None
    lines = service.series(replace(flt, group_by="platform"), TODAY)
    assert {(s.group, s.group_name("zh_CN"), s.total) for s in lines} == {
        ("weibo", "微博", 31000),
        ("douyin", "抖音", 93000),
    }
    rows = service.breakdown(replace(flt, metrics=("views", "engagement_rate")), "account", TODAY)
    by_name = {r.name("en"): r.values for r in rows}
    assert by_name["Weibo · brand_wb"]["views"] == 31000
    assert by_name["Douyin · lumio_dy"]["engagement_rate"] == pytest.approx(3.0)


def test_a_campaign_narrows_the_dates(db: Database, known: Known) -> None:
    from dataclasses import replace

    from app.calendar.models import Campaign

    with db.session() as s:
        campaign = Campaign(
            name="春季上新", start_date=date(2024, 3, 10), end_date=date(2024, 3, 19)
        )
        s.add(campaign)
        s.flush()
        uuid = campaign.uuid
    service = KpiService(db)
    assert (uuid, "春季上新") in service.campaigns()
    flt = replace(MARCH, campaign=uuid, metrics=("views",))
    period, previous = service.period_of(flt, TODAY)
    assert (period.start, period.end) == (date(2024, 3, 10), date(2024, 3, 19))
    assert (previous.start, previous.end) == (date(2024, 2, 29), date(2024, 3, 9))
    assert totals(db, flt, "views")["views"] == 10 * 4000

    # A campaign on named accounts counts those accounts only.
    from sqlalchemy import select

    from app.accounts.models import Account

    with db.session() as s:
        weibo = s.scalar(select(Account).where(Account.uuid == known.weibo))
        assert weibo is not None
        campaign = Campaign(
            name="微博直播周",
            start_date=date(2024, 3, 10),
            end_date=date(2024, 3, 19),
            accounts=[weibo],
        )
        s.add(campaign)
        s.flush()
        on_weibo = campaign.uuid
    assert totals(db, replace(flt, campaign=on_weibo), "views")["views"] == 10 * 1000


def test_the_funnel_reads_from_widest_to_narrowest(db: Database, known: Known) -> None:
    steps = KpiService(db).funnel(MARCH, TODAY)
    assert [s.metric for s in steps] == [
        "impressions",
        "reach",
        "views",
        "engagements",
        "clicks",
        "conversions",
    ]
    values = {s.metric: s.current for s in steps}
    # Engagements not imported: the sum of their parts.
    assert values["engagements"] == 31 * (70 + 90)
    assert (values["impressions"], values["clicks"]) == (None, 31 * 100)
