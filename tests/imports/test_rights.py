"""Importing and rolling back are rights of the acting member, checked in the core."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.database import Database
from app.team.rights import Forbidden
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.imports import corpus
from tests.imports.stored import daily


def _metrics_file(tmp_path: Path) -> Path:
    return corpus.write(
        tmp_path / "w1.csv", "Account,Date,Metric,Value\nbrand_wb,2025/8/1,views,100\n", "utf-8"
    )


def test_only_members_allowed_to_import_can_import_or_roll_back(
    db: Database, accounts: dict[str, str], db_path: Path, tmp_path: Path
) -> None:
    ws = Workspace(db)
    ws.team.add(MemberDraft("王芳", ("lead",)))
    writer = ws.team.add(MemberDraft("Emily Zhang", ("content",)))
    analyst = ws.team.add(MemberDraft("陈浩", ("analyst",)))
    csv = _metrics_file(tmp_path)

    ws.acting.choose(writer.uuid)
    with pytest.raises(Forbidden, match="Emily Zhang"):
        ws.imports.run(csv, "metrics")
    assert daily(db_path) == [] and ws.import_history.list() == []

    ws.acting.choose(analyst.uuid)
    done = ws.imports.run(csv, "metrics")
    assert done.added == 1
    [line] = ws.import_history.list()
    assert line.imported_by == "陈浩"

    ws.acting.choose(writer.uuid)
    with pytest.raises(Forbidden):
        ws.import_history.rollback(line.id)
    assert daily(db_path) == [("brand_wb", "2025-08-01", "views", 100.0)]
