"""Display names of the Strategy codes (levels, statuses, KPIs, units, scopes) and of
periods, amounts and targets, in the interface language.

The codes live in app.strategy.types; the literals below are listed with
QT_TRANSLATE_NOOP so lupdate extracts them, and are translated at run time.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.validation import InvalidInput
from ui.errors import invalid_text
from ui.formats import chinese, percent_text, period_text, yuan_text

# Screens import these from here; they live in ui.formats with the documents' formats.
from ui.formats import date_text as date_text
from ui.formats import money_text as money_text
from ui.formats import number_text as number_text

_LEVELS = {
    "year": QT_TRANSLATE_NOOP("StrategyLabels", "Year"),
    "quarter": QT_TRANSLATE_NOOP("StrategyLabels", "Quarter"),
    "month": QT_TRANSLATE_NOOP("StrategyLabels", "Month"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("StrategyLabels", "Draft"),
    "active": QT_TRANSLATE_NOOP("StrategyLabels", "Active"),
    "archived": QT_TRANSLATE_NOOP("StrategyLabels", "Archived"),
}
_FREQUENCY_UNITS = {
    "week": QT_TRANSLATE_NOOP("StrategyLabels", "per week"),
    "month": QT_TRANSLATE_NOOP("StrategyLabels", "per month"),
}
_UNITS = {
    "count": QT_TRANSLATE_NOOP("StrategyLabels", "count"),
    "percent": QT_TRANSLATE_NOOP("StrategyLabels", "%"),
    "currency": QT_TRANSLATE_NOOP("StrategyLabels", "yuan"),
    "minutes": QT_TRANSLATE_NOOP("StrategyLabels", "minutes"),
    "ratio": QT_TRANSLATE_NOOP("StrategyLabels", "ratio"),
}
_SCOPES = {
    "all": QT_TRANSLATE_NOOP("StrategyLabels", "All accounts"),
    "platform": QT_TRANSLATE_NOOP("StrategyLabels", "Platform"),
    "account": QT_TRANSLATE_NOOP("StrategyLabels", "Account"),
    "campaign": QT_TRANSLATE_NOOP("StrategyLabels", "Campaign"),
}
_METRICS = {
    "followers": QT_TRANSLATE_NOOP("StrategyLabels", "Followers"),
    "follower_growth": QT_TRANSLATE_NOOP("StrategyLabels", "Follower growth"),
    "views": QT_TRANSLATE_NOOP("StrategyLabels", "Reads/views"),
    "shares": QT_TRANSLATE_NOOP("StrategyLabels", "Reposts/shares"),
    "comments": QT_TRANSLATE_NOOP("StrategyLabels", "Comments"),
    "likes": QT_TRANSLATE_NOOP("StrategyLabels", "Likes"),
    "conversions": QT_TRANSLATE_NOOP("StrategyLabels", "Conversions"),
    "conversion_rate": QT_TRANSLATE_NOOP("StrategyLabels", "Conversion rate"),
    "ad_spend": QT_TRANSLATE_NOOP("StrategyLabels", "Ad spend"),
    "roi": QT_TRANSLATE_NOOP("StrategyLabels", "ROI"),
    "first_response_time": QT_TRANSLATE_NOOP("StrategyLabels", "Inbox first-response time"),
    "custom": QT_TRANSLATE_NOOP("StrategyLabels", "Custom KPI"),
}
# The Strategy services' field names, as a user knows them (the "Fields" context
# ui.errors uses, so invalid_text translates them).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "parent_uuid": QT_TRANSLATE_NOOP("Fields", "Parent plan"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Budget"),
    "budget_cents": QT_TRANSLATE_NOOP("Fields", "Budget"),
    "owner_uuid": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "platform_uuid": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "account_uuid": QT_TRANSLATE_NOOP("Fields", "Account"),
    "frequency_count": QT_TRANSLATE_NOOP("Fields", "Posting frequency"),
    "frequency_unit": QT_TRANSLATE_NOOP("Fields", "Posting frequency"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "share_percent": QT_TRANSLATE_NOOP("Fields", "Share"),
    "platform_strategy_uuid": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "metric": QT_TRANSLATE_NOOP("Fields", "KPI"),
    "custom_name": QT_TRANSLATE_NOOP("Fields", "KPI name"),
    "target_value": QT_TRANSLATE_NOOP("Fields", "Target"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "scope_uuid": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "observed_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "noted_on": QT_TRANSLATE_NOOP("Fields", "Date"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("StrategyLabels", str(text))


def level_label(code: str) -> str:
    return _tr(_LEVELS.get(code, code))


def status_label(code: str) -> str:
    return _tr(_STATUSES.get(code, code))


def frequency_unit_label(code: str) -> str:
    return _tr(_FREQUENCY_UNITS.get(code, code))


def frequency_text(count: int, unit: str) -> str:
    """ "5 per week" (每周 5 条); "Not set" for none."""
    if count == 0:
        return QCoreApplication.translate("StrategyLabels", "Not set")
    text = QCoreApplication.translate("StrategyLabels", "%1 %2", "count, per week/month")
    return text.replace("%1", QLocale().toString(count)).replace("%2", frequency_unit_label(unit))


def unit_label(code: str) -> str:
    return _tr(_UNITS.get(code, code))


def scope_label(code: str) -> str:
    return _tr(_SCOPES.get(code, code))


def metric_label(code: str, custom_name: str = "") -> str:
    """A custom KPI shows its own name."""
    if code == "custom" and custom_name:
        return custom_name
    return _tr(_METRICS.get(code, code))


def labelled(exc: InvalidInput) -> InvalidInput:
    """The same error with the field as a user knows it ("frequency_count" -> "Posting
    frequency"), which ui.errors translates."""
    return InvalidInput(str(_FIELDS.get(exc.field, exc.field)), exc.message)


def field_error(exc: InvalidInput) -> str:
    """ "Field: message" for a Strategy service's InvalidInput, in the UI language."""
    return invalid_text(labelled(exc))


def language() -> str:
    """ "zh" or "en": which of a platform's two names to show."""
    return "zh" if chinese() else "en"


def period_label(start: date, end: date) -> str:
    """ "2026", "Q1 2026", "March 2026" (2026年3月) for standard periods, else a range."""
    return period_text(start, end)


def target_text(value: float, unit: str) -> str:
    """A target with its unit: "50,000", "2.5%", "¥800,000", "30 min", "3.0×"."""
    number = number_text(value)
    if unit == "percent":
        return percent_text(value)
    if unit == "currency":
        return yuan_text(value)
    if unit == "minutes":
        return QCoreApplication.translate("StrategyLabels", "%1 min").replace("%1", number)
    if unit == "ratio":
        return QCoreApplication.translate("StrategyLabels", "%1×").replace("%1", number)
    return number
