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
