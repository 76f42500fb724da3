"""Team members and their roles (the Team tab)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.accounts.models import Account
from app.db.database import Database
from app.db.records import check_version, find
from app.team.acting import Acting, active_count, check_lead_remains, member_info, require
from app.team.models import Member, MemberRole
from app.team.rights import EDIT_TEAM, LEAD
from app.team.types import MemberDraft, MemberInfo, RemovedMember
from app.validation import InvalidInput, optional_text, require_text
from app.vocabulary import ROLES

__all__ = ["MemberDraft", "MemberInfo", "RemovedMember", "TeamService"]


_info = member_info


def _validate(draft: MemberDraft) -> MemberDraft:
    name = require_text(draft.name, "name", 120)
    unknown = [r for r in draft.roles if r not in ROLES]
    if unknown:
        raise InvalidInput("roles", f"unknown role: {', '.join(unknown)}")
    email = optional_text(draft.email, "email", 200)
    if email and "@" not in email:
        raise InvalidInput("email", "an e-mail address needs an @")
    roles = tuple(r for r in ROLES if r in draft.roles)
    notes = optional_text(draft.notes, "notes", multiline=True)
    return MemberDraft(name, roles, email, draft.active, notes)


def _get(s: Session, uuid: str) -> Member:
    return find(s, Member, uuid, "team member")


def _insert(s: Session, draft: MemberDraft, uuid: str | None) -> Member:
    d = _validate(draft)
    m = Member(name=d.name, email=d.email, active=d.active, notes=d.notes)
    if uuid is not None:
        m.uuid = uuid
    m.roles = [MemberRole(role=r) for r in d.roles]
    s.add(m)
    s.flush()
    return m


class TeamService:
    """``acting`` is who edits (None: a headless caller, unchecked and unrecorded)."""

    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def _require(self, s: Session) -> None:
        require(self._acting, s, EDIT_TEAM)

    def _keep_a_lead(self, s: Session) -> None:
        # Only where rights are checked: there a team without a lead is locked for good.
        if self._acting is not None:
            check_lead_remains(s)
        else:
            s.flush()

    def _insert(self, s: Session, draft: MemberDraft, uuid: str | None) -> Member:
        """The first member of an empty team is its lead, and the one working."""
        first = active_count(s) == 0
        if first and LEAD not in draft.roles:
            draft = replace(draft, roles=(LEAD, *draft.roles))
        m = _insert(s, draft, uuid)
        if first and m.active and self._acting is not None:
            self._acting.choose(m.uuid)
        return m

    def list_members(self, *, include_inactive: bool = True) -> list[MemberInfo]:
        query = select(Member).options(selectinload(Member.roles)).order_by(Member.name)
        if not include_inactive:
            query = query.where(Member.active.is_(True))
        with self._db.session(read_only=True) as s:
            return [_info(m) for m in s.scalars(query)]

    def get(self, uuid: str) -> MemberInfo:
        with self._db.session(read_only=True) as s:
            return _info(_get(s, uuid))

    def add(self, draft: MemberDraft, *, uuid: str | None = None) -> MemberInfo:
        with self._db.session() as s:
            self._require(s)
            return _info(self._insert(s, draft, uuid))

    def update(self, uuid: str, expected_version: int, draft: MemberDraft) -> MemberInfo:
        """Save changes made to the version the user saw; raises StaleEdit otherwise."""
        d = _validate(draft)
        with self._db.session() as s:
            self._require(s)
            m = _get(s, uuid)
            check_version(m, expected_version, "member")
            m.name, m.email, m.active, m.notes = d.name, d.email, d.active, d.notes
            current = {r.role for r in m.roles}
            if current != set(d.roles):
                m.roles = [MemberRole(role=r) for r in d.roles]
            self._keep_a_lead(s)
            return _info(m)

    def remove(self, uuid: str) -> RemovedMember:
        with self._db.session() as s:
            self._require(s)
            m = _get(s, uuid)
            owned = tuple(s.scalars(select(Account.uuid).where(Account.owner_id == m.id)))
            removed = RemovedMember(_info(m), owned)
            s.delete(m)
            self._keep_a_lead(s)
            return removed

    def restore(self, removed: RemovedMember) -> MemberInfo:
        """Put a removed member back with the same UUID and account ownership."""
        with self._db.session() as s:  # one transaction: member and ownership together
            self._require(s)
            member = self._insert(s, removed.member.draft(), removed.member.uuid)
            if removed.owned_account_uuids:
                owned = select(Account).where(Account.uuid.in_(removed.owned_account_uuids))
                for account in s.scalars(owned):
                    account.owner_id = member.id
            return _info(member)
