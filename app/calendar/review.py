"""Workflow actions on a post: the transition table applied, approval policy checked.

Approving and rejecting need APPROVE_POST; every other action EDIT_POSTS. Under the
"steps" policy the acting member must also be an approver of the step now open (a lead
may stand in for anyone). Each action is a line of the post's history.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar.models import Post, PostApproval, PostTarget
from app.calendar.types import ApprovalPolicy, PostDetail
from app.calendar.workflow import (
    APPROVE,
    PUBLISH,
    REJECT,
    SCHEDULE,
    SUBMIT,
    UNSCHEDULE,
    PostStatus,
    next_status,
)
from app.db.types import utcnow
from app.team import history
from app.team.acting import Acting, require
from app.team.models import Member
from app.team.rights import APPROVE_POST, EDIT_POSTS, LEAD, Forbidden
from app.validation import InvalidInput, require_text


def right_for(action: str) -> str:
    return APPROVE_POST if action in (APPROVE, REJECT) else EDIT_POSTS


def _actor(s: Session) -> tuple[str | None, str]:
    member_uuid, name = s.info.get(history.ACTOR, (None, ""))
    return member_uuid, name


def _is_lead(s: Session, member_uuid: str | None) -> bool:
    if member_uuid is None:
        return True  # unchecked (no acting member): demo, CLI, an empty team
    member = s.scalar(select(Member).where(Member.uuid == member_uuid))
    return member is not None and any(r.role == LEAD for r in member.roles)


def open_step(s: Session, post: Post, policy: ApprovalPolicy) -> int | None:
    """Under the "steps" policy, the first step of this round not yet met (None: all met
    or no steps)."""
    approved = s.execute(
        select(PostApproval.step, PostApproval.member_uuid).where(
            PostApproval.post_id == post.id,
            PostApproval.round == post.review_round,
            PostApproval.decision == "approve",
        )
    ).all()
    for n, step in enumerate(policy.steps):
        who = {m for (i, m) in approved if i == n}
        met = bool(who) if step.rule == "any" else set(step.approver_uuids) <= who
        if not met:
            return n
    return None


def apply_action(
    s: Session,
    acting: Acting | None,
    post: Post,
    action: str,
    reason: str,
    policy: ApprovalPolicy,
) -> PostStatus:
    """Take ``action`` on ``post`` in session ``s``; returns the status it ends in."""
    current: PostStatus = post.status  # type: ignore[assignment]
    target = next_status(current, action)  # NotAllowed before any right is checked
    require(acting, s, right_for(action))
    member_uuid, name = _actor(s)
    detail = ""
    if action == SUBMIT:
        post.review_round += 1
        post.rejection_reason = ""
        if policy.mode == "none":
            target = "approved"  # nobody reviews: submitting is approving
            detail = "no review needed"
    elif action == APPROVE:
        step = 0
        if policy.mode == "steps" and policy.steps:
            step = _check_step_approver(s, post, policy, member_uuid, name)
        s.add(
            PostApproval(
                post_id=post.id,
                member_uuid=member_uuid,
                member_name=name,
                step=step,
                decision="approve",
                round=post.review_round,
            )
        )
        s.flush()
        if policy.mode == "steps" and open_step(s, post, policy) is not None:
            target = "in_review"  # more steps (or approvers) to go
        detail = f"step {step + 1}" if policy.mode == "steps" else ""
    elif action == REJECT:
        why = require_text(reason, "reason", 2000, multiline=True)
        step = 0
        if policy.mode == "steps" and policy.steps:
            step = _check_step_approver(s, post, policy, member_uuid, name)
        s.add(
            PostApproval(
                post_id=post.id,
                member_uuid=member_uuid,
                member_name=name,
                step=step,
                decision="reject",
                reason=why,
                round=post.review_round,
            )
        )
        post.rejection_reason = why
        detail = why
    elif action == SCHEDULE:
        targets = list(s.scalars(select(PostTarget).where(PostTarget.post_id == post.id)))
        if post.scheduled_at is None:
            raise InvalidInput("scheduled_at", "a post needs a date and time to be scheduled")
        if not targets:
            raise InvalidInput("targets", "a post needs at least one account to be scheduled")
        for t in targets:
            if t.status == "pending":
                t.status = "scheduled"
    elif action == UNSCHEDULE:
        for t in s.scalars(select(PostTarget).where(PostTarget.post_id == post.id)):
            if t.status == "scheduled":
                t.status = "pending"
    elif action == PUBLISH:
        now = utcnow()
        for t in s.scalars(select(PostTarget).where(PostTarget.post_id == post.id)):
            if t.status in ("pending", "scheduled"):
                t.status = "published"
                t.published_at = t.published_at or now
    post.status = target
    history.note(s, "posts", post.uuid, action, detail)
    return target


def _check_step_approver(
    s: Session, post: Post, policy: ApprovalPolicy, member_uuid: str | None, name: str
) -> int:
    step = open_step(s, post, policy)
    if step is None:
        step = len(policy.steps) - 1
    approvers = policy.steps[step].approver_uuids
    if member_uuid not in approvers and not _is_lead(s, member_uuid):
        raise Forbidden(name, APPROVE_POST)
    return step


def undo_action(s: Session, post: Post, before: PostDetail, action: str) -> None:
    """Put the status, review state and target states back as ``before`` had them, and
    drop the decisions the action recorded."""
    post.status = before.status
    post.rejection_reason = before.rejection_reason
    post.review_round = before.review_round
    kept = {(a.member_uuid, a.step, a.round, a.at) for a in before.approvals}
    for a in s.scalars(select(PostApproval).where(PostApproval.post_id == post.id)):
        if (a.member_uuid, a.step, a.round, a.at) not in kept:
            s.delete(a)
    states = {t.uuid: (t.status, t.published_at) for t in before.targets}
    for t in s.scalars(select(PostTarget).where(PostTarget.post_id == post.id)):
        if t.uuid in states:
            t.status, t.published_at = states[t.uuid]
    history.note(s, "posts", post.uuid, "undo", action)
