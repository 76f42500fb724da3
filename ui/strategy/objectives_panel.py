"""Objectives section: the plan's measurable targets (KPI, scope, target, unit, period)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.strategy.types import ObjectiveDraft, ObjectiveInfo, PlanInfo
from ui.strategy.labels import metric_label
from ui.strategy.objective_dialog import ObjectiveDialog
from ui.strategy.objective_model import ObjectiveColumn, ObjectiveTableModel
from ui.strategy.record_ops import objective_ops
from ui.widgets.editing import Editor
from ui.widgets.panel import Panel
from ui.widgets.records import RecordActions
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:  # annotations only
    from app.strategy.view_types import PlanView


def objective_name(o: ObjectiveInfo) -> str:
    return metric_label(o.metric, o.custom_name)


class ObjectivesPanel(Panel):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan: PlanInfo | None = None
        self.model = ObjectiveTableModel(self)
        self.section = TableSection(
            self.model,
            ObjectiveColumn.NOTES,
            lambda: self.tr("Objectives"),
            lambda: self.tr("Add objective…"),
            self,
        )
        self.section.add_requested.connect(self.add_objective)
        self.section.edit_requested.connect(self.edit_objective)
        self.section.remove_requested.connect(self.remove_objective)
        QVBoxLayout(self).addWidget(self.section)
        self.retranslate()

    def show_plan(self, view: PlanView | None) -> None:
        """Show the objectives read with the plan (None: no plan, or no database)."""
        self.plan = view.plan if view else None
        self.section.set_rows(list(view.objectives) if view else [])
        self.section.set_can_add(view is not None)
        self._update_hint()

    def _update_hint(self) -> None:
        empty = self.plan is not None and self.model.rowCount() == 0
        self.section.hint.setVisible(empty)
        self.section.hint.setText(
            self.tr(
                "No objectives yet. Name the KPIs this plan is measured by — follower "
                "growth, reads, shares, conversion rate… — with a target each. The KPI "
                "tab and appraisals use them."
            )
        )

    def _dialog(
        self, initial: ObjectiveDraft | None
    ) -> Callable[[Callable[[ObjectiveDraft], ObjectiveInfo]], ObjectiveDialog]:
        ws, plan = self.editor.workspace, self.plan
        assert ws is not None and plan is not None
        platforms, accounts = ws.accounts.list_platforms(), ws.accounts.list_accounts()
        return lambda save: ObjectiveDialog(save, plan, platforms, accounts, initial, self)

    def add_objective(self) -> None:
        if self.editor.workspace is None or self.plan is None:
            return
        RecordActions(self.editor, objective_ops(self.plan.uuid)).add(
            self._dialog(None),
            lambda o: self.tr("Add objective %1").replace("%1", objective_name(o)),
        )

    def edit_objective(self, before: ObjectiveInfo) -> None:
        if self.editor.workspace is None or self.plan is None:
            return
        RecordActions(self.editor, objective_ops(self.plan.uuid)).edit(
            before,
            self._dialog(before.draft()),
            lambda o: self.tr("Edit objective %1").replace("%1", objective_name(o)),
        )

    def remove_objective(self, info: ObjectiveInfo) -> None:
        RecordActions(self.editor, objective_ops(info.plan_uuid)).remove(
            info, self.tr("Remove objective %1").replace("%1", objective_name(info))
        )

    def retranslate(self) -> None:
        self._update_hint()
