"""Review: who may approve, the approval policies, rejection with a reason, comments,
history, and member facts for appraisals."""

from __future__ import annotations

from datetime import date

import pytest

from app.calendar.types import ApprovalPolicy, ApprovalStep, CalendarSettings
from app.db.errors import StaleEdit
from app.team.rights import Forbidden
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.calendar.core_support import DAY, Team, add_post, at, make_team


def _in_review(ws: Workspace, team: Team, title: str = "Teaser 预告"):  # type: ignore[no-untyped-def]
    ws.acting.choose(team.producer)
    post = add_post(ws, title, at(DAY), (team.weibo,), owner_uuid=team.producer)
    post = ws.calendar.posts.act(post.uuid, post.version, "start").post
    return ws.calendar.posts.act(post.uuid, post.version, "submit").post


def test_only_members_allowed_to_approve_can_approve(workspace: Workspace) -> None:
    team = make_team(workspace)
    post = _in_review(workspace, team)
    posts = workspace.calendar.posts
    for who in (team.producer, team.analyst):
        workspace.acting.choose(who)
        with pytest.raises(Forbidden):
            posts.act(post.uuid, post.version, "approve")
        with pytest.raises(Forbidden):
            posts.act(post.uuid, post.version, "reject", reason="no")
    assert posts.get(post.uuid).status == "in_review"
    workspace.acting.choose(team.pr)
    result = posts.act(post.uuid, post.version, "approve")
    assert result.to_status == "approved"
    [decision] = result.post.approvals
    assert (decision.member_name, decision.decision) == ("Chen Jie", "approve")
    # PR reviews but does not edit posts
    with pytest.raises(Forbidden):
        posts.act(post.uuid, result.post.version, "schedule")


def test_a_rejection_needs_a_reason_returns_to_drafting_and_is_counted(
    workspace: Workspace,
) -> None:
    team = make_team(workspace)
    post = _in_review(workspace, team)
    posts = workspace.calendar.posts
    workspace.acting.choose(team.planner)
    with pytest.raises(InvalidInput):
        posts.act(post.uuid, post.version, "reject", reason="  ")
    result = posts.act(post.uuid, post.version, "reject", reason="Logo too small; 品牌色不对")
    assert result.to_status == "drafting"
    assert result.post.rejection_reason == "Logo too small; 品牌色不对"
    actions = [(h.member_name, h.action) for h in result.post.history if h.what == "posts"]
    assert ("王芳", "reject") in actions
    # resubmitting clears the reason and starts a new review round
    workspace.acting.choose(team.producer)
    again = posts.act(post.uuid, result.post.version, "submit").post
    assert (again.rejection_reason, again.review_round) == ("", 2)

    facts = workspace.calendar.queries.member_facts(team.producer, date(2026, 1, 1), DAY)
    assert facts.review_rejections == 1 and facts.posts_owned == 1
    reviewer = workspace.calendar.queries.member_facts(team.planner, date(2026, 1, 1), DAY)
    assert reviewer.reviews_done == 1


def test_steps_policy_any_and_all_approvers(workspace: Workspace) -> None:
    team = make_team(workspace)
    workspace.calendar.settings.save(
        0,
        CalendarSettings(
            ApprovalPolicy(
                "steps",
                (
                    ApprovalStep("Compliance", (team.pr, team.planner), "any"),
                    ApprovalStep("Brand", (team.pr, team.planner), "all"),
                ),
            )
        ),
    )
    post = _in_review(workspace, team)
    posts = workspace.calendar.posts
    workspace.acting.choose(team.pr)
    first = posts.act(post.uuid, post.version, "approve")
    assert first.to_status == "in_review"  # step 1 met ("any"), step 2 open
    second = posts.act(post.uuid, first.post.version, "approve")
    assert second.to_status == "in_review"  # step 2 needs both
    assert [a.step for a in second.post.approvals] == [0, 1]
    workspace.acting.choose(team.planner)
    third = posts.act(post.uuid, second.post.version, "approve")
    assert third.to_status == "approved"
    # an approver not named in the open step is refused (the lead may stand in)
    other = _in_review(workspace, team, "Other")
    workspace.acting.choose(team.lead)
    assert posts.act(other.uuid, other.version, "approve").to_status == "in_review"


def test_a_member_outside_the_steps_may_not_approve(workspace: Workspace) -> None:
    team = make_team(workspace)
    workspace.calendar.settings.save(
        0, CalendarSettings(ApprovalPolicy("steps", (ApprovalStep("Legal", (team.pr,)),)))
    )
    post = _in_review(workspace, team)
    workspace.acting.choose(team.planner)  # may approve in general, but is not the approver
    with pytest.raises(Forbidden):
        workspace.calendar.posts.act(post.uuid, post.version, "approve")
    assert [w.kind for w in workspace.calendar.queries.my_work(team.pr)] == ["review"]
    assert workspace.calendar.queries.my_work(team.planner) == []


def test_undo_of_an_approval_is_refused_after_a_later_change(workspace: Workspace) -> None:
    team = make_team(workspace)
    post = _in_review(workspace, team)
    posts = workspace.calendar.posts
    workspace.acting.choose(team.lead)
    result = posts.act(post.uuid, post.version, "approve")
    posts.act(post.uuid, result.post.version, "schedule")
    with pytest.raises(StaleEdit):
        posts.undo_action(result)


def test_comments_by_editors_and_reviewers_only(workspace: Workspace) -> None:
    team = make_team(workspace)
    post = add_post(workspace, "Live 直播", at(DAY))
    posts = workspace.calendar.posts
    workspace.acting.choose(team.pr)
    posts.add_comment(post.uuid, "请确认嘉宾授权")
    workspace.acting.choose(team.analyst)
    with pytest.raises(Forbidden):
        posts.add_comment(post.uuid, "hi")
    [comment] = posts.get(post.uuid).comments
    assert (comment.member_name, comment.body) == ("Chen Jie", "请确认嘉宾授权")
    workspace.acting.choose(team.lead)
    posts.remove_comment(comment.uuid)
    assert posts.get(post.uuid).comments == ()
