"""Weights, weighted totals and grades, including rounding at the band edges."""

from __future__ import annotations

import pytest

from app.appraisal.grading import (
    check_bands,
    check_criteria,
    distribution,
    grade,
    weighted_total,
    weights_problem,
)
from app.appraisal.templates import DEFAULTS, combine, default_template
from app.appraisal.types import DEFAULT_BANDS, FACT, Band, Criterion
from app.validation import InvalidInput
from app.vocabulary import ROLES


def c(weight: int, low: int = 1, high: int = 5) -> Criterion:
    return Criterion(f"c{weight}", weight=weight, scale_min=low, scale_max=high)


def test_weights_must_sum_to_100() -> None:
    assert weights_problem([c(60), c(40)]) is None
    assert weights_problem([c(60), c(30)]) == "the weights add up to 90, not 100"
    assert weights_problem([]) == "a template needs at least one criterion"
    with pytest.raises(InvalidInput, match="add up to 110"):
        check_criteria([c(60), c(50)])
    with pytest.raises(InvalidInput, match="scale"):
        check_criteria([Criterion("x", weight=100, scale_min=5, scale_max=5)])
    with pytest.raises(InvalidInput, match="fact"):
        check_criteria([Criterion("x", weight=100, kind=FACT, fact="likes")])


def test_weighted_total_places_each_score_on_its_own_scale() -> None:
    # A score is its share of the full mark: 5 of 1–5 is 100, 1 is 20; 7 of 0–10 is 70.
    assert weighted_total([(c(50), 5), (c(50), 1)]) == 60.0  # 1 of 5 is 20, not 0
    assert weighted_total([(c(50), 3), (c(50), 3)]) == 60.0  # "meets" all round: a C
    assert weighted_total([(c(40), 4), (c(60, 0, 10), 7)]) == pytest.approx(74.0)
    assert weighted_total([(c(50), 5), (c(50), None)]) is None  # not every score yet
    assert weighted_total([]) is None


def test_rounding_half_up_at_band_edges() -> None:
    # 3 of 0–4 on weight 33 and 4 of 0–4 on weight 67 → 24.75 + 67 = 91.75 → 91.8
    assert weighted_total([(c(33, 0, 4), 3), (c(67, 0, 4), 4)]) == 91.8
    # Half of 100 and half of 79.9 is 89.95 exactly (in decimals, not floats).
    total = weighted_total([(c(50, 0, 1), 1), (c(50, 0, 1000), 799)])
    assert total == 90.0  # 89.95 rounds half up to 90.0 …
    assert grade(total, DEFAULT_BANDS) == "A"  # … and the printed 90.0 is an A
    below = weighted_total([(c(50, 0, 1), 1), (c(50, 0, 1000), 798)])  # 89.9
    assert (below, grade(below, DEFAULT_BANDS)) == (89.9, "B")
    assert grade(75.0, DEFAULT_BANDS) == "B"
    assert grade(74.9, DEFAULT_BANDS) == "C"
    assert grade(0.0, DEFAULT_BANDS) == "D"
    assert grade(None, DEFAULT_BANDS) == ""


def test_bands_are_checked_and_configurable() -> None:
    bands = check_bands([Band("C", 0), Band("A", 85), Band("B", 70)])
    assert [b.grade for b in bands] == ["A", "B", "C"]
    assert grade(86, bands) == "A"
    with pytest.raises(InvalidInput, match="lowest"):
        check_bands([Band("A", 90), Band("B", 50)])
    with pytest.raises(InvalidInput, match="own name"):
        check_bands([Band("A", 90), Band("A", 0)])


def test_forced_distribution_warns_over_the_limit() -> None:
    ok = distribution(["A", "B", "B", "C", "B"], DEFAULT_BANDS, 20)
    assert ok.warning is None and dict(ok.counts) == {"A": 1, "B": 3, "C": 1, "D": 0}
    over = distribution(["A", "A", "B", "C", ""], DEFAULT_BANDS, 20)
    assert over.graded == 4
    assert over.warning == "2 of 4 appraisals (50 %) are A; the team allows at most 20 %"
    assert distribution(["A", "A"], DEFAULT_BANDS, None).warning is None


@pytest.mark.parametrize("role", ROLES)
def test_default_templates_are_valid_in_both_languages(role: str) -> None:
    en, zh = default_template(role, "en"), default_template(role, "zh_CN")
    check_criteria(en.criteria)
    check_criteria(zh.criteria)
    assert len(en.criteria) == len(zh.criteria) == len(DEFAULTS[role])
    assert zh.language == "zh" and all(
        any("\u4e00" <= ch <= "\u9fff" for ch in x.name) for x in zh.criteria
    )


def test_several_roles_combine_into_one_template_of_100() -> None:
    both = combine([default_template("content", "en"), default_template("pr", "en")])
    assert both.name == "Content producer + PR and crisis"
    assert len(both.criteria) == 10
    assert sum(x.weight for x in both.criteria) == 100
