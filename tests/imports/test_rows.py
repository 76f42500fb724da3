"""Rows to values: the short path for the common row gives what the long path gives."""

from __future__ import annotations

from datetime import UTC, date

from app.imports.rows import parse_rows
from app.imports.types import ImportSettings, TargetField

FIELDS = {
    "account": TargetField("account", "Account", "text", required=True),
    "date": TargetField("date", "Date", "date"),
    "value": TargetField("value", "Value", "number"),
}
SETTINGS = ImportSettings(mapping={0: "account", 1: "date", 2: "value"})
HEADER = ("Account", "Date", "Value")


def _parse(*rows: list[object]) -> list[tuple[int, dict[str, object], list[str]]]:
    records = iter([(1, list(HEADER)), *((n + 2, cells) for n, cells in enumerate(rows))])
    return [
        (row, values, [f"{p.column}: {p.reason}" for p in problems])
        for row, values, problems in parse_rows(records, "f.xlsx", HEADER, 1, SETTINGS, FIELDS)
    ]


def test_cells_that_compare_equal_across_types_are_not_read_as_each_other() -> None:
    # True == 1 == 1.0 in Python: a name read once for one must not answer for another.
    parsed = _parse(
        [1, date(2025, 8, 1), 1.0],
        [True, "2025-08-01", "1"],
        [1.0, date(2025, 8, 1), True],
    )
    assert [values["account"] for _, values, _ in parsed] == ["1", "True", "1"]
    assert parsed[1][1]["date"] == date(2025, 8, 1)
    assert parsed[2][2] == ["Value: is not a number"]


def test_repeated_names_and_missing_cells_read_the_same_every_time() -> None:
    rows = [["brand_wb", "2025/8/1", "--"], ["brand_wb", date(2025, 8, 1), ""]] * 3
    parsed = _parse(*rows, ["--", "2025/8/2", 5], ["brand_wb", "2025/8/3", "lots"])
    for _, values, problems in parsed[:6]:
        assert values == {"account": "brand_wb", "date": date(2025, 8, 1), "value": None}
        assert problems == []
    assert parsed[6][2] == ["Account: is required"]
    assert parsed[7][1] == {"account": "brand_wb", "date": date(2025, 8, 3)}
    assert parsed[7][2] == ["Value: is not a number"]


def test_totals_blank_and_short_rows_after_plain_ones_are_still_seen() -> None:
    parsed = _parse(
        ["brand_wb", "2025/8/1", 1],
        ["Total", None, 9],
        ["  ", None, None],
        [None, "2025/8/2", 2],
        ["brand_wb", "2025/8/3"],
        ["brand_wb", "2025/8/4", 4, "extra"],
    )
    assert [row for row, _, _ in parsed] == [2, 5, 6, 7]
    assert parsed[1][2] == ["Account: is required"]
    assert parsed[2][1] == {"account": "brand_wb", "date": date(2025, 8, 3), "value": None}
    assert parsed[2][2] == [": has 2 cells; the header has 3"]
    assert parsed[3][1] == {"account": "brand_wb", "date": date(2025, 8, 4), "value": 4.0}
    assert parsed[3][2] == [": has 4 cells; the header has 3"]


def test_the_same_instant_in_two_zones_keeps_each_row_s_wall_clock_time() -> None:
    from datetime import datetime, timedelta, timezone

    fields = {"published_at": TargetField("published_at", "Publish time", "datetime")}
    settings = ImportSettings(mapping={0: "published_at"})
    utc = datetime(2025, 8, 1, 12, 0, tzinfo=UTC)
    beijing = utc.astimezone(timezone(timedelta(hours=8)))
    assert utc == beijing  # equal as instants: a memo keyed on them would mix them up
    records = iter([(1, ["Publish time"]), (2, [utc]), (3, [beijing])])
    parsed = list(parse_rows(records, "f.xlsx", ("Publish time",), 1, settings, fields))
    assert [values["published_at"] for _, values, _ in parsed] == [
        datetime(2025, 8, 1, 12, 0),
        datetime(2025, 8, 1, 20, 0),
    ]
