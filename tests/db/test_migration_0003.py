"""A database at revision 0002 opens at 0003: data kept, the history table added."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.db.backup import list_backups
from app.db.database import open_database
from app.db.files import read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.strategy.types import PlanDraft
from app.team.history import history
from app.workspace import Workspace

NOW = "2026-06-01 08:00:00.000000"
LEAD = "00000000-0000-4000-8000-000000000001"
WRITER = "00000000-0000-4000-8000-000000000002"
ACCOUNT = "00000000-0000-4000-8000-0000000000a1"
PLAN = "00000000-0000-4000-8000-0000000000p1"


def make_0002_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0002")
        with engine.begin() as con:
            for i, (uuid, name) in enumerate([(LEAD, "王芳"), (WRITER, "Emily Zhang")], start=1):
                con.execute(
                    text(
                        "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                        " updated_at, version) VALUES (:id, :uuid, :name, '', 1, '', :now,"
                        " :now, 3)"
                    ),
                    {"id": i, "uuid": uuid, "name": name, "now": NOW},
                )
            con.execute(text("INSERT INTO member_roles VALUES (1, 'lead'), (2, 'content')"))
            con.execute(
                text(
                    "INSERT INTO accounts (uuid, platform_id, handle, display_name, owner_id,"
                    " active, created_at, updated_at, version) SELECT :uuid, id, '@brand',"
                    " '品牌官方', 2, 1, :now, :now, 2 FROM platforms WHERE code = 'weibo'"
                ),
                {"uuid": ACCOUNT, "now": NOW},
            )
            con.execute(
                text(
                    "INSERT INTO strategy_plans (id, uuid, parent_id, level, title, start_date,"
                    " end_date, status, goals, core_messages, audience, execution_path,"
                    " budget_cents, owner_id, notes, created_at, updated_at, version) VALUES"
                    " (1, :uuid, NULL, 'year', '2026 年度策略', '2026-01-01', '2026-12-31',"
                    " 'active', '品牌声量', '', '', '', 100000000, 1, '', :now, :now, 5)"
                ),
                {"uuid": PLAN, "now": NOW},
            )
    finally:
        engine.dispose()


def test_0002_database_is_backed_up_and_gains_the_history_table(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0002_database(path)
    assert read_revision(path) == "0002"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION  # 0003 or a later one chained on it
        assert "changes" in inspect(ws.db.engine).get_table_names()

        members = {m.uuid: (m.name, m.roles, m.version) for m in ws.team.list_members()}
        assert members == {LEAD: ("王芳", ("lead",), 3), WRITER: ("Emily Zhang", ("content",), 3)}
        [account] = ws.accounts.list_accounts()
        assert (account.uuid, account.handle, account.owner_uuid) == (ACCOUNT, "@brand", WRITER)
        plan = ws.plans.get_plan(PLAN)
        assert (plan.title, plan.budget_cents, plan.owner_name, plan.version) == (
            "2026 年度策略",
            100000000,
            "王芳",
            5,
        )

        # The old rows get a history from their first change on, naming who made it.
        assert ws.acting.current() is not None
        assert ws.acting.current().uuid == LEAD  # type: ignore[union-attr]
        draft = PlanDraft(**{**plan.draft().__dict__, "goals": "品牌声量 +30%"})
        ws.plans.update_plan(PLAN, plan.version, draft)
        with ws.db.session() as s:
            [line] = history(s, PLAN)
        assert (line.member_name, line.member_uuid, line.action, line.detail) == (
            "王芳",
            LEAD,
            "update",
            "goals",
        )
    finally:
        ws.close()

    [backup] = list_backups(path)
    assert read_revision(backup.path) == "0002"
