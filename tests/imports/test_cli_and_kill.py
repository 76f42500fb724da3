"""``socialdesk import`` for scheduled jobs, and a killed import leaving nothing behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli import main
from app.imports.pipeline import ImportService
from tests.imports import corpus
from tests.imports.stored import daily, table_dump


def test_cli_prints_counts_then_detects_nothing_new(
    imports: ImportService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.write(tmp_path / "daily.csv", corpus.daily_text(), "utf-8-sig")
    assert main(["import", "--db", str(db_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 added, 0 updated, 0 unchanged, 0 skipped (preset Social Desk metrics)" in out
    assert main(["import", "--db", str(db_path), "--preset", "Social Desk metrics", str(path)]) == 0
    assert "0 added, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert daily(db_path) == corpus.DAILY_STORED


def test_cli_reports_problems_with_a_non_zero_exit_and_stores_nothing(
    imports: ImportService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = corpus.write(tmp_path / "good.csv", corpus.daily_text(), "utf-8")
    bad = corpus.write(
        tmp_path / "bad.csv", corpus.daily_text() + "brand_wb,2025/8/9,views,x\n", "utf-8"
    )
    report = tmp_path / "report.csv"
    code = main(["import", "--db", str(db_path), "--report", str(report), str(bad), str(good)])
    assert code == 1
    captured = capsys.readouterr()
    assert "bad.csv: nothing imported, 1 problem(s):" in captured.err
    assert "row 6, Value: 'x' is not a number" in captured.err
    assert "good.csv: 3 added" in captured.out
    assert report.read_text("utf-8-sig").splitlines()[1] == "bad.csv,6,Value,x,is not a number"
    assert main(["import", "--db", str(db_path), str(tmp_path / "missing.csv")]) == 2
    assert main(["import", "--db", str(db_path), "--target", "nope", str(good)]) == 2


def test_meta_daily_series_needs_an_account_from_the_command_line(
    imports: ImportService, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.meta_daily(tmp_path / "follows.csv")
    assert main(["import", "--db", str(db_path), str(path)]) == 1
    assert "no column for Account" in capsys.readouterr().err
    assert main(["import", "--db", str(db_path), "--account", "品牌微博", str(path)]) == 0
    assert len(daily(db_path)) == 3


KILLED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.db.database import open_database
    from app.imports.pipeline import ImportService

    db = open_database(Path(sys.argv[1]))
    def progress(done, total):
        print("progress", done, total, flush=True)
    ImportService(db).run(Path(sys.argv[2]), "metrics", progress=progress)
    print("finished", flush=True)
    """
)


def test_kill_9_in_the_middle_of_a_100k_row_import_leaves_the_database_as_it_was(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    small = corpus.write(tmp_path / "first.csv", corpus.daily_text(), "utf-8")
    assert imports.run(small, "metrics").ok
    imports.db.close()
    lines = ["Account,Date,Metric,Value"] + [
        f"brand_wb,{2000 + i // 365 % 20}-{1 + i % 12:02d}-{1 + i % 28:02d},"
        f"{('views', 'likes', 'comments', 'shares', 'saves')[i // 7300 % 5]},{i}"
        for i in range(100_000)
    ]
    big = corpus.write(tmp_path / "big.csv", "\n".join(lines) + "\n", "utf-8")
    before = table_dump(db_path)
    script = tmp_path / "run_import.py"
    script.write_text(KILLED)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    seen = 0
    with subprocess.Popen(
        [sys.executable, str(script), str(db_path), str(big)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("progress"):
                seen += 1
                if seen == 4:  # 20,000 rows written inside the open transaction
                    os.kill(child.pid, signal.SIGKILL)
                    break
        child.wait(timeout=60)
    assert seen == 4
    assert child.returncode == -signal.SIGKILL
    assert table_dump(db_path) == before
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
