"""Platforms & pillars section: per-platform operating strategy and content pillars."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.strategy.types import (
    PillarDraft,
    PillarInfo,
    PlanInfo,
    PlatformStrategyDraft,
    PlatformStrategyInfo,
)
from ui.strategy.platform_dialogs import PillarDialog, PlatformStrategyDialog
from ui.strategy.platform_models import (
    PillarColumn,
    PillarTableModel,
    StrategyColumn,
    StrategyTableModel,
    strategy_name,
)
from ui.strategy.record_ops import pillar_ops, strategy_ops
from ui.widgets.editing import Editor
from ui.widgets.panel import Panel
from ui.widgets.records import RecordActions
from ui.widgets.table_section import TableSection

# Makes the dialog for a save function (the kit's add or edit).
StrategyForm = Callable[
    [Callable[[PlatformStrategyDraft], PlatformStrategyInfo]], PlatformStrategyDialog
]

if TYPE_CHECKING:  # annotations only
    from app.strategy.view_types import PlanView


class PlatformsPanel(Panel):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan: PlanInfo | None = None
        self.inherited_from: PlanInfo | None = None
        self.strategy_model = StrategyTableModel(self)
        self.pillar_model = PillarTableModel(self)
        self.strategies = TableSection(
            self.strategy_model,
            StrategyColumn.PROMOTION,
            lambda: self.tr("Platform strategies"),
            lambda: self.tr("Add platform…"),
            self,
        )
        self.pillars = TableSection(
            self.pillar_model,
            PillarColumn.DESCRIPTION,
            lambda: self.tr("Content pillars"),
            lambda: self.tr("Add pillar…"),
            self,
        )
        self.strategies.add_requested.connect(self.add_strategy)
        self.strategies.edit_requested.connect(self.edit_strategy)
        self.strategies.remove_requested.connect(self.remove_strategy)
        self.pillars.add_requested.connect(self.add_pillar)
        self.pillars.edit_requested.connect(self.edit_pillar)
        self.pillars.remove_requested.connect(self.remove_pillar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.strategies)
        splitter.addWidget(self.pillars)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def show_plan(self, view: PlanView | None) -> None:
        """Show the plan's own strategies and pillars; when it has no strategies, the
        core has said whose it follows (``inherited_from``)."""
        self.plan = view.plan if view else None
        self.inherited_from = view.inherited_from if view else None
        strategies = list(view.strategies) if view else []
        pillars = list(view.pillars) if view else []
        self.strategies.set_rows(strategies)
        self.pillars.refill(lambda: self.pillar_model.set_pillars(pillars, strategies))
        for section in (self.strategies, self.pillars):
            section.set_can_add(view is not None)
        self._update_hints()

    def _update_hints(self) -> None:
        if self.strategy_model.rowCount() == 0 and self.plan is not None:
            if self.inherited_from is not None:
                text = self.tr(
                    "This plan has no platform strategies of its own, so its posts are "
                    "planned from “%1”. Add one here to plan this period differently."
                ).replace("%1", self.inherited_from.title)
            else:
                text = self.tr(
                    "No platform strategies yet. Add one per platform (or account) with "
                    "its posting frequency, interaction style and promotion focus."
                )
            self.strategies.hint.setText(text)
            self.strategies.hint.show()
        else:
            self.strategies.hint.hide()
        pillars = self.pillar_model.rows()
        if self.plan is not None:
            plan_wide = sum(p.share_percent for p in pillars if p.platform_strategy_uuid is None)
            self.pillars.hint.setText(
                self.tr(
                    "Plan-wide pillars take %1% of posts (%2% unassigned). A pillar for "
                    "one platform shares that platform's posts instead."
                )
                .replace("%1", str(plan_wide))
                .replace("%2", str(max(100 - plan_wide, 0)))
                if pillars
                else self.tr(
                    "No content pillars yet: add the themes posts should cover and the "
                    "share of posts each should take."
                )
            )
            self.pillars.hint.show()
        else:
            self.pillars.hint.hide()

    # Platform strategies -----------------------------------------------------------
    def _strategy_dialog(
        self, initial: PlatformStrategyDraft | None
    ) -> Callable[
        [Callable[[PlatformStrategyDraft], PlatformStrategyInfo]], PlatformStrategyDialog
    ]:
        ws = self.editor.workspace
        assert ws is not None
        platforms, accounts = ws.accounts.list_platforms(), ws.accounts.list_accounts()
        return lambda save: PlatformStrategyDialog(save, platforms, accounts, initial, self)

    def add_strategy(self) -> None:
        if self.plan is None or self.editor.workspace is None:
            return
        RecordActions(self.editor, strategy_ops(self.plan.uuid)).add(
            self._strategy_dialog(None),
            lambda st: self.tr("Add %1 strategy").replace("%1", strategy_name(st)),
        )

    def edit_strategy(self, before: PlatformStrategyInfo) -> None:
        if self.plan is None or self.editor.workspace is None:
            return
        RecordActions(self.editor, strategy_ops(self.plan.uuid)).edit(
            before,
            self._strategy_dialog(before.draft()),
            lambda st: self.tr("Edit %1 strategy").replace("%1", strategy_name(st)),
        )

    def remove_strategy(self, info: PlatformStrategyInfo) -> None:
        RecordActions(self.editor, strategy_ops(info.plan_uuid)).remove(
            info, self.tr("Remove %1 strategy").replace("%1", strategy_name(info))
        )

    # Pillars ------------------------------------------------------------------------
    def _pillar_dialog(
        self, initial: PillarDraft | None
    ) -> Callable[[Callable[[PillarDraft], PillarInfo]], PillarDialog]:
        strategies = self.strategy_model.rows()
        return lambda save: PillarDialog(save, strategies, initial, self)

    def add_pillar(self) -> None:
        if self.plan is None:
            return
        RecordActions(self.editor, pillar_ops(self.plan.uuid)).add(
            self._pillar_dialog(None), lambda p: self.tr("Add pillar %1").replace("%1", p.name)
        )

    def edit_pillar(self, before: PillarInfo) -> None:
        RecordActions(self.editor, pillar_ops(before.plan_uuid)).edit(
            before,
            self._pillar_dialog(before.draft()),
            lambda p: self.tr("Edit pillar %1").replace("%1", p.name),
        )

    def remove_pillar(self, info: PillarInfo) -> None:
        RecordActions(self.editor, pillar_ops(info.plan_uuid)).remove(
            info, self.tr("Remove pillar %1").replace("%1", info.name)
        )

    # Language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_hints()
