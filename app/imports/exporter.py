"""Writing tables out: CSV (UTF-8 with a BOM, so Excel shows Chinese) and XLSX.

Every table a tab exports goes through here, so that text a user or a platform wrote
can never run as a formula when a colleague opens the file: in CSV a text cell starting
with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading apostrophe (what
Excel and LibreOffice show as plain text); in XLSX such cells are stored as strings,
never as formulas. Rows stream: a million-row export needs no more memory than ten.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | date | datetime | time | None


def defuse(text: str) -> str:
    """Text that a spreadsheet will show, not evaluate."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, date | datetime | time):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return defuse(str(value))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a CSV; returns the number of data rows."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([defuse(h) for h in header])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
    return count


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str = "Sheet1"
) -> int:
    """Write a one-sheet workbook; returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])

    def cell(value: Cell) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=None)
        if isinstance(value, str):
            # Assigned after creation with the type forced: openpyxl would otherwise
            # store text starting with "=" as a formula.
            c.value = value
            c.data_type = "s"
        else:
            c.value = value
        return c

    ws.append([cell(h) for h in header])
    count = 0
    for row in rows:
        ws.append([cell(v) for v in row])
        count += 1
    book.save(path)
    return count
