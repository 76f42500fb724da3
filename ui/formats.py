"""Lists, numbers, money, dates, periods and platform names in the interface language.

One place for every screen and printed document, so a plan reads the same on paper as
on screen. Everything follows ``QLocale()``, which ``ui.i18n.install`` sets with the
translators; nothing here assembles a format from translated pieces.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.strategy.periods import Period, quarter_of, standard_period

YUAN = "¥"
# QLocale has no year-and-month or quarter format: these follow CLDR's yMMMM and
# yQQQ for the two languages the app speaks ("2026年12月", "December 2026").
_MONTH_FORMATS = {QLocale.Language.Chinese: "yyyy年M月"}
_MONTH_FORMAT = "MMMM yyyy"
_QUARTER_FORMATS = {QLocale.Language.Chinese: "{year}年第{quarter}季度"}
_QUARTER_FORMAT = "Q{quarter} {year}"


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def list_text(items: Iterable[str]) -> str:
    """ "A, B, and C" in English, "A、B和C" in Chinese."""
    return QLocale().createSeparatedList(list(items))


def number_text(value: float, decimals: int = 2) -> str:
    """Grouped digits; no trailing zeros after the point."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def money_text(cents: int) -> str:
    """An amount of money in yuan with fen, e.g. "¥1,200,000.00"."""
    return QLocale().toCurrencyString(cents / 100, YUAN, 2)


def yuan_text(value: float) -> str:
    """A yuan figure such as a target: "¥800,000", "¥12.50"."""
    decimals = 0 if float(value).is_integer() else 2
    return QLocale().toCurrencyString(float(value), YUAN, decimals)


def percent_text(value: float) -> str:
    return number_text(value) + QLocale().percent()


def date_text(day: date) -> str:
    """ISO, like the date boxes: unambiguous in both languages (6/1/26 is not)."""
    return day.isoformat()


def month_text(year: int, month: int) -> str:
    """ "December 2026", "2026年12月"."""
    locale = QLocale()
    pattern = _MONTH_FORMATS.get(locale.language(), _MONTH_FORMAT)
    return locale.toString(QDate(year, month, 1), pattern)


def quarter_text(year: int, quarter: int) -> str:
    """ "Q4 2026", "2026年第4季度"."""
    pattern = _QUARTER_FORMATS.get(QLocale().language(), _QUARTER_FORMAT)
    return pattern.format(year=year, quarter=quarter)


def period_text(start: date, end: date) -> str:
    """ "2026", "Q1 2026", "March 2026" for standard periods, else a date range."""
    period = Period(start, end)
    if period == standard_period("year", start):
        return str(start.year)
    if period == standard_period("quarter", start):
        return quarter_text(start.year, quarter_of(start))
    if period == standard_period("month", start):
        return month_text(start.year, start.month)
    return f"{date_text(start)} – {date_text(end)}"


def platform_text(name_en: str, name_zh: str) -> str:
    """A platform's name in the interface language, else the one the user gave."""
    first, other = (name_zh, name_en) if chinese() else (name_en, name_zh)
    return first.strip() or other.strip()
