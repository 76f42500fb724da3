"""The import history: every import with its counts, and rollback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.team.rights import IMPORT_DATA
from ui.errors import describe
from ui.imports.models import HistoryModel
from ui.tasks import TaskRunner
from ui.widgets.rights import RightsGate

if TYPE_CHECKING:
    from app.workspace import Workspace


class ImportHistoryDialog(QDialog):
    """Lists the imports of ``target``; "Roll back" undoes the selected one exactly."""

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, target: str = "metrics", parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.target = target
        self.setWindowTitle(self.tr("Import history"))
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.rollback_button = QPushButton(self.tr("Roll back"), self)
        buttons.addButton(self.rollback_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.rollback_button.clicked.connect(self.rollback_selected)
        self.rights = RightsGate(self)  # rolling back takes the right to import
        self.rights.register(self.rollback_button, IMPORT_DATA)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.workspace.import_history.list(self.target))
        self.update_buttons()

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def update_buttons(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        record = self.model.row_at(rows[0].row()) if rows else None
        self.rollback_button.setEnabled(record is not None and record.rolled_back_at is None)

    def rollback_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        record = self.model.row_at(rows[0].row())

        def done(_result: object) -> None:
            self.message.setText(
                self.tr(
                    "Rolled back the import of %1: what it added is removed and what it "
                    "changed is as it was."
                ).replace("%1", record.file_name)
            )
            self.reload()

        def failed(exc: BaseException) -> None:
            text = describe(exc) or str(exc)
            if "roll those back first" in str(exc):
                text = self.tr("Later imports changed some of its rows: roll those back first.")
            self.message.setText(text)

        self.runner.run(
            self.tr("Rolling back %1").replace("%1", record.file_name),
            lambda _p: self.workspace.import_history.rollback(record.id),
            done,
            failed,
        )
