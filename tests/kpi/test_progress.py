"""Objective progress and pace on the known data set; the strategy health reads the same."""

from __future__ import annotations

from datetime import date

import pytest

from app.accounts.service import AccountsService
from app.db.database import Database
from app.kpi.analytics import KpiService
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.types import ObjectiveDraft, new_plan_draft
from tests.kpi.known import Known


def _plan(db: Database, known: Known) -> tuple[str, dict[str, str]]:
    """A March 2024 plan with an objective of every kind; returns its uuid and
    the objectives' uuids by a short name."""
    plan = StrategyService(db).add_plan(new_plan_draft("2024年3月", "month", date(2024, 3, 1)))
    douyin = next(p.uuid for p in AccountsService(db).list_platforms() if p.code == "douyin")
    drafts = {
        "views": ObjectiveDraft("views", 200_000),
        "followers": ObjectiveDraft("followers", 11_000, scope="account", scope_uuid=known.weibo),
        "growth": ObjectiveDraft("follower_growth", 100, scope="platform", scope_uuid=douyin),
        "conversion": ObjectiveDraft("conversion_rate", 3.0),
        "roi": ObjectiveDraft("roi", 5.0),
        "custom": ObjectiveDraft("custom", 10, custom_name="直播场次"),
        "response": ObjectiveDraft("first_response_time", 30),
        "spend": ObjectiveDraft("ad_spend", 2000, end_date=date(2024, 3, 10)),
        "douyin_views": ObjectiveDraft(
            "views", 100_000, scope="platform", scope_uuid=douyin, end_date=date(2024, 3, 10)
        ),
    }
    service = ObjectivesService(db)
    return plan.uuid, {k: service.add_objective(plan.uuid, d).uuid for k, d in drafts.items()}


def test_progress_and_pace_half_way_through_march(db: Database, known: Known) -> None:
    plan, ids = _plan(db, known)
    found = KpiService(db).objective_progress(plan, as_of=date(2024, 3, 16))
    got = {k: next(p for p in found if p.objective_uuid == u) for k, u in ids.items()}

    views = got["views"]  # 16 days of 4000 against 200,000 over 31 days
    assert (views.actual, views.days_left, views.status) == (64_000, 15, "behind")
    assert views.progress == pytest.approx(0.32)
    assert views.expected == pytest.approx(200_000 * 16 / 31)
    assert views.needed_per_day == pytest.approx((200_000 - 64_000) / 15)

    followers = got["followers"]  # the count on Mar 16; the line starts at Mar 1's count
    assert followers.actual == 10_760
    assert followers.expected == pytest.approx(10_610 + (11_000 - 10_610) * 16 / 31)
    assert followers.status == "behind"
    assert followers.needed_per_day == pytest.approx(240 / 15)

    growth = got["growth"]  # Douyin gains 5 a day: 80 by the 16th, ahead of 100·16/31
    assert (growth.actual, growth.status) == (80, "on_track")

    assert got["conversion"].actual == pytest.approx(4.0)
    assert got["conversion"].status == "met" and got["conversion"].needed_per_day is None
    assert got["roi"].progress == pytest.approx(0.8) and got["roi"].status == "behind"
    assert got["roi"].expected is None

    assert got["custom"].status == "unavailable" and got["custom"].actual is None
    # No inbox messages (or no inbox service yet): said, not failed.
    assert got["response"].status in ("no_data", "unavailable")
    assert got["response"].actual is None and got["response"].direction == "lower"

    # Ended on the 10th: ten days of 100 is 1000 of the 2000 aimed at.
    assert (got["spend"].actual, got["spend"].status) == (1000, "missed")
    assert got["spend"].as_of == date(2024, 3, 10) and got["spend"].days_left == 0
    assert (got["douyin_views"].actual, got["douyin_views"].status) == (30_000, "missed")


def test_met_targets_and_objectives_not_started(db: Database, known: Known) -> None:
    plan, ids = _plan(db, known)
    service = KpiService(db)
    before = service.objective_progress(plan, as_of=date(2024, 2, 20))
    assert {p.status for p in before} == {"not_started", "unavailable"}
    after = {p.objective_uuid: p for p in service.objective_progress(None, as_of=date(2024, 6, 1))}
    # Douyin's March: 31 × 5 new followers = 155 of 100.
    assert after[ids["growth"]].status == "met"
    assert after[ids["growth"]].progress == pytest.approx(1.55)
    assert after[ids["views"]].actual == 124_000 and after[ids["views"]].status == "missed"
    assert after[ids["views"]].as_of == date(2024, 3, 31)


def test_the_strategy_health_shows_the_same_actuals(db: Database, known: Known) -> None:
    plan, ids = _plan(db, known)
    health = StrategyService(db).plan_health(plan)
    assert health.kpi_available
    rows = {p.objective.uuid: p for p in health.objectives}
    assert rows[ids["views"]].actual == 124_000
    assert rows[ids["views"]].progress == pytest.approx(0.62)
    assert rows[ids["followers"]].actual == 10_910
    assert rows[ids["custom"]].actual is None
