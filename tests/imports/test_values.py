"""The value parser, table by table, and fuzzed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.imports.values import (
    MISSING,
    ValueProblem,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_integer,
    parse_number,
    parse_rate,
    parser_for,
)

NUMBERS = [
    ("1,234", 1234.0),
    ("1.2万", 12000.0),
    ("3.5亿", 350000000.0),
    ("1.2w", 12000.0),
    ("1.2W", 12000.0),
    ("12.3%", 0.123),
    ("-5", -5.0),
    ("１２３", 123.0),
    ("¥1,000.50", 1000.5),
    (" 7 ", 7.0),
    (42, 42.0),
    (1.5, 1.5),
    ("3k", 3000.0),
]
MISSING_CELLS = ["", "-", "--", "—", "——", "N/A", None, "  "]


@pytest.mark.parametrize(("raw", "value"), NUMBERS)
def test_numbers(raw: object, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", MISSING_CELLS)
def test_missing_is_not_zero(raw: object) -> None:
    for parse in (parse_number, parse_rate, parse_duration, parse_date):
        assert parse(raw) is MISSING


@pytest.mark.parametrize(("raw", "value"), [("12.3%", 0.123), ("0.123", 0.123), ("1/8", 0.125)])
def test_rates(raw: str, value: float) -> None:
    assert parse_rate(raw) == value


@pytest.mark.parametrize("raw", ["00:01:23", "1:23", "1分23秒", "83s", "83", "1m23s", "83秒"])
def test_durations(raw: str) -> None:
    assert parse_duration(raw) == 83.0


@pytest.mark.parametrize(
    "raw",
    [
        "2025/8/1",
        "2025-08-01T00:00:00",
        "2025年8月1日",
        "2025-08-01",
        "20250801",
        45870,
        "45870",
        datetime(2025, 8, 1, 9, 30),
        date(2025, 8, 1),
        "2025.8.1",
    ],
)
def test_dates(raw: object) -> None:
    assert parse_date(raw) == date(2025, 8, 1)


def test_day_month_order_is_confirmed_when_ambiguous() -> None:
    with pytest.raises(ValueProblem, match="ambiguous"):
        parse_date("08/01/2025")
    assert parse_date("08/01/2025", "mdy") == date(2025, 8, 1)
    assert parse_date("08/01/2025", "dmy") == date(2025, 1, 8)
    assert parse_date("13/01/2025") == date(2025, 1, 13)  # only one reading possible
    assert parse_datetime("2025/8/1 18:30") == datetime(2025, 8, 1, 18, 30)


@pytest.mark.parametrize(
    ("parse", "raw"),
    [
        (parse_number, "lots"),
        (parse_number, "nan"),
        (parse_integer, "1.5"),
        (parse_date, "2025/2/30"),
        (parse_date, "soon"),
        (parse_duration, "a while"),
        (parse_rate, "1/0"),
        (parse_date, 12.0),
    ],
)
def test_problems_have_reasons(parse: object, raw: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse(raw)  # type: ignore[operator]
    assert caught.value.reason.startswith("is ") or "divides" in caught.value.reason


CELLS = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,%-万亿wWkK/:年月日分秒s ", max_size=12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.none(),
)


@settings(max_examples=600, deadline=None, database=None)
@given(CELLS)
def test_fuzzed_cells_parse_or_give_a_reason(raw: object) -> None:
    for kind in ("text", "integer", "number", "rate", "duration", "date", "datetime"):
        try:
            parser_for(kind)(raw)
        except ValueProblem as exc:
            assert exc.reason
