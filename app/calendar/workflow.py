"""The post workflow: the one table of allowed transitions.

idea → drafting → in review → approved → scheduled → published; a rejection sends a post
in review back to drafting with the reviewer's reason; any unfinished post may be
cancelled, and a cancelled one reopened as an idea. Nothing else in the app decides
which status may follow which. No SQLAlchemy: the UI reads the table to offer actions.
"""

from __future__ import annotations

from typing import Literal

from app.validation import InvalidInput

PostStatus = Literal[
    "idea", "drafting", "in_review", "approved", "scheduled", "published", "cancelled"
]
STATUSES: tuple[PostStatus, ...] = (
    "idea",
    "drafting",
    "in_review",
    "approved",
    "scheduled",
    "published",
    "cancelled",
)

# Actions a user takes on a post (the UI labels them).
START = "start"  # idea → drafting
SUBMIT = "submit"  # drafting → in review (straight to approved when no review is needed)
WITHDRAW = "withdraw"  # in review → drafting, by the owner before a decision
APPROVE = "approve"  # in review → approved once the approval policy is met
REJECT = "reject"  # in review → drafting, with a reason
SCHEDULE = "schedule"  # approved → scheduled (needs a time and at least one account)
UNSCHEDULE = "unschedule"  # scheduled → approved
PUBLISH = "publish"  # scheduled or approved → published
BACK_TO_IDEA = "back_to_idea"  # drafting → idea
CANCEL = "cancel"
REOPEN = "reopen"  # cancelled → idea
ACTIONS = (
    START,
    SUBMIT,
    WITHDRAW,
    APPROVE,
    REJECT,
    SCHEDULE,
    UNSCHEDULE,
    PUBLISH,
    BACK_TO_IDEA,
    CANCEL,
    REOPEN,
)

# (status, action) → the status after it. An APPROVE that leaves steps of the policy
# still open keeps the post in review (the service decides; the table says where a
# met policy leads).
TRANSITIONS: dict[tuple[PostStatus, str], PostStatus] = {
    ("idea", START): "drafting",
    ("idea", CANCEL): "cancelled",
    ("drafting", SUBMIT): "in_review",
    ("drafting", BACK_TO_IDEA): "idea",
    ("drafting", CANCEL): "cancelled",
    ("in_review", APPROVE): "approved",
    ("in_review", REJECT): "drafting",
    ("in_review", WITHDRAW): "drafting",
    ("in_review", CANCEL): "cancelled",
    ("approved", SCHEDULE): "scheduled",
    ("approved", PUBLISH): "published",
    ("approved", CANCEL): "cancelled",
    ("scheduled", UNSCHEDULE): "approved",
    ("scheduled", PUBLISH): "published",
    ("scheduled", CANCEL): "cancelled",
    ("cancelled", REOPEN): "idea",
}

# Statuses whose posts still count as "to be published" (late when past their time).
OPEN: frozenset[PostStatus] = frozenset({"idea", "drafting", "in_review", "approved", "scheduled"})


class NotAllowed(InvalidInput):
    """The action does not apply to the post's status (the UI should not offer it)."""

    def __init__(self, status: str, action: str) -> None:
        super().__init__("status", f"a post that is {status.replace('_', ' ')} cannot {action}")
        self.status = status
        self.action = action


def next_status(status: PostStatus, action: str) -> PostStatus:
    """Where ``action`` takes a post in ``status``; NotAllowed if the table has no entry."""
    try:
        return TRANSITIONS[(status, action)]
    except KeyError:
        raise NotAllowed(status, action) from None


def actions_for(status: PostStatus) -> tuple[str, ...]:
    """The actions a post in ``status`` offers, in :data:`ACTIONS` order."""
    return tuple(a for a in ACTIONS if (status, a) in TRANSITIONS)
