"""Fixtures of the import tests: a database with two accounts, the service, stored rows."""

from __future__ import annotations

import pytest

from app.accounts.service import AccountsService
from app.accounts.types import AccountDraft
from app.db.database import Database
from app.imports.history import ImportHistory
from app.imports.pipeline import ImportService


@pytest.fixture
def accounts(db: Database) -> dict[str, str]:
    """Two accounts: 品牌微博 on Weibo (handle brand_wb) and Lumio on Douyin (lumio_dy)."""
    service = AccountsService(db)
    platforms = {p.code: p.uuid for p in service.list_platforms()}
    made = {}
    for code, handle, name in (("weibo", "brand_wb", "品牌微博"), ("douyin", "lumio_dy", "Lumio")):
        made[handle] = service.add_account(AccountDraft(platforms[code], handle, name)).uuid
    return made


@pytest.fixture
def imports(db: Database, accounts: dict[str, str]) -> ImportService:
    return ImportService(db)


@pytest.fixture
def history(db: Database) -> ImportHistory:
    return ImportHistory(db)
