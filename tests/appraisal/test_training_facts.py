"""Training records (rights, summaries) and the facts shown beside the criteria."""

from __future__ import annotations

from datetime import date

import pytest

from app.appraisal.facts import CALENDAR_FACTS, member_facts
from app.appraisal.types import FACTS, TrainingDraft
from app.team.rights import Forbidden
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.appraisal.conftest import Team, act_as


def add_courses(ws: Workspace, team: Team) -> None:
    act_as(ws, team.lead)
    ws.training.add(
        TrainingDraft(team.emily.uuid, "短视频脚本", date(2026, 7, 14), 6, ("content",), "王芳")
    )
    ws.training.add(
        TrainingDraft(team.emily.uuid, "SQL basics", date(2026, 9, 30), 3.5, ("data", "content"))
    )
    ws.training.add(TrainingDraft(team.emily.uuid, "Old course", date(2026, 6, 30), 8, ("data",)))
    ws.training.add(TrainingDraft(team.lei.uuid, "危机应对演练", date(2026, 8, 2), 4, ("crisis",)))


def test_training_records_and_summaries(workspace: Workspace, team: Team) -> None:
    add_courses(workspace, team)
    members, skills = workspace.training.summary()
    assert members == [("Emily Zhang", 17.5), ("李雷", 4.0)]
    assert skills == [("content", 9.5), ("data", 11.5), ("crisis", 4.0)]
    with pytest.raises(InvalidInput, match="hours"):
        workspace.training.add(TrainingDraft(team.lei.uuid, "x", date(2026, 8, 2), 0))
    act_as(workspace, team.emily)
    assert {r.member_name for r in workspace.training.list_records()} == {"Emily Zhang"}
    with pytest.raises(Forbidden):
        workspace.training.list_records(team.lei.uuid)
    with pytest.raises(Forbidden):
        workspace.training.add(TrainingDraft(team.emily.uuid, "自学", date(2026, 8, 1), 1))
    act_as(workspace, team.lead)
    removed = workspace.training.remove(workspace.training.list_records(team.lei.uuid)[0].uuid)
    assert workspace.training.list_records(team.lei.uuid) == []
    assert workspace.training.restore(removed).course == "危机应对演练"


def test_facts_on_a_known_data_set(workspace: Workspace, team: Team) -> None:
    add_courses(workspace, team)
    facts = {
        f.code: f
        for f in member_facts(workspace.db, team.emily.uuid, date(2026, 7, 1), date(2026, 9, 30))
    }
    assert list(facts) == list(FACTS)
    # Both ends of the period count; the course of 30 June does not.
    assert facts["training_hours"].value == 9.5
    assert facts["training_hours"].source == "Training records in the period"
    # Strategy objectives name no owning member: not available, never zero.
    assert facts["objectives_owned"].value is None
    try:
        from app.calendar.service import CalendarService

        calendar = CalendarService(workspace.db).queries.member_facts(
            team.emily.uuid, date(2026, 7, 1), date(2026, 9, 30)
        )
    except (ImportError, AttributeError, NotImplementedError):
        assert all(facts[c].value is None for c in CALENDAR_FACTS)
    else:  # the calendar has landed: the same numbers as its tab
        assert facts["posts_owned"].value == calendar.posts_owned
        assert facts["review_rejections"].value == calendar.review_rejections
    try:
        from datetime import UTC, datetime

        from app.inbox.service import InboxService

        inbox = InboxService(workspace.db).member_facts(
            team.emily.uuid, datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC)
        )
    except (ImportError, AttributeError, NotImplementedError):
        assert facts["inbox_handled"].value is None and facts["sla_breaches"].value is None
    else:
        assert facts["inbox_handled"].value == inbox.handled


def test_post_facts_match_the_calendar_for_the_same_period(
    workspace: Workspace, team: Team
) -> None:
    """Known posts: two of Emily's in the quarter, one after it, one of Lei's."""
    calendar = pytest.importorskip("app.calendar.service")
    from datetime import UTC, datetime

    from app.calendar.types import PostDraft

    posts = calendar.CalendarService(workspace.db).posts
    act_as(workspace, team.lead)
    for owner, day in (
        (team.emily, datetime(2026, 7, 3, 9, tzinfo=UTC)),
        (team.emily, datetime(2026, 9, 30, 15, tzinfo=UTC)),
        (team.emily, datetime(2026, 10, 1, 9, tzinfo=UTC)),
        (team.lei, datetime(2026, 8, 1, 9, tzinfo=UTC)),
    ):
        posts.add(PostDraft(f"Post {day:%m-%d}", owner_uuid=owner.uuid, scheduled_at=day))
    start, end = date(2026, 7, 1), date(2026, 9, 30)
    facts = {f.code: f.value for f in member_facts(workspace.db, team.emily.uuid, start, end)}
    shown = calendar.CalendarService(workspace.db).queries.member_facts(team.emily.uuid, start, end)
    assert facts["posts_owned"] == shown.posts_owned == 2
    assert facts["posts_published"] == shown.posts_published == 0
