"""ORM models of the shared entities: team members, platforms, accounts, campaigns.

Every row carries a stable UUID (for export, merge and sync between databases),
created/updated timestamps in UTC and a version counter that SQLAlchemy checks on
every UPDATE (optimistic concurrency: a stale edit raises instead of overwriting).
Tabs add their own tables in their own modules and migrations.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from app.db.types import UTCDateTime, new_uuid, utcnow
from app.vocabulary import ROLES

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

__all__ = ["ROLES"]  # re-exported: the role codes members' rows hold


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Columns every user-visible record has."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


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


class Platform(Record):
    __tablename__ = "platforms"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Account(Record):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform_id", "handle"),)

    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id", ondelete="RESTRICT"))
    handle: Mapped[str] = mapped_column(String(120))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    platform: Mapped[Platform] = relationship()
    owner: Mapped[Member | None] = relationship()


class Campaign(Record):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    # Money is kept in minor units (fen/cents): exact, and no Decimal-on-SQLite caveats.
    budget_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), default=None, index=True
    )


# Seeded by the first migration; users may add their own.
BUILTIN_PLATFORMS = (
    ("weibo", "Weibo", "微博"),
    ("wechat", "WeChat", "微信"),
    ("douyin", "Douyin", "抖音"),
    ("kuaishou", "Kuaishou", "快手"),
    ("bilibili", "Bilibili", "B站"),
    ("instagram", "Instagram", "Instagram"),
    ("facebook", "Facebook", "Facebook"),
)
