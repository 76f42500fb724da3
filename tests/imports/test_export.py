"""Exports open in Excel with Chinese intact and never run a cell as a formula."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import python_calamine

from app.imports.exporter import write_csv, write_xlsx

ROWS = [
    ['=HYPERLINK("http://x")', -5],
    ["+1", 1.5],
    ["@SUM(A1)", 0],
    ["\tx", None],
    ["\rcmd", date(2025, 8, 1)],
    ["-3 stars", 7],
    ["品牌微博 🎉", 2],
]


def test_csv_has_a_bom_and_defused_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_csv(path, ["文本", "数"], ROWS) == 7
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [
        ["文本", "数"],
        ['\'=HYPERLINK("http://x")', "-5"],
        ["'+1", "1.5"],
        ["'@SUM(A1)", "0"],
        ["'\tx", ""],
        ["'\rcmd", "2025-08-01"],
        ["'-3 stars", "7"],
        ["品牌微博 🎉", "2"],
    ]


def test_xlsx_stores_text_as_text_never_as_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["文本", "数"], ROWS)
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    rows = list(
        python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows()
    )
    assert rows[1] == ['=HYPERLINK("http://x")', -5.0]
    assert rows[7] == ["品牌微博 🎉", 2.0]
