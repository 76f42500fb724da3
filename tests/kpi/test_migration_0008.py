"""A database at revision 0007 opens at 0008: KPI data kept, reports table and indexes added."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.kpi.analytics_types import KpiFilter, ReportDraft
from app.workspace import Workspace

NOW = "2026-06-01 08:00:00.000000"
ACCOUNT = "00000000-0000-4000-8000-0000000000a1"


def make_0007_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0007")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO accounts (id, uuid, platform_id, handle, display_name, active,"
                    " created_at, updated_at, version) SELECT 1, :uuid, id, 'brand_wb', '品牌微博',"
                    " 1, :now, :now, 1 FROM platforms WHERE code = 'weibo'"
                ),
                {"uuid": ACCOUNT, "now": NOW},
            )
            for day, views in (("2026-05-30", 100.0), ("2026-05-31", 250.0)):
                con.execute(
                    text(
                        "INSERT INTO kpi_account_metrics (account_id, day, metric_id, value)"
                        " SELECT 1, :day, id, :views FROM kpi_metrics WHERE code = 'views'"
                    ),
                    {"day": day, "views": views},
                )
            con.execute(
                text(
                    "INSERT INTO kpi_posts (id, platform_id, post_ref, account_id, title,"
                    " permalink, post_type, published_at) SELECT 1, platform_id, 'p1', 1,"
                    " '五月直播', '', '视频', '2026-05-31 20:00:00' FROM accounts WHERE id = 1"
                ),
            )
            con.execute(
                text(
                    "INSERT INTO kpi_post_metrics (post_id, metric_id, value)"
                    " SELECT 1, id, 900 FROM kpi_metrics WHERE code = 'views'"
                ),
            )
    finally:
        engine.dispose()


def test_0007_database_gains_saved_reports_with_its_kpi_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0007_database(path)
    assert read_revision(path) == "0007"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        inspector = inspect(ws.db.engine)
        assert "kpi_reports" in inspector.get_table_names()
        indexes = {i["name"] for i in inspector.get_indexes("kpi_account_metrics")}
        assert "ix_kpi_account_metrics_series" in indexes
        assert "ix_kpi_posts_published" in {i["name"] for i in inspector.get_indexes("kpi_posts")}

        first, last = date(2026, 5, 1), date(2026, 5, 31)
        may = KpiFilter(preset="custom", start=first, end=last, metrics=("views",))
        [views] = ws.kpi.series(may)
        assert views.values[-2:] == (100.0, 250.0)
        [post] = ws.kpi.top_posts(may)
        assert (post.title, post.views, post.account_handle) == ("五月直播", 900, "brand_wb")
        saved = ws.kpi.save_report(ReportDraft("month", first, last, commentary="好"))
        assert [r.uuid for r in ws.kpi.list_reports()] == [saved.uuid]
    finally:
        ws.close()
