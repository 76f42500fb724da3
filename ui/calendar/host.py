"""What the calendar's parts need of each other, as protocols, so that the tab, its
body and the export menu know one another's shape without importing one another."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QUndoStack

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.tasks import TaskRunner


class CalendarHost(Protocol):
    """The calendar tab, as its body and menus see it."""

    mode: str
    anchor: date
    colour_by: str
    read_only: bool
    workspace: Workspace | None
    undo_stack: QUndoStack
    runner: TaskRunner
    mode_actions: dict[str, QAction]
    previous_action: QAction
    next_action: QAction
    today_action: QAction
    new_action: QAction
    delete_action: QAction

    def reload(self) -> None: ...

    def read_view(self) -> None: ...

    def go_to(self, day: date) -> None: ...

    def new_post(self, day: date | None = None) -> None: ...

    def set_colour_by(self, by: str) -> None: ...


class OutputsMenu(Protocol):
    """The "Export and print" menu, as the body sees it."""

    def actions(self) -> list[QAction]: ...

    def open_campaign(self, uuid: str) -> None: ...
