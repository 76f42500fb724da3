"""A member's roles read as a list in the interface language (Chinese exact)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.team.types import MemberDraft
from app.workspace import Workspace
from ui import i18n
from ui.team.roles import roles_text
from ui.team.tab import TeamTab


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[QApplication]:
    saved = QLocale()
    yield qapp
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


def roles_column(tab: TeamTab) -> dict[str, str]:
    proxy = tab.proxy
    return {
        str(proxy.index(r, 0).data()): str(proxy.index(r, 1).data())
        for r in range(proxy.rowCount())
    }


def test_roles_are_joined_in_the_interface_language(
    qtbot: QtBot, workspace: Workspace, restore_english: QApplication
) -> None:
    workspace.team.add(MemberDraft("王芳", ("lead", "pr", "strategy")))  # the first is the lead
    workspace.team.add(MemberDraft("Chen Hao", ("analyst", "strategy")))
    workspace.team.add(MemberDraft("李娜", ("content",)))
    workspace.team.add(MemberDraft("新人", ()))
    i18n.install(restore_english, "en")
    tab = TeamTab(QUndoStack())
    qtbot.addWidget(tab)
    tab.set_workspace(workspace)

    english = roles_column(tab)
    assert english["Chen Hao"] == "Data analyst and Strategy planner"
    assert english["王芳"] == "Team lead, PR & crisis, and Strategy planner"
    assert english["李娜"] == "Content producer"
    assert english["新人"] == "—"
    assert not any("、" in roles for roles in english.values())

    i18n.install(restore_english, "zh_CN")  # as Preferences does, with the tab open
    chinese = roles_column(tab)
    assert chinese["Chen Hao"] == "数据分析和策略策划"
    assert chinese["王芳"] == "团队负责人、公关/舆情和策略策划"
    assert chinese["李娜"] == "内容策划/制作"


def test_roles_text_follows_the_locale(restore_english: QApplication) -> None:
    i18n.install(restore_english, "en")
    assert roles_text(["analyst", "strategy"]) == "Data analyst and Strategy planner"
    i18n.install(restore_english, "zh_CN")
    assert roles_text(["analyst", "strategy"]) == "数据分析和策略策划"
    assert roles_text([]) == "—"
