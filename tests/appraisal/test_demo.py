"""Demo appraisals: two past quarters signed, the current one under way, training."""

from __future__ import annotations

import random
from datetime import date

from app.appraisal.demo import seed_demo_appraisals
from app.appraisal.types import SIGNED
from app.workspace import Workspace
from tests.appraisal.conftest import Team


def test_two_signed_quarters_one_under_way_and_training(workspace: Workspace, team: Team) -> None:
    seed_demo_appraisals(workspace.db, date(2026, 12, 3), random.Random(1))
    cycles = workspace.appraisals.list_cycles()
    assert [c.name for c in cycles] == ["2026 Q4", "2026 Q3", "2026 Q2"]
    assert [dict(c.counts).get(SIGNED) for c in cycles] == [None, 3, 3]
    current = workspace.appraisals.list_appraisals(cycles[0].uuid)
    assert {a.status for a in current} == {"self_review", "manager_review", "awaiting_signoff"}
    signed = workspace.appraisals.list_appraisals(cycles[1].uuid)
    assert all(a.total is not None and a.grade and a.manager_signed_name == "王芳" for a in signed)
    assert [p.cycle_name for p in workspace.appraisals.history(team.emily.uuid)] == [
        "2026 Q2",
        "2026 Q3",
        "2026 Q4",
    ]
    records = workspace.training.list_records()
    assert len(records) == 6 and all(r.hours > 0 and r.skills for r in records)
