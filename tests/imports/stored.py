"""What an import stored, read back with plain sqlite3 (no code under test)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def daily(db_path: Path) -> list[tuple[str, str, str, float]]:
    """Every account daily value as (handle, day, metric code, value), sorted."""
    with sqlite3.connect(db_path) as con:
        return sorted(
            con.execute(
                "SELECT a.handle, m.day, k.code, m.value FROM kpi_account_metrics m "
                "JOIN accounts a ON a.id = m.account_id JOIN kpi_metrics k ON k.id = m.metric_id"
            ).fetchall()
        )


def post_values(db_path: Path) -> list[tuple[str, str, str | None, float]]:
    """Every post value as (post_ref, metric code, snapshot day, value), sorted."""
    with sqlite3.connect(db_path) as con:
        return sorted(
            con.execute(
                "SELECT p.post_ref, k.code, m.snapshot_date, m.value FROM kpi_post_metrics m "
                "JOIN kpi_posts p ON p.id = m.post_id JOIN kpi_metrics k ON k.id = m.metric_id"
            ).fetchall(),
            key=repr,
        )


def table_dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import writes, to compare before and after."""
    with sqlite3.connect(db_path) as con:
        return {
            t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in (
                "kpi_account_metrics",
                "kpi_posts",
                "kpi_post_metrics",
                "import_runs",
                "import_changes",
            )
        }
