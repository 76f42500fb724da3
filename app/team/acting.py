"""The acting member ("working as"): who the services act for, and what they may do.

The UI chooses the member; services that change data call ``require`` in their session,
which refuses with ``Forbidden`` and makes the session record who did it. This is the
one seam a later sign-in replaces: it will set the member here instead of the status bar.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.team import history
from app.team.models import Member, MemberRole
from app.team.rights import LEAD, Forbidden, has_right
from app.team.types import MemberInfo
from app.validation import InvalidInput


def member_info(m: Member) -> MemberInfo:
    return MemberInfo(
        uuid=m.uuid,
        name=m.name,
        roles=tuple(r.role for r in m.roles),
        email=m.email,
        active=m.active,
        notes=m.notes,
        version=m.version,
        updated_at=m.updated_at,
    )


def active_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(Member).where(Member.active.is_(True))) or 0


def check_lead_remains(s: Session) -> None:
    """Refuse a team change that leaves active members but no active lead: nobody
    could edit the team again."""
    s.flush()
    leads = select(func.count()).select_from(Member).join(MemberRole)
    leads = leads.where(Member.active.is_(True), MemberRole.role == LEAD)
    if active_count(s) and not s.scalar(leads):
        raise InvalidInput("roles", "the team needs at least one active team lead")


class Acting:
    """Who is working in this workspace. Not sign-in: anyone may choose anyone."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._chosen: str | None = None

    @property
    def chosen_uuid(self) -> str | None:
        """The member chosen (or made acting as the team's first member); None if nobody."""
        return self._chosen

    def choose(self, member_uuid: str | None) -> None:
        self._chosen = member_uuid

    def current(self) -> MemberInfo | None:
        """Who services act for now; None only while the team has no active member."""
        with self._db.session(read_only=True) as s:
            member = self._resolve(s)
            return member_info(member) if member is not None else None

    def may(self, right: str) -> bool:
        """Whether the acting member holds ``right`` (an empty team: anyone may)."""
        member = self.current()
        return member is None or has_right(member.roles, right)

    def require(self, s: Session, right: str) -> None:
        """Refuse (Forbidden) unless the acting member holds ``right``; call at the top of
        a write, inside its session, which then records who made each change."""
        member = self._resolve(s)
        if member is None:  # an empty team has nobody to check (first run, demo data)
            s.info[history.ACTOR] = (None, "")
            return
        if not has_right((r.role for r in member.roles), right):
            raise Forbidden(member.name, right)
        s.info[history.ACTOR] = (member.uuid, member.name)

    def _resolve(self, s: Session) -> Member | None:
        # Until someone is chosen (or once the chosen member left), the workspace works
        # as the first active lead, else the first active member: a one-person team
        # never has to choose itself.
        active = (
            select(Member)
            .options(selectinload(Member.roles))
            .where(Member.active.is_(True))
            .order_by(Member.name, Member.id)
        )
        if self._chosen is not None:
            chosen = s.scalar(active.where(Member.uuid == self._chosen))
            if chosen is not None:
                return chosen
        lead = s.scalar(active.join(MemberRole).where(MemberRole.role == LEAD).limit(1))
        return lead if lead is not None else s.scalar(active.limit(1))


def require(acting: Acting | None, s: Session, right: str) -> None:
    """``Acting.require`` for a service built without one (demo, CLI, tests): unchecked
    and unrecorded then."""
    if acting is not None:
        acting.require(s, right)
