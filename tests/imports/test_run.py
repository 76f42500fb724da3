"""An import run: all or nothing, skipping bad rows, upsert counts, history, rollback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.database import Database, open_database
from app.imports.exporter import write_csv
from app.imports.history import ImportHistory
from app.imports.pipeline import ImportService
from app.imports.presets import PresetService
from app.imports.types import ImportCancelled, ImportSettings
from app.validation import InvalidInput
from tests.imports import corpus
from tests.imports.stored import daily, table_dump


def _file(tmp_path: Path, name: str, rows: list[str]) -> Path:
    return corpus.write(
        tmp_path / name, "Account,Date,Metric,Value\n" + "\n".join(rows) + "\n", "utf-8"
    )


def test_a_file_with_problems_imports_nothing_and_says_why(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = _file(
        tmp_path,
        "bad.csv",
        [
            "brand_wb,2025/8/1,views,100",
            "brand_wb,2025/8/2,views,lots",
            "nobody,2025/8/3,views,5",
            "brand_wb,2025/13/3,views,5",
            "brand_wb,2025/8/4,no such metric,5",
        ],
    )
    before = table_dump(db_path)
    result = imports.run(path, "metrics")
    assert not result.ok and result.problem_count == 4
    assert [(p.file, p.row, p.column, p.value, p.reason) for p in result.problems] == [
        ("bad.csv", 3, "Value", "lots", "is not a number"),
        ("bad.csv", 4, "Account", "nobody", "is not an account in Social Desk"),
        ("bad.csv", 5, "Date", "2025/13/3", "is not a real date"),
        (
            "bad.csv",
            6,
            "Metric",
            "no such metric",
            "is not a known metric; add it in the KPI tab first",
        ),
    ]
    assert table_dump(db_path) == before  # not even a history line

    report = tmp_path / "report.csv"
    write_csv(
        report,
        ["file", "row", "column", "value", "reason"],
        ([p.file, p.row, p.column, p.value, p.reason] for p in result.problems),
    )
    assert report.read_bytes().startswith(
        b"\xef\xbb\xbffile,row,column,value,reason\r\nbad.csv,3,Value,lots,"
    )

    skipping = imports.run(
        path,
        "metrics",
        settings=ImportSettings(
            imports.preview(path, "metrics").mapping, "Social Desk metrics", skip_bad_rows=True
        ),
    )
    assert skipping.ok and (skipping.added, skipping.skipped, skipping.problem_count) == (1, 4, 4)
    assert daily(db_path) == [("brand_wb", "2025-08-01", "views", 100.0)]


def test_reimport_never_doubles_and_counts_added_updated_unchanged(
    imports: ImportService, history: ImportHistory, db_path: Path, tmp_path: Path
) -> None:
    first = _file(
        tmp_path, "w1.csv", ["brand_wb,2025/8/1,views,100", "brand_wb,2025/8/2,views,200"]
    )
    assert imports.run(first, "metrics").added == 2
    again = imports.run(first, "metrics")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    overlap = _file(
        tmp_path,
        "w2.csv",
        [
            "brand_wb,2025/8/2,views,250",
            "brand_wb,2025/8/3,views,300",
            "brand_wb,2025/8/1,views,100",
        ],
    )
    result = imports.run(overlap, "metrics")
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    assert daily(db_path) == [
        ("brand_wb", "2025-08-01", "views", 100.0),
        ("brand_wb", "2025-08-02", "views", 250.0),
        ("brand_wb", "2025-08-03", "views", 300.0),
    ]
    lines = history.list("metrics")
    assert [(r.file_name, r.added, r.updated, r.unchanged) for r in lines] == [
        ("w2.csv", 1, 1, 1),
        ("w1.csv", 0, 0, 2),
        ("w1.csv", 2, 0, 0),
    ]
    assert lines[1].content_hash == lines[2].content_hash and len(lines[0].content_hash) == 64
    assert lines[0].file_size == overlap.stat().st_size and lines[0].preset == "Social Desk metrics"


def test_rollback_restores_exactly_what_an_import_added_or_changed(
    imports: ImportService, history: ImportHistory, db_path: Path, tmp_path: Path
) -> None:
    imports.run(
        _file(tmp_path, "a.csv", ["brand_wb,2025/8/1,views,100", "brand_wb,2025/8/2,views,200"]),
        "metrics",
    )
    before = table_dump(db_path)
    b = imports.run(
        _file(tmp_path, "b.csv", ["brand_wb,2025/8/2,views,999", "brand_wb,2025/8/3,likes,7"]),
        "metrics",
    )
    c = imports.run(_file(tmp_path, "c.csv", ["brand_wb,2025/8/3,likes,8"]), "metrics")
    with pytest.raises(InvalidInput, match="roll those back first"):
        history.rollback(b.import_id or 0)
    history.rollback(c.import_id or 0)
    assert ("brand_wb", "2025-08-03", "likes", 7.0) in daily(db_path)
    record = history.rollback(b.import_id or 0)
    assert record.rolled_back_at is not None
    after = table_dump(db_path)
    assert after["kpi_account_metrics"] == before["kpi_account_metrics"]
    assert after["import_changes"] == []
    with pytest.raises(InvalidInput, match="already"):
        history.rollback(b.import_id or 0)


def test_cancel_leaves_nothing_and_progress_is_reported(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows = [f"brand_wb,{2000 + i // 365}/{1 + i % 12}/{1 + i % 28},views,{i}" for i in range(12000)]
    path = _file(tmp_path, "big.csv", rows)
    before = table_dump(db_path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        imports.run(
            path,
            "metrics",
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 1,
        )
    assert table_dump(db_path) == before
    seen.clear()
    assert imports.run(path, "metrics", progress=lambda d, t: seen.append((d, t))).ok
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_presets_match_case_and_width_insensitively_and_are_shared(
    imports: ImportService, db: Database, db_path: Path, tmp_path: Path
) -> None:
    # Full-width letters, odd case and spaces: still the Social Desk preset.
    text = " ＡＣＣＯＵＮＴ ,date,METRIC,Ｖａｌｕｅ,note\nbrand_wb,2025/8/1,views,5,hi\n"
    path = corpus.write(tmp_path / "w.csv", text, "utf-8")
    preview = imports.preview(path, "metrics")
    assert preview.preset == "Social Desk metrics" and preview.ignored_columns == ("note",)

    odd = corpus.write(
        tmp_path / "odd.csv", "账号,日子,指标,数\nbrand_wb,2025/8/1,views,5\n", "utf-8"
    )
    assert imports.preview(odd, "metrics").preset is None
    PresetService(db).save(
        "metrics", "Our sheet", {"账号": "account", "日子": "date", "指标": "metric", "数": "value"}
    )
    other = open_database(db_path)  # a colleague on the same database file
    try:
        assert ImportService(other).preview(odd, "metrics").preset == "Our sheet"
    finally:
        other.close()
    with pytest.raises(InvalidInput, match="built-in"):
        PresetService(db).save("metrics", "Instagram posts", {"a": "account"})


def test_a_day_repeated_in_a_later_chunk_keeps_its_last_value_and_counts_once(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    # 7,000 days, then the first 6,000 of them again with new values: the second mention
    # comes in a later chunk than the first, which another thread may still be writing.
    days = [f"{2000 + i // 336}/{1 + i // 28 % 12}/{1 + i % 28}" for i in range(7000)]
    rows = [f"brand_wb,{d},views,{i}" for i, d in enumerate(days)]
    rows += [f"brand_wb,{d},views,{100000 + i}" for i, d in enumerate(days[:6000])]
    result = imports.run(_file(tmp_path, "twice.csv", rows), "metrics")
    assert (result.added, result.updated, result.unchanged) == (7000, 0, 0)
    values = sorted(v for *_, v in daily(db_path))
    assert values == sorted(
        [100000.0 + i for i in range(6000)] + [float(i) for i in range(6000, 7000)]
    )


def test_a_write_that_fails_midway_leaves_nothing(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    import sqlite3

    rows = [
        f"brand_wb,{2000 + i // 336}/{1 + i // 28 % 12}/{1 + i % 28},views,{i}"
        for i in range(12000)
    ]
    path = _file(tmp_path, "big.csv", rows)
    before = table_dump(db_path)
    # Another program's trigger refuses the 8,000th row: a write of a later chunk fails.
    with sqlite3.connect(db_path) as con:
        con.execute(
            "CREATE TRIGGER refuse AFTER INSERT ON kpi_account_metrics "
            "WHEN (SELECT count(*) FROM kpi_account_metrics) >= 8000 "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        )
    with pytest.raises(Exception, match="disk says no"):
        imports.run(path, "metrics")
    with sqlite3.connect(db_path) as con:
        con.execute("DROP TRIGGER refuse")
    assert table_dump(db_path) == before
