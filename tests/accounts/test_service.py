"""The accounts service's calls for the editing kit: get one, and remove ↔ restore."""

from __future__ import annotations

from datetime import date

import pytest

from app.accounts.types import AccountDraft
from app.db.errors import NotFound
from app.strategy.types import PlatformStrategyDraft, new_plan_draft
from app.validation import InvalidInput
from app.workspace import Workspace


def test_remove_and_restore_an_account_with_the_strategies_naming_it(
    workspace: Workspace,
) -> None:
    douyin = next(p for p in workspace.accounts.list_platforms() if p.code == "douyin")
    account = workspace.accounts.add_account(AccountDraft(douyin.uuid, "@brand_dy", "品牌"))
    assert workspace.accounts.get_account(account.uuid) == account
    plan = workspace.plans.add_plan(new_plan_draft("2026", "year", date(2026, 1, 1)))
    strategy = workspace.platform_strategies.add_strategy(
        plan.uuid, PlatformStrategyDraft(douyin.uuid, account.uuid, 5)
    )

    removed = workspace.accounts.remove_account(account.uuid)
    assert removed.account == account
    assert removed.strategy_uuids == (strategy.uuid,)
    with pytest.raises(NotFound):
        workspace.accounts.get_account(account.uuid)

    back = workspace.accounts.restore_account(removed)
    assert (back.uuid, back.handle, back.display_name) == (account.uuid, "@brand_dy", "品牌")
    [st] = workspace.platform_strategies.list_strategies(plan.uuid)
    assert st.account_uuid == account.uuid


def test_restore_refuses_a_handle_taken_meanwhile(workspace: Workspace) -> None:
    douyin = next(p for p in workspace.accounts.list_platforms() if p.code == "douyin")
    account = workspace.accounts.add_account(AccountDraft(douyin.uuid, "@brand_dy"))
    removed = workspace.accounts.remove_account(account.uuid)
    workspace.accounts.add_account(AccountDraft(douyin.uuid, "@brand_dy"))
    with pytest.raises(InvalidInput):
        workspace.accounts.restore_account(removed)
    assert len(workspace.accounts.list_accounts()) == 1
