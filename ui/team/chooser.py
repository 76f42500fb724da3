""" "Who is working?": asked when a database with several active members opens and
nobody is remembered for it (or the one remembered has left the team).

Not blocking: the window is painted and its tabs read first; the dialog opens on top
(``open()``), the team lead preselected. Choosing remembers the member for the database,
as the status bar's "Working as" menu does; Cancel works as the lead for this session
and remembers nothing, so the question comes again next time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.team.roles import member_label

if TYPE_CHECKING:
    from app.team.types import MemberInfo
    from app.workspace import Workspace
    from ui.tasks import TaskRunner
    from ui.team.acting_button import ActingButton

log = logging.getLogger(__name__)
CHOOSER_QUERY = "team.who_is_working"


class WhoIsWorkingDialog(QDialog):
    """The active members with their roles; ``chosen_uuid()`` once accepted."""

    def __init__(
        self, members: Sequence[MemberInfo], preselect: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whoIsWorking")
        self.members = list(members)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("members")
        for m in self.members:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, m.uuid)
            if m.uuid == preselect:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        # Double-click chooses; Enter goes to the OK button (the default) in any case.
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.list.setFocus()
        self.retranslate()
        # Tall enough for the team (up to a dozen rows), not a screenful of blank rows.
        shown = min(max(len(self.members), 3), 12)
        row = self.list.sizeHintForRow(0) if self.members else 20
        self.list.setMinimumHeight(row * shown + 2 * self.list.frameWidth() + 4)
        self.resize(440, self.sizeHint().height())

    def chosen_uuid(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is working?"))
        self.question.setText(
            self.tr("Several people work with this database. Who is working now?")
        )
        self.hint.setText(
            self.tr(
                "What you may change follows your roles. Change it at any time with "
                "“Working as” in the status bar."
            )
        )
        for row, m in enumerate(self.members):
            self.list.item(row).setText(member_label(m.name, m.roles))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def needs_asking(location: str, members: Sequence[MemberInfo]) -> bool:
    """Several active members, and none of them remembered for the database."""
    remembered = settings.working_as(location)
    return len(members) >= 2 and remembered not in {m.uuid for m in members}


def ask_who_is_working(button: ActingButton, runner: TaskRunner, parent: QWidget) -> None:
    """Read the team on the worker (after the tabs' own reads), then ask if needed."""
    ws = button.workspace
    if ws is None:
        return
    for old in parent.findChildren(WhoIsWorkingDialog):  # asked for the database before
        old.reject()

    def load() -> list[MemberInfo]:
        return ws.team.list_members(include_inactive=False)

    def ask(members: list[MemberInfo]) -> None:
        if button.workspace is not ws or not needs_asking(ws.location, members):
            return
        acting = button.current  # the lead until someone is chosen
        dialog = WhoIsWorkingDialog(members, acting.uuid if acting else None, parent)
        dialog.finished.connect(lambda code: _chosen(dialog, code, button, ws))
        dialog.open()

    runner.query(
        CHOOSER_QUERY,
        load,
        ask,
        on_failure=lambda exc: log.warning("Could not ask who is working: %s", exc),
    )


def _chosen(dialog: WhoIsWorkingDialog, code: int, button: ActingButton, ws: Workspace) -> None:
    dialog.deleteLater()
    uuid = dialog.chosen_uuid()
    # Another database opened meanwhile: the answer was about the one before.
    if code == QDialog.DialogCode.Accepted and uuid and button.workspace is ws:
        button.choose(uuid)  # remembered for the database, as from the status bar
