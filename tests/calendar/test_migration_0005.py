"""A database at revision 0004 opens at the head: campaigns kept (and extended), the
calendar's tables added with the built-in content types, posts usable at once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from app.calendar.types import BUILTIN_CONTENT_TYPES, CampaignDraft
from app.db.database import open_database, read_revision
from app.db.migrate import upgrade
from app.db.schema import HEAD_REVISION
from app.workspace import Workspace
from tests.calendar.core_support import DAY, add_post, at

NOW = "2026-06-01 08:00:00.000000"
MEMBER = "00000000-0000-4000-8000-000000000001"
CAMPAIGN = "00000000-0000-4000-8000-0000000000c1"


def make_0004_database(path: Path) -> None:
    """Raw SQL on purpose: the file must not depend on today's models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0004")
        with engine.begin() as con:
            con.execute(
                text(
                    "INSERT INTO members (id, uuid, name, email, active, notes, created_at,"
                    " updated_at, version) VALUES (1, :uuid, '王芳', '', 1, '', :now, :now, 2)"
                ),
                {"uuid": MEMBER, "now": NOW},
            )
            con.execute(text("INSERT INTO member_roles (member_id, role) VALUES (1, 'lead')"))
            con.execute(
                text(
                    "INSERT INTO campaigns (uuid, name, start_date, end_date, goal, budget_cents,"
                    " owner_id, created_at, updated_at, version) VALUES (:uuid, '2026 618 · 618',"
                    " '2026-06-01', '2026-06-18', '拉新', 5000000, 1, :now, :now, 4)"
                ),
                {"uuid": CAMPAIGN, "now": NOW},
            )
    finally:
        engine.dispose()


def test_0004_database_gains_the_calendar_with_its_campaigns_intact(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    make_0004_database(path)
    assert read_revision(path) == "0004"

    ws = Workspace(open_database(path))
    try:
        assert read_revision(path) == HEAD_REVISION
        tables = set(inspect(ws.db.engine).get_table_names())
        assert {"posts", "post_targets", "production_steps", "review_checks"} <= tables
        assert {"post_comments", "post_approvals", "key_dates", "campaign_accounts"} <= tables
        [campaign] = ws.campaigns.list_campaigns()
        assert (campaign.uuid, campaign.name, campaign.goal, campaign.budget_cents) == (
            CAMPAIGN,
            "2026 618 · 618",
            "拉新",
            5000000,
        )
        assert (campaign.kind, campaign.ad_spend_cents, campaign.owner_name) == ("other", 0, "王芳")
        assert campaign.version == 4
        codes = [t.code for t in ws.calendar.posts.content_types()]
        assert codes == [c for c, _en, _zh in BUILTIN_CONTENT_TYPES]
        # the old campaign takes posts and edits at once
        post = add_post(ws, "618 预热", at(DAY), campaign_uuid=CAMPAIGN)
        assert post.campaign_name == "2026 618 · 618"
        edited = ws.campaigns.update(
            CAMPAIGN, 4, CampaignDraft(**{**campaign.draft().__dict__, "kind": "launch"})
        )
        assert (edited.kind, edited.post_count) == ("launch", 1)
    finally:
        ws.close()
