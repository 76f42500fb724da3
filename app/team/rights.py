"""What each role may do: the one table of rights, and the error for a refusal.

Each tab adds the rights its services check to ``RIGHTS`` below (and a label for each
in ``ui/team/rights_labels.py``); nothing else in the app decides who may do what.
Imports nothing of SQLAlchemy: the UI reads the table before a database is open.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.db.errors import DatabaseProblem
from app.vocabulary import ROLES

LEAD = "lead"

EDIT_TEAM = "edit_team"
EDIT_ACCOUNTS = "edit_accounts"
EDIT_STRATEGY = "edit_strategy"
EDIT_CAMPAIGNS = "edit_campaigns"
EDIT_POSTS = "edit_posts"
APPROVE_POST = "approve_post"
ASSIGN_INBOX = "assign_inbox"
IMPORT_DATA = "import_data"
READ_ANY_APPRAISAL = "read_any_appraisal"
EDIT_ANY_APPRAISAL = "edit_any_appraisal"

# Right → the roles (besides the team lead, who holds every right) that have it.
# From the department's duties (shared/DOMAIN.md): strategy planners own the plans and
# the publishing plan; content producers make posts; platform operators run the
# accounts, campaigns and the inbox and collect platform data; data analysts import
# data; PR watches compliance and brand (so reviews posts) and answers negative comments.
RIGHTS: dict[str, frozenset[str]] = {
    EDIT_TEAM: frozenset(),
    EDIT_ACCOUNTS: frozenset({"operations"}),
    EDIT_STRATEGY: frozenset({"strategy"}),
    EDIT_CAMPAIGNS: frozenset({"strategy", "operations"}),
    EDIT_POSTS: frozenset({"strategy", "content", "operations"}),
    APPROVE_POST: frozenset({"strategy", "pr"}),
    ASSIGN_INBOX: frozenset({"operations", "pr"}),
    IMPORT_DATA: frozenset({"operations", "analyst"}),
    # Appraisals are confidential: each member reads their own, the lead everyone's.
    READ_ANY_APPRAISAL: frozenset(),
    EDIT_ANY_APPRAISAL: frozenset(),
}


def roles_with(right: str) -> frozenset[str]:
    """The roles holding ``right``; an unknown right is a bug (KeyError), not a refusal."""
    return RIGHTS[right] | {LEAD}


def has_right(roles: Iterable[str], right: str) -> bool:
    return not roles_with(right).isdisjoint(roles)


def rights_of(roles: Iterable[str]) -> tuple[str, ...]:
    """Every right the roles give, in the table's order."""
    held = set(roles)
    return tuple(r for r in RIGHTS if has_right(held, r))


class Forbidden(DatabaseProblem):
    """The acting member's roles do not allow this; nothing was changed.

    A ``DatabaseProblem`` so that every edit path that already tells the user about one
    (and reloads what is saved) handles a refusal too.
    """

    def __init__(self, member_name: str, right: str) -> None:
        super().__init__(
            f"{member_name or 'Nobody'} may not do this ({right}); it needs the role of "
            f"{' or '.join(r for r in ROLES if r in roles_with(right))}."
        )
        self.member_name = member_name
        self.right = right
