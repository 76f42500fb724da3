"""Confidentiality in the core: the lead reads and edits everyone's appraisal; a member
reads only their own and writes only their own self-review and signature. A call on
behalf of the wrong member fails, whatever the screen shows."""

from __future__ import annotations

import pytest

from app.appraisal.access import NotYourAppraisal
from app.appraisal.templates import default_template
from app.appraisal.types import CycleInfo, ManagerReview, Participant, SelfReview, TemplateDraft
from app.team.rights import Forbidden
from app.workspace import Workspace
from tests.appraisal.conftest import Q3, Team, act_as


def by_name(ws: Workspace, cycle: CycleInfo) -> dict[str, str]:
    return {a.member_name: a.uuid for a in ws.appraisals.list_appraisals(cycle.uuid)}


def test_the_lead_reads_everyone(workspace: Workspace, team: Team, cycle: CycleInfo) -> None:
    act_as(workspace, team.lead)
    assert sorted(by_name(workspace, cycle)) == sorted(["Emily Zhang", "王芳", "李雷"])
    assert workspace.appraisals.list_cycles()[0].counts == (("self_review", 3),)


def test_a_member_reads_only_their_own(workspace: Workspace, team: Team, cycle: CycleInfo) -> None:
    act_as(workspace, team.lead)
    uuids = by_name(workspace, cycle)
    act_as(workspace, team.emily)
    assert list(by_name(workspace, cycle)) == ["Emily Zhang"]
    assert workspace.appraisals.list_cycles()[0].counts == (("self_review", 1),)
    with pytest.raises(Forbidden, match="Emily Zhang may not do this"):
        workspace.appraisals.get(uuids["李雷"])
    with pytest.raises(Forbidden):
        workspace.appraisals.history(team.lei.uuid)
    with pytest.raises(Forbidden):
        workspace.appraisals.distribution(cycle.uuid)
    assert workspace.appraisals.history(team.emily.uuid)[0].cycle_name == "2026 Q3"


def test_a_member_writes_only_their_own_self_review(
    workspace: Workspace, team: Team, cycle: CycleInfo
) -> None:
    act_as(workspace, team.lead)
    uuids = by_name(workspace, cycle)
    lei = workspace.appraisals.get(uuids["李雷"])
    five = SelfReview(((4, ""),) * len(lei.lines))
    act_as(workspace, team.emily)
    with pytest.raises(NotYourAppraisal, match="only its own member may"):
        workspace.appraisals.save_self_review(lei.uuid, lei.version, five)
    with pytest.raises(Forbidden):
        workspace.appraisals.save_manager_review(lei.uuid, lei.version, ManagerReview(five.scores))
    own = workspace.appraisals.get(uuids["Emily Zhang"])
    with pytest.raises(Forbidden):  # not even on her own appraisal
        workspace.appraisals.save_manager_review(own.uuid, own.version, ManagerReview(five.scores))
    with pytest.raises(Forbidden):
        workspace.appraisals.create_cycle(Q3, [Participant(team.emily.uuid)])
    with pytest.raises(Forbidden):
        workspace.appraisals.save_template(default_template("content", "en").draft())
    # The lead cannot write a member's self-review either: it is the member's.
    act_as(workspace, team.lead)
    with pytest.raises(NotYourAppraisal):
        workspace.appraisals.save_self_review(lei.uuid, lei.version, five)
    assert workspace.appraisals.get(lei.uuid).lines[0].self_score is None


def test_templates_are_edited_by_the_lead_and_shown_instead_of_the_default(
    workspace: Workspace, team: Team
) -> None:
    act_as(workspace, team.lead)
    builtin = default_template("content", "en")
    changed = TemplateDraft("Content (2027)", "content", "en", builtin.criteria[:1])
    with pytest.raises(Exception, match="add up to 25"):
        workspace.appraisals.save_template(changed)
    first = builtin.criteria[0]
    whole = TemplateDraft(
        "Content (2027)", "content", "en", (type(first)(first.name, first.description, 100),)
    )
    saved = workspace.appraisals.save_template(whole)
    names = [t.name for t in workspace.appraisals.list_templates("en")]
    assert "Content (2027)" in names and "Content producer" not in names
    assert saved.uuid is not None and not saved.builtin
    cycle = workspace.appraisals.create_cycle(Q3, [Participant(team.emily.uuid)])
    [a] = workspace.appraisals.list_appraisals(cycle.uuid)
    assert a.template_name == "Content (2027)" and len(a.lines) == 1


@pytest.mark.parametrize("role", ["strategy", "content", "operations", "analyst", "pr"])
def test_no_role_but_the_lead_reads_or_runs_others_appraisals(
    workspace: Workspace, team: Team, cycle: CycleInfo, role: str
) -> None:
    from app.team.types import MemberDraft

    act_as(workspace, team.lead)
    lei_uuid = by_name(workspace, cycle)["李雷"]
    someone = workspace.team.add(MemberDraft(f"Tester {role}", (role,)))
    act_as(workspace, someone)
    assert by_name(workspace, cycle) == {}  # not in this cycle; nobody else's to see
    with pytest.raises(Forbidden):
        workspace.appraisals.get(lei_uuid)
    with pytest.raises(Forbidden):
        workspace.appraisals.start_cycle(cycle.uuid)
    with pytest.raises(Forbidden):
        workspace.appraisals.reopen(lei_uuid, 1, "self_review", "why")
    with pytest.raises(Forbidden):
        workspace.training.list_records(team.lei.uuid)
