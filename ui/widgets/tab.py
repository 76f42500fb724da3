"""What every tab shares: the open workspace, controls that need one, its content or an
empty state that says what the tab holds and how to start, and language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.widgets.empty_state import EmptyState
from ui.widgets.panel import Panel

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class Tab(Panel):
    """Subclasses put their widgets in ``set_content``, list what needs an open database
    in ``needs_workspace``, and implement ``reload`` and ``retranslate`` (called on a
    language change). A tab that edits records makes an ``Editor`` on its workspace.
    ``show_empty(title, body)`` / ``show_content()`` switch what the tab shows."""

    defer_until_shown = False
    """Set by the main window: a tab not shown reads its data when first shown, so that
    opening a database reads only what the window shows (and start-up stays short)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._read_pending = False
        self.needs_workspace: list[QWidget | QAction] = []
        self.empty = EmptyState(self)
        self.content: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def set_content(self, widget: QWidget) -> None:
        self.content = widget
        self.stack.insertWidget(0, widget)

    def show_content(self) -> None:
        if self.content is not None:
            self.stack.setCurrentWidget(self.content)

    def show_empty(self, title: str, body: str) -> None:
        self.empty.set_text(title, body)
        self.stack.setCurrentWidget(self.empty)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show ``workspace`` (None: no database open)."""
        self.workspace = workspace
        for control in self.needs_workspace:
            control.setEnabled(workspace is not None)
        self._read_pending = (
            self.defer_until_shown and workspace is not None and not self.isVisible()
        )
        if not self._read_pending:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._read_pending:  # the database opened while this tab was hidden
            self._read_pending = False
            self.set_workspace(self.workspace)

    def reload(self) -> None:
        """Read what the tab shows again."""


class PlaceholderTab(Tab):
    """A tab whose own issue has not landed yet: it says what it will hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def texts(self) -> tuple[str, str]:
        """Title and explanation, translated (``self.tr`` in the subclass's context)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.show_empty(*self.texts())
