"""Hypothesis throws odd files at the CSV path: a report or a clean import, never a crash,
never half an import."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports.pipeline import ImportService
from app.imports.types import FileProblem
from tests.imports.stored import table_dump

CELL = st.one_of(
    st.sampled_from(
        [
            "brand_wb",
            "品牌微博",
            "views",
            "点赞数",
            "2025/8/1",
            "08/01/2025",
            "-",
            "",
            "1.2万",
            "12%",
        ]
    ),
    st.text(max_size=8),
    st.integers(-10, 10**6).map(str),
)
ROW = st.lists(CELL, min_size=0, max_size=6)
SEPARATOR = st.sampled_from([",", ";", "\t", "|"])
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])
HEADER = st.sampled_from(
    ["Account,Date,Metric,Value", "账号,日期", "", "sep=,\nAccount,Date,Metric,Value"]
)

FUZZ = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _check(imports: ImportService, db_path: Path, path: Path) -> None:
    before = table_dump(db_path)
    try:
        result = imports.run(path, "metrics")
    except FileProblem as exc:
        assert exc.reason
        assert table_dump(db_path) == before
        return
    if not result.ok:
        assert result.problem_count >= 1 and result.problems
        assert table_dump(db_path) == before
    else:
        after = table_dump(db_path)
        assert len(after["import_runs"]) == len(before["import_runs"]) + 1
        added = len(after["kpi_account_metrics"]) - len(before["kpi_account_metrics"])
        assert added == result.added


@FUZZ
@given(header=HEADER, rows=st.lists(ROW, max_size=12), sep=SEPARATOR, encoding=ENCODING)
def test_fuzzed_csv_files(
    imports: ImportService,
    db_path: Path,
    tmp_path: Path,
    header: str,
    rows: list[list[str]],
    sep: str,
    encoding: str,
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep)
    for row in rows:
        writer.writerow(row)
    text = header.replace(",", sep) + "\n" + buffer.getvalue()
    path = tmp_path / "fuzz.csv"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", "replace"))
    _check(imports, db_path, path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_fuzzed_bytes(imports: ImportService, db_path: Path, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"Account,Date,Metric,Value\n" + data)
    _check(imports, db_path, path)
