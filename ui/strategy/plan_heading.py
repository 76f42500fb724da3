"""The heading above a plan's sections: its title, one line of facts (level, period,
status, owner, budget, the plan it sits under) and the plan's tool bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from app.strategy.types import PlanInfo
from ui.strategy.labels import level_label, money_text, period_label, status_label


class PlanHeading(QWidget):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.meta.setWordWrap(True)
        # A tool bar folds what does not fit into its extension menu on a narrow window.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in actions:
            self.toolbar.addAction(a)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.meta)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(texts, 1)
        layout.addWidget(self.toolbar, 0, Qt.AlignmentFlag.AlignTop)

    def show_plan(self, plan: PlanInfo | None, above: PlanInfo | None = None) -> None:
        """``above``: the plan it sits under, if any."""
        if plan is None:
            self.title.clear()
            self.meta.clear()
            return
        self.title.setText(plan.title)
        meta = [
            self.tr("%1 plan").replace("%1", level_label(plan.level)),
            period_label(plan.start_date, plan.end_date),
            status_label(plan.status),
        ]
        if plan.owner_name:
            meta.append(self.tr("owner: %1").replace("%1", plan.owner_name))
        if plan.budget_cents:
            meta.append(self.tr("budget %1").replace("%1", money_text(plan.budget_cents)))
        if above is not None:
            meta.append(self.tr("under “%1”").replace("%1", above.title))
        self.meta.setText("  ·  ".join(meta))
