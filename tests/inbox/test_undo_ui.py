"""Undo and redo in the inbox: rules and saved replies edited in their dialogs (the
shared editing kit), the notes of a message, a sentiment correction, "mark answered"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.inbox.types import ReplyTemplateDraft, RuleDraft
from tests.inbox.conftest import MORNING, Team
from tests.inbox.test_dialogs_ui import make_tab
from tests.qt_dialogs import finish, when_dialog_opens
from ui.inbox.rules_dialog import RuleDialog, RulesDialog
from ui.inbox.tab import InboxTab
from ui.inbox.templates_dialog import TemplateDialog, TemplatesDialog


@pytest.fixture
def tab(qtbot: QtBot, team: Team, english: None) -> InboxTab:
    return make_tab(qtbot, team)


def names(dialog: RulesDialog | TemplatesDialog) -> list[str]:
    return [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())]


def test_a_rule_added_is_undone_and_redone(tab: InboxTab, team: Team, qtbot: QtBot) -> None:
    tab.rules_action.trigger()
    rules: RulesDialog = tab.dialogs["rules"]
    assert not rules.undo_button.isEnabled()
    rules.section.add_button.click()

    def fill(d: RuleDialog) -> None:
        d.name.setText("物流")
        d.keywords.setText("发货，快递")
        d.tag.setText("物流")
        d.try_accept()

    finish(qtbot, fill, RuleDialog)
    assert names(rules) == ["物流"]
    stack = tab.editor.undo_stack
    assert stack.undoText() == "New rule “物流”"
    rules.undo_button.click()
    assert names(rules) == [] and team.ws.inbox.list_rules() == []
    assert rules.redo_button.isEnabled()
    # Ctrl+Shift+Z in the dialog: the window's Edit menu is out of reach while it is open.
    rules.redo_action.trigger()
    assert names(rules) == ["物流"]
    assert team.ws.inbox.list_rules()[0].add_tag == "物流"
    with qtbot.waitSignal(rules.finished):
        rules.reject()
    # The Edit menu (the window's stack) undoes it after the dialog closed, too.
    stack.undo()
    assert team.ws.inbox.list_rules() == []


def test_a_removed_rule_is_restored_with_the_same_uuid(
    tab: InboxTab, team: Team, qtbot: QtBot
) -> None:
    kept = team.ws.inbox.save_rule(RuleDraft("退款", ("退款",), raise_alert=True))
    tab.rules_action.trigger()
    rules: RulesDialog = tab.dialogs["rules"]
    rules.section.select(kept.uuid)
    rules.section.remove_button.click()
    assert names(rules) == []
    assert tab.editor.undo_stack.undoText() == "Remove rule “退款”"
    rules.undo_button.click()
    assert names(rules) == ["退款"]
    assert team.ws.inbox.list_rules()[0].uuid == kept.uuid
    with qtbot.waitSignal(rules.finished):
        rules.reject()


def test_a_saved_reply_edited_is_undone_to_its_old_text(
    tab: InboxTab, team: Team, qtbot: QtBot
) -> None:
    saved = team.ws.inbox.saved_replies.add(
        ReplyTemplateDraft("致歉", "Sorry, {author}.", "{author}，非常抱歉。")
    )
    tab.templates_action.trigger()
    dialog: TemplatesDialog = tab.dialogs["templates"]
    dialog.section.select(saved.uuid)
    dialog.section.edit_button.click()

    def rewrite(d: TemplateDialog) -> None:
        assert d.text_zh.toPlainText() == "{author}，非常抱歉。"
        d.name.setText("道歉")
        d.text_zh.setPlainText("{author}您好，给您添麻烦了。")
        d.try_accept()

    finish(qtbot, rewrite, TemplateDialog)
    assert names(dialog) == ["道歉"]
    assert tab.detail.reply.template.findText("道歉") > 0  # the reply box follows
    assert dialog.undo_action.text() == "Undo Edit saved reply “道歉”"
    dialog.undo_button.click()
    back = team.ws.inbox.saved_replies.get(saved.uuid)
    assert (back.name, back.text_zh) == ("致歉", "{author}，非常抱歉。")
    assert names(dialog) == ["致歉"]
    assert tab.detail.reply.template.findText("致歉") > 0
    # Removed, then undone: the same saved reply (UUID) comes back.
    dialog.section.select(saved.uuid)
    dialog.section.remove_button.click()
    assert team.ws.inbox.list_templates() == []
    dialog.undo_button.click()
    assert [t.uuid for t in team.ws.inbox.list_templates()] == [saved.uuid]
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_an_undo_over_a_later_change_is_refused(tab: InboxTab, team: Team, qtbot: QtBot) -> None:
    rule = team.ws.inbox.save_rule(RuleDraft("退款", ("退款",), add_tag="退款"))
    dialog = RulesDialog(team.ws, False, tab, tab.editor.undo_stack)
    dialog.edit(rule)

    def retag(d: RuleDialog) -> None:
        d.tag.setText("售后")
        d.try_accept()

    finish(qtbot, retag, RuleDialog)
    # Someone changes it meanwhile: the undo would overwrite that, so it says so instead.
    now = team.ws.inbox.list_rules()[0]
    team.ws.inbox.save_rule(RuleDraft("退款", ("退款",), add_tag="投诉"), now.uuid, now.version)
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.close()

    when_dialog_opens(read)
    tab.editor.undo_stack.undo()
    assert said and said[0].startswith("Someone else changed this record")
    assert team.ws.inbox.list_rules()[0].add_tag == "投诉"


def test_notes_sentiment_and_mark_answered_are_undone(tab: InboxTab, team: Team) -> None:
    team.ws.inbox.add_messages(
        [
            team.draft("请问什么时候发货？", platform_message_id="1"),
            team.draft("很喜欢", platform_message_id="2", received_at=MORNING - timedelta(hours=1)),
        ]
    )
    tab.reload()
    tab.select_row(0)
    uuid = tab.selected_uuids()[0]
    stack = tab.editor.undo_stack

    tab.acts.save_notes("老客户，注意语气")
    assert stack.undoText() == "Edit the notes"
    stack.undo()
    assert team.ws.inbox.get_message(uuid).notes == ""
    assert tab.detail.notes.toPlainText() == ""
    stack.redo()
    assert tab.detail.notes.toPlainText() == "老客户，注意语气"

    before = tab.model.row_at(0)
    tab.triage.correct_sentiment("negative")
    assert tab.model.row_at(0).sentiment == "negative"
    assert stack.undoText() == "Correct the sentiment to “Negative”"
    stack.undo()
    row = tab.model.row_at(0)
    assert (row.sentiment, row.sentiment_corrected) == (before.sentiment, False)

    tab.triage.mark_replied()
    assert team.ws.inbox.get_message(uuid).first_response_at is not None
    stack.undo()
    undone = team.ws.inbox.get_message(uuid)
    assert undone.first_response_at is None and undone.row.status == "new"
    assert tab.model.row_at(0).status == "new"


def test_a_reply_logged_by_mistake_is_undone(tab: InboxTab, team: Team) -> None:
    team.ws.inbox.add_message(team.draft("有优惠吗？"))
    tab.reload()
    tab.select_row(0)
    uuid = tab.selected_uuids()[0]
    tab.acts.send_reply("有的，满199减20", True)
    assert tab.model.row_at(0).status == "closed"
    stack = tab.editor.undo_stack
    assert stack.undoText() == "Log the reply to 小明"
    stack.undo()
    detail = team.ws.inbox.get_message(uuid)
    assert detail.replies == () and detail.first_response_at is None
    assert tab.model.row_at(0).status == "new"
    stack.redo()
    detail = team.ws.inbox.get_message(uuid)
    assert [r.text for r in detail.replies] == ["有的，满199减20"]
    assert tab.model.row_at(0).status == "closed"
