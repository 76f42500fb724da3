"""Derived metrics: computed from stored sums over a period or bucket, never stored.

Each takes the period's totals of its inputs (a dict of metric code → value) and gives
a value or None (an input missing, or a zero denominator). Rates come out in percent
(3.5 means 3.5 %), ROI and ROAS as ratios (0.8 means 80 % return), money in yuan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.kpi.analytics_types import DerivedMetric

Inputs = Mapping[str, float | None]

ENGAGEMENT_PARTS = ("likes", "comments", "shares", "saves")

DERIVED: tuple[DerivedMetric, ...] = (
    DerivedMetric(
        "engagement_rate",
        "Engagement rate",
        "互动率",
        "(likes + comments + shares + saves) ÷ views × 100 %",
        "(点赞 + 评论 + 分享 + 收藏) ÷ 播放/阅读量 × 100 %",
        "percent",
        (*ENGAGEMENT_PARTS, "views"),
    ),
    DerivedMetric(
        "conversion_rate",
        "Conversion rate",
        "转化率",
        "conversions ÷ clicks × 100 %",
        "转化数 ÷ 点击数 × 100 %",
        "percent",
        ("conversions", "clicks"),
    ),
    DerivedMetric(
        "roi",
        "ROI",
        "投资回报率 (ROI)",
        "(revenue − ad spend) ÷ ad spend",
        "(收入 − 广告花费) ÷ 广告花费",
        "ratio",
        ("revenue", "ad_spend"),
    ),
    DerivedMetric(
        "roas",
        "ROAS",
        "广告支出回报率 (ROAS)",
        "revenue ÷ ad spend",
        "收入 ÷ 广告花费",
        "ratio",
        ("revenue", "ad_spend"),
    ),
    DerivedMetric(
        "follower_growth_pct",
        "Follower growth",
        "粉丝增长率",
        "net new followers ÷ followers at the start × 100 %",
        "粉丝净增 ÷ 期初粉丝数 × 100 %",
        "percent",
        ("follower_change", "followers"),
    ),
    DerivedMetric(
        "cost_per_result",
        "Cost per result",
        "单次转化成本",
        "ad spend ÷ conversions",
        "广告花费 ÷ 转化数",
        "currency",
        ("ad_spend", "conversions"),
        "lower",
    ),
    DerivedMetric(
        "first_response_time",
        "Average first response",
        "平均首次响应时间",
        "mean minutes from a message's arrival to its first reply (inbox)",
        "从收到消息到首次回复的平均分钟数 (收件箱)",
        "minutes",
        (),
        "lower",
    ),
)
DERIVED_BY_CODE: dict[str, DerivedMetric] = {d.code: d for d in DERIVED}
DERIVED_CODES: tuple[str, ...] = tuple(DERIVED_BY_CODE)
# Derived from the inbox, not from metric values.
INBOX_METRICS = frozenset({"first_response_time"})


def _ratio(top: float | None, bottom: float | None, scale: float = 1.0) -> float | None:
    if top is None or not bottom:
        return None
    return top / bottom * scale


def engagement_rate(v: Inputs) -> float | None:
    parts = [v.get(p) for p in ENGAGEMENT_PARTS]
    if all(p is None for p in parts):
        return None
    return _ratio(sum(p or 0.0 for p in parts), v.get("views"), 100.0)


def conversion_rate(v: Inputs) -> float | None:
    return _ratio(v.get("conversions"), v.get("clicks"), 100.0)


def roi(v: Inputs) -> float | None:
    revenue, spend = v.get("revenue"), v.get("ad_spend")
    if revenue is None:
        return None
    return _ratio(revenue - (spend or 0.0), spend)


def roas(v: Inputs) -> float | None:
    return _ratio(v.get("revenue"), v.get("ad_spend"))


def follower_growth_pct(v: Inputs) -> float | None:
    """``followers`` is the count at the end; the start is the end less the net change."""
    change, end = v.get("follower_change"), v.get("followers")
    if change is None or end is None:
        return None
    return _ratio(change, end - change, 100.0)


def cost_per_result(v: Inputs) -> float | None:
    return _ratio(v.get("ad_spend"), v.get("conversions"))


FORMULAS: dict[str, Callable[[Inputs], float | None]] = {
    "engagement_rate": engagement_rate,
    "conversion_rate": conversion_rate,
    "roi": roi,
    "roas": roas,
    "follower_growth_pct": follower_growth_pct,
    "cost_per_result": cost_per_result,
}


def compute(code: str, inputs: Inputs) -> float | None:
    """The derived metric ``code`` from its inputs' totals (None: not computable)."""
    formula = FORMULAS.get(code)
    return None if formula is None else formula(inputs)


def inputs_of(codes: tuple[str, ...] | list[str]) -> list[str]:
    """The stored metrics the given (stored or derived) codes need, in order, once each."""
    out: list[str] = []
    for code in codes:
        for c in DERIVED_BY_CODE[code].inputs if code in DERIVED_BY_CODE else (code,):
            if c not in out:
                out.append(c)
    return out
