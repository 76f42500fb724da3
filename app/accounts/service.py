"""Platforms and the managed accounts on them (the Accounts dialog)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from app.accounts.models import Account, Platform
from app.accounts.types import AccountDraft, AccountInfo, PlatformInfo, RemovedAccount
from app.db.database import Database
from app.db.records import check_version, find
from app.strategy.models import PlatformStrategy
from app.team.acting import Acting, require
from app.team.models import Member
from app.team.rights import EDIT_ACCOUNTS
from app.validation import InvalidInput, optional_text, require_text

__all__ = ["AccountDraft", "AccountInfo", "AccountsService", "PlatformInfo", "RemovedAccount"]


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
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    # Platforms -------------------------------------------------------------------
    def list_platforms(self) -> list[PlatformInfo]:
        with self._db.session(read_only=True) as s:
            rows = s.scalars(select(Platform).order_by(Platform.sort_order, Platform.name_en))
            return [_platform_info(p) for p in rows]

    def add_platform(self, name_en: str, name_zh: str = "") -> PlatformInfo:
        en = require_text(name_en, "name", 80)
        zh = optional_text(name_zh, "name_zh", 80) or en
        code = re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-") or "platform"
        with self._db.session() as s:
            require(self._acting, s, EDIT_ACCOUNTS)
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
        with self._db.session(read_only=True) as s:
            return [_account_info(a) for a in s.scalars(query)]

    def _apply(self, s: Session, account: Account, d: AccountDraft) -> None:
        account.platform_id = find(s, Platform, d.platform_uuid, "platform").id
        account.handle = require_text(d.handle, "handle", 120)
        account.display_name = optional_text(d.display_name, "display_name", 200)
        account.owner_id = find(s, Member, d.owner_uuid, "member").id if d.owner_uuid else None
        account.active = d.active

    def get_account(self, uuid: str) -> AccountInfo:
        with self._db.session(read_only=True) as s:
            return _account_info(find(s, Account, uuid, "account"))

    def add_account(self, draft: AccountDraft, *, uuid: str | None = None) -> AccountInfo:
        try:
            with self._db.session() as s:
                require(self._acting, s, EDIT_ACCOUNTS)
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
                require(self._acting, s, EDIT_ACCOUNTS)
                a = find(s, Account, uuid, "account")
                check_version(a, expected_version, "account")
                self._apply(s, a, draft)
                s.flush()
                s.refresh(a)
                return _account_info(a)
        except IntegrityError as exc:
            raise InvalidInput("handle", "this platform already has that account") from exc

    def remove_account(self, uuid: str) -> RemovedAccount:
        with self._db.session() as s:
            require(self._acting, s, EDIT_ACCOUNTS)
            a = find(s, Account, uuid, "account")
            strategies = select(PlatformStrategy.uuid).where(PlatformStrategy.account_id == a.id)
            removed = RemovedAccount(_account_info(a), tuple(s.scalars(strategies)))
            s.delete(a)
            return removed

    def restore_account(self, removed: RemovedAccount) -> AccountInfo:
        """Put a removed account back with the same UUID, and its platform strategies'
        link to it, in one transaction."""
        info = removed.account
        try:
            with self._db.session() as s:
                require(self._acting, s, EDIT_ACCOUNTS)
                a = Account(uuid=info.uuid)
                self._apply(s, a, info.draft())
                s.add(a)
                s.flush()
                if removed.strategy_uuids:
                    named = PlatformStrategy.uuid.in_(removed.strategy_uuids)
                    for st in s.scalars(select(PlatformStrategy).where(named)):
                        st.account_id = a.id
                s.refresh(a)
                return _account_info(a)
        except IntegrityError as exc:
            raise InvalidInput("handle", "this platform already has that account") from exc
