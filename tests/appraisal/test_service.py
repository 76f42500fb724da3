"""A cycle from start to signature: transitions, totals computed in the core, the lock
after sign-off, reopening with a recorded reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.appraisal.cycles import Locked
from app.appraisal.types import (
    AWAITING_SIGNOFF,
    MANAGER_REVIEW,
    NOT_STARTED,
    SELF_REVIEW,
    SIGNED,
    Band,
    CycleInfo,
    ManagerReview,
    Participant,
    SelfReview,
)
from app.db.errors import StaleEdit
from app.team.history import history
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.appraisal.conftest import Q3, Team, act_as


def emily_appraisal(ws: Workspace, team: Team, cycle: CycleInfo) -> str:
    [a] = [x for x in ws.appraisals.list_appraisals(cycle.uuid) if x.member_name == "Emily Zhang"]
    return a.uuid


def test_new_cycle_copies_the_role_template_and_waits_to_start(
    workspace: Workspace, team: Team
) -> None:
    act_as(workspace, team.lead)
    cycle = workspace.appraisals.create_cycle(Q3, [Participant(team.emily.uuid)], "zh_CN")
    [a] = workspace.appraisals.list_appraisals(cycle.uuid)
    assert (a.status, a.template_name) == (NOT_STARTED, "内容策划/制作")
    assert [x.criterion.weight for x in a.lines] == [25, 20, 20, 20, 15]
    assert a.lines[0].criterion.name == "内容产出"
    assert workspace.appraisals.start_cycle(cycle.uuid) == 1
    assert workspace.appraisals.get(a.uuid).status == SELF_REVIEW
    [listed] = workspace.appraisals.list_cycles()
    assert listed.counts == ((SELF_REVIEW, 1),)


def test_self_review_manager_review_sign_then_read_only(
    workspace: Workspace, team: Team, cycle: CycleInfo
) -> None:
    ws = workspace
    uuid = emily_appraisal(ws, team, cycle)
    act_as(ws, team.emily)
    a = ws.appraisals.get(uuid)
    a = ws.appraisals.save_self_review(
        uuid, a.version, SelfReview(((4, "我按时完成了"), (5, ""), (4, ""), (3, ""), (4, "")))
    )
    assert [x.self_score for x in a.lines] == [4, 5, 4, 3, 4]
    with pytest.raises(InvalidInput, match="runs from 1 to 5"):
        ws.appraisals.save_self_review(uuid, a.version, SelfReview(((6, ""),) + ((3, ""),) * 4))
    a = ws.appraisals.submit_self_review(uuid, a.version)
    assert a.status == MANAGER_REVIEW
    with pytest.raises(Locked):
        ws.appraisals.save_self_review(uuid, a.version, SelfReview(((3, ""),) * 5))

    act_as(ws, team.lead)
    with pytest.raises(InvalidInput, match="score every criterion"):
        ws.appraisals.submit_manager_review(uuid, a.version)
    review = ManagerReview(
        ((5, "产出稳定"), (4, ""), (4, ""), (4, ""), (3, "")),
        strengths="Reliable <b>writer</b>",
        improvements="更多短视频",
        goals="Q4: 40 posts",
        training_plan="Data analysis course",
    )
    a = ws.appraisals.save_manager_review(uuid, a.version, review)
    # (25·100 + 20·80 + 20·80 + 20·80 + 15·60) / 100 = 82.0 → B (a score: its share of 5)
    assert (a.total, a.grade, a.manager_name) == (82.0, "B", "王芳")
    with pytest.raises(StaleEdit):
        ws.appraisals.save_manager_review(uuid, a.version - 1, review)
    a = ws.appraisals.submit_manager_review(uuid, a.version)
    assert a.status == AWAITING_SIGNOFF

    a = ws.appraisals.sign(uuid, a.version, as_manager=True, day=date(2026, 10, 9))
    assert a.status == AWAITING_SIGNOFF  # the member has not signed yet
    act_as(ws, team.emily)
    a = ws.appraisals.sign(uuid, a.version, as_manager=False, day=date(2026, 10, 10))
    assert a.status == SIGNED
    assert (a.member_signed_name, a.member_signed_on) == ("Emily Zhang", date(2026, 10, 10))
    assert (a.manager_signed_name, a.manager_signed_on) == ("王芳", date(2026, 10, 9))

    # Signed: read-only for everyone, even the lead.
    act_as(ws, team.lead)
    with pytest.raises(Locked, match="read-only"):
        ws.appraisals.save_manager_review(uuid, a.version, review)
    with pytest.raises(Locked):
        ws.appraisals.sign(uuid, a.version, as_manager=True)
    assert ws.appraisals.get(uuid).strengths == "Reliable <b>writer</b>"  # kept as text

    # Reopening needs a reason and is recorded; the signatures go.
    with pytest.raises(InvalidInput, match="reason"):
        ws.appraisals.reopen(uuid, a.version, MANAGER_REVIEW, "  ")
    a = ws.appraisals.reopen(uuid, a.version, MANAGER_REVIEW, "分数录错了")
    assert a.status == MANAGER_REVIEW and a.manager_signed_on is None
    [r] = a.reopenings
    assert (r.by, r.reason, r.from_status) == ("王芳", "分数录错了", SIGNED)
    with ws.db.session(read_only=True) as s:
        assert any(c.action == "reopen" for c in history(s, uuid))


def test_cycle_changes_regrade_and_checks_the_distribution(
    workspace: Workspace, team: Team, cycle: CycleInfo
) -> None:
    ws = workspace
    act_as(ws, team.lead)
    for a in ws.appraisals.list_appraisals(cycle.uuid):
        ws.appraisals.save_manager_review(a.uuid, a.version, ManagerReview(((5, ""),) * 5))
    dist = ws.appraisals.distribution(cycle.uuid)
    assert dict(dist.counts)["A"] == 3
    assert dist.warning == "3 of 3 appraisals (100 %) are A; the team allows at most 20 %"
    # New bands regrade what has a total: 100 is no longer an A when A needs 101.
    current = ws.appraisals.list_cycles()[0]
    with pytest.raises(InvalidInput, match="within 0–100"):
        ws.appraisals.update_cycle(
            cycle.uuid,
            current.version,
            replace(current.draft(), bands=(Band("A", 101), Band("B", 0))),
        )
    new_bands = (Band("S", 100), Band("A", 80), Band("B", 0))
    ws.appraisals.update_cycle(
        cycle.uuid, current.version, replace(current.draft(), bands=new_bands)
    )
    assert {a.grade for a in ws.appraisals.list_appraisals(cycle.uuid)} == {"S"}
