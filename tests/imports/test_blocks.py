"""Blocks of rows read at once (app.imports.blocks, MetricsWriter.add_block): always the
values, problems and stored rows that reading row by row gives."""

from __future__ import annotations

import gc
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db.database import Database
from app.imports.blocks import Block, parse_blocks
from app.imports.pipeline import ImportService
from app.imports.rows import parse_rows
from app.imports.types import ImportSettings, TargetField
from app.kpi.target import MetricsWriter
from tests.imports.stored import daily, table_dump

FIELDS = {
    "account": TargetField("account", "Account", "text"),
    "date": TargetField("date", "Date", "date"),
    "metric": TargetField("metric", "Metric", "text"),
    "value": TargetField("value", "Value", "number"),
    "m:likes": TargetField("m:likes", "Likes", "integer"),
    "m:completion_rate": TargetField("m:completion_rate", "Completion", "rate"),
    "m:avg_watch_time": TargetField("m:avg_watch_time", "Watch time", "duration"),
}
HEADER = ("Account", "Date", "Metric", "Value", "Likes", "Completion", "Watch time")
SETTINGS = ImportSettings(mapping=dict(enumerate(FIELDS)))
DAY = date(2025, 8, 1)


def _plain(n: int) -> list[object]:
    return ["brand_wb", DAY + timedelta(days=n), "views", float(n), 3.0, 0.5, 61.0]


# Blocks with something in them a block may not take at once, each among plain rows.
ODD_ROWS: list[list[object]] = [
    ["Total", None, None, 9.0, 9.0, None, None],  # a totals row
    ["", None, None, None, None, None, None],  # a blank row
    ["brand_wb", "2025/8/1", "views", "1,234", "1.2万", "12.3%", "1分23秒"],  # texts to read
    ["brand_wb", DAY, "views", True, 3.0, 0.5, 61.0],  # a cell of the wrong kind
    ["brand_wb", DAY, "views", 1.0, 2.5, 0.5, 61.0],  # not a whole number of likes
    ["brand_wb", DAY, "views", float("inf"), 3.0, 0.5, 61.0],  # not finite
    ["brand_wb", DAY, "views", 1.0, 3.0, 0.5],  # a cell short
    ["brand_wb", DAY, "views", 1.0, 3.0, 0.5, 61.0, "note"],  # a cell over
    ["brand_wb", DAY, "views", "--", "", "n/a", "-"],  # missing values
    ["  ", DAY, "views", 1.0, 3.0, 0.5, 61.0],  # a blank first cell on a data row
    [0.0, DAY, "views", 1.0, 3.0, 0.5, 61.0],  # a zero first cell
    ["brand_wb", DAY, "views", 1, 3, "1/8", 61],  # whole numbers as int cells
    ["brand_wb", "2025/8/1", "views", "12", "3", "0.5", "61"],  # every cell a text
    ["brand_wb", datetime(2025, 8, 1, 9, 30), "views", 1.0, 3.0, 0.5, 61.0],
]


def _both(rows: list[list[object]], size: int) -> tuple[list[object], list[object], int]:
    """Rows read row by row and in blocks of ``size``; and how many blocks came whole."""
    numbered = [(n + 2, cells) for n, cells in enumerate(rows)]
    by_row = list(
        parse_rows(iter([(1, list(HEADER)), *numbered]), "f.xlsx", HEADER, 1, SETTINGS, FIELDS)
    )
    raw = [
        ([row for row, _ in numbered[i : i + size]], [c for _, c in numbered[i : i + size]])
        for i in range(0, len(numbered), size)
    ]
    whole = 0
    by_block: list[object] = []
    for item in parse_blocks(iter(raw), "f.xlsx", HEADER, 1, SETTINGS, FIELDS):
        if isinstance(item, Block):
            whole += 1
            by_block.extend((row, values, []) for row, values in item.records())
        else:
            by_block.append(item)
    return list(by_row), by_block, whole


@pytest.mark.parametrize("odd", range(len(ODD_ROWS)))
def test_a_block_reads_as_its_rows_would_one_by_one(odd: int) -> None:
    rows = [_plain(n) for n in range(8)]
    rows[5] = ODD_ROWS[odd]
    by_row, by_block, whole = _both(rows, 4)
    assert by_block == by_row
    assert whole >= 1  # the first four rows are plain: read as one block


def test_plain_rows_come_as_whole_blocks_and_skip_the_header() -> None:
    rows = [_plain(n) for n in range(10)]
    by_row, by_block, whole = _both(rows, 4)
    assert by_block == by_row and whole == 3
    assert by_block[0] == (
        2,
        {
            "account": "brand_wb",
            "date": DAY,
            "metric": "views",
            "value": 0.0,
            "m:likes": 3.0,
            "m:completion_rate": 0.5,
            "m:avg_watch_time": 61.0,
        },
        [],
    )


Queued = tuple[list[tuple[tuple[Any, ...], float]], list[tuple[tuple[Any, ...], float]]]


def _writer(
    db: Database, add_blocks: bool, columns: list[str], rows: list[list[object]]
) -> tuple[Queued, bool | None]:
    """A writer fed the rows one by one, or as one block; and what add_block said."""
    with db.session() as s:
        writer = MetricsWriter(s, 0, {})
        took = None
        if add_blocks:
            values = {name: [r[i] for r in rows] for i, name in enumerate(columns)}
            took = writer.add_block(values, len(rows))
        else:
            for r in rows:
                writer.add(dict(zip(columns, r, strict=True)))
        pending = list(writer.daily.pending.items()), list(writer.posts_values.pending.items())
        s.rollback()
    return pending, took


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        (  # a long file: one metric named on each row
            ["account", "date", "metric", "value"],
            [
                ["brand_wb", DAY, "views", 1.0],
                ["品牌微博", DAY, "点赞数", 2.0],
                ["Lumio", DAY, "Views", None],
                ["brand_wb", DAY, "views", 4.0],  # the same key again: its last value
            ],
        ),
        (  # a wide file: a metric per column, some missing, one row with none at all
            ["account", "date", "m:views", "m:likes"],
            [
                ["brand_wb", DAY, 1.0, None],
                ["lumio_dy", DAY, None, 2.0],
                ["brand_wb", DAY + timedelta(days=1), None, None],
                ["brand_wb", DAY + timedelta(days=2), 5.0, 6.0],
            ],
        ),
    ],
)
def test_a_block_is_queued_as_its_rows_would_be(
    db: Database, accounts: dict[str, str], columns: list[str], rows: list[list[object]]
) -> None:
    by_row, _ = _writer(db, False, columns, rows)
    by_block, took = _writer(db, True, columns, rows)
    assert took is True
    assert by_block == by_row  # the same keys, values and order


@pytest.mark.parametrize(
    ("columns", "row"),
    [
        (["account", "date", "metric", "value"], ["nobody", DAY, "views", 1.0]),
        (["account", "date", "metric", "value"], ["brand_wb", DAY, "no such metric", 1.0]),
        (["account", "date", "metric", "value"], ["brand_wb", None, "views", 1.0]),
        (["account", "date", "metric", "value"], [None, DAY, "views", 1.0]),
        (["account", "date", "metric", "value"], ["brand_wb", DAY, "views", "1"]),
        (["account", "post_id", "metric", "value"], ["brand_wb", "p1", "views", 1.0]),
    ],
)
def test_a_block_the_writer_is_not_sure_of_is_left_to_add(
    db: Database, accounts: dict[str, str], columns: list[str], row: list[object]
) -> None:
    rows = [["brand_wb", DAY, "views", 1.0], row] if columns[1] == "date" else [row]
    pending, took = _writer(db, True, columns, rows)
    assert took is False and pending == ([], [])  # nothing queued: add() names the problem


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    sheet.append(["Account", "Date", "Metric", "Value"])
    for cells in rows:
        sheet.append(cells)
    book.save(path)
    return path


def test_problems_deep_in_a_sheet_are_each_reported_and_nothing_is_stored(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["brand_wb", date(2000, 1, 1) + timedelta(days=i), "views", i] for i in range(12000)
    ]
    rows[6999][0] = "nobody"  # file row 7001
    rows[8999][3] = "lots"  # file row 9001
    rows[11000][2] = "no such metric"  # file row 11002
    before = table_dump(db_path)
    result = imports.run(_sheet(tmp_path / "weibo.xlsx", rows), "metrics")
    assert not result.ok
    assert [(p.row, p.column, p.value, p.reason) for p in result.problems] == [
        (7001, "Account", "nobody", "is not an account in Social Desk"),
        (9001, "Value", "lots", "is not a number"),
        (11002, "Metric", "no such metric", "is not a known metric; add it in the KPI tab first"),
    ]
    assert table_dump(db_path) == before


def test_a_sheet_with_a_totals_row_and_blank_rows_stores_its_data_rows(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["brand_wb", date(2000, 1, 1) + timedelta(days=i), "views", i] for i in range(9000)
    ]
    rows[6000:6000] = [[None, None, None, None], ["品牌微博", date(1999, 1, 1), "点赞数", 7]]
    rows.append(["合计", None, None, 123])
    result = imports.run(_sheet(tmp_path / "weibo.xlsx", rows), "metrics")
    assert result.ok and (result.added, result.skipped) == (9001, 0)
    stored = daily(db_path)
    assert stored[0] == ("brand_wb", "1999-01-01", "likes", 7.0)
    assert stored[-1] == ("brand_wb", "2024-08-21", "views", 8999.0)


def test_the_collector_has_every_object_back_after_an_import(
    imports: ImportService, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "weibo.xlsx", [["brand_wb", date(2000, 1, 1), "views", 1]])
    assert imports.run(path, "metrics").ok
    assert gc.get_freeze_count() == 0
    # A program that froze objects itself (before forking, say) keeps them frozen.
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert imports.run(path, "metrics").ok
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


def test_csv_lines_are_counted_past_cells_that_span_lines(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    lines = ["报表 2025-08", "Account,Date,Metric,Value,Note"]
    for i in range(12000):
        note = "第一行\r\n第二行\n第三行" if i in (10, 7000) else "-"
        value = "lots" if i in (20, 9000) else str(i)
        lines.append(f'brand_wb,{date(2000, 1, 1) + timedelta(days=i)},views,{value},"{note}"')
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = imports.run(path, "metrics")
    # Data row i starts on line i + 3, two lines later after each three-line note.
    assert [(p.row, p.value) for p in result.problems] == [(25, "lots"), (9007, "lots")]
    assert [r.row for r in imports.preview(path, "metrics").rows][10:13] == [13, 16, 17]
