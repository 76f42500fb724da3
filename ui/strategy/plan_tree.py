"""The plan tree view: columns, remembered expansion across reloads, selection by uuid."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from app.strategy.types import PlanInfo
from ui.strategy.plan_model import PlanColumn, PlanFilterProxy, PlanTreeModel


class PlanTreeView(QTreeView):
    def __init__(
        self, model: PlanTreeModel, proxy: PlanFilterProxy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan_model, self.proxy = model, proxy
        self._known_uuids: set[str] = set()
        self._loaded_once = False
        self.setModel(proxy)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlanColumn.PERIOD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)

    def forget(self) -> None:
        """Another database: open the whole tree on the next load."""
        self._loaded_once = False

    def set_plans(self, plans: list[PlanInfo]) -> None:
        """Show ``plans``; branches stay as the user left them, new plans open up (so a
        new child is visible), and everything opens on the first load."""
        expanded = self.expanded_uuids()
        self.plan_model.set_plans(plans)
        if not self._loaded_once:
            self.expandAll()
            self._loaded_once = bool(plans)
        else:
            self.expand_uuids(expanded, open_new=True)
        self._known_uuids = {p.uuid for p in plans}

    def expanded_uuids(self) -> set[str]:
        out = set()
        for plan in self.plan_model.plans():
            index = self.proxy.mapFromSource(self.plan_model.index_of(plan.uuid))
            if index.isValid() and self.isExpanded(index):
                out.add(plan.uuid)
        return out

    def expand_uuids(self, uuids: set[str], *, open_new: bool = False) -> None:
        for plan in self.plan_model.plans():
            index = self.proxy.mapFromSource(self.plan_model.index_of(plan.uuid))
            if index.isValid():
                new = open_new and plan.uuid not in self._known_uuids
                self.setExpanded(index, plan.uuid in uuids or new)

    def select_uuid(self, uuid: str) -> bool:
        """Make ``uuid`` current; False when the filter hides it."""
        index = self.proxy.mapFromSource(self.plan_model.index_of(uuid))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def selected_plan(self) -> PlanInfo | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.plan_model.plan(self.proxy.mapToSource(index.siblingAtColumn(0)))
