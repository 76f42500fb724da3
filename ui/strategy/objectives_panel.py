"""Objectives section: the plan's measurable targets (KPI, scope, target, unit, period)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.strategy.types import ObjectiveDraft, ObjectiveInfo, PlanInfo
from ui.strategy.editing import Editor
from ui.strategy.labels import metric_label
from ui.strategy.objective_dialog import ObjectiveDialog
from ui.strategy.objective_model import ObjectiveColumn, ObjectiveTableModel
from ui.strategy.table_section import TableSection


class ObjectivesPanel(QWidget):
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

    def set_plan(self, plan: PlanInfo | None) -> None:
        ws = self.editor.workspace
        self.plan = plan
        rows = ws.objectives.list_objectives(plan.uuid) if ws and plan else []
        self.section.set_rows(rows)
        self.section.set_enabled_for_plan(ws is not None and plan is not None)
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

    def add_objective(self) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.objectives
        dialog = ObjectiveDialog(
            lambda d: svc.add_objective(plan.uuid, d),
            plan,
            ws.accounts.list_platforms(),
            ws.accounts.list_accounts(),
            parent=self,
        )
        info: ObjectiveInfo | None = self.editor.run(dialog)
        if info is None:
            return
        self.editor.added(
            self.tr("Add objective %1").replace("%1", metric_label(info.metric, info.custom_name)),
            lambda: svc.remove_objective(info.uuid),
            svc.restore_objective,
        )
        self.editor.reload()

    def edit_objective(self, before: ObjectiveInfo) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.objectives
        dialog = ObjectiveDialog(
            lambda d: svc.update_objective(before.uuid, before.version, d),
            plan,
            ws.accounts.list_platforms(),
            ws.accounts.list_accounts(),
            before.draft(),
            self,
        )
        after: ObjectiveInfo | None = self.editor.run(dialog)
        if after is None:
            return

        def put(d: ObjectiveDraft) -> None:
            current = next(o for o in svc.list_objectives(plan.uuid) if o.uuid == before.uuid)
            svc.update_objective(before.uuid, current.version, d)

        text = self.tr("Edit objective %1").replace(
            "%1", metric_label(after.metric, after.custom_name)
        )
        self.editor.edited(text, put, before.draft(), after.draft())
        self.editor.reload()

    def remove_objective(self, info: ObjectiveInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.objectives
        removed: list[ObjectiveInfo] = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_objective(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove objective %1").replace(
                "%1", metric_label(info.metric, info.custom_name)
            ),
            removed[0],
            lambda: svc.remove_objective(info.uuid),
            svc.restore_objective,
        )
        self.editor.reload()

    def retranslate(self) -> None:
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
