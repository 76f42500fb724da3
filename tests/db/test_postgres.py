"""Team mode: the same migrations and services on a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text

from app.accounts.service import AccountDraft, AccountsService
from app.db.database import open_database
from app.db.errors import DatabaseTooNew, StaleEdit
from app.db.schema import HEAD_REVISION
from app.team.models import Member
from app.team.service import MemberDraft, TeamService
from tests.postgres_server import running_server, server_binaries

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if server_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install PostgreSQL (scripts/install-system-deps.sh)")
        pytest.skip("no PostgreSQL server installed")
    with running_server() as url:
        yield url


@pytest.fixture
def clean_url(pg_url: str) -> str:
    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.execute(text("DROP SCHEMA public CASCADE"))
        con.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return pg_url


def test_migrations_and_services_run_on_postgresql(clean_url: str) -> None:
    db = open_database(clean_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        with db.engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
        team, accounts = TeamService(db), AccountsService(db)
        m = team.add(MemberDraft("王芳", ("lead", "operations"), "wang.fang@example.com"))
        weibo = next(p for p in accounts.list_platforms() if p.code == "weibo")
        accounts.add_account(AccountDraft(weibo.uuid, "@brand", "品牌官方微博", m.uuid))
        assert accounts.list_accounts()[0].owner_name == "王芳"
        team.update(m.uuid, m.version, MemberDraft("王芳", ("lead",)))
        with pytest.raises(StaleEdit):
            team.update(m.uuid, m.version, MemberDraft("stale"))
        removed = team.remove(m.uuid)
        team.restore(removed)
        assert team.get(m.uuid).roles == ("lead",)
        assert accounts.list_accounts()[0].owner_name == "王芳"
    finally:
        db.close()
    # A second open finds the schema current and keeps the data.
    again = open_database(clean_url)
    try:
        assert [x.name for x in TeamService(again).list_members()] == ["王芳"]
    finally:
        again.close()


def test_server_database_from_a_newer_version_is_refused(clean_url: str) -> None:
    open_database(clean_url).close()
    engine = create_engine(clean_url)
    with engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_database(clean_url)


def test_a_concurrent_save_turns_into_stale_edit_on_the_server(clean_url: str) -> None:
    """Read committed: the second writer's UPDATE finds the version moved on."""
    db = open_database(clean_url)
    try:
        m = TeamService(db).add(MemberDraft("李娜"))
        with pytest.raises(StaleEdit), db.session() as s:
            mine = s.scalar(select(Member).where(Member.uuid == m.uuid))
            assert mine is not None
            TeamService(db).update(m.uuid, m.version, MemberDraft("李娜 (theirs)"))
            mine.name = "李娜 (mine)"
        assert TeamService(db).get(m.uuid).name == "李娜 (theirs)"
    finally:
        db.close()
