"""A small team (a lead and two members) and a cycle for the appraisal tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.appraisal.types import CycleDraft, CycleInfo, Participant
from app.team.types import MemberDraft, MemberInfo
from app.workspace import Workspace


@dataclass(frozen=True)
class Team:
    lead: MemberInfo
    emily: MemberInfo  # content producer
    lei: MemberInfo  # platform operator


Q3 = CycleDraft("2026 Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30))


@pytest.fixture
def team(workspace: Workspace) -> Team:
    lead = workspace.team.add(MemberDraft("王芳", ("lead",)))
    emily = workspace.team.add(MemberDraft("Emily Zhang", ("content",)))
    lei = workspace.team.add(MemberDraft("李雷", ("operations",)))
    return Team(lead, emily, lei)


def act_as(workspace: Workspace, member: MemberInfo) -> None:
    workspace.acting.choose(member.uuid)


@pytest.fixture
def cycle(workspace: Workspace, team: Team) -> CycleInfo:
    """Q3 with everyone, started (self-review open), made by the lead."""
    act_as(workspace, team.lead)
    people = [Participant(m.uuid) for m in (team.lead, team.emily, team.lei)]
    c = workspace.appraisals.create_cycle(Q3, people, "en")
    workspace.appraisals.start_cycle(c.uuid)
    return c
