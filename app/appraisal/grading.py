"""Weights, weighted totals, grade bands and the forced-distribution check.

A criterion's score counts as its share of the full mark, out of 100 (3 of 5 is 60,
7 of 0–10 is 70), as teams mark appraisals: an all-round "meets expectations" lands in
the middle bands (C), not at the bottom; criteria with different scales add up fairly.
The total is the weighted mean of those, rounded half up to one decimal, and the grade
is read from the rounded total: what the sheet prints is what decides the grade
(89.95 prints as 90.0 and is an A).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from app.appraisal.types import FACT, FACTS, Band, Criterion, Distribution
from app.validation import InvalidInput

TOTAL_WEIGHT = 100
SCALE_LIMIT = 100  # the largest score a scale may reach


def weights_sum(criteria: Iterable[Criterion]) -> int:
    return sum(c.weight for c in criteria)


def weights_problem(criteria: Sequence[Criterion]) -> str | None:
    """What is wrong with the weights (the editor shows it live), or None."""
    if not criteria:
        return "a template needs at least one criterion"
    if any(c.weight < 0 for c in criteria):
        return "a weight cannot be negative"
    total = weights_sum(criteria)
    if total != TOTAL_WEIGHT:
        return f"the weights add up to {total}, not {TOTAL_WEIGHT}"
    return None


def check_criteria(criteria: Sequence[Criterion]) -> None:
    """Raise InvalidInput("criteria", …) unless the criteria make a usable template."""
    problem = weights_problem(criteria)
    if problem is not None:
        raise InvalidInput("criteria", problem)
    for c in criteria:
        if not c.name.strip():
            raise InvalidInput("criteria", "every criterion needs a name")
        if not 0 <= c.scale_min < c.scale_max <= SCALE_LIMIT:
            raise InvalidInput("criteria", f"the scale of {c.name} must run upwards, 0–100")
        if c.kind == FACT and c.fact not in FACTS:
            raise InvalidInput("criteria", f"{c.name} is fact-backed but names no known fact")


def check_score(criterion: Criterion, score: int | None) -> None:
    if score is not None and not criterion.scale_min <= score <= criterion.scale_max:
        raise InvalidInput(
            "score",
            f"{criterion.name}: a score runs from {criterion.scale_min} to {criterion.scale_max}",
        )


def round_total(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def weighted_total(lines: Sequence[tuple[Criterion, int | None]]) -> float | None:
    """The weighted total (0–100, one decimal) of scored criteria; None until every
    criterion with a weight has a score."""
    if not lines or any(score is None and c.weight for c, score in lines):
        return None
    total = Decimal(0)
    weights = 0
    for c, score in lines:
        if not c.weight or score is None:
            continue
        # A score is its share of the full mark (3 of 5 is 60), as teams mark out of
        # 100: "meets expectations" lands in the middle bands, not at the bottom.
        total += Decimal(c.weight) * Decimal(score) * 100 / Decimal(c.scale_max)
        weights += c.weight
    if not weights:
        return None
    return round_total(total / weights)


def check_bands(bands: Sequence[Band]) -> tuple[Band, ...]:
    """Bands from the highest minimum down; the lowest must take every total (0)."""
    if not bands:
        raise InvalidInput("bands", "at least one grade is needed")
    ordered = tuple(sorted(bands, key=lambda b: -b.minimum))
    names = [b.grade.strip() for b in ordered]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise InvalidInput("bands", "each grade needs its own name")
    if ordered[-1].minimum != 0:
        raise InvalidInput("bands", "the lowest grade must start at 0")
    if len({b.minimum for b in ordered}) != len(ordered) or ordered[0].minimum > 100:
        raise InvalidInput("bands", "grade thresholds must differ and lie within 0–100")
    return ordered


def grade(total: float | None, bands: Sequence[Band]) -> str:
    """The grade of a (rounded) total; "" when there is no total yet."""
    if total is None:
        return ""
    for band in sorted(bands, key=lambda b: -b.minimum):
        if total >= band.minimum:
            return band.grade
    return ""


def distribution(
    grades: Iterable[str], bands: Sequence[Band], top_share_limit: int | None
) -> Distribution:
    """How many of each grade, and a warning when more than ``top_share_limit`` percent
    of the graded appraisals have the top grade (a warning: the manager decides)."""
    ordered = sorted(bands, key=lambda b: -b.minimum)
    given = [g for g in grades if g]
    counts = tuple((b.grade, given.count(b.grade)) for b in ordered)
    if not given or not ordered:
        return Distribution(counts, 0)
    top = ordered[0].grade
    share = 100 * given.count(top) / len(given)
    warning = None
    if top_share_limit is not None and share > top_share_limit:
        warning = (
            f"{given.count(top)} of {len(given)} appraisals ({share:.0f} %) are {top}; "
            f"the team allows at most {top_share_limit} %"
        )
    return Distribution(counts, len(given), warning, share)


def parse_bands(text: str) -> tuple[Band, ...]:
    """Bands as stored: "A:90,B:75,C:60,D:0"."""
    bands = []
    for part in text.split(","):
        name, _, minimum = part.partition(":")
        if name:
            bands.append(Band(name, float(minimum)))
    return tuple(bands)


def format_bands(bands: Sequence[Band]) -> str:
    return ",".join(f"{b.grade}:{b.minimum:g}" for b in bands)
