from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.accounts.models import Account, Platform
from app.accounts.service import AccountDraft, AccountsService
from app.calendar.models import Campaign
from app.db.database import Database, open_database
from app.demo import DatabaseNotEmpty, DemoCancelled, fill, resolve_seeders
from app.team.models import Member, MemberRole
from app.team.service import MemberDraft, TeamService
from app.validation import InvalidInput
from app.vocabulary import ROLES

TODAY = date(2026, 11, 29)
SHARED = (Member, MemberRole, Account, Campaign)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (*SHARED, Platform)
        }


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo row of the shared tables, ids and timestamps included."""
    queries = {
        "members": "SELECT * FROM members ORDER BY id",
        "member_roles": "SELECT * FROM member_roles ORDER BY member_id, role",
        "platforms": "SELECT * FROM platforms WHERE NOT builtin ORDER BY id",
        "accounts": "SELECT * FROM accounts ORDER BY id",
        "campaigns": "SELECT * FROM campaigns ORDER BY id",
    }
    with db.engine.connect() as con:
        return {k: [tuple(r) for r in con.execute(text(q))] for k, q in queries.items()}


EMPTY = {"members": 0, "member_roles": 0, "accounts": 0, "campaigns": 0, "platforms": 7}


def test_small_fill_gives_the_documented_team(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = fill(db, today=TODAY, progress=lambda done, total: calls.append((done, total)))
    got = counts(db)
    assert (got["members"], got["accounts"], got["campaigns"], got["platforms"]) == (8, 8, 6, 7)
    for table in ("members", "member_roles", "accounts", "campaigns"):
        assert summary.rows[table] == got[table]
    assert "platforms" not in summary.rows  # the seven built-ins are reused

    members = TeamService(db).list_members()
    assert {role for m in members for role in m.roles} == set(ROLES)
    assert all(1 <= len(m.roles) <= 3 and m.active for m in members)
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in m.name) for m in members)
    assert any(m.name.isascii() for m in members)
    assert all(m.updated_at.tzinfo == UTC and m.updated_at.date() < TODAY for m in members)
    assert all(uuid.UUID(m.uuid).version == 4 for m in members)

    operators = {m.uuid for m in members if "operations" in m.roles}
    assert all(a.owner_uuid in operators for a in AccountsService(db).list_accounts())

    with db.session() as s:
        campaigns = s.scalars(select(Campaign).order_by(Campaign.start_date)).all()
        assert sum(c.start_date <= TODAY for c in campaigns) == 4
        assert all(c.budget_cents > 0 and c.budget_cents % 100_000 == 0 for c in campaigns)
        assert all(c.goal and c.start_date <= c.end_date for c in campaigns)
        assert all(c.version == 1 for c in campaigns)

    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert summary.seconds > 0


def filled_copy(path: Path, seed: int) -> dict[str, list[tuple[Any, ...]]]:
    other = open_database(path)
    try:
        fill(other, seed=seed, today=TODAY)
        return dump(other)
    finally:
        other.close()


def test_same_seed_and_day_give_identical_rows(db: Database, tmp_path: Path) -> None:
    fill(db, seed=7, today=TODAY)
    assert filled_copy(tmp_path / "twin.db", seed=7) == dump(db)
    different = filled_copy(tmp_path / "other.db", seed=8)
    assert different["members"] != dump(db)["members"]  # other UUIDs and dates


def add_member(db: Database) -> None:
    TeamService(db).add(MemberDraft("王芳", ("lead",)))


def add_account(db: Database) -> None:
    accounts = AccountsService(db)
    weibo = next(p for p in accounts.list_platforms() if p.code == "weibo")
    accounts.add_account(AccountDraft(weibo.uuid, "brand_official", "品牌官方微博"))


@pytest.mark.parametrize(("add", "table"), [(add_member, "members"), (add_account, "accounts")])
def test_a_database_with_records_is_refused_and_left_alone(
    db: Database, add: Callable[[Database], None], table: str
) -> None:
    add(db)
    before = dump(db)
    with pytest.raises(DatabaseNotEmpty) as err:
        fill(db, today=TODAY)
    assert isinstance(err.value, InvalidInput)
    assert err.value.table == table
    assert dump(db) == before


def test_unknown_scale_is_refused(db: Database) -> None:
    with pytest.raises(InvalidInput) as err:
        fill(db, scale="huge", today=TODAY)  # type: ignore[arg-type]
    assert err.value.field == "scale"
    assert counts(db) == EMPTY


def test_cancel_mid_way_leaves_the_database_empty(db: Database) -> None:
    seen: list[int] = []
    with pytest.raises(DemoCancelled):
        fill(
            db,
            today=TODAY,
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: len(seen) >= 3,  # after members and roles are written
        )
    assert seen[-1] > 0
    assert counts(db) == EMPTY
    fill(db, today=TODAY)  # and the database is still good for a fill
    assert counts(db)["members"] == 8


def record_members(db: Database, today: date, rng: random.Random) -> None:
    """A seeder as another module would write one: through its own session."""
    with db.session() as s:
        seen = s.scalar(select(func.count()).select_from(Member))
    TeamService(db).add(MemberDraft(f"Seeder saw {seen}", ("pr",), notes=str(today)))


def test_seeders_run_inside_the_fill_transaction(db: Database) -> None:
    summary = fill(db, today=TODAY, seeders=["tests.demo.test_fill.record_members"])
    names = [m.name for m in TeamService(db).list_members()]
    assert "Seeder saw 8" in names
    assert list(summary.seeder_seconds) == ["tests.demo.test_fill.record_members"]


def test_a_failing_seeder_undoes_the_whole_fill(db: Database) -> None:
    def broken(db: Database, today: date, rng: random.Random) -> None:
        record_members(db, today, rng)
        raise RuntimeError("seeder bug")

    with pytest.raises(RuntimeError, match="seeder bug"):
        fill(db, today=TODAY, seeders=[broken])
    assert counts(db) == EMPTY


def test_missing_seeder_modules_are_skipped() -> None:
    found = resolve_seeders(
        ["app.no_such_module.seed", "no_such_package.demo.seed", record_members]
    )
    assert [fn for _, fn in found] == [record_members]
    with pytest.raises(AttributeError):
        resolve_seeders(["tests.demo.test_fill.no_such_seeder"])


@pytest.mark.slow
def test_large_fill_covers_three_years(db: Database) -> None:
    summary = fill(db, scale="large", today=TODAY)
    got = counts(db)
    assert got["members"] >= 30
    assert got["accounts"] >= 12
    assert got["platforms"] == 8
    members = TeamService(db).list_members()
    assert {role for m in members for role in m.roles} == set(ROLES)
    assert len({m.name for m in members}) == len(members)
    assert any(not m.active for m in members)
    accounts = AccountsService(db).list_accounts()
    assert "xiaohongshu" in {a.platform_code for a in accounts}
    with db.session() as s:
        first = s.scalar(select(func.min(Campaign.start_date)))
        last = s.scalar(select(func.max(Campaign.end_date)))
        started = s.scalar(
            select(func.max(Campaign.start_date)).where(Campaign.start_date <= TODAY)
        )
    assert first is not None and last is not None and started is not None
    assert first <= TODAY.replace(year=TODAY.year - 3)
    assert last - first >= timedelta(days=3 * 365)
    assert started >= TODAY - timedelta(days=31)  # history runs up to today
    assert summary.rows["campaigns"] == got["campaigns"]
