"""Platforms and the managed accounts on them."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Record
from app.team.models import Member


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
