"""Platforms and the managed accounts on them (the Accounts dialog)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from app.accounts.models import Account, Platform
from app.accounts.types import AccountDraft, AccountInfo, PlatformInfo
from app.db.database import Database
from app.db.records import check_version, find
from app.team.models import Member
from app.validation import InvalidInput, require_text

__all__ = ["AccountDraft", "AccountInfo", "AccountsService", "PlatformInfo"]


def _platform_info(p: Platform) -> PlatformInfo:
    return PlatformInfo(p.uuid, p.code, p.name_en, p.name_zh, p.builtin)


def _account_info(a: Account) -> AccountInfo:
    return AccountInfo(
        uuid=a.uuid,
        platform_uuid=a.platform.uuid,
        platform_code=a.platform.code,
        platform_en=a.platform.name_en,
        platform_zh=a.platform.name_zh,
        handle=a.handle,
        display_name=a.display_name,
        owner_uuid=a.owner.uuid if a.owner else None,
        owner_name=a.owner.name if a.owner else "",
        active=a.active,
        version=a.version,
    )


class AccountsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Platforms -------------------------------------------------------------------
    def list_platforms(self) -> list[PlatformInfo]:
        with self._db.session() as s:
            rows = s.scalars(select(Platform).order_by(Platform.sort_order, Platform.name_en))
            return [_platform_info(p) for p in rows]

    def add_platform(self, name_en: str, name_zh: str = "") -> PlatformInfo:
        en = require_text(name_en, "name", 80)
        zh = name_zh.strip() or en
        code = re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-") or "platform"
        with self._db.session() as s:
            taken = set(s.scalars(select(Platform.code)))
            if code in taken or en.lower() in {c.lower() for c in taken}:
                raise InvalidInput("name", f"a platform called {en} already exists")
            order = (s.scalar(select(func.max(Platform.sort_order))) or 0) + 10
            p = Platform(code=code, name_en=en, name_zh=zh, builtin=False, sort_order=order)
            s.add(p)
            s.flush()
            return _platform_info(p)

    # Accounts --------------------------------------------------------------------
    def list_accounts(self) -> list[AccountInfo]:
        query = (
            select(Account)
            .join(Account.platform)
            .options(joinedload(Account.platform), joinedload(Account.owner))
            .order_by(Platform.sort_order, Account.handle)
        )
        with self._db.session() as s:
            return [_account_info(a) for a in s.scalars(query)]

    def _apply(self, s: Session, account: Account, d: AccountDraft) -> None:
        account.platform_id = find(s, Platform, d.platform_uuid, "platform").id
        account.handle = require_text(d.handle, "handle", 120)
        account.display_name = d.display_name.strip()
        account.owner_id = find(s, Member, d.owner_uuid, "member").id if d.owner_uuid else None
        account.active = d.active

    def add_account(self, draft: AccountDraft, *, uuid: str | None = None) -> AccountInfo:
        try:
            with self._db.session() as s:
                a = Account()
                if uuid is not None:
                    a.uuid = uuid
                self._apply(s, a, draft)
                s.add(a)
                s.flush()
                s.refresh(a)
                return _account_info(a)
        except IntegrityError as exc:
            raise InvalidInput("handle", "this platform already has that account") from exc

    def update_account(self, uuid: str, expected_version: int, draft: AccountDraft) -> AccountInfo:
        try:
            with self._db.session() as s:
                a = find(s, Account, uuid, "account")
                check_version(a, expected_version, "account")
                self._apply(s, a, draft)
                s.flush()
                s.refresh(a)
                return _account_info(a)
        except IntegrityError as exc:
            raise InvalidInput("handle", "this platform already has that account") from exc

    def remove_account(self, uuid: str) -> AccountInfo:
        with self._db.session() as s:
            a = find(s, Account, uuid, "account")
            info = _account_info(a)
            s.delete(a)
            return info
