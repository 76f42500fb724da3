"""Saved replies: a name and the reply in Chinese and English, with placeholders such
as {author} filled in for each message. Adding, editing and removing one can be undone."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.inbox.types import (
    PLACEHOLDERS,
    RemovedReplyTemplate,
    ReplyTemplate,
    ReplyTemplateDraft,
)
from ui.inbox.record_list import Form, RecordListDialog
from ui.row_model import RowTableModel
from ui.widgets.form_dialog import FormDialog
from ui.widgets.records import RecordOps

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


def saved_reply_ops(
    ws: Workspace,
) -> RecordOps[ReplyTemplate, ReplyTemplateDraft, RemovedReplyTemplate]:
    return RecordOps.of(ws.inbox.saved_replies)


class TemplatesDialog(RecordListDialog[ReplyTemplate]):
    """``changed()`` runs after each change (the reply box offers the saved replies)."""

    def __init__(
        self,
        ws: Workspace,
        read_only: bool,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            ws,
            read_only,
            TemplateModel(),
            Column.CHINESE,
            saved_reply_ops,
            parent,
            undo_stack,
            changed,
        )
        self.model.setParent(self)
        self.setWindowTitle(self.tr("Saved replies"))
        self.resize(820, 420)
        self.retranslate()
        self.reload()

    def section_title(self) -> str:
        names = " ".join("{" + p + "}" for p in PLACEHOLDERS)
        return self.tr("Placeholders: %1").replace("%1", names)

    def add_text(self) -> str:
        return self.tr("&New saved reply…")

    def rows(self, ws: Workspace) -> list[ReplyTemplate]:
        return ws.inbox.list_templates()

    def form(self, initial: ReplyTemplate | None) -> Form:
        return lambda save: TemplateDialog(save, initial, self)

    def undo_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("New saved reply “%1”"),
            self.tr("Edit saved reply “%1”"),
            self.tr("Remove saved reply “%1”"),
        )
