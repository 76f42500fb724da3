"""Platforms & pillars section: per-platform operating strategy and content pillars."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.strategy.types import (
    PillarDraft,
    PillarInfo,
    PlanInfo,
    PlatformStrategyDraft,
    PlatformStrategyInfo,
)
from ui.strategy.editing import Editor
from ui.strategy.platform_dialogs import PillarDialog, PlatformStrategyDialog
from ui.strategy.platform_models import (
    PillarColumn,
    PillarTableModel,
    StrategyColumn,
    StrategyTableModel,
    strategy_name,
)
from ui.strategy.table_section import TableSection


class PlatformsPanel(QWidget):
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

    def set_plan(self, plan: PlanInfo | None, ancestors: list[PlanInfo]) -> None:
        """Show ``plan``'s strategies; ``ancestors`` (nearest first) say whose it follows
        when it has none of its own."""
        ws = self.editor.workspace
        self.plan = plan
        self.inherited_from = None
        strategies: list[PlatformStrategyInfo] = []
        pillars: list[PillarInfo] = []
        if ws is not None and plan is not None:
            strategies = ws.platform_strategies.list_strategies(plan.uuid)
            pillars = ws.platform_strategies.list_pillars(plan.uuid)
            if not strategies:
                self.inherited_from = next(
                    (a for a in ancestors if ws.platform_strategies.list_strategies(a.uuid)),
                    None,
                )
        names = {st.uuid: strategy_name(st) for st in strategies}
        self.strategies.set_rows(strategies)
        self.pillars.refill(lambda: self.pillar_model.set_pillars(pillars, names))
        for section in (self.strategies, self.pillars):
            section.set_enabled_for_plan(plan is not None and ws is not None)
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
    def add_strategy(self) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.platform_strategies
        dialog = PlatformStrategyDialog(
            lambda d: svc.add_strategy(plan.uuid, d),
            ws.accounts.list_platforms(),
            ws.accounts.list_accounts(),
            parent=self,
        )
        info: PlatformStrategyInfo | None = self.editor.run(dialog)
        if info is None:
            return
        self.editor.added(
            self.tr("Add %1 strategy").replace("%1", strategy_name(info)),
            lambda: svc.remove_strategy(info.uuid),
            svc.restore_strategy,
        )
        self.editor.reload()

    def edit_strategy(self, before: PlatformStrategyInfo) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.platform_strategies
        dialog = PlatformStrategyDialog(
            lambda d: svc.update_strategy(before.uuid, before.version, d),
            ws.accounts.list_platforms(),
            ws.accounts.list_accounts(),
            before.draft(),
            self,
        )
        after: PlatformStrategyInfo | None = self.editor.run(dialog)
        if after is None:
            return

        def put(d: PlatformStrategyDraft) -> None:
            current = next(s for s in svc.list_strategies(plan.uuid) if s.uuid == before.uuid)
            svc.update_strategy(before.uuid, current.version, d)

        text = self.tr("Edit %1 strategy").replace("%1", strategy_name(after))
        self.editor.edited(text, put, before.draft(), after.draft())
        self.editor.reload()

    def remove_strategy(self, info: PlatformStrategyInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.platform_strategies
        removed = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_strategy(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove %1 strategy").replace("%1", strategy_name(info)),
            removed[0],
            lambda: svc.remove_strategy(info.uuid),
            svc.restore_strategy,
        )
        self.editor.reload()

    # Pillars ------------------------------------------------------------------------
    def add_pillar(self) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.platform_strategies
        dialog = PillarDialog(
            lambda d: svc.add_pillar(plan.uuid, d), self.strategy_model.rows(), parent=self
        )
        info: PillarInfo | None = self.editor.run(dialog)
        if info is None:
            return
        self.editor.added(
            self.tr("Add pillar %1").replace("%1", info.name),
            lambda: svc.remove_pillar(info.uuid),
            svc.restore_pillar,
        )
        self.editor.reload()

    def edit_pillar(self, before: PillarInfo) -> None:
        ws, plan = self.editor.workspace, self.plan
        if ws is None or plan is None:
            return
        svc = ws.platform_strategies
        dialog = PillarDialog(
            lambda d: svc.update_pillar(before.uuid, before.version, d),
            self.strategy_model.rows(),
            before.draft(),
            self,
        )
        after: PillarInfo | None = self.editor.run(dialog)
        if after is None:
            return

        def put(d: PillarDraft) -> None:
            current = next(p for p in svc.list_pillars(plan.uuid) if p.uuid == before.uuid)
            svc.update_pillar(before.uuid, current.version, d)

        text = self.tr("Edit pillar %1").replace("%1", after.name)
        self.editor.edited(text, put, before.draft(), after.draft())
        self.editor.reload()

    def remove_pillar(self, info: PillarInfo) -> None:
        ws = self.editor.workspace
        if ws is None:
            return
        svc = ws.platform_strategies
        removed = []
        if not self.editor.attempt(lambda: removed.append(svc.remove_pillar(info.uuid))):
            return
        self.editor.removed(
            self.tr("Remove pillar %1").replace("%1", info.name),
            removed[0],
            lambda: svc.remove_pillar(info.uuid),
            svc.restore_pillar,
        )
        self.editor.reload()

    # Language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_hints()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
