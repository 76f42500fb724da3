"""A database at revision 0009 opens at 0010: its account metrics kept, the index on
metric_id alone gone, and what it served still served by the series index."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.kpi.analytics_types import KpiFilter
from app.workspace import Workspace
from tests.kpi.test_migration_0008 import make_0007_database


def make_0009_database(path: Path) -> None:
    make_0007_database(path)  # raw SQL: an account, two days of views, a post
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0009")
    finally:
        engine.dispose()


def test_0009_database_keeps_its_metrics_without_the_single_metric_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "team.db"
    make_0009_database(path)
    assert read_revision(path) == "0009"
    con = sqlite3.connect(path)
    assert con.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'ix_kpi_account_metrics_metric_id'"
    ).fetchone()
    con.close()

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        indexes = {i["name"] for i in inspect(ws.db.engine).get_indexes("kpi_account_metrics")}
        assert "ix_kpi_account_metrics_metric_id" not in indexes
        assert {"ix_kpi_account_metrics_series", "ix_kpi_account_metrics_import_id"} <= indexes
        may = KpiFilter(
            preset="custom", start=date(2026, 5, 1), end=date(2026, 5, 31), metrics=("views",)
        )
        [views] = ws.kpi.series(may)
        assert views.values[-2:] == (100.0, 250.0)
    finally:
        ws.close()

    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        plan = " ".join(
            str(row[-1])
            for row in con.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM kpi_account_metrics WHERE metric_id = 3"
            )
        )
        assert "ix_kpi_account_metrics_series" in plan  # a metric's rows: still an index
        # The metric in use can still not be removed (the foreign key finds its rows).
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("DELETE FROM kpi_metrics WHERE code = 'views'")
    finally:
        con.close()
