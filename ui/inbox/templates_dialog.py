"""Saved replies: a name and the reply in Chinese and English, with placeholders such
as {author} filled in for each message."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.inbox.types import PLACEHOLDERS, ReplyTemplate, ReplyTemplateDraft
from ui.errors import show_error
from ui.row_model import RowTableModel
from ui.widgets.form_dialog import FormDialog
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:
    from app.workspace import Workspace


class Column(IntEnum):
    NAME = 0
    CHINESE = 1
    ENGLISH = 2


class TemplateModel(RowTableModel[ReplyTemplate]):
    columns = Column

    def header(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Saved reply"),
            Column.CHINESE: self.tr("Chinese"),
            Column.ENGLISH: self.tr("English"),
        }[column]

    def display(self, row: ReplyTemplate, column: Column) -> str:
        text = {Column.NAME: row.name, Column.CHINESE: row.text_zh, Column.ENGLISH: row.text_en}
        return " ".join(text[column].split())


class TemplateDialog(FormDialog[ReplyTemplateDraft, ReplyTemplate]):
    def __init__(
        self,
        save: Callable[[ReplyTemplateDraft], ReplyTemplate],
        initial: ReplyTemplate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit saved reply") if initial else self.tr("New saved reply"))
        self.name = QLineEdit(self)
        self.text_zh = QPlainTextEdit(self)
        self.text_zh.setPlaceholderText("{author}您好，感谢您的反馈！我们已经转给相关同事处理。")
        self.text_en = QPlainTextEdit(self)
        self.text_en.setPlaceholderText(
            "Hi {author}, thanks for letting us know! We have passed it on to the team."
        )
        self.tags = QLineEdit(self)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Chinese"), self.text_zh)
        self.form.addRow(self.tr("&English"), self.text_en)
        self.form.addRow(self.tr("Suggest for &tags"), self.tags)
        names = " ".join("{" + p + "}" for p in PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", names), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", hint)
        self.field_widgets = {"name": self.name, "text_zh": self.text_zh, "text_en": self.text_en}
        if initial is not None:
            self.name.setText(initial.name)
            self.text_zh.setPlainText(initial.text_zh)
            self.text_en.setPlainText(initial.text_en)
            self.tags.setText(", ".join(initial.tags))
        self.resize(520, 420)

    def draft(self) -> ReplyTemplateDraft:
        tags = self.tags.text().replace("，", ",").split(",")
        return ReplyTemplateDraft(
            name=self.name.text(),
            text_en=self.text_en.toPlainText(),
            text_zh=self.text_zh.toPlainText(),
            tags=tuple(t.strip() for t in tags if t.strip()),
        )


class TemplatesDialog(QDialog):
    def __init__(self, ws: Workspace, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Saved replies"))
        self.model = TemplateModel(self)
        self.section: TableSection[ReplyTemplate] = TableSection(
            self.model,
            Column.CHINESE,
            lambda: self.tr("Placeholders: %1").replace(
                "%1", " ".join("{" + p + "}" for p in PLACEHOLDERS)
            ),
            lambda: self.tr("&New saved reply…"),
            self,
        )
        self.section.add_requested.connect(lambda: self.edit(None))
        self.section.edit_requested.connect(self.edit)
        self.section.remove_requested.connect(self.remove)
        for b in (self.section.add_button, self.section.edit_button, self.section.remove_button):
            b.setVisible(not read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(buttons)
        self.open_dialog: Any = None
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        self.section.set_rows(self.ws.inbox.list_templates())

    def edit(self, template: ReplyTemplate | None) -> None:
        def save(draft: ReplyTemplateDraft) -> ReplyTemplate:
            if template is None:
                return self.ws.inbox.save_template(draft)
            return self.ws.inbox.save_template(draft, template.uuid, template.version)

        dialog = TemplateDialog(save, template, self)
        dialog.finished.connect(lambda _c: self.reload())
        self.open_dialog = dialog
        dialog.open()

    def remove(self, template: ReplyTemplate) -> None:
        try:
            self.ws.inbox.remove_template(template.uuid)
        except DatabaseProblem as exc:
            show_error(self, exc)
        self.reload()
