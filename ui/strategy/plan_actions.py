"""What can be done to a plan: new, copy to the next period, archive, delete, export,
rename. Each change goes on the shared undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.strategy.types import LEVELS, ArchivedPlans, PlanInfo, RemovalImpact, RemovedPlan
from ui.strategy.plan_dialog import NewPlanDialog, suggest_period

if TYPE_CHECKING:
    from ui.strategy.tab import StrategyTab


def finer_level(plan: PlanInfo | None) -> str:
    """The level Ctrl+N creates: one below the selected plan (a month: another month)."""
    if plan is None:
        return "year"
    return LEVELS[min(LEVELS.index(plan.level) + 1, len(LEVELS) - 1)]


class PlanActions(QObject):
    def __init__(self, tab: StrategyTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.today: Callable[[], date] = date.today  # tests pin the day

        def action(slot: Callable[[], object], keys: QKeySequence | None = None) -> QAction:
            a = QAction(tab)
            if keys is not None:
                a.setShortcut(keys)
            a.triggered.connect(lambda _=False: slot())
            tab.addAction(a)
            return a

        self.new_action = action(
            lambda: self.new_plan(finer_level(tab.selected_plan())),
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.new_year_action = action(lambda: self.new_plan("year"))
        self.new_quarter_action = action(lambda: self.new_plan("quarter"))
        self.new_month_action = action(lambda: self.new_plan("month"))
        self.copy_action = action(self.copy_to_next_period)
        self.archive_action = action(self.archive)
        self.delete_action = action(self.delete)
        self.export_action = action(self.export, QKeySequence(QKeySequence.StandardKey.Print))
        self.rename_action = action(self.rename, QKeySequence(Qt.Key.Key_F2))
        self.retranslate()

    def plan_actions(self) -> list[QAction]:
        """The actions that need a selected plan, in menu order."""
        return [
            self.rename_action,
            self.copy_action,
            self.archive_action,
            self.delete_action,
            self.export_action,
        ]

    def update(self) -> None:
        has_db = self.tab.editor.workspace is not None
        plan = self.tab.selected_plan()
        for a in (self.new_action, self.new_year_action, self.new_quarter_action):
            a.setEnabled(has_db)
        self.new_month_action.setEnabled(has_db)
        for a in self.plan_actions():
            a.setEnabled(has_db and plan is not None)
        self.archive_action.setEnabled(has_db and plan is not None and plan.status != "archived")

    # Actions ------------------------------------------------------------------------
    def new_plan(self, level: str) -> None:
        tab, ws = self.tab, self.tab.editor.workspace
        if ws is None:
            return
        selected = tab.selected_plan()
        line = [selected, *tab.model.ancestors(selected.uuid)] if selected else []
        rank = LEVELS.index(level)
        parent = next((p for p in line if p and LEVELS.index(p.level) < rank), None)
        siblings = tab.model.children_of(parent.uuid if parent else None)
        period = suggest_period(level, parent, siblings, self.today())
        dialog = NewPlanDialog(ws.plans.add_plan, level, period, parent, tab)
        info: PlanInfo | None = tab.editor.run(dialog)
        if info is None:
            return
        plans = ws.plans
        tab.editor.added(
            self.tr("New plan %1").replace("%1", info.title),
            lambda: plans.remove_plan(info.uuid),
            plans.restore_plan,
        )
        tab.reload(info.uuid)

    def copy_to_next_period(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        plans = ws.plans
        copies: list[PlanInfo] = []
        if not tab.editor.attempt(lambda: copies.append(plans.copy_to_next_period(plan.uuid))):
            return
        copy = copies[0]
        tab.editor.added(
            self.tr("Copy %1 to the next period").replace("%1", plan.title),
            lambda: plans.remove_plan(copy.uuid),
            plans.restore_plan,
        )
        tab.reload(copy.uuid)

    def archive(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        plans = ws.plans
        done: list[ArchivedPlans] = []
        if not tab.editor.attempt(lambda: done.append(plans.archive_plan(plan.uuid, plan.version))):
            return

        def redo() -> None:
            done[0] = plans.archive_plan(plan.uuid, plans.get_plan(plan.uuid).version)

        tab.editor.push(
            self.tr("Archive %1").replace("%1", plan.title),
            redo,
            lambda: plans.unarchive_plan(done[0]),
        )
        tab.reload(plan.uuid)

    def delete(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        plans = ws.plans
        impact: list[RemovalImpact] = []
        if not tab.editor.attempt(lambda: impact.append(plans.removal_impact(plan.uuid))):
            return
        answer = QMessageBox.question(
            tab, self.tr("Delete plan"), self.removal_question(plan, impact[0])
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed: list[RemovedPlan] = []
        if not tab.editor.attempt(lambda: removed.append(plans.remove_plan(plan.uuid))):
            return
        tab.editor.removed(
            self.tr("Delete %1").replace("%1", plan.title),
            removed[0],
            lambda: plans.remove_plan(plan.uuid),
            plans.restore_plan,
        )
        tab.reload()

    def removal_question(self, plan: PlanInfo, impact: RemovalImpact) -> str:
        parts = [self.tr("Delete the plan “%1”?").replace("%1", plan.title)]
        goes = []
        if impact.sub_plans:
            goes.append(self.tr("%n sub-plan(s)", "", impact.sub_plans))
        if impact.objectives:
            goes.append(self.tr("%n objective(s)", "", impact.objectives))
        if impact.platform_strategies:
            goes.append(self.tr("%n platform strategy(ies)", "", impact.platform_strategies))
        if impact.pillars:
            goes.append(self.tr("%n content pillar(s)", "", impact.pillars))
        if goes:
            parts.append(self.tr("It takes with it: %1.").replace("%1", ", ".join(goes)))
        if impact.research_notes:
            parts.append(
                self.tr(
                    "%n linked research note(s) will stay, unlinked.", "", impact.research_notes
                )
            )
        parts.append(self.tr("You can undo this with Ctrl+Z."))
        return "\n\n".join(parts)

    def export(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        # Imported here: the export module is heavy and not needed for the first paint.
        from ui.strategy.export import export_plan

        export_plan(tab, ws, plan.uuid, tab.runner)

    def rename(self) -> None:
        if self.tab.selected_plan() is not None:
            self.tab.edit_title()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New plan…"))
        self.new_year_action.setText(self.tr("New &year plan…"))
        self.new_quarter_action.setText(self.tr("New &quarter plan…"))
        self.new_month_action.setText(self.tr("New &month plan…"))
        self.copy_action.setText(self.tr("&Copy to next period"))
        self.copy_action.setToolTip(
            self.tr("Copy this plan and its sub-plans, strategies and objectives, as drafts")
        )
        self.archive_action.setText(self.tr("&Archive"))
        self.archive_action.setToolTip(self.tr("Archive this plan and every plan under it"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.export_action.setText(self.tr("&Export / Print…"))
        self.rename_action.setText(self.tr("&Rename"))
