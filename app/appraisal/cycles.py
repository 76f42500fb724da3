"""The appraisal's states and the steps between them.

not started → self-review → manager review → awaiting sign-off → signed. A signed
appraisal is read-only; reopening it (or taking any appraisal back a step) needs a
reason, which is recorded with who did it.
"""

from __future__ import annotations

from app.appraisal.grading import check_bands
from app.appraisal.types import (
    AWAITING_SIGNOFF,
    MANAGER_REVIEW,
    NOT_STARTED,
    PERIOD_KINDS,
    SELF_REVIEW,
    SIGNED,
    STATUSES,
    CycleDraft,
)
from app.validation import InvalidInput, require_text

START, SUBMIT_SELF, SUBMIT_MANAGER, SIGN = "start", "submit_self", "submit_manager", "sign"

# action → (from, to)
STEPS: dict[str, tuple[str, str]] = {
    START: (NOT_STARTED, SELF_REVIEW),
    SUBMIT_SELF: (SELF_REVIEW, MANAGER_REVIEW),
    SUBMIT_MANAGER: (MANAGER_REVIEW, AWAITING_SIGNOFF),
    SIGN: (AWAITING_SIGNOFF, SIGNED),
}
# Where a reopened appraisal may go back to.
REOPEN_TARGETS: tuple[str, ...] = (SELF_REVIEW, MANAGER_REVIEW)


class Locked(InvalidInput):
    """The appraisal is signed (or not at that step): nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__("status", message)


def step(status: str, action: str) -> str:
    """The status after ``action``; raises Locked when it does not apply now."""
    start, end = STEPS[action]
    if status != start:
        raise Locked(f"cannot {action.replace('_', ' ')} an appraisal in {status}")
    return end


def reopen(status: str, target: str, reason: str) -> str:
    """The status a reopening leads to; it must go back, and it needs a reason."""
    if not reason.strip():
        raise InvalidInput("reason", "reopening needs a reason")
    if target not in REOPEN_TARGETS:
        raise InvalidInput("status", f"an appraisal cannot be reopened to {target}")
    if STATUSES.index(status) <= STATUSES.index(target):
        raise Locked(f"an appraisal in {status} is not past {target}")
    return target


def editable_self(status: str) -> bool:
    return status == SELF_REVIEW


def editable_manager(status: str) -> bool:
    # The manager may prepare scores while the member writes theirs.
    return status in (SELF_REVIEW, MANAGER_REVIEW)


def require_unsigned(status: str) -> None:
    if status == SIGNED:
        raise Locked("a signed appraisal is read-only; reopen it with a reason to change it")


def check_cycle(draft: CycleDraft) -> CycleDraft:
    """The draft tidied, or InvalidInput naming what is wrong."""
    name = require_text(draft.name, "name", 120)
    if draft.period_kind not in PERIOD_KINDS:
        raise InvalidInput("period_kind", f"unknown period: {draft.period_kind}")
    if draft.end < draft.start:
        raise InvalidInput("end", "the period ends before it starts")
    limit = draft.top_share_limit
    if limit is not None and not 0 < limit <= 100:
        raise InvalidInput("top_share_limit", "the share of the top grade is a percentage")
    return CycleDraft(
        name,
        draft.period_kind,
        draft.start,
        draft.end,
        draft.self_due,
        draft.manager_due,
        check_bands(draft.bands),
        limit,
    )
