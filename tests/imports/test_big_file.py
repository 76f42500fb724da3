"""A 200 MB export imports in bounded memory (measured in a child process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.imports.pipeline import IMPORT_CACHE_KIB, ImportService
from tests.imports.stored import daily

# The child's own peak: VmHWM of its memory map. (ru_maxrss is no good here: Linux
# carries the parent's peak across fork and exec, and pytest's own process grows past
# the bound in a full run.)
CHILD = textwrap.dedent(
    """
    import re, sys
    from pathlib import Path
    from app.db.database import open_database
    from app.imports.pipeline import ImportService

    db = open_database(Path(sys.argv[1]))
    result = ImportService(db).run(Path(sys.argv[2]), "metrics")
    db.close()
    status = Path("/proc/self/status").read_text()
    peak_kib = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
    print(result.added, result.problem_count, peak_kib)
    """
)


@pytest.mark.slow
def test_200_mb_csv_imports_in_bounded_memory(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    imports.db.close()
    path = tmp_path / "big.csv"
    note = "作品描述 " + "x" * 150  # a long text column the mapping ignores
    first = date(2000, 1, 1)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("Account,Date,Metric,Value,Note\n")
        while f.tell() < 200 * 1024 * 1024:
            day = (first + timedelta(days=rows // 2)).isoformat()
            metric = "views" if rows % 2 == 0 else "likes"
            f.write(f'brand_wb,{day},{metric},{rows % 1000},"{note} {rows}"\n')
            rows += 1
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    out = subprocess.run(
        [sys.executable, str(script), str(db_path), str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=1800,
    ).stdout.split()
    added, problems, peak_kib = (int(x) for x in out)
    assert (added, problems) == (rows, 0)
    # SQLite's page cache may grow to IMPORT_CACHE_KIB during an import (it is capped
    # there); beyond it the import holds a few thousand rows, whatever the file's size:
    # the 200 MB file's rows as Python objects alone would take well over a gigabyte.
    assert peak_kib < IMPORT_CACHE_KIB + 100 * 1024
    assert len(daily(db_path)) == rows


# calamine's own peak for the same sheet read to lists: the bound for the import's.
CALAMINE_CHILD = textwrap.dedent(
    """
    import re, sys
    from pathlib import Path
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
    rows = book.get_sheet_by_index(0).to_python()
    status = Path("/proc/self/status").read_text()
    print(len(rows), int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)))
    """
)


@pytest.mark.slow
def test_a_big_sheet_imports_in_memory_bounded_by_reading_it(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    imports.db.close()
    path = tmp_path / "big.xlsx"
    rows = 200_000
    book = Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    sheet.append(["Account", "Date", "Metric", "Value", "Note"])
    first = date(2000, 1, 1)
    for i in range(rows):
        day = first + timedelta(days=i // 2)
        sheet.append(["brand_wb", day, "views" if i % 2 == 0 else "likes", i, f"作品 {i}"])
    book.save(path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    peaks = []
    for code, args in ((CALAMINE_CHILD, [path]), (CHILD, [db_path, path])):
        script = tmp_path / "child.py"
        script.write_text(code)
        out = subprocess.run(
            [sys.executable, str(script), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=1800,
        ).stdout.split()
        peaks.append(int(out[-1]))
        if code is CHILD:
            assert (int(out[0]), int(out[1])) == (rows, 0)
    read_kib, import_kib = peaks
    # Beyond reading the sheet (calamine holds all of it), the import holds SQLite's
    # page cache and a few thousand rows (two chunks while one is written behind).
    assert import_kib < read_kib + IMPORT_CACHE_KIB + 100 * 1024
    assert len(daily(db_path)) == rows
