"""In the window: what the member working now may not do is greyed out in every tab,
saying which right it needs, and comes back when someone who may is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.accounts.types import AccountDraft
from app.calendar.types import PostDraft, TargetDraft
from app.db.database import open_database
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.team.test_acting_ui import choose, close_window, open_window
from ui.calendar.post_editor import PostEditor
from ui.main_window import MainWindow


def make_team_and_post(db_path: Path) -> str:
    """A lead, a content producer and a post waiting for review; returns its UUID."""
    ws = Workspace(open_database(db_path))
    try:
        lead = ws.team.add(MemberDraft("Lin Wei", ("lead",)))
        ws.team.add(MemberDraft("Emily Zhang", ("content",)))
        ws.acting.choose(lead.uuid)
        weibo = next(p for p in ws.accounts.list_platforms() if p.code == "weibo")
        account = ws.accounts.add_account(AccountDraft(weibo.uuid, "@brand"))
        made = ws.calendar.posts.add(
            PostDraft(title="Brand film", targets=(TargetDraft(account.uuid),))
        )
        for action in ("start", "submit"):
            made = ws.calendar.posts.act(made.uuid, made.version, action).post
        assert made.status == "in_review"
        return made.uuid
    finally:
        ws.close()


def open_review(qtbot: QtBot, window: MainWindow, post_uuid: str) -> PostEditor:
    window.tabs.setCurrentWidget(window.calendar_tab)
    body = window.calendar_tab.body
    assert body is not None
    body.open_post(post_uuid)
    qtbot.waitUntil(lambda: isinstance(body.actions_.dialog, PostEditor))
    dialog = body.actions_.dialog
    assert isinstance(dialog, PostEditor)
    return dialog


def test_approve_is_greyed_for_a_content_producer_and_back_for_the_lead(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    post_uuid = make_team_and_post(db_path)
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    dialog = open_review(qtbot, window, post_uuid)
    buttons = dialog.review.action_buttons
    approve, reject = buttons["approve"], buttons["reject"]
    assert not approve.isEnabled() and not reject.isEnabled()
    assert approve.toolTip() == (
        "Needs the right to approve posts (held by: Team lead, Strategy planner, and PR & crisis)."
    )
    assert buttons["withdraw"].isEnabled()  # hers to take: she may edit posts

    choose(window, "Lin Wei")  # from the status bar, the editor still open
    assert approve.isEnabled() and reject.isEnabled()
    assert approve.toolTip() == ""
    approve.click()
    assert window.workspace is not None
    assert window.workspace.calendar.posts.get(post_uuid).status == "approved"
    dialog.reject()
    close_window(window)


def test_each_tab_greys_out_what_a_content_producer_may_not_do(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    make_team_and_post(db_path)
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    team, strategy = window.team_tab, window.strategy_tab
    appraisals = team.appraisals
    window.tabs.setCurrentWidget(team)
    inbox = window.inbox_tab
    greyed: dict[str, list[QAction | QWidget]] = {
        "change the team": [team.add_button],
        "change the strategy": [strategy.actions_.new_action, strategy.new_buttons[0]],
        "import data": [window.kpi_tab.import_action, window.import_messages_action],
        "assign inbox messages": [inbox.triage.assign_action, inbox.add_action],
        "change other members' appraisals": [appraisals.new_button],
    }
    for right, controls in greyed.items():
        for control in controls:
            assert not control.isEnabled(), (right, control)
            assert control.toolTip().startswith(f"Needs the right to {right} (held by: ")

    choose(window, "Lin Wei")
    for control in (
        team.add_button,
        strategy.actions_.new_action,
        window.kpi_tab.import_action,
        window.import_messages_action,
        inbox.add_action,
    ):
        assert control.isEnabled(), control
        assert not control.toolTip().startswith("Needs the right")
    close_window(window)


def test_a_role_taken_away_greys_out_at_once(qtbot: QtBot, db_path: Path, english: None) -> None:
    make_team_and_post(db_path)
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    assert not window.kpi_tab.import_action.isEnabled()
    ws = window.workspace
    assert ws is not None
    # The lead gives her the data analyst's role too (the team tab's edit, undoable).
    ws.acting.choose(next(m.uuid for m in ws.team.list_members() if m.name == "Lin Wei"))
    emily = next(m for m in ws.team.list_members() if m.name == "Emily Zhang")
    ws.team.update(emily.uuid, emily.version, MemberDraft("Emily Zhang", ("content", "analyst")))
    ws.acting.choose(emily.uuid)
    window.acting_button.refresh()  # as after every edit on the undo stack
    assert window.kpi_tab.import_action.isEnabled()
    close_window(window)


def test_dialogs_grey_out_what_the_member_may_not_change(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    """Campaigns, key dates, inbox rules and settings: greyed for a content producer;
    a new post is hers to make but not an analyst's."""
    make_team_and_post(db_path)
    ws = Workspace(open_database(db_path))
    try:
        ws.acting.choose(next(m.uuid for m in ws.team.list_members() if m.name == "Lin Wei"))
        ws.team.add(MemberDraft("Zhang Wei", ("analyst",)))
    finally:
        ws.close()
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    calendar = window.calendar_tab
    window.tabs.setCurrentWidget(calendar)
    body = calendar.body
    assert body is not None and body.outputs is not None
    body.outputs.show_campaigns()
    body.outputs.show_key_dates()
    window.tabs.setCurrentWidget(window.inbox_tab)
    window.inbox_tab.acts.open_rules()
    rules = window.inbox_tab.dialogs["rules"]
    campaigns = body.outputs.campaigns_dialog.section.add_button
    key_dates = body.outputs.key_dates_dialog.section.add_button
    greyed = {
        "change campaigns": [campaigns, key_dates],
        "assign inbox messages": [rules.section.add_button, window.inbox_tab.settings_action],
    }
    for right, controls in greyed.items():
        for control in controls:
            assert not control.isEnabled(), (right, control)
            assert control.toolTip().startswith(f"Needs the right to {right} (held by: ")
    assert calendar.new_action.isEnabled()  # hers: content producers make posts

    choose(window, "Zhang Wei")
    assert not calendar.new_action.isEnabled()
    assert calendar.new_action.toolTip().startswith("Needs the right to change posts")

    choose(window, "Lin Wei")  # the lead: everything back, dialogs still open
    for control in (campaigns, key_dates, rules.section.add_button, calendar.new_action):
        assert control.isEnabled(), control
    for dialog in (body.outputs.campaigns_dialog, body.outputs.key_dates_dialog, rules):
        dialog.reject()
    close_window(window)
