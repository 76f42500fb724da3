"""The appraisals part of the Team tab: cycles, their members' appraisals with status,
total and grade, the team's grade distribution, printing, and one member's history.

Everything shown comes through the services for the acting member: a member sees only
their own appraisal, the lead everyone's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.appraisal.types import NOT_STARTED, AppraisalInfo, CycleInfo
from app.db.errors import DatabaseProblem
from app.team.rights import EDIT_ANY_APPRAISAL
from ui.appraisal.cycle_dialog import CycleDialog, NewCycle
from ui.appraisal.labels import period_label
from ui.appraisal.models import (
    AppraisalColumn,
    AppraisalTableModel,
    HistoryColumn,
    HistoryTableModel,
)
from ui.errors import show_error
from ui.formats import chinese, period_text
from ui.row_model import sort_proxy
from ui.widgets.rights import RightsGate

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.appraisal.chart import HistoryChart
    from ui.appraisal.review_form import ReviewDialog


class AppraisalPanel(QWidget):
    def __init__(
        self, workspace: Callable[[], Workspace | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.cycles: list[CycleInfo] = []
        self.cycle_box = QComboBox(self)
        self.cycle_box.currentIndexChanged.connect(lambda _i: self.show_cycle())
        self.cycle_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.start_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_cycle)
        self.templates_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_cycle)
        self.start_button.clicked.connect(self.start_cycle)
        self.templates_button.clicked.connect(self.edit_templates)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_cycle)
        # Greyed out, saying why, for a member who may not run the team's appraisals.
        self.rights = RightsGate(self)
        lead_only = (self.new_button, self.edit_button, self.start_button, self.templates_button)
        self.rights.register_all(lead_only, EDIT_ANY_APPRAISAL)
        bar = QHBoxLayout()
        bar.addWidget(self.cycle_label)
        bar.addWidget(self.cycle_box, 1)
        for b in (
            self.new_button,
            self.edit_button,
            self.start_button,
            self.templates_button,
            self.open_button,
            self.print_button,
        ):
            bar.addWidget(b)
        self.period = QLabel(self)
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        self.distribution = QLabel(self)
        self.distribution.setWordWrap(True)
        self.model = AppraisalTableModel(self)
        self.proxy = sort_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AppraisalColumn.TEMPLATE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AppraisalColumn.MEMBER, 160)
        header.resizeSection(AppraisalColumn.ROLES, 180)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_history())
        # History of the selected member: a table, and a chart made when first needed.
        self.history_box = QGroupBox(self)
        self.history_model = HistoryTableModel(self)
        self.history_table = QTableView(self.history_box)
        self.history_table.setModel(self.history_model)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(
            HistoryColumn.CYCLE, QHeaderView.ResizeMode.Stretch
        )
        self.chart: HistoryChart | None = None
        self.history_layout = QHBoxLayout(self.history_box)
        self.history_layout.addWidget(self.history_table, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.period)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.distribution)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace()

    # Reading ------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.workspace
        current = self.current_cycle()
        self.cycles = ws.appraisals.list_cycles() if ws else []
        self.cycle_box.blockSignals(True)
        self.cycle_box.clear()
        for c in self.cycles:
            self.cycle_box.addItem(f"{c.name} · {period_label(c.period_kind)}", c.uuid)
        if current is not None:
            self.cycle_box.setCurrentIndex(max(self.cycle_box.findData(current.uuid), 0))
        self.cycle_box.blockSignals(False)
        lead = ws is not None and ws.appraisals.viewer().edit_any
        self.new_button.setEnabled(lead)
        self.edit_button.setEnabled(lead and self.current_cycle() is not None)
        self.templates_button.setEnabled(lead)
        self.show_cycle()

    def current_cycle(self) -> CycleInfo | None:
        index = self.cycle_box.currentIndex()
        return self.cycles[index] if 0 <= index < len(self.cycles) else None

    def show_cycle(self) -> None:
        ws, cycle = self.workspace, self.current_cycle()
        rows = ws.appraisals.list_appraisals(cycle.uuid) if ws and cycle else []
        self.model.set_rows(rows)
        lead = ws is not None and ws.appraisals.viewer().edit_any
        self.start_button.setEnabled(lead and any(a.status == NOT_STARTED for a in rows))
        self.print_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))
        self.period.setText(
            ""
            if cycle is None
            else self.tr("%1 · self-review due %2 · manager review due %3")
            .replace("%1", period_text(cycle.start, cycle.end))
            .replace("%2", str(cycle.self_due or "—"))
            .replace("%3", str(cycle.manager_due or "—"))
        )
        self._show_distribution(cycle)
        if rows:
            self.table.selectRow(0)
        self.show_history()

    def _show_distribution(self, cycle: CycleInfo | None) -> None:
        ws = self.workspace
        if ws is None or cycle is None or not ws.appraisals.viewer().read_any:
            self.distribution.clear()
            return
        d = ws.appraisals.distribution(cycle.uuid)
        counts = "  ".join(f"{g}: {n}" for g, n in d.counts)
        text = self.tr("Grades: %1").replace("%1", counts)
        if d.warning is not None:
            text += "  " + self.tr(
                "More than %1 % of the graded appraisals have the top grade."
            ).replace("%1", str(cycle.top_share_limit))
            self.distribution.setStyleSheet("color: #c0392b;")
        else:
            self.distribution.setStyleSheet("")
        self.distribution.setText(text)

    def selected(self) -> AppraisalInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def show_history(self) -> None:
        ws, a = self.workspace, self.selected()
        points = ws.appraisals.history(a.member_uuid) if ws and a else []
        self.history_model.set_rows(points)
        self.history_box.setTitle(
            self.tr("History of %1").replace("%1", a.member_name) if a else self.tr("History")
        )
        if a is None:
            return
        if self.chart is None:
            from ui.appraisal.chart import HistoryChart  # matplotlib: only once needed

            self.chart = HistoryChart(self.history_box)
            self.history_layout.addWidget(self.chart, 1)
        self.chart.show_points(points, self.tr("No totals yet"))

    # Actions ------------------------------------------------------------------------
    def new_cycle(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        language = "zh" if chinese() else "en"

        def save(new: NewCycle) -> CycleInfo:
            draft, people = new
            return ws.appraisals.create_cycle(draft, people, language)

        dialog = CycleDialog(
            save,
            ws.team.list_members(include_inactive=False),
            ws.appraisals.list_templates(language),
            self,
        )
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            self.cycle_box.setCurrentIndex(max(self.cycle_box.findData(dialog.saved.uuid), 0))

    def create_cycle(self, new: NewCycle, language: str = "en") -> CycleInfo | None:
        """Without the dialog (tests, scripts): make a cycle and show it."""
        ws = self.workspace
        if ws is None:
            return None
        cycle = ws.appraisals.create_cycle(*new, language)
        self.reload()
        self.cycle_box.setCurrentIndex(max(self.cycle_box.findData(cycle.uuid), 0))
        return cycle

    def edit_cycle(self) -> None:
        """Name, period, dates, grade bands and the top-grade limit of the cycle shown."""
        ws, cycle = self.workspace, self.current_cycle()
        if ws is None or cycle is None:
            return

        def save(new: NewCycle) -> CycleInfo:
            return ws.appraisals.update_cycle(cycle.uuid, cycle.version, new[0])

        dialog = CycleDialog(save, [], [], self, cycle.draft())
        if dialog.exec() and dialog.saved is not None:
            self.reload()

    def start_cycle(self) -> None:
        ws, cycle = self.workspace, self.current_cycle()
        if ws is None or cycle is None:
            return
        try:
            ws.appraisals.start_cycle(cycle.uuid)
        except DatabaseProblem as exc:
            show_error(self, exc)
        self.reload()

    def edit_templates(self) -> None:
        from ui.appraisal.template_dialog import AppraisalTemplateDialog

        ws = self.workspace
        if ws is None:
            return
        language = "zh" if chinese() else "en"
        AppraisalTemplateDialog(
            ws.appraisals.list_templates(language),
            lambda draft, uuid, version: ws.appraisals.save_template(draft, uuid, version),
            self,
        ).exec()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.open_review(a.uuid).exec()
            self.show_cycle_keeping(a.uuid)

    def open_review(self, uuid: str) -> ReviewDialog:
        """The review form of one appraisal (the caller shows it)."""
        from ui.appraisal.review_form import ReviewDialog

        ws, cycle = self.workspace, self.current_cycle()
        assert ws is not None and cycle is not None
        return ReviewDialog(ws, uuid, cycle.bands, self)

    def show_cycle_keeping(self, uuid: str) -> None:
        self.reload()
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def print_cycle(self) -> None:
        cycle = self.current_cycle()
        if cycle is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Print the cycle to PDF"),
            f"{cycle.name}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            try:
                self.print_cycle_to(Path(name))
            except OSError as exc:
                show_error(self, exc)

    def print_cycle_to(self, path: Path) -> int:
        """Every appraisal of the cycle the viewer may read, one PDF; returns how many."""
        from ui.appraisal.sheet import write_sheets

        ws, cycle = self.workspace, self.current_cycle()
        if ws is None or cycle is None:
            return 0
        appraisals = ws.appraisals.list_appraisals(cycle.uuid)
        write_sheets(appraisals, path, cycle.name)
        return len(appraisals)

    def retranslate(self) -> None:
        self.cycle_label.setText(self.tr("Cycle"))
        self.new_button.setText(self.tr("New cycle…"))
        self.edit_button.setText(self.tr("Edit cycle…"))
        self.start_button.setText(self.tr("Start self-review"))
        self.templates_button.setText(self.tr("Templates…"))
        self.open_button.setText(self.tr("Open review…"))
        self.print_button.setText(self.tr("Print cycle to PDF…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AppraisalColumn) - 1)
        if self.workspace is not None:
            self.show_cycle()
