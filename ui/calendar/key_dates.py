"""The team's own key dates (a launch day, the brand's anniversary) beside the built-in
marketing dates and holidays: a list of this year's and next year's, the team's
editable with undo; the calendar's overlay follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.calendar.types import KeyDate, KeyDateDraft
from app.team.rights import EDIT_CAMPAIGNS
from ui.calendar.labels import language
from ui.row_model import RowTableModel
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, qdate
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.table_section import TableSection


class Column(IntEnum):
    DAY = 0
    NAME = 1
    KIND = 2


class KeyDateModel(RowTableModel[KeyDate]):
    columns = Column

    def header(self, column: Any) -> str:
        return {
            Column.DAY: self.tr("Day"),
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
        }[column]

    def display(self, row: KeyDate, column: Any) -> str:
        if column == Column.DAY:
            return row.day.isoformat()
        if column == Column.NAME:
            return row.name(language())
        return {
            "holiday": self.tr("Public holiday"),
            "shopping": self.tr("Shopping festival"),
            "festival": self.tr("Festival"),
            "team": self.tr("Our own"),
        }.get(row.kind, row.kind)


class KeyDateDialog(FormDialog[KeyDateDraft, KeyDate]):
    def __init__(
        self, save: Callable[[KeyDateDraft], KeyDate], key: KeyDate | None, parent: QWidget
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Key date"))
        self.day = date_edit(self)
        self.day.setDate(qdate(key.day) if key else QDate.currentDate())
        self.name_en, self.name_zh = QLineEdit(self), QLineEdit(self)
        self.notes = QLineEdit(self)
        if key is not None:
            self.name_en.setText(key.name_en)
            self.name_zh.setText(key.name_zh)
            self.notes.setText(key.notes)
        self.form.addRow(self.tr("&Day:"), self.day)
        self.form.addRow(self.tr("Name (&English):"), self.name_en)
        self.form.addRow(self.tr("Name (&Chinese):"), self.name_zh)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.field_widgets = {"day": self.day, "name_en": self.name_en, "name_zh": self.name_zh}

    def draft(self) -> KeyDateDraft:
        return KeyDateDraft(
            date_value(self.day),
            self.name_en.text().strip(),
            self.name_zh.text().strip(),
            self.notes.text().strip(),
        )


class KeyDatesDialog(QDialog):
    def __init__(self, editor: Editor, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyDatesDialog")
        self.setWindowTitle(self.tr("Key dates"))
        self.changed = changed
        self.editor = Editor(
            editor.undo_stack, self, self.reload, lambda: editor.workspace, editor.relabel
        )
        self.model = KeyDateModel(self)
        self.section: TableSection[KeyDate] = TableSection(
            self.model,
            Column.NAME,
            lambda: self.tr("Key dates"),
            lambda: self.tr("New key date…"),
            self,
        )
        self.records: RecordActions[Any, Any, Any] = RecordActions(
            self.editor, lambda ws: RecordOps.of(ws.calendar.key_dates), lambda _u: self.reload()
        )
        self.section.add_requested.connect(
            lambda: self.records.add(
                lambda save: KeyDateDialog(save, None, self),
                lambda k: self.tr("New key date “%1”").replace("%1", k.name(language())),
            )
        )
        self.section.edit_requested.connect(self.edit)
        self.section.remove_requested.connect(
            lambda k: self.records.remove(
                k, self.tr("Remove key date “%1”").replace("%1", k.name(language()))
            )
        )
        self.section.current_changed.connect(self._current_changed)
        self.rights = RightsGate(self)
        self.rights.register_all(section_buttons(self.section), EDIT_CAMPAIGNS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.reload()

    def reload(self) -> None:
        ws = self.editor.workspace
        year = date.today().year
        rows = ws.calendar.key_dates.between(date(year, 1, 1), date(year + 1, 12, 31)) if ws else []
        self.section.set_rows(rows)
        self.changed()

    def edit(self, key: KeyDate) -> None:
        if key.builtin:
            return  # built-in dates are the same for every team
        self.records.edit(
            key,
            lambda save: KeyDateDialog(save, key, self),
            lambda k: self.tr("Edit key date “%1”").replace("%1", k.name(language())),
        )

    def _current_changed(self, key: KeyDate | None) -> None:
        own = key is not None and not key.builtin
        self.section.edit_button.setEnabled(own)
        self.section.remove_button.setEnabled(own)
