"""Beside the calendar: "my work" for the acting member (steps due, reviews waiting,
own posts past due) and plan vs schedule (per account, the strategy's frequency and
pillar mix against what is scheduled this week and month; the gap is what to plan)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.calendar.types import PlanGap, WorkItem
from ui.widgets.panel import Panel

LATE = QColor("#c92a2a")
OVER = QColor("#d9480f")
SHORT = QColor("#1971c2")


class MyWorkList(Panel):
    opened = Signal(str)  # a post UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[WorkItem] = []
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("myWork")
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.member = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.set_items(self.items, self.member)

    def kind_text(self, item: WorkItem) -> str:
        if item.kind == "review":
            return self.tr("Review")
        if item.kind == "step":
            return item.step_name
        return self.tr("Publish")

    def set_items(self, items: Sequence[WorkItem], member: str) -> None:
        self.items, self.member = list(items), member
        self.heading.setText(
            self.tr("My work (%1)").replace("%1", member) if member else self.tr("My work")
        )
        self.list.clear()
        for item in self.items:
            due = item.due.isoformat() if item.due else "—"
            row = QListWidgetItem(f"{due}  {self.kind_text(item)}: {item.post_title}", self.list)
            row.setData(Qt.ItemDataRole.UserRole, item.post_uuid)
            if item.late:
                row.setForeground(LATE)
                row.setToolTip(self.tr("Late"))
        if not self.items:
            empty = QListWidgetItem(self.tr("Nothing waiting for you."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open(self, row: QListWidgetItem) -> None:
        uuid = row.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.opened.emit(str(uuid))


class PlanGapPanel(Panel):
    """Accounts as rows; under each, the week and the month with planned, scheduled,
    gap, and the pillar mix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[PlanGap] = []
        self.heading = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planGap")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Plan vs schedule"))
        self.tree.setHeaderLabels(
            [self.tr("Account / period"), self.tr("Planned"), self.tr("Scheduled"), self.tr("Gap")]
        )
        self.set_gaps(self.gaps)

    def period_text(self, gap: PlanGap) -> str:
        return self.tr("This week") if gap.period == "week" else self.tr("This month")

    def set_gaps(self, gaps: Sequence[PlanGap]) -> None:
        self.gaps = list(gaps)
        self.tree.clear()
        accounts: dict[str, QTreeWidgetItem] = {}
        for gap in self.gaps:
            parent = accounts.get(gap.account_uuid)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [gap.account_handle])
                accounts[gap.account_uuid] = parent
            planned = "—" if gap.planned is None else str(gap.planned)
            if gap.planned is None:
                gap_text = ""
            elif gap.gap > 0:
                gap_text = self.tr("%1 to plan").replace("%1", str(gap.gap))
            elif gap.gap < 0:
                gap_text = self.tr("%1 over").replace("%1", str(-gap.gap))
            else:
                gap_text = self.tr("on plan")
            row = QTreeWidgetItem(
                parent, [self.period_text(gap), planned, str(gap.scheduled), gap_text]
            )
            if gap.planned is not None and gap.gap != 0:
                row.setForeground(3, SHORT if gap.gap > 0 else OVER)
                parent.setForeground(0, SHORT if gap.gap > 0 else OVER)
            for pillar in gap.pillars:
                QTreeWidgetItem(
                    row,
                    [
                        pillar.name,
                        f"{pillar.planned_percent}%",
                        f"{pillar.scheduled} ({pillar.scheduled_percent}%)",
                        "",
                    ],
                )
        self.tree.expandToDepth(0)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if not self.gaps:
            QTreeWidgetItem(self.tree, [self.tr("No strategy frequencies for these accounts.")])
