"""KPI figures as text in the interface language: values by unit, changes, short axis
numbers (万/亿 in Chinese, K/M in English), metric and group names. No matplotlib."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.kpi.analytics_types import DerivedMetric, PeriodComparison
from app.kpi.types import MetricInfo
from ui.formats import chinese, number_text, yuan_text

DASH = "—"


def language() -> str:
    return "zh" if chinese() else "en"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def value_text(value: float | None, unit: str) -> str:
    """An exact figure: "12,345", "¥1,200.50", "3.25%", "42 s", "18 min"."""
    if value is None:
        return DASH
    if unit == "fraction":  # stored rates are 0–1
        return value_text(value * 100, "percent")
    if unit == "currency":
        return yuan_text(round(value, 2))
    if unit == "percent":
        return number_text(value, 2) + QLocale().percent()
    if unit == "ratio":
        return number_text(value, 2) + "×"
    if unit == "seconds":
        return translate("KpiLabels", "%1 s").replace("%1", number_text(value, 1))
    if unit == "minutes":
        return translate("KpiLabels", "%1 min").replace("%1", number_text(value, 1))
    return number_text(value, 2 if abs(value) < 100 else 0)


def short_number(value: float) -> str:
    """An axis label: 12.3万 / 1.2亿 in Chinese, 123K / 1.2M in English."""
    size = abs(value)
    steps = ((1e8, "亿"), (1e4, "万")) if chinese() else ((1e9, "B"), (1e6, "M"), (1e3, "K"))
    for step, suffix in steps:
        if size >= step:
            return number_text(round(value / step, 1), 1) + suffix
    return number_text(round(value, 2), 2)


def axis_text(value: float, unit: str) -> str:
    if unit == "fraction":
        return number_text(round(value * 100, 1), 1) + "%"
    if unit == "percent":
        return number_text(round(value, 1), 1) + "%"
    if unit == "currency":
        return "¥" + short_number(value)
    return short_number(value)


def change_text(comparison: PeriodComparison) -> tuple[str, str]:
    """The change and the change in percent, signed ("+1,200", "−4.5%")."""
    change, percent = comparison.change, comparison.change_percent
    if change is None:
        return DASH, DASH
    sign = "+" if change > 0 else ("−" if change < 0 else "")
    change_part = sign + value_text(abs(change), comparison.unit)
    if comparison.unit in ("percent", "fraction"):  # a rate changes in percentage points
        points = abs(change) * (100 if comparison.unit == "fraction" else 1)
        change_part = sign + translate("KpiLabels", "%1 pp").replace("%1", number_text(points, 2))
    if percent is None:
        return change_part, DASH
    psign = "+" if percent > 0 else ("−" if percent < 0 else "")
    return change_part, psign + number_text(abs(percent), 1) + QLocale().percent()


def metric_names(
    metrics: Iterable[MetricInfo], derived: Iterable[DerivedMetric] = ()
) -> dict[str, str]:
    """code → name in the interface language, for stored and derived metrics."""
    lang = language()
    names = {m.code: m.name(lang) for m in metrics}
    names.update({d.code: d.name(lang) for d in derived})
    return names


def name_of(names: Mapping[str, str], code: str) -> str:
    return names.get(code, code)


def day_text(day: date) -> str:
    return day.isoformat()
