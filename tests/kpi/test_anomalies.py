"""Spikes and drops marked against each series' own baseline (rolling median + MAD)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from app.db.database import Database
from app.kpi.analytics import KpiService
from app.kpi.analytics_types import KpiFilter
from app.kpi.anomalies import find_anomalies
from tests.kpi.known import Known, set_value

START = date(2025, 1, 1)


def _days(n: int) -> list[date]:
    return [START + timedelta(days=i) for i in range(n)]


def _noisy(n: int, seed: int = 7) -> list[float | None]:
    rng = random.Random(seed)
    # A weekly rhythm with noise and growth: nothing in it is unusual.
    return [
        1000 * (1 + i / 200) * (1.15 if i % 7 in (5, 6) else 1.0) * rng.uniform(0.9, 1.1)
        for i in range(n)
    ]


def test_planted_spikes_and_drops_are_marked_and_nothing_else() -> None:
    values = _noisy(120)
    values[40] = values[40] * 5  # type: ignore[operator]
    values[75] = values[75] * 0.2  # type: ignore[operator]
    values[100] = values[100] * 3  # type: ignore[operator]
    marks = find_anomalies("views", "", _days(120), values)
    assert [(m.day, m.kind) for m in marks] == [
        (START + timedelta(days=40), "spike"),
        (START + timedelta(days=75), "drop"),
        (START + timedelta(days=100), "spike"),
    ]
    # The spike does not lift the baseline of the days after it (a median, not a mean).
    assert marks[0].baseline < 1300


def test_a_series_with_only_noise_has_no_marks() -> None:
    for seed in range(5):
        assert find_anomalies("views", "", _days(200), _noisy(200, seed)) == []


def test_growth_is_not_a_spike_and_gaps_are_skipped() -> None:
    steady = [float(100 + 2 * i) for i in range(60)]
    assert find_anomalies("followers", "", _days(60), steady) == []
    gappy: list[float | None] = [100.0, None, 101.0, 99.0, None, 100.0, 102.0, 98.0, 100.0, 900.0]
    [mark] = find_anomalies("views", "", _days(10), gappy)
    assert mark.day == START + timedelta(days=9)


def test_too_little_history_marks_nothing() -> None:
    assert find_anomalies("views", "", _days(5), [1.0, 1.0, 1.0, 1.0, 500.0]) == []


def test_the_tooltip_explains_the_method_in_both_languages() -> None:
    values: list[float | None] = [100.0] * 30 + [800.0]
    [mark] = find_anomalies("views", "", _days(31), values)
    assert mark.explanation("en") == (
        "Unusual spike: 800 against a median of 100 over the previous 28 points, about 8.0× "
        "the baseline. That is 70.0 times the usual spread (median absolute deviation "
        "× 1.4826, at least 10 % of the baseline); beyond 3.5 times is marked."
    )
    assert mark.explanation("zh_CN").startswith("异常高峰：800，前 28 个点的中位数为 100")


def test_the_service_marks_a_planted_spike_in_stored_data(db: Database, known: Known) -> None:
    set_value(db, known.weibo, date(2024, 3, 15), "views", 9000)
    set_value(db, known.douyin, date(2024, 3, 20), "views", 100)
    flt = KpiFilter(preset="month", metrics=("views",), group_by="account")
    marks = KpiService(db).anomalies(flt, date(2024, 3, 31))
    assert [(m.group, m.day, m.kind) for m in marks] == [
        (known.weibo, date(2024, 3, 15), "spike"),
        (known.douyin, date(2024, 3, 20), "drop"),
    ]
    # All accounts together: the spike still shows (9000 + 3000 against 4000).
    together = KpiService(db).anomalies(replace(flt, group_by="none"), date(2024, 3, 31))
    assert [(m.day, m.kind) for m in together] == [
        (date(2024, 3, 15), "spike"),
        (date(2024, 3, 20), "drop"),
    ]


def test_series_and_anomalies_from_one_read_match_the_separate_calls(
    db: Database, known: Known
) -> None:
    set_value(db, known.weibo, date(2024, 3, 15), "views", 9000)
    service = KpiService(db)
    for granularity in ("day", "week"):
        flt = KpiFilter(preset="month", metrics=("views", "likes"), granularity=granularity)  # type: ignore[arg-type]
        lines, marks = service.series_with_anomalies(flt, date(2024, 3, 31))
        assert lines == service.series(flt, date(2024, 3, 31))
        assert marks == service.anomalies(flt, date(2024, 3, 31))
