"""Every service refuses the same bad text, naming the field, and saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import pytest

from app.accounts.service import AccountDraft, AccountsService
from app.db.database import Database
from app.strategy.objectives import ObjectivesService
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.strategy.research_types import CompetitorDraft, ObservationDraft, ResearchNoteDraft
from app.strategy.types import ObjectiveDraft, PillarDraft, PlanDraft, PlatformStrategyDraft
from app.team.service import MemberDraft, TeamService
from app.validation import BIDI, BROKEN, EMPTY, LONG_TEXT, InvalidInput

BAD = {
    "nul only": ("\x00", EMPTY),
    "right-to-left override": ("Ana\u202eeeL", BIDI),
    "lone surrogate": ("Ana\udc80", BROKEN),
}
PLAN = PlanDraft("2026 plan", "year", date(2026, 1, 1), date(2026, 12, 31))


@dataclass(frozen=True)
class Saved:
    """A database with the records the calls refer to."""

    db: Database
    plan: str
    platform: str
    competitor: str


# (service call taking the text, field it goes into, the column's length or None for Text)
Case = tuple[Callable[[Saved, str], object], str, int | None]


@pytest.fixture
def saved(db: Database) -> Saved:
    return Saved(
        db,
        StrategyService(db).add_plan(PLAN).uuid,
        AccountsService(db).list_platforms()[0].uuid,
        ResearchService(db).add_competitor(CompetitorDraft("Rival")).uuid,
    )


CASES: dict[str, Case] = {
    "member name": (lambda x, t: TeamService(x.db).add(MemberDraft(t)), "name", 120),
    "member e-mail": (
        lambda x, t: TeamService(x.db).add(MemberDraft("Ana", email=t)),
        "email",
        200,
    ),
    "member notes": (
        lambda x, t: TeamService(x.db).add(MemberDraft("Ana", notes=t)),
        "notes",
        None,
    ),
    "platform name": (lambda x, t: AccountsService(x.db).add_platform(t), "name", 80),
    "platform Chinese name": (
        lambda x, t: AccountsService(x.db).add_platform("Mastodon", t),
        "name_zh",
        80,
    ),
    "account handle": (
        lambda x, t: AccountsService(x.db).add_account(AccountDraft(x.platform, t)),
        "handle",
        120,
    ),
    "account display name": (
        lambda x, t: AccountsService(x.db).add_account(AccountDraft(x.platform, "@ana", t)),
        "display_name",
        200,
    ),
    "plan title": (
        lambda x, t: StrategyService(x.db).add_plan(replace(PLAN, title=t)),
        "title",
        200,
    ),
    "plan goals": (
        lambda x, t: StrategyService(x.db).add_plan(replace(PLAN, goals=t)),
        "goals",
        None,
    ),
    "plan notes": (
        lambda x, t: StrategyService(x.db).add_plan(replace(PLAN, notes=t)),
        "notes",
        None,
    ),
    "platform strategy notes": (
        lambda x, t: PlatformStrategyService(x.db).add_strategy(
            x.plan, PlatformStrategyDraft(x.platform, notes=t)
        ),
        "notes",
        None,
    ),
    "pillar name": (
        lambda x, t: PlatformStrategyService(x.db).add_pillar(x.plan, PillarDraft(t)),
        "name",
        120,
    ),
    "pillar description": (
        lambda x, t: PlatformStrategyService(x.db).add_pillar(
            x.plan, PillarDraft("Tips", description=t)
        ),
        "description",
        None,
    ),
    "objective custom name": (
        lambda x, t: ObjectivesService(x.db).add_objective(
            x.plan, ObjectiveDraft("custom", 10, custom_name=t)
        ),
        "custom_name",
        120,
    ),
    "competitor name": (
        lambda x, t: ResearchService(x.db).add_competitor(CompetitorDraft(t)),
        "name",
        200,
    ),
    "competitor notes": (
        lambda x, t: ResearchService(x.db).add_competitor(CompetitorDraft("Rival", notes=t)),
        "notes",
        None,
    ),
    "observation metric": (
        lambda x, t: ResearchService(x.db).add_observation(
            x.competitor, ObservationDraft(date(2026, 3, 1), t, 1.0)
        ),
        "metric",
        80,
    ),
    "research note title": (
        lambda x, t: ResearchService(x.db).add_note(ResearchNoteDraft(date(2026, 3, 1), t)),
        "title",
        200,
    ),
    "research note body": (
        lambda x, t: ResearchService(x.db).add_note(
            ResearchNoteDraft(date(2026, 3, 1), "Note", body=t)
        ),
        "body",
        None,
    ),
}
OPTIONAL = {"email", "notes", "name_zh", "display_name", "goals", "description", "body"}


def _rows(db: Database) -> list[int]:
    with db.engine.connect() as con:
        tables = [
            r[0]
            for r in con.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )
        ]
        return [con.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t in tables]


# Empty is fine where a field is optional: only the other bad values apply there.
REFUSALS = [
    pytest.param(case, bad, id=f"{case}: {bad}")
    for case, (_call, field, _length) in CASES.items()
    for bad, (_text, message) in BAD.items()
    if not (field in OPTIONAL and message == EMPTY)
]


@pytest.mark.parametrize(("case", "bad"), REFUSALS)
def test_service_refuses_bad_text_naming_the_field(saved: Saved, case: str, bad: str) -> None:
    call, field, _length = CASES[case]
    text, message = BAD[bad]
    before = _rows(saved.db)
    with pytest.raises(InvalidInput) as caught:
        call(saved, text)
    assert (caught.value.field, caught.value.message) == (field, message)
    assert _rows(saved.db) == before  # nothing saved


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_service_enforces_the_columns_length(saved: Saved, case: str) -> None:
    call, field, length = CASES[case]
    limit = length or LONG_TEXT
    with pytest.raises(InvalidInput) as caught:
        call(saved, "x" * (limit + 1))
    assert caught.value.field == field
    assert caught.value.message == f"is longer than {limit} characters"


def test_a_300_character_email_is_refused_and_nothing_saved(db: Database) -> None:
    team = TeamService(db)
    with pytest.raises(InvalidInput, match="email: is longer than 200 characters"):
        team.add(MemberDraft("Ana", email="a" * 288 + "@example.com"))
    assert team.list_members() == []


def test_a_name_with_controls_is_saved_tidied(db: Database) -> None:
    member = TeamService(db).add(MemberDraft("\x00王\x07芳\n", notes="line 1\r\nline 2\x00"))
    assert (member.name, member.notes) == ("王芳", "line 1\nline 2")
