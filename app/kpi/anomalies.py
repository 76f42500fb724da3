"""Unusual spikes and drops in a series, against the series' own recent baseline.

Robust on purpose: a rolling median and the median absolute deviation (MAD) are not
pulled along by the spikes they are looking for, as a mean and standard deviation are.
For each point, the baseline is the median of the ``window`` points before it, the
spread 1.4826 × their MAD (a standard deviation for normal data); the point's robust
z-score is (value − baseline) / spread. Beyond ``threshold`` (3.5, the usual cut-off for
the modified z-score) it is marked. A series needs ``min_history`` points of its own
before anything is marked. The spread is at least 10 % of the baseline: a weekly rhythm
(weekend peaks of 15–25 %) or a flat line's tiny wobble is not news, so a change has to
exceed 35 % of the baseline to be marked at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from statistics import median
from typing import Literal

from app.kpi.analytics_types import Anomaly, Series

WINDOW = 28
THRESHOLD = 3.5
MIN_HISTORY = 7
MAD_SCALE = 1.4826
MIN_RELATIVE_SPREAD = 0.10


def find_anomalies(
    metric: str,
    group: str,
    days: Sequence[date],
    values: Sequence[float | None],
    *,
    window: int = WINDOW,
    threshold: float = THRESHOLD,
    min_history: int = MIN_HISTORY,
) -> list[Anomaly]:
    """The marked points of one series (None values are skipped, not zeros)."""
    points = [(d, v) for d, v in zip(days, values, strict=True) if v is not None]
    out: list[Anomaly] = []
    for i in range(min_history, len(points)):
        history = [v for _d, v in points[max(0, i - window) : i]]
        baseline = median(history)
        spread = MAD_SCALE * median(abs(v - baseline) for v in history)
        spread = max(spread, abs(baseline) * MIN_RELATIVE_SPREAD) or 1.0
        day, value = points[i]
        score = (value - baseline) / spread
        if abs(score) > threshold:
            kind: Literal["spike", "drop"] = "spike" if score > 0 else "drop"
            out.append(
                Anomaly(metric, group, day, value, baseline, spread, score, kind, window, threshold)
            )
    return out


def series_anomalies(series: Sequence[Series]) -> list[Anomaly]:
    out: list[Anomaly] = []
    for line in series:
        out.extend(find_anomalies(line.metric, line.group, line.days, line.values))
    return out
