"""Who may read and edit which appraisal: enforced here, for the acting member.

The team lead (and whoever ``app.team.rights`` gives READ_ANY_APPRAISAL /
EDIT_ANY_APPRAISAL) reads / edits every appraisal; everyone else reads only their own
and writes only their own self-review and signature. A service built without an
acting member (demo, CLI, tests) is unchecked, as everywhere else in the app; so is an
empty team, which has nobody to check.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.errors import DatabaseProblem
from app.team import history
from app.team.acting import Acting
from app.team.rights import EDIT_ANY_APPRAISAL, READ_ANY_APPRAISAL, Forbidden, has_right


class NotYourAppraisal(Forbidden):
    """A member acting on someone else's appraisal where only its member may."""

    def __init__(self, member_name: str, what: str) -> None:
        DatabaseProblem.__init__(
            self, f"{member_name or 'Nobody'} may not {what}: only its own member may."
        )
        self.member_name = member_name
        self.right = "own_appraisal"


@dataclass(frozen=True)
class Viewer:
    uuid: str | None  # None: unchecked (no acting member, or an empty team)
    name: str
    read_any: bool
    edit_any: bool

    def may_read(self, member_uuid: str) -> bool:
        return self.read_any or self.uuid is None or self.uuid == member_uuid

    def is_member(self, member_uuid: str) -> bool:
        return self.uuid is None or self.uuid == member_uuid

    def require_read(self, member_uuid: str) -> None:
        if not self.may_read(member_uuid):
            raise Forbidden(self.name, READ_ANY_APPRAISAL)

    def require_edit_any(self) -> None:
        if not self.edit_any:
            raise Forbidden(self.name, EDIT_ANY_APPRAISAL)

    def require_read_any(self) -> None:
        if not self.read_any:
            raise Forbidden(self.name, READ_ANY_APPRAISAL)

    def require_member(self, member_uuid: str, what: str) -> None:
        if not self.is_member(member_uuid):
            raise NotYourAppraisal(self.name, what)

    def record(self, s: Session) -> None:
        """Make the session's changes show up in the history as this viewer's."""
        if self.uuid is not None:
            s.info[history.ACTOR] = (self.uuid, self.name)


UNCHECKED = Viewer(None, "", True, True)


def viewer(acting: Acting | None) -> Viewer:
    """The acting member as a viewer of appraisals (read in its own short session)."""
    if acting is None:
        return UNCHECKED
    member = acting.current()
    if member is None:
        return UNCHECKED
    return Viewer(
        member.uuid,
        member.name,
        has_right(member.roles, READ_ANY_APPRAISAL),
        has_right(member.roles, EDIT_ANY_APPRAISAL),
    )
