"""KPI tab: followers, views, shares, conversions and ROI charted against the plan's targets.

The toolbar imports the platforms' analytics exports ("Import data…", "Import
history…", also in the File menu), opens the operating report and exports the chart in
view or its figures. The charts (matplotlib) load the first time the tab is shown,
never before the window's first paint: this module imports none of them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from ui.tasks import TaskRunner
from ui.widgets.tab import Tab

if TYPE_CHECKING:
    from ui.kpi.dashboard import Dashboard


class KpiTab(Tab):
    """``open_calendar_post(uuid, day)``: a top post the calendar has was double-clicked."""

    open_calendar_post = Signal(str, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self.today = today  # tests and benchmarks fix "today"; None: the real date
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.open_import)
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.open_history)
        self.report_action = QAction(self)
        self.report_action.triggered.connect(self.open_report)
        self.export_chart_action = QAction(self)
        self.export_chart_action.triggered.connect(self.export_chart)
        self.export_data_action = QAction(self)
        self.export_data_action.triggered.connect(self.export_data)
        self.needs_workspace += [
            self.import_action,
            self.history_action,
            self.report_action,
            self.export_chart_action,
            self.export_data_action,
        ]
        self.toolbar = QToolBar(self)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.history_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.report_action)
        self.toolbar.addAction(self.export_chart_action)
        self.toolbar.addAction(self.export_data_action)
        cast(QVBoxLayout, self.layout()).insertWidget(0, self.toolbar)
        self.wizard: Any = None
        self.history: Any = None
        self.report: Any = None
        self.dialog: Any = None
        self.dashboard: Dashboard | None = None
        for control in self.needs_workspace:
            control.setEnabled(False)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self._scheme_changed())
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
        if self.dashboard is None or self.workspace is None:
            self.show_empty(*self.texts())
        self.import_action.setText(self.tr("Import data…"))
        self.history_action.setText(self.tr("Import history…"))
        self.report_action.setText(self.tr("Operating report…"))
        self.export_chart_action.setText(self.tr("Export chart…"))
        self.export_chart_action.setToolTip(self.tr("Save the chart in view as PNG, SVG or PDF"))
        self.export_data_action.setText(self.tr("Export figures…"))
        self.export_data_action.setToolTip(
            self.tr("Save the figures behind the chart in view as XLSX or CSV")
        )

    # The charts load on first show -------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_dashboard()

    def ensure_dashboard(self) -> Dashboard | None:
        """Create the charts (loading matplotlib) once a database is open and the tab
        is shown; returns them (None while there is nothing to show)."""
        if self.workspace is None:
            return None
        if self.dashboard is None:
            from ui.kpi.dashboard import Dashboard

            self.dashboard = Dashboard(self.runner, self, self.today)
            self.dashboard.posts.open_calendar_post.connect(self.open_calendar_post)
            self.set_content(self.dashboard)
            self.dashboard.set_workspace(self.workspace)
        self.show_content()
        return self.dashboard

    def reload(self) -> None:
        if self.workspace is None:
            self.retranslate()
            if self.dashboard is not None:
                self.dashboard.set_workspace(None)
            return
        if self.dashboard is not None:
            self.dashboard.set_workspace(self.workspace)
            self.show_content()
        elif self.isVisible():
            self.ensure_dashboard()

    def _scheme_changed(self) -> None:
        if self.dashboard is not None:
            self.dashboard.redraw_palette()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.dashboard is not None:
            self.dashboard.redraw_palette()

    # Actions ------------------------------------------------------------------------
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

    def open_report(self) -> None:
        from ui.kpi.report_dialog import ReportDialog

        if self.workspace is None:
            return
        dashboard = self.dashboard
        scope = dashboard.filter if dashboard is not None else None
        self.report = ReportDialog(self.workspace, self.runner, self, scope, self.today)
        self.report.show()

    def _chart_name(self) -> str:
        dashboard = self.ensure_dashboard()
        kind = dashboard.current_kind() if dashboard else "chart"
        return f"kpi-{kind}-{(self.today or date.today()).isoformat()}"

    def export_chart(self) -> None:
        from ui.kpi.export import export_chart

        dashboard = self.ensure_dashboard()
        if dashboard is not None:
            self.dialog = export_chart(self, dashboard.current_view(), self._chart_name())

    def export_data(self) -> None:
        from ui.kpi.export import export_data

        dashboard = self.ensure_dashboard()
        if dashboard is not None:
            self.dialog = export_data(self, dashboard.current_view(), self._chart_name())
