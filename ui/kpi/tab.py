"""KPI tab: followers, views, shares, conversions and ROI against the plan's targets.

The charts come in their own issue; for now the tab imports the platforms' analytics
exports (toolbar and File menu: "Import data…", "Import history…").
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from ui.tasks import TaskRunner
from ui.widgets.tab import Tab


class KpiTab(Tab):
    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.open_import)
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.open_history)
        self.needs_workspace += [self.import_action, self.history_action]
        self.toolbar = QToolBar(self)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.history_action)
        cast(QVBoxLayout, self.layout()).insertWidget(0, self.toolbar)
        self.wizard: Any = None
        self.history: Any = None
        for control in self.needs_workspace:
            control.setEnabled(False)
        self.retranslate()

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("No KPI data yet"),
            self.tr(
                "Import your platforms' analytics exports to chart followers, "
                "reads/views, shares, comments, conversions and ROI against the "
                "targets of your strategy plan."
            ),
        )

    def retranslate(self) -> None:
        self.show_empty(*self.texts())
        self.import_action.setText(self.tr("Import data…"))
        self.history_action.setText(self.tr("Import history…"))

    def open_import(self) -> None:
        from ui.imports.wizard import ImportWizard

        if self.workspace is None:
            return
        self.wizard = ImportWizard(self.workspace, self.runner, "metrics", self)
        self.wizard.show()

    def open_history(self) -> None:
        from ui.imports.history import ImportHistoryDialog

        if self.workspace is None:
            return
        self.history = ImportHistoryDialog(self.workspace, self.runner, "metrics", self)
        self.history.show()
