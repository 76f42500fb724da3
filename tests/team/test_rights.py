"""Who may do what: the rights table, the services' refusals, the first member as lead."""

from __future__ import annotations

from datetime import date

import pytest

from app.accounts.types import AccountDraft
from app.strategy.types import new_plan_draft
from app.team.history import history
from app.team.rights import RIGHTS, Forbidden, has_right, rights_of
from app.team.types import MemberDraft
from app.validation import InvalidInput
from app.vocabulary import ROLES
from app.workspace import Workspace

# The table as the department would read it: which role may do what (lead: everything).
EXPECTED = {
    #                      lead  strategy content operations analyst pr
    "edit_team":          (1,    0,       0,      0,         0,      0),
    "edit_accounts":      (1,    0,       0,      1,         0,      0),
    "edit_strategy":      (1,    1,       0,      0,         0,      0),
    "edit_campaigns":     (1,    1,       0,      1,         0,      0),
    "edit_posts":         (1,    1,       1,      1,         0,      0),
    "approve_post":       (1,    1,       0,      0,         0,      1),
    "assign_inbox":       (1,    0,       0,      1,         0,      1),
    "import_data":        (1,    0,       0,      1,         1,      0),
    "read_any_appraisal": (1,    0,       0,      0,         0,      0),
    "edit_any_appraisal": (1,    0,       0,      0,         0,      0),
}  # fmt: skip


def test_the_table_lists_every_right_once() -> None:
    assert ROLES == ("lead", "strategy", "content", "operations", "analyst", "pr")
    assert set(RIGHTS) == set(EXPECTED)


@pytest.mark.parametrize("right", list(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_has_the_rights_the_table_gives(role: str, right: str) -> None:
    assert has_right((role,), right) is bool(EXPECTED[right][ROLES.index(role)])


def test_every_role_may_do_something_and_several_roles_add_up() -> None:
    assert all(rights_of((role,)) for role in ROLES)
    assert rights_of(("lead",)) == tuple(RIGHTS)
    assert rights_of(()) == ()
    assert set(rights_of(("content", "pr"))) == {"edit_posts", "approve_post", "assign_inbox"}


def test_an_unknown_right_is_a_bug_not_a_refusal() -> None:
    with pytest.raises(KeyError):
        has_right(("lead",), "edit_everything")


def test_first_member_becomes_lead_and_the_one_working(workspace: Workspace) -> None:
    assert workspace.acting.current() is None
    first = workspace.team.add(MemberDraft("王芳", ("content",)))
    assert first.roles == ("lead", "content")
    assert workspace.acting.chosen_uuid == first.uuid
    second = workspace.team.add(MemberDraft("Emily Zhang", ("content",)))
    assert second.roles == ("content",)  # only the first
    assert workspace.acting.current() == workspace.team.get(first.uuid)


def _team_of_three(ws: Workspace) -> dict[str, str]:
    lead = ws.team.add(MemberDraft("王芳"))
    planner = ws.team.add(MemberDraft("李娜", ("strategy",)))
    writer = ws.team.add(MemberDraft("Emily Zhang", ("content",)))
    return {"lead": lead.uuid, "planner": planner.uuid, "writer": writer.uuid}


def test_member_without_edit_team_is_refused_and_nothing_changes(workspace: Workspace) -> None:
    ids = _team_of_three(workspace)
    workspace.acting.choose(ids["writer"])
    before = workspace.team.list_members()
    with pytest.raises(Forbidden) as err:
        workspace.team.add(MemberDraft("Intruder"))
    assert (err.value.member_name, err.value.right) == ("Emily Zhang", "edit_team")
    assert "Emily Zhang" in str(err.value) and "edit_team" in str(err.value)
    planner = workspace.team.get(ids["planner"])
    with pytest.raises(Forbidden):
        workspace.team.update(planner.uuid, planner.version, MemberDraft("李娜", ("lead",)))
    with pytest.raises(Forbidden):
        workspace.team.remove(ids["lead"])
    assert workspace.team.list_members() == before


def test_strategy_and_accounts_need_their_rights(workspace: Workspace) -> None:
    ids = _team_of_three(workspace)
    draft = new_plan_draft("2026 年度社媒策略", "year", date(2026, 3, 1))
    weibo = next(p for p in workspace.accounts.list_platforms() if p.code == "weibo")

    workspace.acting.choose(ids["writer"])
    with pytest.raises(Forbidden):
        workspace.plans.add_plan(draft)
    with pytest.raises(Forbidden):
        workspace.accounts.add_account(AccountDraft(weibo.uuid, "@brand"))
    assert workspace.plans.list_plans() == []
    assert workspace.accounts.list_accounts() == []

    workspace.acting.choose(ids["planner"])
    plan = workspace.plans.add_plan(draft)
    with pytest.raises(Forbidden):
        workspace.accounts.add_account(AccountDraft(weibo.uuid, "@brand"))

    workspace.acting.choose(ids["writer"])
    with pytest.raises(Forbidden):
        workspace.plans.remove_plan(plan.uuid)
    assert workspace.plans.list_plans() == [plan]
    assert workspace.acting.may("edit_posts") and not workspace.acting.may("edit_strategy")


def test_an_empty_team_has_nobody_to_check(workspace: Workspace) -> None:
    draft = new_plan_draft("2026 年度社媒策略", "year", date(2026, 3, 1))
    plan = workspace.plans.add_plan(draft)
    assert workspace.acting.may("edit_team")
    with workspace.db.session() as s:
        [line] = history(s, plan.uuid)
    assert (line.member_uuid, line.action) == (None, "add")


def test_changes_name_the_acting_member(workspace: Workspace) -> None:
    ids = _team_of_three(workspace)
    workspace.acting.choose(ids["planner"])
    plan = workspace.plans.add_plan(new_plan_draft("Q2", "quarter", date(2026, 4, 1)))
    workspace.acting.choose(ids["lead"])
    workspace.plans.remove_plan(plan.uuid)
    with workspace.db.session() as s:
        lines = history(s, plan.uuid)
    assert [(c.member_name, c.action, c.record_type) for c in lines] == [
        ("李娜", "add", "strategy_plans"),
        ("王芳", "remove", "strategy_plans"),
    ]
    with workspace.db.session() as s:
        member_lines = history(s, ids["writer"])
    # Added by the lead (the first member, acting since); the lead was added by nobody.
    assert [(c.member_uuid, c.action) for c in member_lines] == [(ids["lead"], "add")]


def test_nobody_chosen_works_as_the_lead_and_a_chosen_member_who_left_too(
    workspace: Workspace,
) -> None:
    ids = _team_of_three(workspace)
    workspace.acting.choose(None)
    assert workspace.acting.current().uuid == ids["lead"]  # type: ignore[union-attr]
    workspace.acting.choose(ids["writer"])
    assert workspace.acting.current().uuid == ids["writer"]  # type: ignore[union-attr]
    workspace.acting.choose(ids["lead"])
    writer = workspace.team.get(ids["writer"])
    workspace.team.update(writer.uuid, writer.version, MemberDraft("Emily Zhang", active=False))
    workspace.acting.choose(ids["writer"])
    assert workspace.acting.current().uuid == ids["lead"]  # type: ignore[union-attr]


def test_the_team_keeps_an_active_lead(workspace: Workspace) -> None:
    ids = _team_of_three(workspace)
    lead = workspace.team.get(ids["lead"])
    for draft in (MemberDraft("王芳", ("strategy",)), MemberDraft("王芳", ("lead",), active=False)):
        with pytest.raises(InvalidInput) as err:
            workspace.team.update(lead.uuid, lead.version, draft)
        assert err.value.field == "roles"
    with pytest.raises(InvalidInput):
        workspace.team.remove(lead.uuid)
    assert workspace.team.get(lead.uuid) == lead
    # With a second lead, the first may step down.
    planner = workspace.team.get(ids["planner"])
    workspace.team.update(planner.uuid, planner.version, MemberDraft("李娜", ("lead", "strategy")))
    workspace.team.update(lead.uuid, lead.version, MemberDraft("王芳", ("strategy",)))
    assert workspace.team.get(lead.uuid).roles == ("strategy",)


def test_a_headless_service_is_unchecked(workspace: Workspace) -> None:
    """Demo data, the CLI and tests build services without an acting member."""
    from app.team.service import TeamService

    ids = _team_of_three(workspace)
    workspace.acting.choose(ids["writer"])
    TeamService(workspace.db).add(MemberDraft("Added by a script"))
    assert len(workspace.team.list_members()) == 4
