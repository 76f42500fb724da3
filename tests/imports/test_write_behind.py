"""Inserts written behind on a second thread: still all or nothing, in order, and gone
when the import ends (app.imports.behind)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from app.imports.pipeline import ImportService
from app.imports.types import ImportCancelled, ImportSettings
from tests.imports import corpus
from tests.imports.stored import daily, post_values, table_dump


def _sheet(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    sheet.append(["Account", "Date", "Metric", "Value"])
    for i in range(rows):
        sheet.append(["brand_wb", date(2000, 1, 1) + timedelta(days=i), "views", i])
    book.save(path)
    return path


def _writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("import writer")]


def _refuse_from(db_path: Path, rows: int) -> None:
    """Another program's trigger refuses the table's ``rows``-th row."""
    with sqlite3.connect(db_path) as con:
        con.execute(
            "CREATE TRIGGER refuse AFTER INSERT ON kpi_account_metrics "
            f"WHEN (SELECT count(*) FROM kpi_account_metrics) >= {rows} "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        )


def test_a_sheet_imports_whole_and_leaves_no_thread_behind(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    result = imports.run(_sheet(tmp_path / "weibo.xlsx", 12000), "metrics")
    assert result.ok and result.added == 12000
    stored = daily(db_path)
    assert len(stored) == 12000 and stored[0] == ("brand_wb", "2000-01-01", "views", 0.0)
    assert not _writer_threads()


def test_an_insert_failing_on_the_writer_thread_fails_the_import_and_stores_nothing(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "weibo.xlsx", 12000)
    before = table_dump(db_path)
    _refuse_from(db_path, 8000)  # the second chunk's insert fails, behind
    with pytest.raises(IntegrityError, match="disk says no"):
        imports.run(path, "metrics")
    with sqlite3.connect(db_path) as con:
        con.execute("DROP TRIGGER refuse")
    assert table_dump(db_path) == before
    assert not _writer_threads()
    # The same database imports the same file afterwards: nothing was left half done.
    assert imports.run(path, "metrics").added == 12000


def test_an_insert_failing_on_the_last_chunk_is_not_lost_at_the_end(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "weibo.xlsx", 7000)
    before = table_dump(db_path)
    _refuse_from(db_path, 6000)  # fails in the very last insert, after the last row
    with pytest.raises(IntegrityError, match="disk says no"):
        imports.run(path, "metrics")
    assert table_dump(db_path) == before


def test_cancel_mid_sheet_leaves_the_database_as_before(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "weibo.xlsx", 20000)
    before = table_dump(db_path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        imports.run(
            path,
            "metrics",
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,  # two chunks written (or being written)
        )
    assert seen[0] == (5001, 20001)
    assert table_dump(db_path) == before
    assert not _writer_threads()


def test_posts_looked_up_while_their_values_are_written_behind(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    # Each chunk creates posts (statements of its own) while the chunk before is still
    # being inserted: they must wait for it, and every value lands on its post.
    rows = [f"brand_wb,p{i % 3000},views,{i}" for i in range(12000)]
    path = corpus.write(
        tmp_path / "posts.csv", "Account,Post ID,Metric,Value\n" + "\n".join(rows) + "\n", "utf-8"
    )
    settings = ImportSettings(mapping={0: "account", 1: "post_id", 2: "metric", 3: "value"})
    result = imports.run(path, "metrics", settings=settings)
    assert result.ok and result.added == 3000
    # A post repeated in a later chunk keeps its last value, counted once.
    assert post_values(db_path) == sorted(
        [(f"p{n}", "views", None, float(9000 + n)) for n in range(3000)], key=repr
    )


def test_inserts_respect_a_small_limit_of_values_per_statement(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    # An SQLite built with a low limit (old builds allow 999 ``?`` per statement): 100
    # lets one statement insert 20 rows of five values.
    engine = imports.db.engine

    def limit(dbapi_connection: sqlite3.Connection, _: object) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)

    event.listen(engine, "connect", limit)
    engine.dispose()
    try:
        result = imports.run(_sheet(tmp_path / "weibo.xlsx", 1000), "metrics")
    finally:
        event.remove(engine, "connect", limit)
        engine.dispose()
    assert result.ok and result.added == 1000
    assert len(daily(db_path)) == 1000
