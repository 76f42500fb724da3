"""A database at revision 0006 opens at 0007: data kept, appraisal tables added."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.appraisal.types import CycleDraft, Participant
from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.workspace import Workspace

NOW = "2026-06-01 08:00:00.000000"
MEMBER = "00000000-0000-4000-8000-000000000001"


def make_0006_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0006")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                    " updated_at, version) VALUES (1, :uuid, '王芳', 'f@x.cn', 1, '', :now,"
                    " :now, 4)"
                ),
                {"uuid": MEMBER, "now": NOW},
            )
            con.execute(text("INSERT INTO member_roles (member_id, role) VALUES (1, 'lead')"))
    finally:
        engine.dispose()


def test_0006_database_gains_the_appraisal_tables_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0006_database(path)
    assert read_revision(path) == "0006"
    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) >= "0007"
        tables = set(inspect(ws.db.engine).get_table_names())
        assert {
            "appraisal_templates",
            "appraisal_cycles",
            "appraisals",
            "appraisal_lines",
            "appraisal_reopenings",
            "training_records",
        } <= tables
        [member] = ws.team.list_members()
        assert (member.uuid, member.name, member.email, member.version, member.roles) == (
            MEMBER,
            "王芳",
            "f@x.cn",
            4,
            ("lead",),
        )
        # The old member is appraised at once.
        draft = CycleDraft("2026 H1", "half", date(2026, 1, 1), date(2026, 6, 30))
        cycle = ws.appraisals.create_cycle(draft, [Participant(MEMBER)], "zh")
        [a] = ws.appraisals.list_appraisals(cycle.uuid)
        assert a.member_name == "王芳" and a.template_name == "团队负责人"
    finally:
        ws.close()
