"""Research section: competitors with observed metrics, and the plan's research notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from app.strategy.research_types import (
    CompetitorDraft,
    CompetitorInfo,
    ObservationInfo,
    RemovedCompetitor,
    ResearchNoteDraft,
    ResearchNoteInfo,
)
from app.strategy.types import PlanInfo
from ui.strategy.editing import Editor
from ui.strategy.labels import language
from ui.strategy.research_dialogs import CompetitorDialog, NoteDialog, ObservationDialog
from ui.strategy.research_models import (
    CompetitorColumn,
    CompetitorTableModel,
    NoteColumn,
    NoteTableModel,
    ObservationColumn,
    ObservationTableModel,
)
from ui.strategy.table_section import TableSection


class ResearchPanel(QWidget):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan: PlanInfo | None = None
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

    def set_plan(self, plan: PlanInfo | None) -> None:
        ws = self.editor.workspace
        self.plan = plan
        self.competitors.set_rows(ws.research.list_competitors() if ws else [])
        if self.competitors.selected() is None and self.competitor_model.rowCount():
            self.competitors.table.selectRow(0)  # so its observations show at once
        self.notes.set_rows(ws.research.list_notes(plan.uuid) if ws and plan else [])
        self.competitors.set_enabled_for_plan(ws is not None)
        self.notes.set_enabled_for_plan(ws is not None and plan is not None)
        self._load_observations()
        self._show_note(self.notes.selected())
        self._update_hints()

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

    def _load_observations(self) -> None:
        ws, competitor = self.editor.workspace, self.competitors.selected()
        rows = ws.research.list_observations(competitor.uuid) if ws and competitor else []
        names = {p.uuid: p.name(language()) for p in ws.accounts.list_platforms()} if ws else {}
        self.observations.refill(lambda: self.observation_model.set_observations(rows, names))
        self.observations.set_enabled_for_plan(competitor is not None)

    def _show_note(self, note: ResearchNoteInfo | None) -> None:
        self.note_body.setPlainText(note.body if note else "")

    def _today(self) -> date:
        return date.today()

    # Competitors ----------------------------------------------------------------------
    def add_competitor(self) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.research
        info: CompetitorInfo | None = self.editor.run(
            CompetitorDialog(svc.add_competitor, parent=self)
        )
        if info is None:
            return
        self.editor.added(
            self.tr("Add competitor %1").replace("%1", info.name),
            lambda: svc.remove_competitor(info.uuid),
            svc.restore_competitor,
        )
        self.editor.reload()
        self.competitors.select(info.uuid)

    def edit_competitor(self, before: CompetitorInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.research
        dialog = CompetitorDialog(
            lambda d: svc.update_competitor(before.uuid, before.version, d), before.draft(), self
        )
        after: CompetitorInfo | None = self.editor.run(dialog)
        if after is None:
            return

        def put(d: CompetitorDraft) -> None:
            current = next(c for c in svc.list_competitors() if c.uuid == before.uuid)
            svc.update_competitor(before.uuid, current.version, d)

        text = self.tr("Edit competitor %1").replace("%1", after.name)
        self.editor.edited(text, put, before.draft(), after.draft())
        self.editor.reload()

    def remove_competitor(self, info: CompetitorInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.research
        removed: list[RemovedCompetitor] = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_competitor(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove competitor %1").replace("%1", info.name),
            removed[0],
            lambda: svc.remove_competitor(info.uuid),
            svc.restore_competitor,
        )
        self.editor.reload()

    # Observations ---------------------------------------------------------------------
    def add_observation(self) -> None:
        ws, competitor = self.editor.workspace, self.competitors.selected()
        if ws is None or competitor is None:
            return
        svc = ws.research
        dialog = ObservationDialog(
            lambda d: svc.add_observation(competitor.uuid, d),
            ws.accounts.list_platforms(),
            self._today(),
            self,
        )
        info: ObservationInfo | None = self.editor.run(dialog)
        if info is None:
            return
        self.editor.added(
            self.tr("Add observation of %1").replace("%1", competitor.name),
            lambda: svc.remove_observation(info.uuid),
            lambda o: svc.add_observation(o.competitor_uuid, o.draft(), uuid=o.uuid),
        )
        self.editor.reload()

    def remove_observation(self, info: ObservationInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.research
        removed: list[ObservationInfo] = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_observation(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove observation"),
            removed[0],
            lambda: svc.remove_observation(info.uuid),
            lambda o: svc.add_observation(o.competitor_uuid, o.draft(), uuid=o.uuid),
        )
        self.editor.reload()

    # Research notes -------------------------------------------------------------------
    def add_note(self) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.research
        dialog = NoteDialog(svc.add_note, plan.uuid, plan.title, self._today(), parent=self)
        info: ResearchNoteInfo | None = self.editor.run(dialog)
        if info is None:
            return
        self.editor.added(
            self.tr("Add research note %1").replace("%1", info.title),
            lambda: svc.remove_note(info.uuid),
            lambda n: svc.add_note(n.draft(), uuid=n.uuid),
        )
        self.editor.reload()

    def edit_note(self, before: ResearchNoteInfo) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.research
        dialog = NoteDialog(
            lambda d: svc.update_note(before.uuid, before.version, d),
            plan.uuid,
            plan.title,
            self._today(),
            before.draft(),
            self,
        )
        after: ResearchNoteInfo | None = self.editor.run(dialog)
        if after is None:
            return

        def put(d: ResearchNoteDraft) -> None:
            current = next(n for n in svc.list_notes() if n.uuid == before.uuid)
            svc.update_note(before.uuid, current.version, d)

        text = self.tr("Edit research note %1").replace("%1", after.title)
        self.editor.edited(text, put, before.draft(), after.draft())
        self.editor.reload()

    def remove_note(self, info: ResearchNoteInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.research
        removed: list[ResearchNoteInfo] = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_note(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove research note %1").replace("%1", info.title),
            removed[0],
            lambda: svc.remove_note(info.uuid),
            lambda n: svc.add_note(n.draft(), uuid=n.uuid),
        )
        self.editor.reload()

    def retranslate(self) -> None:
        self.note_body.setPlaceholderText(self.tr("Select a note to read it here."))
        self._update_hints()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
