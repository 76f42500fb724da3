"""The team's keyword rules: which messages (keywords, any or all, account, kind) get
a tag, an assignee, a priority or raise an alert. Applied on import; "Run the rules
again" in the Message menu re-runs them on a selection. Adding, editing and removing a
rule can be undone."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.inbox.types import KINDS, PRIORITIES, RemovedRule, Rule, RuleDraft
from ui.inbox.labels import kind_names, name_of, priority_names
from ui.inbox.record_list import Form, RecordListDialog
from ui.row_model import RowTableModel
from ui.widgets.form_dialog import FormDialog
from ui.widgets.records import RecordOps

if TYPE_CHECKING:
    from app.workspace import Workspace


class Column(IntEnum):
    NAME = 0
    KEYWORDS = 1
    WHERE = 2
    DOES = 3
    ON = 4


class RuleModel(RowTableModel[Rule]):
    columns = Column

    def header(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Rule"),
            Column.KEYWORDS: self.tr("Keywords"),
            Column.WHERE: self.tr("Where"),
            Column.DOES: self.tr("Does"),
            Column.ON: self.tr("On"),
        }[column]

    def display(self, row: Rule, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.KEYWORDS:
            joiner = self.tr(" and ") if row.match_all else self.tr(" or ")
            return joiner.join(row.keywords)
        if column is Column.WHERE:
            return " · ".join(
                [
                    row.account or self.tr("every account"),
                    name_of(kind_names(), row.kind) if row.kind else self.tr("every kind"),
                ]
            )
        if column is Column.DOES:
            does = []
            if row.add_tag:
                does.append(self.tr("tag “%1”").replace("%1", row.add_tag))
            if row.assign_to:
                does.append(self.tr("assign to %1").replace("%1", row.assign_to))
            if row.set_priority is not None:
                does.append(
                    self.tr("priority %1").replace("%1", priority_names()[row.set_priority])
                )
            if row.raise_alert:
                does.append(self.tr("alert"))
            return ", ".join(does)
        return "✓" if row.enabled else ""


class RuleDialog(FormDialog[RuleDraft, Rule]):
    def __init__(
        self,
        ws: Workspace,
        save: Callable[[RuleDraft], Rule],
        initial: Rule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit rule") if initial else self.tr("New rule"))
        self.name = QLineEdit(self)
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("退款, refund, 投诉 (separated by commas)"))
        self.match = QComboBox(self)
        self.match.addItem(self.tr("contains any of them"), False)
        self.match.addItem(self.tr("contains all of them"), True)
        self.account = QComboBox(self)
        self.account.addItem(self.tr("Every account"), None)
        for a in ws.accounts.list_accounts():
            self.account.addItem(a.display_name or a.handle, a.uuid)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Every kind"), None)
        for code in KINDS:
            self.kind.addItem(kind_names()[code], code)
        self.tag = QLineEdit(self)
        self.assignee = QComboBox(self)
        self.assignee.addItem(self.tr("Nobody"), None)
        for m in ws.team.list_members(include_inactive=False):
            self.assignee.addItem(m.name, m.uuid)
        self.priority = QComboBox(self)
        self.priority.addItem(self.tr("Unchanged"), None)
        for p in reversed(PRIORITIES):
            self.priority.addItem(priority_names()[p], p)
        self.alert = QCheckBox(self.tr("Raise an alert"), self)
        self.enabled = QCheckBox(self.tr("Rule is on"), self)
        self.enabled.setChecked(True)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Keywords"), self.keywords)
        self.form.addRow(self.tr("A message"), self.match)
        self.form.addRow(self.tr("&Account"), self.account)
        self.form.addRow(self.tr("K&ind"), self.kind)
        self.form.addRow(self.tr("Add &tag"), self.tag)
        self.form.addRow(self.tr("Assign &to"), self.assignee)
        self.form.addRow(self.tr("Set &priority"), self.priority)
        self.form.addRow("", self.alert)
        self.form.addRow("", self.enabled)
        self.field_widgets = {"name": self.name, "keywords": self.keywords}
        if initial is not None:
            self.name.setText(initial.name)
            self.keywords.setText(", ".join(initial.keywords))
            self.match.setCurrentIndex(1 if initial.match_all else 0)
            for combo, value in (
                (self.account, initial.account_uuid),
                (self.kind, initial.kind),
                (self.assignee, initial.assign_to_uuid),
                (self.priority, initial.set_priority),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.tag.setText(initial.add_tag)
            self.alert.setChecked(initial.raise_alert)
            self.enabled.setChecked(initial.enabled)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> RuleDraft:
        words = self.keywords.text().replace("，", ",").split(",")
        return RuleDraft(
            name=self.name.text(),
            keywords=tuple(w.strip() for w in words if w.strip()),
            match_all=bool(self.match.currentData()),
            account_uuid=self.account.currentData(),
            kind=self.kind.currentData(),
            add_tag=self.tag.text().strip(),
            assign_to_uuid=self.assignee.currentData(),
            set_priority=self.priority.currentData(),
            raise_alert=self.alert.isChecked(),
            enabled=self.enabled.isChecked(),
        )


def rule_ops(ws: Workspace) -> RecordOps[Rule, RuleDraft, RemovedRule]:
    return RecordOps.of(ws.inbox.rules)


class RulesDialog(RecordListDialog[Rule]):
    def __init__(
        self,
        ws: Workspace,
        read_only: bool,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(ws, read_only, RuleModel(), Column.KEYWORDS, rule_ops, parent, undo_stack)
        self.model.setParent(self)
        self.setWindowTitle(self.tr("Inbox rules"))
        self.resize(860, 420)
        self.retranslate()
        self.reload()

    def section_title(self) -> str:
        return self.tr("Rules run on every import, in this order")

    def add_text(self) -> str:
        return self.tr("&New rule…")

    def rows(self, ws: Workspace) -> list[Rule]:
        return ws.inbox.list_rules()

    def form(self, initial: Rule | None) -> Form:
        return lambda save: RuleDialog(self.ws, save, initial, self)

    def undo_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("New rule “%1”"),
            self.tr("Edit rule “%1”"),
            self.tr("Remove rule “%1”"),
        )
