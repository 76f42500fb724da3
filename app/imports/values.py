"""One parser for the values that exports write: numbers, rates, dates, durations.

Table-driven: the suffixes, missing markers and date shapes are data below, so a new
platform's habit is one more row, not one more branch. Every parser takes the raw cell
(a ``str`` from a text file, or what the spreadsheet reader gives: ``float``, ``int``,
``date``, ``datetime``, ``timedelta``) and returns the value, :data:`MISSING`, or raises
:class:`ValueProblem` with a reason a user can read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from math import isfinite
from typing import Final, Literal, cast

DateOrder = Literal["auto", "dmy", "mdy"]


class _Missing:
    """A cell that holds no value (not zero)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()


class ValueProblem(ValueError):
    """A cell that cannot be read as the field's type; ``reason`` is for the report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Written by exports for "no data"; compared after trimming and case folding.
MISSING_MARKERS: frozenset[str] = frozenset(
    {"", "-", "--", "---", "—", "——", "–", "n/a", "na", "null", "none", "/", "暂无", "无"}
    # A snapshot "date" of Lifetime (Meta, Instagram) means a lifetime total: no day.
    | {"lifetime"}
)

# Multipliers that Chinese and international exports append to a number.
NUMBER_SUFFIXES: dict[str, int] = {
    "亿": 100_000_000,
    "万": 10_000,
    "w": 10_000,
    "千": 1_000,
    "k": 1_000,
    "m": 1_000_000,
    "b": 1_000_000_000,
}

# Seconds per unit, for durations such as 1分23秒, 1h2m3s, 83s.
DURATION_UNITS: dict[str, float] = {
    "小时": 3600,
    "时": 3600,
    "h": 3600,
    "hr": 3600,
    "分钟": 60,
    "分": 60,
    "min": 60,
    "m": 60,
    "秒": 1,
    "s": 1,
    "sec": 1,
}

# Date shapes: (pattern, order of the groups). "amb" means day/month may be either way.
DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"), "ymd"),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), "ymd"),
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"), "amb"),
)
TIME_PATTERN = re.compile(r"[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")

# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); the range keeps
# an ordinary count of views from being taken for a date.
EXCEL_EPOCH = datetime(1899, 12, 30)
SERIAL_RANGE = (20000.0, 80000.0)  # 1954 .. 2119

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_CLOCK = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?")
_UNIT_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|时|分钟|分|秒|hr|h|min|m|sec|s)")


def fold(text: str) -> str:
    """Full-width to half-width, trimmed, case-folded: how headers and markers compare."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def is_missing(raw: object) -> bool:
    if raw is None or raw is MISSING:
        return True
    return isinstance(raw, str) and fold(raw) in MISSING_MARKERS


def parse_text(raw: object) -> str | _Missing:
    if isinstance(raw, str):
        return _text(raw) if len(raw) <= 64 else _long_text(raw)
    if is_missing(raw):
        return MISSING
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a post ID read as a number from a spreadsheet
    return str(raw).strip()


@lru_cache(maxsize=65536)
def _text(raw: str) -> str | _Missing:
    # Names (accounts, metrics) repeat on every row: each is folded once.
    return _long_text(raw)


def _long_text(raw: str) -> str | _Missing:
    if is_missing(raw):
        return MISSING
    if "\x00" in raw:
        raise ValueProblem("contains a NUL character")
    return raw.strip()


def parse_number(raw: object) -> float | _Missing:
    """``1,234`` → 1234; ``1.2万`` → 12000; ``3.5亿``; ``1.2w``; ``12.3%`` → 0.123."""
    kind = type(raw)
    if kind is int or kind is float:  # a spreadsheet's number cell: no text to read
        number = float(cast(float, raw))
        if isfinite(number):
            return number
    elif isinstance(raw, str):
        try:  # the common case, a plain number, without the table lookups below
            number = float(raw)
        except ValueError:
            pass
        else:
            if isfinite(number):
                return number
    if is_missing(raw):
        return MISSING
    if isinstance(raw, bool):
        raise ValueProblem("is not a number")
    if isinstance(raw, int | float):
        return _finite(float(raw))
    if not isinstance(raw, str):
        raise ValueProblem("is not a number")
    text = fold(raw).replace(",", "").replace(" ", "").replace("\u00a0", "")
    for prefix in ("¥", "￥", "$", "€", "£", "rmb", "cny", "usd"):
        text = text.removeprefix(prefix)
    # Decimal, so that 1.1万 is 11000 and 12.3% is 0.123, not a binary neighbour.
    scale = Decimal(1)
    if text.endswith("%"):
        text, scale = text[:-1], Decimal("0.01")
    else:
        for suffix, factor in NUMBER_SUFFIXES.items():
            if text.endswith(suffix) and len(text) > len(suffix):
                text, scale = text[: -len(suffix)], Decimal(factor)
                break
    if _NUMBER.fullmatch(text):
        return _finite(float(Decimal(text) * scale))
    raise ValueProblem("is not a number")


def parse_integer(raw: object) -> float | _Missing:
    """A count: a number that must be whole once its suffix is applied (1.2万 is)."""
    value = parse_number(raw)
    if isinstance(value, float) and abs(value - round(value)) > 1e-6:
        raise ValueProblem("is not a whole number")
    return float(round(value)) if isinstance(value, float) else value


def parse_rate(raw: object) -> float | _Missing:
    """``12.3%`` → 0.123; a fraction ``0.123`` or ``1/8`` stays a fraction."""
    if isinstance(raw, str):
        m = _FRACTION.fullmatch(fold(raw))
        if m:
            if int(m.group(2)) == 0:
                raise ValueProblem("divides by zero")
            return int(m.group(1)) / int(m.group(2))
    return parse_number(raw)


def parse_duration(raw: object) -> float | _Missing:
    """Seconds, from ``00:01:23``, ``01:23``, ``1分23秒``, ``83s``, ``83`` or a time cell."""
    if is_missing(raw):
        return MISSING
    if isinstance(raw, timedelta):
        return raw.total_seconds()
    if isinstance(raw, time):
        return raw.hour * 3600 + raw.minute * 60 + raw.second + raw.microsecond / 1e6
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _finite(float(raw))
    if not isinstance(raw, str):
        raise ValueProblem("is not a duration")
    text = fold(raw).replace(" ", "")
    if _NUMBER.fullmatch(text):
        return _finite(float(text))
    m = _CLOCK.fullmatch(text)
    if m:
        a, b, c = m.groups()
        if c is None:
            return float(int(a) * 60 + int(b))
        return float(int(a) * 3600 + int(b) * 60) + float(c)
    parts = _UNIT_PART.findall(text)
    if parts and "".join(n + u for n, u in parts) == text:
        return sum(float(n) * DURATION_UNITS[u] for n, u in parts)
    raise ValueProblem("is not a duration")


def parse_date(raw: object, order: DateOrder = "auto") -> date | _Missing:
    """A calendar day; an ambiguous ``08/01/2025`` needs ``order`` ("dmy" or "mdy")."""
    value = parse_datetime(raw, order)
    return value.date() if isinstance(value, datetime) else value


def parse_datetime(raw: object, order: DateOrder = "auto") -> datetime | _Missing:
    """A naive local date-time, as the export wrote it (exports carry no time zone)."""
    if is_missing(raw):
        return MISSING
    if isinstance(raw, datetime):
        return raw.replace(tzinfo=None)
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _serial(float(raw))
    if not isinstance(raw, str):
        raise ValueProblem("is not a date")
    text = unicodedata.normalize("NFKC", raw).strip()
    if (_NUMBER.fullmatch(text) and "." in text) or (text.isdigit() and len(text) == 5):
        return _serial(float(text))
    for pattern, shape in DATE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        a, b, c = (int(g) for g in m.groups())
        if shape == "ymd":
            y, mo, d = a, b, c
        else:
            y = c
            if order == "dmy" or (order == "auto" and a > 12):
                d, mo = a, b
            elif order == "mdy" or (order == "auto" and b > 12):
                mo, d = a, b
            elif a == b:
                mo = d = a
            else:
                raise ValueProblem("is ambiguous: choose day/month or month/day order")
        rest = text[m.end() :]
        hh = mm = ss = 0
        if rest:
            t = TIME_PATTERN.fullmatch(rest)
            if t is None:
                raise ValueProblem("is not a date")
            hh, mm, ss = int(t.group(1)), int(t.group(2)), int(t.group(3) or 0)
        try:
            return datetime(y, mo, d, hh, mm, ss)
        except ValueError:
            raise ValueProblem("is not a real date") from None
    raise ValueProblem("is not a date")


def _serial(value: float) -> datetime:
    if not SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
        raise ValueProblem("is not a date")
    # Rounded to the second: Excel's binary fractions are a few microseconds off.
    return EXCEL_EPOCH + timedelta(seconds=round(value * 86400))


def _finite(value: float) -> float:
    if not isfinite(value):
        raise ValueProblem("is not a finite number")
    return value


Parser = Callable[[object], object]

PARSERS: dict[str, Parser] = {
    "text": parse_text,
    "integer": parse_integer,
    "number": parse_number,
    "rate": parse_rate,
    "duration": parse_duration,
    "date": parse_date,
    "datetime": parse_datetime,
}
"""The field types a target may declare, each with its parser."""


def parser_for(kind: str, order: DateOrder = "auto") -> Parser:
    if kind in ("date", "datetime"):
        # Exports repeat the same few hundred days on every row: parse each text once.
        parse = parse_date if kind == "date" else parse_datetime
        cached = lru_cache(maxsize=4096)(lambda text: _or_problem(parse, text, order))

        def parse_day(raw: object) -> object:
            kind = type(raw)
            if kind is not str:
                # A spreadsheet's date cell: taken as it is, without a round trip.
                if kind is date and parse is parse_date:
                    return raw
                return parse(raw, order)
            value = cached(raw)
            if isinstance(value, ValueProblem):
                raise ValueProblem(value.reason)
            return value

        return parse_day
    return PARSERS[kind]


def _or_problem(
    parse: Callable[[object, DateOrder], object], text: str, order: DateOrder
) -> object:
    try:
        return parse(text, order)
    except ValueProblem as exc:
        return exc
