"""What the team service takes and returns. No SQLAlchemy: the UI imports this early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class MemberDraft:
    """What a user types for a member."""

    name: str
    roles: tuple[str, ...] = ()
    email: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MemberInfo:
    uuid: str
    name: str
    roles: tuple[str, ...]
    email: str
    active: bool
    notes: str
    version: int
    updated_at: datetime

    def draft(self) -> MemberDraft:
        return MemberDraft(self.name, self.roles, self.email, self.active, self.notes)


@dataclass(frozen=True)
class RemovedMember:
    """Everything needed to put a removed member back exactly (undo)."""

    member: MemberInfo
    owned_account_uuids: tuple[str, ...]
