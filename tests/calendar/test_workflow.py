"""The one transition table, checked for every (status, action) pair on real posts."""

from __future__ import annotations

import itertools

import pytest

from app.calendar.types import ApprovalPolicy, CalendarSettings
from app.calendar.workflow import (
    ACTIONS,
    STATUSES,
    TRANSITIONS,
    NotAllowed,
    actions_for,
    next_status,
)
from app.workspace import Workspace
from tests.calendar.core_support import DAY, add_post, at, make_team

# The workflow as the issue states it, written out independently of the table.
EXPECTED = {
    ("idea", "start"): "drafting",
    ("drafting", "submit"): "in_review",
    ("drafting", "back_to_idea"): "idea",
    ("in_review", "approve"): "approved",
    ("in_review", "reject"): "drafting",
    ("in_review", "withdraw"): "drafting",
    ("approved", "schedule"): "scheduled",
    ("approved", "publish"): "published",
    ("scheduled", "unschedule"): "approved",
    ("scheduled", "publish"): "published",
    ("cancelled", "reopen"): "idea",
    **{
        (s, "cancel"): "cancelled"
        for s in ("idea", "drafting", "in_review", "approved", "scheduled")
    },
}

# The shortest way to each status from a new post (an idea).
PATHS = {
    "idea": (),
    "drafting": ("start",),
    "in_review": ("start", "submit"),
    "approved": ("start", "submit", "approve"),
    "scheduled": ("start", "submit", "approve", "schedule"),
    "published": ("start", "submit", "approve", "schedule", "publish"),
    "cancelled": ("cancel",),
}


def test_the_table_is_exactly_the_documented_workflow() -> None:
    assert TRANSITIONS == EXPECTED
    for status, action in itertools.product(STATUSES, ACTIONS):
        if (status, action) in EXPECTED:
            assert next_status(status, action) == EXPECTED[(status, action)]
            assert action in actions_for(status)
        else:
            with pytest.raises(NotAllowed):
                next_status(status, action)
            assert action not in actions_for(status)
    assert actions_for("published") == ()  # the end


@pytest.mark.parametrize("status", STATUSES)
def test_every_action_on_a_stored_post_follows_the_table(workspace: Workspace, status: str) -> None:
    team = make_team(workspace)
    posts = workspace.calendar.posts
    for action in ACTIONS:
        post = add_post(workspace, f"{status} {action}", at(DAY), (team.weibo,))
        for step in PATHS[status]:
            post = posts.act(post.uuid, post.version, step, reason="x").post
        assert post.status == status
        if (status, action) in EXPECTED:
            result = posts.act(post.uuid, post.version, action, reason="too long")
            assert (result.from_status, result.to_status) == (status, EXPECTED[(status, action)])
            assert posts.get(post.uuid).status == EXPECTED[(status, action)]
            # and every action can be taken back (undo)
            back = posts.undo_action(result)
            assert back.status == status
        else:
            with pytest.raises(NotAllowed):
                posts.act(post.uuid, post.version, action, reason="x")
            assert posts.get(post.uuid).status == status


def test_no_review_policy_makes_submitting_approve(workspace: Workspace) -> None:
    make_team(workspace)
    settings = workspace.calendar.settings
    settings.save(0, CalendarSettings(ApprovalPolicy("none")))
    post = add_post(workspace, "Quick one", at(DAY))
    post = workspace.calendar.posts.act(post.uuid, post.version, "start").post
    result = workspace.calendar.posts.act(post.uuid, post.version, "submit")
    assert result.to_status == "approved"
