from __future__ import annotations

import pytest

from app.accounts.service import AccountDraft, AccountsService
from app.db.database import Database
from app.db.errors import StaleEdit
from app.team.service import MemberDraft, TeamService
from app.validation import InvalidInput


def test_add_list_update_member(db: Database) -> None:
    team = TeamService(db)
    li = team.add(MemberDraft("李娜", ("content", "lead"), "li.na@example.com"))
    assert li.roles == ("lead", "content")  # kept in the department's order
    assert [m.name for m in team.list_members()] == ["李娜"]
    changed = team.update(li.uuid, li.version, MemberDraft("李娜", ("analyst",), active=False))
    assert changed.version == li.version + 1
    assert team.get(li.uuid).roles == ("analyst",)
    assert team.list_members(include_inactive=False) == []


def test_stale_edit_is_refused_and_nothing_changes(db: Database) -> None:
    team = TeamService(db)
    m = team.add(MemberDraft("Wang Wei"))
    team.update(m.uuid, m.version, MemberDraft("Wang Wei (ops)"))
    with pytest.raises(StaleEdit):
        team.update(m.uuid, m.version, MemberDraft("Someone else"))
    assert team.get(m.uuid).name == "Wang Wei (ops)"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (MemberDraft("   "), "name"),
        (MemberDraft("A", ("wizard",)), "roles"),
        (MemberDraft("A", email="not-an-address"), "email"),
    ],
)
def test_bad_member_input_names_the_field(db: Database, draft: MemberDraft, field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        TeamService(db).add(draft)
    assert err.value.field == field
    assert TeamService(db).list_members() == []


def test_remove_and_restore_keeps_uuid_and_account_ownership(db: Database) -> None:
    team, accounts = TeamService(db), AccountsService(db)
    m = team.add(MemberDraft("Zhang Min", ("operations",)))
    weibo = next(p for p in accounts.list_platforms() if p.code == "weibo")
    acc = accounts.add_account(AccountDraft(weibo.uuid, "@brand", "品牌官微", m.uuid))
    removed = team.remove(m.uuid)
    assert team.list_members() == []
    assert accounts.list_accounts()[0].owner_uuid is None  # ON DELETE SET NULL
    back = team.restore(removed)
    assert back.uuid == m.uuid
    assert accounts.list_accounts()[0].owner_name == "Zhang Min"
    assert accounts.list_accounts()[0].uuid == acc.uuid


def test_platforms_seeded_and_user_can_add(db: Database) -> None:
    accounts = AccountsService(db)
    codes = [p.code for p in accounts.list_platforms()]
    assert codes[:7] == [
        "weibo",
        "wechat",
        "douyin",
        "kuaishou",
        "bilibili",
        "instagram",
        "facebook",
    ]
    xhs = accounts.add_platform("Xiaohongshu", "小红书")
    assert accounts.list_platforms()[-1] == xhs
    assert xhs.name("zh_CN") == "小红书"
    with pytest.raises(InvalidInput):
        accounts.add_platform("xiaohongshu")


def test_duplicate_account_handle_is_a_clear_error(db: Database) -> None:
    accounts = AccountsService(db)
    wechat = next(p for p in accounts.list_platforms() if p.code == "wechat")
    accounts.add_account(AccountDraft(wechat.uuid, "brand_official"))
    with pytest.raises(InvalidInput) as err:
        accounts.add_account(AccountDraft(wechat.uuid, "brand_official"))
    assert err.value.field == "handle"
    assert len(accounts.list_accounts()) == 1
