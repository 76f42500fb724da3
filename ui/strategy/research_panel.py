"""Research section: competitors with observed metrics, and the plan's research notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from app.strategy.research_types import (
    CompetitorInfo,
    ObservationInfo,
    ResearchNoteDraft,
    ResearchNoteInfo,
)
from app.strategy.types import PlanInfo
from ui.strategy.record_ops import competitor_ops, note_ops, observation_ops
from ui.strategy.research_dialogs import CompetitorDialog, NoteDialog, ObservationDialog
from ui.strategy.research_models import (
    CompetitorColumn,
    CompetitorTableModel,
    NoteColumn,
    NoteTableModel,
    ObservationColumn,
    ObservationTableModel,
)
from ui.widgets.editing import Editor
from ui.widgets.panel import Panel
from ui.widgets.records import RecordActions
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:  # annotations only
    from app.strategy.view_types import PlanView


class ResearchPanel(Panel):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan: PlanInfo | None = None
        self._showing: PlanView | None = None  # while show_plan fills the tables
        self.competitor_model = CompetitorTableModel(self)
        self.observation_model = ObservationTableModel(self)
        self.note_model = NoteTableModel(self)
        self.competitors = TableSection(
            self.competitor_model,
            CompetitorColumn.NOTES,
            lambda: self.tr("Competitors"),
            lambda: self.tr("Add competitor…"),
            self,
        )
        self.observations = TableSection(
            self.observation_model,
            ObservationColumn.METRIC,
            lambda: self.tr("Observed metrics of the selected competitor"),
            lambda: self.tr("Add…"),
            self,
            editable=False,
        )
        self.notes = TableSection(
            self.note_model,
            NoteColumn.TITLE,
            lambda: self.tr("Research notes linked to this plan"),
            lambda: self.tr("Add note…"),
            self,
        )
        # Newest observation first: the latest figures are what a planner compares.
        self.observations.table.sortByColumn(ObservationColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.note_body = QPlainTextEdit(self)
        self.note_body.setReadOnly(True)
        self.competitors.add_requested.connect(self.add_competitor)
        self.competitors.edit_requested.connect(self.edit_competitor)
        self.competitors.remove_requested.connect(self.remove_competitor)
        self.competitors.current_changed.connect(lambda _c: self._load_observations())
        self.observations.add_requested.connect(self.add_observation)
        self.observations.remove_requested.connect(self.remove_observation)
        self.notes.add_requested.connect(self.add_note)
        self.notes.edit_requested.connect(self.edit_note)
        self.notes.remove_requested.connect(self.remove_note)
        self.notes.current_changed.connect(self._show_note)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.competitors)
        left.addWidget(self.observations)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.notes)
        right.addWidget(self.note_body)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        columns.addWidget(left)
        columns.addWidget(right)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        for splitter in (left, right, columns):
            splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(columns)
        self.retranslate()

    def show_plan(self, view: PlanView | None) -> None:
        """Show what was read with the plan: the competitors (shared by every plan), the
        observations of the one selected, and the plan's notes."""
        self.plan = view.plan if view else None
        self._showing = view
        try:
            self.competitors.set_rows(list(view.competitors) if view else [])
            if view is not None and view.observed_competitor_uuid is not None:
                self.competitors.select(view.observed_competitor_uuid)
            self.notes.set_rows(list(view.notes) if view else [])
            self.competitors.set_can_add(view is not None)
            self.notes.set_can_add(view is not None)
        finally:
            self._showing = None
        self._show_observations(view)
        self._show_note(self.notes.selected())
        self._update_hints()

    def observed_competitor_uuid(self) -> str | None:
        """The competitor whose observations show: read again with the next plan."""
        return getattr(self.competitors.selected(), "uuid", None)

    def _update_hints(self) -> None:
        self.notes.hint.setVisible(self.plan is not None and self.note_model.rowCount() == 0)
        self.notes.hint.setText(
            self.tr(
                "No research notes are linked to this plan yet. Keep market research, "
                "interviews and trend notes here, with dates and tags."
            )
        )
        self.competitors.hint.setVisible(self.competitor_model.rowCount() == 0)
        self.competitors.hint.setText(
            self.tr("No competitors yet. Competitors are shared by every plan.")
        )

    def _show_observations(self, view: PlanView | None) -> None:
        """The selected competitor's observations, read with the plan when they are its."""
        competitor = self.competitors.selected()
        if view is not None and getattr(competitor, "uuid", None) != view.observed_competitor_uuid:
            self._load_observations()  # the user picked another one meanwhile
            return
        names = {p.uuid: p for p in view.platforms} if view else {}
        rows = list(view.observations) if view else []
        self.observations.refill(lambda: self.observation_model.set_observations(rows, names))
        self.observations.set_can_add(competitor is not None)

    def _load_observations(self) -> None:
        if self._showing is not None:
            return  # show_plan is filling the tables: it shows the observations once, after
        ws, competitor = self.editor.workspace, self.competitors.selected()
        rows = ws.research.list_observations(competitor.uuid) if ws and competitor else []
        names = {p.uuid: p for p in ws.accounts.list_platforms()} if ws else {}
        self.observations.refill(lambda: self.observation_model.set_observations(rows, names))
        self.observations.set_can_add(competitor is not None)

    def _show_note(self, note: ResearchNoteInfo | None) -> None:
        self.note_body.setPlainText(note.body if note else "")

    def _today(self) -> date:
        return date.today()

    # Competitors ----------------------------------------------------------------------
    def add_competitor(self) -> None:
        RecordActions(self.editor, competitor_ops, self._show_competitor).add(
            lambda save: CompetitorDialog(save, parent=self),
            lambda c: self.tr("Add competitor %1").replace("%1", c.name),
        )

    def _show_competitor(self, uuid: str | None) -> None:
        self.editor.reload()
        if uuid is not None:
            self.competitors.select(uuid)

    def edit_competitor(self, before: CompetitorInfo) -> None:
        RecordActions(self.editor, competitor_ops).edit(
            before,
            lambda save: CompetitorDialog(save, before.draft(), self),
            lambda c: self.tr("Edit competitor %1").replace("%1", c.name),
        )

    def remove_competitor(self, info: CompetitorInfo) -> None:
        RecordActions(self.editor, competitor_ops).remove(
            info, self.tr("Remove competitor %1").replace("%1", info.name)
        )

    # Observations ---------------------------------------------------------------------
    def add_observation(self) -> None:
        ws, competitor = self.editor.workspace, self.competitors.selected()
        if ws is None or competitor is None:
            return
        platforms, today = ws.accounts.list_platforms(), self._today()
        RecordActions(self.editor, observation_ops(competitor.uuid)).add(
            lambda save: ObservationDialog(save, platforms, today, self),
            lambda _o: self.tr("Add observation of %1").replace("%1", competitor.name),
        )

    def remove_observation(self, info: ObservationInfo) -> None:
        RecordActions(self.editor, observation_ops(info.competitor_uuid)).remove(
            info, self.tr("Remove observation")
        )

    # Research notes -------------------------------------------------------------------
    def _note_dialog(
        self, plan: PlanInfo, initial: ResearchNoteDraft | None
    ) -> Callable[[Callable[[ResearchNoteDraft], ResearchNoteInfo]], NoteDialog]:
        today = self._today()
        return lambda save: NoteDialog(save, plan.uuid, plan.title, today, initial, self)

    def add_note(self) -> None:
        if self.plan is None:
            return
        RecordActions(self.editor, note_ops).add(
            self._note_dialog(self.plan, None),
            lambda n: self.tr("Add research note %1").replace("%1", n.title),
        )

    def edit_note(self, before: ResearchNoteInfo) -> None:
        if self.plan is None:
            return
        RecordActions(self.editor, note_ops).edit(
            before,
            self._note_dialog(self.plan, before.draft()),
            lambda n: self.tr("Edit research note %1").replace("%1", n.title),
        )

    def remove_note(self, info: ResearchNoteInfo) -> None:
        RecordActions(self.editor, note_ops).remove(
            info, self.tr("Remove research note %1").replace("%1", info.title)
        )

    def retranslate(self) -> None:
        self.note_body.setPlaceholderText(self.tr("Select a note to read it here."))
        self._update_hints()
