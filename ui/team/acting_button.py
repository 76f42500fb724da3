"""The status bar's "Working as: <name>": who the app acts for, and a menu to change it.

The choice is remembered per database (``ui.settings.working_as``). It is not sign-in:
the core checks what the chosen member's roles allow (``app.team.rights``), and the
button tells the window's rights gates (``ui.widgets.rights``) so that what those roles
do not allow is greyed out before anyone clicks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ui import settings
from ui.team.roles import member_label, roles_text
from ui.widgets.rights import show_roles_below

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.team.types import MemberInfo
    from app.workspace import Workspace


def _rights_key(member: MemberInfo | None) -> tuple[str, tuple[str, ...]] | None:
    """Who acts and with which roles: another member, or new roles, is a change."""
    return None if member is None else (member.uuid, tuple(sorted(member.roles)))


class ActingButton(QToolButton):
    """Shows who is working; its menu lists the active members to choose from."""

    acting_changed = Signal()  # another member, or the same with other roles

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActingButton")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.workspace: Workspace | None = None
        self.current: MemberInfo | None = None
        self.member_menu = QMenu(self)
        self.member_menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.member_menu)
        self.hide()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Work as the member remembered for this database (the lead when none is)."""
        self.workspace = workspace
        if workspace is not None:
            workspace.acting.choose(settings.working_as(workspace.location))
        self.refresh()

    def choose(self, member_uuid: str) -> None:
        ws = self.workspace
        if ws is None:
            return
        ws.acting.choose(member_uuid)
        self.refresh()

    def refresh(self) -> None:
        """Show who works now: after a team change that may be the first member added,
        or the lead once the chosen member has left."""
        ws = self.workspace
        before = self.current
        self.current = ws.acting.current() if ws is not None else None
        self.setVisible(ws is not None)
        if ws is not None:
            chosen = ws.acting.chosen_uuid
            if self.current is not None and chosen == self.current.uuid:
                settings.set_working_as(ws.location, chosen)
        self.retranslate()
        if _rights_key(before) != _rights_key(self.current):
            # Every gate in the window greys out what the new member may not do.
            show_roles_below(self.window(), self.current.roles if self.current else None)
            self.acting_changed.emit()

    def fill_menu(self) -> None:
        self.member_menu.clear()
        ws = self.workspace
        members = ws.team.list_members(include_inactive=False) if ws is not None else []
        if not members:
            empty = self.member_menu.addAction(
                self.tr("No team members yet: add the first in the Team tab")
            )
            empty.setEnabled(False)
            return
        group = QActionGroup(self.member_menu)
        for m in members:
            action = QAction(member_label(m.name, m.roles), self.member_menu)
            action.setCheckable(True)
            action.setChecked(self.current is not None and m.uuid == self.current.uuid)
            action.setData(m.uuid)
            action.triggered.connect(lambda _=False, uuid=m.uuid: self.choose(uuid))
            group.addAction(action)
            self.member_menu.addAction(action)

    def retranslate(self) -> None:
        m = self.current
        if m is None:
            self.setText(self.tr("Working as: no team yet"))
            self.setToolTip(
                self.tr("The first member added in the Team tab becomes the team lead.")
            )
            return
        self.setText(self.tr("Working as: %1").replace("%1", m.name))
        self.setToolTip(
            self.tr("%1 (%2). Click to work as another member.")
            .replace("%1", m.name)
            .replace("%2", roles_text(m.roles))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
