"""Training records in the Team tab: a table with add / edit / remove (undoable) and the
hours per member and per skill."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.appraisal.types import SKILLS, TrainingDraft, TrainingInfo
from app.team.rights import EDIT_ANY_APPRAISAL
from app.team.types import MemberInfo
from ui.appraisal.labels import skill_label
from ui.appraisal.models import TrainingColumn, TrainingTableModel
from ui.formats import list_text, number_text
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, qdate
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:
    from app.workspace import Workspace


def training_ops(ws: Workspace) -> RecordOps[TrainingInfo, TrainingDraft, TrainingInfo]:
    return RecordOps.of(ws.training)


class TrainingDialog(FormDialog[TrainingDraft, TrainingInfo]):
    def __init__(
        self,
        save: Callable[[TrainingDraft], TrainingInfo],
        members: list[MemberInfo],
        draft: TrainingDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Training record"))
        self.member = QComboBox(self)
        for m in members:
            self.member.addItem(m.name, m.uuid)
        self.course = QLineEdit(self)
        self.day = date_edit(self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.skill_boxes = {code: QCheckBox(skill_label(code), self) for code in SKILLS}
        skills = QGridLayout()
        for i, box in enumerate(self.skill_boxes.values()):
            skills.addWidget(box, i // 3, i % 3)
        self.trainer = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Member"), self.member)
        self.form.addRow(self.tr("&Course"), self.course)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("&Hours"), self.hours)
        self.add_row(self.tr("&Skills"), skills, next(iter(self.skill_boxes.values())))
        self.form.addRow(self.tr("&Trainer"), self.trainer)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.field_widgets = {
            "course": self.course,
            "hours": self.hours,
            "trainer": self.trainer,
            "notes": self.notes,
        }
        self.appraisal_uuid: str | None = None
        d = draft or TrainingDraft("", "", date.today(), 2.0)
        self.member.setCurrentIndex(max(self.member.findData(d.member_uuid), 0))
        self.course.setText(d.course)
        self.day.setDate(qdate(d.day))
        self.hours.setValue(d.hours)
        for code, box in self.skill_boxes.items():
            box.setChecked(code in d.skills)
        self.trainer.setText(d.trainer)
        self.notes.setPlainText(d.notes)
        self.appraisal_uuid = d.appraisal_uuid

    def draft(self) -> TrainingDraft:
        return TrainingDraft(
            str(self.member.currentData() or ""),
            self.course.text(),
            date_value(self.day),
            self.hours.value(),
            tuple(c for c, box in self.skill_boxes.items() if box.isChecked()),
            self.trainer.text(),
            self.notes.toPlainText(),
            self.appraisal_uuid,
        )


class TrainingPanel(QWidget):
    def __init__(
        self,
        undo_stack: QUndoStack,
        workspace: Callable[[], Workspace | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = Editor(undo_stack, self, lambda: self.reload(), workspace)
        self.records = RecordActions(self.editor, training_ops, lambda uuid: self.reload(uuid))
        self.model = TrainingTableModel(self)
        self.section = TableSection(
            self.model,
            TrainingColumn.COURSE,
            lambda: "",
            lambda: self.tr("&Add training…"),
            self,
        )
        self.section.title.hide()
        self.table = self.section.table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrainingColumn.COURSE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.section.add_requested.connect(self.add_record)
        self.section.edit_requested.connect(self.edit_record)
        self.section.remove_requested.connect(self.remove_record)
        self.rights = RightsGate(self)  # only who edits every appraisal records training
        self.rights.register_all(section_buttons(self.section), EDIT_ANY_APPRAISAL)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    @property
    def workspace(self) -> Workspace | None:
        return self.editor.workspace

    def reload(self, select_uuid: str | None = None) -> None:
        ws = self.workspace
        self.section.set_rows(ws.training.list_records() if ws else [])
        if select_uuid:
            self.section.select(select_uuid)
        # Only who edits every appraisal records training; the service refuses others.
        self.section.set_can_add(ws is not None and ws.appraisals.viewer().edit_any)
        self._show_summary()

    def _show_summary(self) -> None:
        ws = self.workspace
        if ws is None:
            self.summary.clear()
            return
        members, skills = ws.training.summary()
        per_member = list_text(f"{n} {number_text(h, 1)}" for n, h in members)
        per_skill = list_text(f"{skill_label(k)} {number_text(h, 1)}" for k, h in skills)
        self.summary.setText(
            self.tr("Hours per member: %1\nHours per skill: %2")
            .replace("%1", per_member or "—")
            .replace("%2", per_skill or "—")
        )

    def _members(self) -> list[MemberInfo]:
        ws = self.workspace
        return ws.team.list_members(include_inactive=False) if ws else []

    def add_record(self) -> None:
        self.records.add(
            lambda save: TrainingDialog(save, self._members(), parent=self),
            lambda t: self.tr("Add training %1").replace("%1", t.course),
        )

    def edit_record(self, before: TrainingInfo) -> None:
        self.records.edit(
            before,
            lambda save: TrainingDialog(save, self._members(), before.draft(), self),
            lambda t: self.tr("Edit training %1").replace("%1", t.course),
        )

    def remove_record(self, record: TrainingInfo) -> None:
        self.records.remove(record, self.tr("Remove training %1").replace("%1", record.course))

    def retranslate(self) -> None:
        self.section.retranslate()
        self._show_summary()
