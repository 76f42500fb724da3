"""A database at revision 0003 opens at 0004: data kept, import and KPI tables added."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.db.backup import list_backups
from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.imports.pipeline import ImportService
from app.kpi.catalog import BUILTIN_METRICS
from app.workspace import Workspace

NOW = "2026-06-01 08:00:00.000000"
ACCOUNT = "00000000-0000-4000-8000-0000000000a1"
MEMBER = "00000000-0000-4000-8000-000000000001"


def make_0003_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0003")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                    " updated_at, version) VALUES (1, :uuid, '王芳', '', 1, '', :now, :now, 3)"
                ),
                {"uuid": MEMBER, "now": NOW},
            )
            con.execute(
                text(
                    "INSERT INTO accounts (uuid, platform_id, handle, display_name, owner_id,"
                    " active, created_at, updated_at, version) SELECT :uuid, id, '@brand',"
                    " '品牌官方', 1, 1, :now, :now, 2 FROM platforms WHERE code = 'weibo'"
                ),
                {"uuid": ACCOUNT, "now": NOW},
            )
    finally:
        engine.dispose()


def test_0003_database_gains_the_import_and_kpi_tables_with_its_data_intact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "team.db"
    make_0003_database(path)
    assert read_revision(path) == "0003"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        tables = set(inspect(ws.db.engine).get_table_names())
        assert {"import_runs", "import_changes", "import_presets", "kpi_metrics"} <= tables
        assert {"kpi_account_metrics", "kpi_posts", "kpi_post_metrics"} <= tables
        [account] = ws.accounts.list_accounts()
        assert (account.uuid, account.handle, account.display_name, account.version) == (
            ACCOUNT,
            "@brand",
            "品牌官方",
            2,
        )
        assert [m.name for m in ws.team.list_members()] == ["王芳"]
        with ws.db.engine.connect() as con:
            codes = con.execute(text("SELECT code FROM kpi_metrics ORDER BY sort_order")).all()
        assert [c for (c,) in codes] == [m[0] for m in BUILTIN_METRICS]

        # The old account takes imported metrics at once.
        csv = tmp_path / "m.csv"
        csv.write_text("Account,Date,Metric,Value\n@brand,2026/6/1,views,10\n", encoding="utf-8")
        assert ImportService(ws.db).run(csv, "metrics").added == 1
    finally:
        ws.close()

    [backup] = list_backups(path)
    assert read_revision(backup.path) == "0003"
