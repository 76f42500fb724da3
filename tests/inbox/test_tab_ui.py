"""The inbox tab driven as an operator drives it: the paged list, filters, search,
sorting, keyboard triage with undo, bulk actions, replies, alerts, read-only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.inbox.types import ReplyTemplateDraft, RuleDraft
from tests.inbox.conftest import MORNING, Team
from ui.inbox.message_model import Column
from ui.inbox.tab import InboxTab
from ui.tasks import TaskRunner

TEXTS = (
    "太差了，要退款！客服也不回",
    "很喜欢这个颜色，已经回购了",
    "请问什么时候发货？",
    "Love the new colours!",
    "The parcel arrived broken, I want a refund",
)


@pytest.fixture
def tab(qtbot: QtBot, team: Team, english: None) -> InboxTab:
    stack = QUndoStack()
    runner = TaskRunner(synchronous=True)
    t = InboxTab(stack, runner)
    runner.setParent(t)
    stack.setParent(t)
    qtbot.addWidget(t)
    t.resize(1400, 800)
    t.show()
    qtbot.waitExposed(t)
    return t


def fill(team: Team, count: int) -> None:
    team.ws.inbox.add_messages(
        [
            team.draft(
                f"{TEXTS[i % len(TEXTS)]} #{i}",
                author_name=f"粉丝{i:03d}",
                received_at=MORNING - timedelta(minutes=i),
            )
            for i in range(count)
        ]
    )


def statuses(tab: InboxTab) -> list[str]:
    return [tab.model.row_at(r).status for r in range(tab.model.rowCount())]


def test_empty_inbox_says_how_to_start(tab: InboxTab, team: Team) -> None:
    tab.set_workspace(None)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.first_import.isHidden()
    tab.set_workspace(team.ws)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.title.text() == "No messages to answer"
    assert tab.first_import.isVisible() and tab.first_add.isVisible()


def test_list_pages_through_sql_and_passes_the_model_tester(
    tab: InboxTab, team: Team, qtbot: QtBot
) -> None:
    fill(team, 450)
    tab.set_workspace(team.ws)
    assert tab.stack.currentWidget() is tab.content
    assert tab.model.rowCount() == 200  # one page, not every row
    assert tab.list.count_label.text() == "450 message(s)"
    ModelTester(qtbot).check(tab.model, force_py=True)
    tab.table.scrollToBottom()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 450
    # Each page was read ahead on the worker before the view asked for it.
    assert tab.pages is not None and tab.pages.hits == 2
    # Newest first, and the first one is selected and shown.
    assert tab.model.row_at(0).author_name == "粉丝000"
    assert tab.detail.author.text() == "粉丝000"
    assert TEXTS[0] in tab.detail.text.toPlainText()


def test_filters_search_and_sort(tab: InboxTab, team: Team) -> None:
    fill(team, 20)
    tab.set_workspace(team.ws)
    bar = tab.filters
    bar.sentiment.setCurrentIndex(bar.sentiment.findData("negative"))
    negatives = {tab.model.row_at(r).sentiment for r in range(tab.model.rowCount())}
    assert negatives == {"negative"}
    bar.sentiment.setCurrentIndex(0)
    # Chinese substring search, run at once on Enter.
    bar.search.setText("发货")
    bar.search.returnPressed.emit()
    assert tab.model.rowCount() == 4
    assert all("发货" in tab.model.row_at(r).preview for r in range(4))
    bar.search.setText("")
    bar.search.returnPressed.emit()
    assert tab.model.rowCount() == 20
    # A header click sorts in SQL: by author, A→Z then Z→A.
    header = tab.table.horizontalHeader()
    header.setSortIndicator(Column.AUTHOR, Qt.SortOrder.AscendingOrder)
    assert tab.model.row_at(0).author_name == "粉丝000"
    assert tab.shown_filter.sort == "author" and tab.shown_filter.ascending
    header.setSortIndicator(Column.AUTHOR, Qt.SortOrder.DescendingOrder)
    assert tab.model.row_at(0).author_name == "粉丝019"
    # A column the query cannot sort by leaves the order as it was.
    header.setSortIndicator(Column.TAGS, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.AUTHOR


def test_keyboard_triage_with_undo(tab: InboxTab, team: Team, qtbot: QtBot) -> None:
    fill(team, 5)
    tab.set_workspace(team.ws)
    stack = tab.editor.undo_stack
    tab.table.setFocus()
    # The keys are shown in the menu and tooltips.
    assert tab.triage.close_action.shortcut().toString() == "C"
    assert tab.triage.close_action.toolTip() == "Close (C)"
    qtbot.keyClick(tab.table, Qt.Key.Key_J)
    assert tab.selected_uuids() == [tab.model.row_at(1).uuid]
    qtbot.keyClick(tab.table, Qt.Key.Key_K)
    assert tab.selected_uuids() == [tab.model.row_at(0).uuid]
    qtbot.keyClick(tab.table, Qt.Key.Key_C)
    assert tab.model.row_at(0).status == "closed"
    assert stack.undoText() == "Close 1 message(s)"
    stack.undo()
    assert tab.model.row_at(0).status == "new"
    stack.redo()
    assert tab.model.row_at(0).status == "closed"
    # A: a list of the team; choosing 李雷 assigns the message.
    qtbot.keyClick(tab.table, Qt.Key.Key_J)
    qtbot.keyClick(tab.table, Qt.Key.Key_A)
    dialog = tab.triage.assignee_dialog
    assert dialog.comboBoxItems() == ["李雷", "王芳", "赵敏", "Nobody"]
    dialog.setTextValue("李雷")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert tab.model.row_at(1).assignee == "李雷"
    assert tab.model.row_at(1).status == "open"
    assert "Assignee: 李雷" in tab.detail.triage.text()
    stack.undo()
    assert tab.model.row_at(1).assignee == ""
    # R goes to the reply box.
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    assert tab.detail.reply.text.hasFocus()


def test_bulk_assign_tag_close_and_priority(tab: InboxTab, team: Team) -> None:
    fill(team, 6)
    tab.set_workspace(team.ws)
    tab.table.selectAll()
    assert len(tab.selected_uuids()) == 6
    assert tab.detail.detail is None  # several selected: no single message shown
    tab.triage.assign(team.operator, "李雷")
    tab.triage.add_tag("物流")
    tab.triage.set_priority(3)
    tab.triage.close()
    rows = [tab.model.row_at(r) for r in range(6)]
    assert {r.assignee for r in rows} == {"李雷"}
    assert all("物流" in r.tags for r in rows)
    assert {r.priority for r in rows} == {3}
    assert set(statuses(tab)) == {"closed"}
    stack = tab.editor.undo_stack
    assert stack.undoText() == "Close 6 message(s)"
    stack.undo()  # close
    stack.undo()  # priority
    assert set(statuses(tab)) == {"open"}
    assert {tab.model.row_at(r).priority for r in range(6)} == {1}
    # The tag filter lists the new tag.
    tab.reload()
    assert tab.filters.tag.findData("物流") > 0


def test_reply_with_a_saved_reply_in_both_languages(
    tab: InboxTab, team: Team, qtbot: QtBot
) -> None:
    team.ws.inbox.save_template(
        ReplyTemplateDraft(
            "Thanks",
            "Hi {author}, thanks for writing to {account}!",
            "{author}您好，感谢您的反馈！",
        )
    )
    fill(team, 2)
    tab.set_workspace(team.ws)
    reply = tab.detail.reply
    template = team.ws.inbox.list_templates()[0]
    reply.choose_template(template.uuid, "zh")
    assert reply.text.toPlainText() == "粉丝000您好，感谢您的反馈！"
    reply.choose_template(template.uuid, "en")
    assert reply.text.toPlainText().startswith("Hi 粉丝000, thanks for writing to")
    assert "Ctrl+Enter" in reply.send.toolTip()
    reply.text.setFocus()
    qtbot.keyClick(reply.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    detail = team.ws.inbox.get_message(tab.model.row_at(0).uuid)
    assert [r.text for r in detail.replies] == [reply_text := detail.replies[0].text]
    assert reply_text.startswith("Hi 粉丝000")
    assert detail.replies[0].member_name == "李雷"
    assert tab.model.row_at(0).status == "waiting"
    assert "李雷 → Hi 粉丝000" in tab.detail.log.toPlainText()
    assert reply.text.toPlainText() == ""


def test_alert_names_its_messages_and_filters_to_them(tab: InboxTab, team: Team) -> None:
    team.ws.inbox.save_rule(RuleDraft("退款投诉", ("退款", "refund"), raise_alert=True))
    fill(team, 10)
    tab.set_workspace(team.ws)
    banner = tab.alerts
    assert banner.isVisible()
    alert = next(a for a in banner.alerts if a.kind == "rule")
    assert len(alert.message_uuids) == 4
    line = banner.lines[banner.alerts.index(alert)].text()
    assert line == "⚠ Rule “退款投诉” matched 4 message(s) on all accounts"
    banner.show_messages.emit(alert.message_uuids)
    assert tab.model.rowCount() == 4
    assert tab.filters.alert_chip.isVisible()
    tab.filters.alert_clear.click()
    assert tab.model.rowCount() == 10
    banner.dismiss.emit(alert.uuid)
    assert alert.uuid not in {a.uuid for a in banner.alerts}


def test_notes_and_sentiment_correction(tab: InboxTab, team: Team) -> None:
    fill(team, 3)
    tab.set_workspace(team.ws)
    tab.select_row(2)  # "请问什么时候发货？" neutral-ish
    tab.acts.save_notes("客户是老用户")
    assert team.ws.inbox.get_message(tab.selected_uuids()[0]).notes == "客户是老用户"
    tab.triage.correct_sentiment("negative")
    row = tab.model.row_at(2)
    assert row.sentiment == "negative" and row.sentiment_corrected
    assert tab.model.data(tab.model.index(2, Column.SENTIMENT)) == "Negative ✓"


def test_read_only_database_reads_but_does_not_change(tab: InboxTab, team: Team) -> None:
    fill(team, 3)
    tab.set_workspace(team.ws)
    tab.set_read_only(True)
    assert not tab.triage.close_action.isEnabled()
    assert not tab.add_action.isEnabled() and not tab.import_action.isEnabled()
    assert not tab.detail.reply.send.isEnabled()
    assert tab.detail.notes.isReadOnly()
    tab.triage.close()
    assert set(statuses(tab)) == {"new"}
    assert tab.triage.next_action.isEnabled()  # moving through the list still works


def test_rules_run_again_on_a_selection(tab: InboxTab, team: Team) -> None:
    fill(team, 5)
    tab.set_workspace(team.ws)
    team.ws.inbox.save_rule(RuleDraft("发货", ("发货",), add_tag="物流", raise_alert=True))
    tab.table.selectAll()
    tab.triage.rules_action.trigger()
    tagged = [tab.model.row_at(r) for r in range(5) if "物流" in tab.model.row_at(r).tags]
    assert [r.preview.startswith("请问什么时候发货") for r in tagged] == [True]
    assert any(a.kind == "rule" and a.title == "发货" for a in tab.alerts.alerts)
