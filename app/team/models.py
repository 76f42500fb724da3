"""Team members, the roles they hold, and the history of who changed what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Record
from app.db.types import UTCDateTime, new_uuid, utcnow


class Member(Record):
    __tablename__ = "members"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[list[MemberRole]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="MemberRole.role"
    )


class MemberRole(Base):
    __tablename__ = "member_roles"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    member: Mapped[Member] = relationship(back_populates="roles")


class Change(Base):
    """One line of history: who did what to which record, and when (migration 0003).

    Append-only, so not a ``Record``: no version counter, never updated. Member and
    record are named by UUID (they survive an undo's remove and restore); the member's
    name is copied so the line still reads once the member is gone.
    """

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    member_uuid: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    member_name: Mapped[str] = mapped_column(String(120), default="")
    record_type: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
