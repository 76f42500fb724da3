"""Which backups rotation keeps: the last ten, then dailies, weeklies and monthlies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.db.backup import KEEP_DAILY, KEEP_LAST, KEEP_MONTHLY, KEEP_WEEKLY, choose_kept

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # a Thursday


def hours_ago(*hours: float) -> list[datetime]:
    return [NOW - timedelta(hours=h) for h in hours]


def days_ago(*days: float) -> list[datetime]:
    return [NOW - timedelta(days=d) for d in days]


def test_the_documented_policy() -> None:
    assert (KEEP_LAST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY) == (10, 7, 4, 12)


@pytest.mark.parametrize(
    ("created", "expected_kept"),
    [
        pytest.param([], [], id="nothing"),
        pytest.param(hours_ago(1, 2, 3), hours_ago(1, 2, 3), id="few: all kept"),
        pytest.param(
            [NOW - timedelta(minutes=m) for m in range(15)],
            [NOW - timedelta(minutes=m) for m in range(10)],
            id="fifteen today: the last ten",
        ),
        pytest.param(
            [NOW - timedelta(minutes=m) for m in range(10)] + days_ago(1, 1.1, 2),
            [NOW - timedelta(minutes=m) for m in range(10)] + days_ago(1, 2),
            id="older days: the newest of each day",
        ),
        pytest.param(
            [NOW - timedelta(minutes=m) for m in range(10)] + days_ago(*range(1, 31)),
            [NOW - timedelta(minutes=m) for m in range(10)]
            # Dailies: 2 Dec back to 26 Nov. Weeklies: the Sundays 22, 15 and 8 Nov end
            # older ISO weeks; 3 Nov falls in 8 Nov's week, and November is covered.
            + days_ago(1, 2, 3, 4, 5, 6, 7)
            + days_ago(11, 18, 25),
            id="a backup a day for a month",
        ),
        pytest.param(
            [NOW - timedelta(minutes=m) for m in range(10)] + days_ago(*range(40, 800, 10)),
            [NOW - timedelta(minutes=m) for m in range(10)]
            + days_ago(40, 50, 60, 70, 80, 90, 100)  # seven days with backups
            + days_ago(110, 120, 130, 140)  # four weeks, 15 Aug back to 16 Jul
            # Twelve months: 26 Jun 2026 back to 31 Jul 2025 (6 Jul shares July).
            + days_ago(160, 190, 220, 250, 280, 310, 340, 370, 400, 430, 460, 490),
            id="sporadic use: history reaches back a year and more",
        ),
    ],
)
def test_choice_of_backups_to_keep(created: list[datetime], expected_kept: list[datetime]) -> None:
    assert choose_kept(created) == set(expected_kept)


def test_a_week_away_does_not_age_out_the_dailies() -> None:
    # Ten backups today, and one each day of the week before a week's holiday.
    before_holiday = days_ago(8, 9, 10, 11, 12, 13, 14)
    today = [NOW - timedelta(minutes=m) for m in range(10)]
    assert choose_kept(today + before_holiday) == set(today + before_holiday)


def test_keep_counts_can_be_changed() -> None:
    created = days_ago(0, 1, 2, 3)
    assert choose_kept(created, last=1, daily=1, weekly=0, monthly=0) == set(days_ago(0, 1))
