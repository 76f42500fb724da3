"""The post editor: a post made from the calendar, its live counters, production steps
and files, and a trip through review with a rejection, every step undoable; refusals
by the core (rights) are said, nothing changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.calendar.types import StepDraft
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.calendar.ui_support import DAY, account, at, lead, open_in, post, tab
from tests.qt_dialogs import finish, when_dialog_opens
from ui.calendar.post_editor import PostEditor
from ui.calendar.tab import CalendarTab

__all__ = ["tab"]  # the fixture


def press_ok(dialog: PostEditor) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_post_from_a_day_with_counters_steps_and_files(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    lead(workspace)
    weibo = account(workspace)
    account(workspace, "douyin", "@brand_dy")
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    body.month.day_opened.emit(DAY)  # a double click on the day
    dialog = body.actions_.dialog
    assert isinstance(dialog, PostEditor) and dialog.isVisible()
    assert dialog.windowTitle() == "New post"
    assert dialog.when_value() == at(DAY, 10)
    dialog.title.setText("双12 预热 · 抖音短视频")
    dialog.body.setPlainText("x" * 1005 + " #双12#")
    dialog.targets.check(weibo.uuid)
    counters = dialog.targets.counters.text()
    assert "@brand: 1011/2000" in counters
    for a in workspace.accounts.list_accounts():
        if a.handle == "@brand_dy":
            dialog.targets.check(a.uuid)
    assert dialog.targets.over_limit() == ["@brand_dy"]  # 1,000 on Douyin
    assert "Text over the platform" in dialog.targets.counters.text()
    dialog.body.setPlainText("新品上市 #双12#")
    assert dialog.targets.over_limit() == ["@brand_dy"]  # Weibo-style topic on Douyin
    dialog.body.setPlainText("新品上市 #双12")
    assert dialog.targets.over_limit() == ["@brand"]  # a Douyin tag on Weibo
    dialog.targets.list.setCurrentRow(0)  # Weibo's own text, in its own style
    dialog.targets.own_text.setPlainText("新品上市 #双12#")
    assert dialog.targets.over_limit() == []
    dialog.steps.add_step(StepDraft("Shoot", None, DAY - timedelta(days=3)))
    image = tmp_path / "poster.png"
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(image))
    dialog.assets.add_paths([str(image), str(tmp_path / "gone.mp4")])
    assert dialog.assets.list.item(0).icon().isNull() is False
    assert "(missing)" in dialog.assets.list.item(1).text()
    finish(qtbot, press_ok, PostEditor)

    [made] = workspace.calendar.queries.page().rows
    detail = workspace.calendar.posts.get(made.uuid)
    assert detail.title == "双12 预热 · 抖音短视频"
    assert {t.account_handle for t in detail.targets} == {"@brand", "@brand_dy"}
    assert [s.name for s in detail.steps] == ["Shoot"]
    assert [Path(a.path).name for a in detail.assets] == ["poster.png", "gone.mp4"]
    assert [a.exists for a in detail.assets] == [True, False]
    assert [c.title for c in body.month.chips()] == ["双12 预热 · 抖音短视频"]
    assert tab.undo_stack.undoText() == "New post “双12 预热 · 抖音短视频”"
    tab.undo_stack.undo()
    assert workspace.calendar.queries.page().total == 0 and body.month.chips() == []
    tab.undo_stack.redo()
    assert [c.title for c in body.month.chips()] == ["双12 预热 · 抖音短视频"]


def test_review_with_a_rejection_then_approval(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    lead(workspace)
    made = post(workspace, "Brand film", at(DAY, 19), [account(workspace)])
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    body.open_post(made.uuid)
    dialog = body.actions_.dialog
    assert isinstance(dialog, PostEditor)
    review = dialog.review
    assert review.status.text() == "Status: Idea"
    review.action_buttons["start"].click()
    review.action_buttons["submit"].click()
    assert review.status.text() == "Status: In review"
    assert set(review.action_buttons) >= {"approve", "reject", "withdraw"}
    review.ask_reason = lambda: "Logo too small; 广告法: no “最” claims"
    review.action_buttons["reject"].click()
    assert review.status.text() == "Status: Drafting"
    assert review.reason.text() == "Sent back: Logo too small; 广告法: no “最” claims"
    assert "Reject" in review.decisions.item(0).text()
    review.comment_box.setText("Fixed the logo")
    review.comment_button.click()
    assert review.comments.item(0).text().endswith("Lin Wei: Fixed the logo")
    review.action_buttons["submit"].click()
    review.action_buttons["approve"].click()
    assert workspace.calendar.posts.get(made.uuid).status == "approved"
    assert [c.status for c in body.month.chips()] == ["approved"]
    # Saving the form after the actions uses the post as they left it.
    dialog.title.setText("Brand film (final)")
    finish(qtbot, press_ok, PostEditor)
    assert workspace.calendar.posts.get(made.uuid).title == "Brand film (final)"

    stack = tab.undo_stack
    assert stack.undoText() == "Edit “Brand film (final)”"
    stack.undo()
    assert stack.undoText() == "Approve “Brand film”"
    stack.undo()
    assert workspace.calendar.posts.get(made.uuid).status == "in_review"
    stack.redo()
    assert workspace.calendar.posts.get(made.uuid).status == "approved"
    history = workspace.calendar.posts.get(made.uuid).history
    assert any(h.action == "reject" for h in history)


def test_a_member_without_the_right_is_refused_clearly(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    lead(workspace)
    made = post(workspace, "Campaign recap", at(DAY, 9), [account(workspace)])
    analyst = workspace.team.add(MemberDraft("Zhao Min", ("analyst",)))
    workspace.acting.choose(analyst.uuid)
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    [chip] = body.month.chips()
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_dialog_opens(read)
    assert not body.actions_.move(chip, DAY + timedelta(days=1))
    qtbot.waitUntil(lambda: bool(seen))
    assert "Zhao Min may not do this" in seen[0] or "Zhao Min" in seen[0]
    assert workspace.calendar.posts.get(made.uuid).scheduled_at == at(DAY, 9)
    assert tab.undo_stack.count() == 0
    assert [c.day for c in body.month.chips()] == [DAY]


def test_remove_the_selected_post_after_a_yes_and_undo(
    tab: CalendarTab, workspace: Workspace, qtbot: QtBot
) -> None:
    from tests.qt_dialogs import answer

    lead(workspace)
    made = post(workspace, "Old teaser", at(DAY, 8), [account(workspace)])
    open_in(tab, workspace)
    body = tab.body
    assert body is not None
    [chip] = body.month.chips()
    body.month.select(chip)
    tab.delete_action.trigger()
    question = answer(qtbot, QMessageBox.StandardButton.Yes)
    assert "Old teaser" in question
    assert workspace.calendar.queries.page().total == 0 and body.month.chips() == []
    tab.undo_stack.undo()
    assert [c.post_uuid for c in body.month.chips()] == [made.uuid]
