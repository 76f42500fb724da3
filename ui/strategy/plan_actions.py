"""What can be done to a plan: new, copy to the next period, archive, delete, export,
rename. Each change goes on the shared undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.strategy.types import LEVELS, ArchivedPlans, PlanInfo, RemovalImpact
from ui.formats import list_text
from ui.strategy.plan_dialog import NewPlanDialog, suggest_period
from ui.strategy.plan_model import PlanTreeModel
from ui.strategy.record_ops import plan_ops
from ui.tasks import TaskRunner
from ui.widgets.editing import Editor
from ui.widgets.records import RecordActions, RecordCommand


class PlanHost(Protocol):
    """What the actions need of the tab that shows the plans (the tab imports this
    module, so this one names no tab)."""

    editor: Editor
    model: PlanTreeModel
    runner: TaskRunner
    read_only: bool

    def selected_plan(self) -> PlanInfo | None: ...

    def reload(self, select_uuid: str | None = None) -> None: ...

    def edit_title(self) -> None: ...


def finer_level(plan: PlanInfo | None) -> str:
    """The level Ctrl+N creates: one below the selected plan (a month: another month)."""
    if plan is None:
        return "year"
    return LEVELS[min(LEVELS.index(plan.level) + 1, len(LEVELS) - 1)]


class ArchiveCommand(RecordCommand):
    """Archive a plan and the plans under it; undo gives each its status back."""

    def __init__(self, text: str, editor: Editor, uuid: str, done: ArchivedPlans) -> None:
        super().__init__(text, editor)
        self.uuid, self.done = uuid, done

    def do(self) -> None:
        ws = self.editor.workspace
        assert ws is not None
        self.done = ws.plans.archive_plan(self.uuid, ws.plans.get_plan(self.uuid).version)

    def undo_change(self) -> None:
        ws = self.editor.workspace
        assert ws is not None
        ws.plans.unarchive_plan(self.done)


class PlanActions(QObject):
    def __init__(self, tab: PlanHost, widget: QWidget) -> None:
        """``widget`` (the tab itself) holds the actions' shortcuts."""
        super().__init__(widget)
        self.tab = tab
        self.widget = widget
        self.plans = RecordActions(tab.editor, plan_ops, lambda uuid: tab.reload(uuid))
        self.today: Callable[[], date] = date.today  # tests pin the day

        def action(slot: Callable[[], object], keys: QKeySequence | None = None) -> QAction:
            a = QAction(widget)
            if keys is not None:
                a.setShortcut(keys)
            a.triggered.connect(lambda _=False: slot())
            widget.addAction(a)
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

    def edit_actions(self) -> list[QAction]:
        """The actions that change plans (all but export)."""
        new = [self.new_action, self.new_year_action, self.new_quarter_action]
        changes = [a for a in self.plan_actions() if a is not self.export_action]
        return [*new, self.new_month_action, *changes]

    def update(self) -> None:
        has_db = self.tab.editor.workspace is not None
        writable = has_db and not self.tab.read_only
        plan = self.tab.selected_plan()
        for a in (self.new_action, self.new_year_action, self.new_quarter_action):
            a.setEnabled(writable)
        self.new_month_action.setEnabled(writable)
        for a in self.plan_actions():
            a.setEnabled(writable and plan is not None)
        self.export_action.setEnabled(has_db and plan is not None)  # reading is fine
        self.archive_action.setEnabled(writable and plan is not None and plan.status != "archived")

    # Actions ------------------------------------------------------------------------
    def new_plan(self, level: str) -> None:
        tab = self.tab
        if tab.editor.workspace is None:
            return
        selected = tab.selected_plan()
        line = [selected, *tab.model.ancestors(selected.uuid)] if selected else []
        rank = LEVELS.index(level)
        parent = next((p for p in line if p and LEVELS.index(p.level) < rank), None)
        siblings = tab.model.children_of(parent.uuid if parent else None)
        period = suggest_period(level, parent, siblings, self.today())
        self.plans.add(
            lambda save: NewPlanDialog(save, level, period, parent, self.widget),
            lambda info: self.tr("New plan %1").replace("%1", info.title),
        )

    def copy_to_next_period(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        copy = tab.editor.attempt(lambda: ws.plans.copy_to_next_period(plan.uuid))
        if copy is not None:
            text = self.tr("Copy %1 to the next period").replace("%1", plan.title)
            self.plans.added(plan_ops(ws), copy, text)

    def archive(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        done = tab.editor.attempt(lambda: ws.plans.archive_plan(plan.uuid, plan.version))
        if done is None:
            return
        text = self.tr("Archive %1").replace("%1", plan.title)
        tab.editor.push(ArchiveCommand(text, tab.editor, plan.uuid, done))
        tab.reload(plan.uuid)

    def delete(self) -> None:
        tab, ws, plan = self.tab, self.tab.editor.workspace, self.tab.selected_plan()
        if ws is None or plan is None:
            return
        impact = tab.editor.attempt(lambda: ws.plans.removal_impact(plan.uuid))
        if impact is None:
            return
        self.plans.remove(
            plan,
            self.tr("Delete %1").replace("%1", plan.title),
            confirm=(self.tr("Delete plan"), self.removal_question(plan, impact)),
        )

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
            parts.append(self.tr("It takes with it: %1.").replace("%1", list_text(goes)))
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

        export_plan(self.widget, ws, plan.uuid, tab.runner)

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
