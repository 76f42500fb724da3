"""The rights gate: what the acting member's roles do not allow is greyed out, saying
why, and comes back as its owner wants it once they do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.team.rights import APPROVE_POST, EDIT_TEAM, IMPORT_DATA
from ui import i18n
from ui.widgets.rights import RightsGate, show_roles_below

NEEDS_APPROVE = (
    "Needs the right to approve posts (held by: Team lead, Strategy planner, and PR & crisis)."
)


@pytest.fixture
def root(qtbot: QtBot, english: None) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def test_a_button_is_greyed_with_the_missing_right_and_back_for_the_lead(root: QWidget) -> None:
    gate = RightsGate(root)
    approve = QPushButton("Approve", root)
    approve.setToolTip("Approve the post")
    gate.register(approve, APPROVE_POST)
    assert approve.isEnabled()  # nobody to check yet: nothing is greyed

    show_roles_below(root, ("content",))
    assert not approve.isEnabled()
    assert approve.toolTip() == NEEDS_APPROVE

    show_roles_below(root, ("pr",))
    assert approve.isEnabled()
    assert approve.toolTip() == "Approve the post"

    show_roles_below(root, ("analyst",))
    show_roles_below(root, None)  # a team with nobody in it: anyone may
    assert approve.isEnabled()


def test_the_owner_and_the_gate_agree_on_a_button(root: QWidget) -> None:
    gate = RightsGate(root)
    edit = QPushButton("Edit…", root)
    gate.register(edit, EDIT_TEAM)
    show_roles_below(root, ("content",))

    edit.setEnabled(True)  # the owner: a row was selected
    assert not edit.isEnabled()  # still greyed: the right is missing
    show_roles_below(root, ("lead",))
    assert edit.isEnabled()  # as the owner last asked

    edit.setEnabled(False)  # the owner: nothing selected
    show_roles_below(root, ("content",))
    show_roles_below(root, ("lead",))
    assert not edit.isEnabled()


def test_the_owner_and_the_gate_agree_on_an_action(root: QWidget) -> None:
    gate = RightsGate(root)
    action = QAction("&Import data…", root)
    gate.register(action, IMPORT_DATA)
    show_roles_below(root, ("content",))
    assert not action.isEnabled()
    assert action.toolTip().startswith("Needs the right to import data (held by: ")

    action.setEnabled(True)  # the owner: a database is open
    assert not action.isEnabled()
    action.setEnabled(False)  # the owner: read-only after all
    show_roles_below(root, ("analyst",))
    assert not action.isEnabled()  # the owner's word stands
    assert action.toolTip() == "Import data"  # Qt's own, from the text, again
    action.setEnabled(True)
    assert action.isEnabled()


def test_a_gate_made_later_takes_the_roles_of_the_gate_above(root: QWidget) -> None:
    RightsGate(root)
    show_roles_below(root, ("content",))
    dialog = QDialog(root)  # a post editor opened after the member was chosen
    button = QPushButton("Approve", dialog)
    RightsGate(dialog).register(button, APPROVE_POST)
    assert not button.isEnabled()
    show_roles_below(root, ("strategy",))
    assert button.isEnabled()


def test_a_deleted_button_is_forgotten(root: QWidget) -> None:
    gate = RightsGate(root)
    button = QPushButton("Approve", root)  # the review's buttons change with each post
    gate.register(button, APPROVE_POST)
    shiboken6.delete(button)
    kept = QPushButton("Approve", root)
    gate.register(kept, APPROVE_POST)
    show_roles_below(root, ("content",))  # no error about the deleted C++ object
    assert not kept.isEnabled()


def test_an_unknown_right_is_a_bug(root: QWidget) -> None:
    with pytest.raises(KeyError):
        RightsGate(root).register(QPushButton(root), "fly")


def test_the_tooltip_follows_the_language(root: QWidget, qapp: QApplication, qtbot: QtBot) -> None:
    gate = RightsGate(root)
    button = QPushButton("Approve", root)
    gate.register(button, APPROVE_POST)
    show_roles_below(root, ("content",))
    i18n.install(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: button.toolTip() != NEEDS_APPROVE)
        assert button.toolTip().startswith("需要“审核发布内容”的权限")
    finally:
        i18n.install(qapp, "en")
    qtbot.waitUntil(lambda: button.toolTip() == NEEDS_APPROVE)
