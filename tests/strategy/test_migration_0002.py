"""A database at revision 0001 opens as 0002: data kept, strategy tables added, backed up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.accounts.service import AccountsService
from app.db.backup import list_backups
from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.strategy.plans import StrategyService
from app.strategy.types import new_plan_draft
from app.team.service import TeamService

STRATEGY_TABLES = {
    "strategy_plans",
    "platform_strategies",
    "content_pillars",
    "objectives",
    "competitors",
    "competitor_metrics",
    "research_notes",
}
NOW = "2026-01-15 08:00:00.000000"
MEMBER = "00000000-0000-4000-8000-000000000001"
ACCOUNT = "00000000-0000-4000-8000-0000000000a1"


def make_0001_database(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0001")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                    " updated_at, version) VALUES (1, :uuid, '王芳', 'wang@example.com', 1, '',"
                    " :now, :now, 4)"
                ),
                {"uuid": MEMBER, "now": NOW},
            )
            con.execute(text("INSERT INTO member_roles VALUES (1, 'strategy')"))
            con.execute(
                text(
                    "INSERT INTO accounts (uuid, platform_id, handle, display_name, owner_id,"
                    " active, created_at, updated_at, version) SELECT :uuid, id, '@brand',"
                    " '品牌官方', 1, 1, :now, :now, 2 FROM platforms WHERE code = 'douyin'"
                ),
                {"uuid": ACCOUNT, "now": NOW},
            )
    finally:
        engine.dispose()


def test_0001_database_is_backed_up_and_migrated_through_0002_to_head(tmp_path: Path) -> None:
    path = tmp_path / "data" / "team.db"
    path.parent.mkdir()
    make_0001_database(path)
    assert read_revision(path) == "0001"
    assert not (path.parent / "backups").exists()

    db = open_database(path)
    try:
        assert read_revision(path) == HEAD_REVISION
        assert set(inspect(db.engine).get_table_names()) >= STRATEGY_TABLES

        [member] = TeamService(db).list_members()
        assert (member.uuid, member.name, member.roles, member.version) == (
            MEMBER,
            "王芳",
            ("strategy",),
            4,
        )
        [account] = AccountsService(db).list_accounts()
        assert (account.uuid, account.platform_code, account.handle) == (
            ACCOUNT,
            "douyin",
            "@brand",
        )
        assert account.owner_uuid == MEMBER

        # The new tables work with the old rows.
        draft = new_plan_draft("2026 年度社媒策略", "year", date(2026, 3, 1))
        plan = StrategyService(db).add_plan(replace(draft, owner_uuid=MEMBER))
        assert plan.owner_name == "王芳"
        assert StrategyService(db).list_plans() == [plan]
    finally:
        db.close()

    backups = list_backups(path)
    assert len(backups) == 1
    assert backups[0].path.parent == path.parent / "backups" / path.name
    assert db.backup_made == backups[0].path
    assert read_revision(backups[0].path) == "0001"
