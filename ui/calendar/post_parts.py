"""Parts of the post editor: the target accounts with their own texts and live counters
against each platform's rules, the production steps, and the asset files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts.types import AccountInfo
from app.calendar.rules import check_text
from app.calendar.types import (
    AssetDraft,
    AssetInfo,
    PlatformRule,
    StepDraft,
    StepInfo,
    TargetDraft,
    TargetInfo,
)
from app.team.types import MemberInfo
from ui.calendar.labels import warning_label
from ui.formats import platform_text
from ui.widgets.panel import Panel

NO_DATE = QDate(2000, 1, 1)  # the date boxes' "none" (shown as a dash)


def counter_text(
    code: str, rule: PlatformRule | None, text: str, title: str, images: int
) -> tuple[str, bool]:
    """What the counter under a text says, and whether it breaks the platform's rules
    (the core's check, so the editor and the calendar's warnings agree)."""
    parts = [f"{len(text)}/{rule.max_length}" if rule and rule.max_length else str(len(text))]
    if rule is not None and rule.max_title_length:
        parts.append(f"T {len(title)}/{rule.max_title_length}")
    if rule is not None and rule.max_images:
        parts.append(f"▣ {images}/{rule.max_images}")
    problems = check_text(code, title, text, images)
    parts.extend(warning_label(w.code) for w in problems)
    return "  ·  ".join(parts), bool(problems)


class TargetsPanel(Panel):
    """Which accounts the post goes out on; the selected one's own text and link."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[AccountInfo] = []
        self.rules: dict[str, PlatformRule] = {}
        self.existing: dict[str, TargetInfo] = {}
        self.texts: dict[str, str] = {}
        self.urls: dict[str, str] = {}
        self.body, self.title = "", ""
        self.images = 0
        self.list = QListWidget(self)
        self.list.itemChanged.connect(lambda _i: self._refresh())
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.own_label = QLabel(self)
        self.own_text = QPlainTextEdit(self)
        self.own_text.textChanged.connect(self._own_changed)
        self.url_label = QLabel(self)
        self.url = QLineEdit(self)
        self.url.textEdited.connect(self._url_changed)
        self.counters = QLabel(self)
        self.counters.setObjectName("targetCounters")
        self.counters.setWordWrap(True)
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.addWidget(self.own_label)
        right.addWidget(self.own_text, 1)
        right.addWidget(self.url_label)
        right.addWidget(self.url)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.counters)
        self.retranslate()

    def retranslate(self) -> None:
        self.own_label.setText(self.tr("Own text for this account (empty: the post's text):"))
        self.url_label.setText(self.tr("Published link:"))
        self._refresh()

    def set_targets(
        self,
        accounts: Sequence[AccountInfo],
        rules: dict[str, PlatformRule],
        targets: Sequence[TargetInfo],
    ) -> None:
        self.accounts, self.rules = list(accounts), dict(rules)
        self.existing = {t.account_uuid: t for t in targets}
        self.texts = {t.account_uuid: t.text for t in targets}
        self.urls = {t.account_uuid: t.published_url for t in targets}
        self.list.blockSignals(True)
        self.list.clear()
        for account in self.accounts:
            name = platform_text(account.platform_en, account.platform_zh)
            item = QListWidgetItem(f"{name}  {account.handle}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, account.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = account.uuid in self.existing
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self._refresh()

    def set_post_text(self, title: str, body: str, images: int) -> None:
        self.title, self.body, self.images = title, body, images
        self._refresh()

    def check(self, account_uuid: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == account_uuid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[AccountInfo]:
        chosen = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [a for a in self.accounts if a.uuid in chosen]

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _show_current(self) -> None:
        uuid = self._current()
        self.own_text.blockSignals(True)
        self.own_text.setPlainText(self.texts.get(uuid or "", ""))
        self.own_text.blockSignals(False)
        self.url.setText(self.urls.get(uuid or "", ""))
        for w in (self.own_text, self.url):
            w.setEnabled(uuid is not None)

    def _own_changed(self) -> None:
        uuid = self._current()
        if uuid is not None:
            self.texts[uuid] = self.own_text.toPlainText()
            self._refresh()

    def _url_changed(self, text: str) -> None:
        uuid = self._current()
        if uuid is not None:
            self.urls[uuid] = text.strip()

    def _refresh(self) -> None:
        lines = []
        for account in self.checked():
            text = self.texts.get(account.uuid) or self.body
            code = account.platform_code
            counted, over = counter_text(code, self.rules.get(code), text, self.title, self.images)
            style = ' style="color:#c92a2a; font-weight:bold"' if over else ""
            lines.append(f"<span{style}>{account.handle}: {counted}</span>")
        self.counters.setText("<br/>".join(lines) if lines else self.tr("No account chosen yet."))
        self.changed.emit()

    def over_limit(self) -> list[str]:
        """Handles of the accounts whose text is over their platform's limits."""
        return [
            a.handle
            for a in self.checked()
            if counter_text(
                a.platform_code,
                self.rules.get(a.platform_code),
                self.texts.get(a.uuid) or self.body,
                self.title,
                self.images,
            )[1]
        ]

    def drafts(self) -> tuple[TargetDraft, ...]:
        out = []
        for account in self.checked():
            old = self.existing.get(account.uuid)
            out.append(
                TargetDraft(
                    account.uuid,
                    self.texts.get(account.uuid, ""),
                    old.scheduled_at if old else None,
                    old.status if old else "pending",
                    self.urls.get(account.uuid, ""),
                    old.published_at if old else None,
                    old.uuid if old else None,
                )
            )
        return tuple(out)


class StepsPanel(Panel):
    """Production steps: name (from the team's list, or typed), assignee, due day, done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[MemberInfo] = []
        self.step_names: tuple[str, ...] = ()
        self.uuids: list[str | None] = []
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_step(StepDraft(self._next_name())))
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Assignee"), self.tr("Due"), self.tr("Done")]
        )
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))

    def set_steps(
        self, steps: Sequence[StepInfo], members: Sequence[MemberInfo], names: Sequence[str]
    ) -> None:
        self.members, self.step_names = list(members), tuple(names)
        self.table.setRowCount(0)
        self.uuids = []
        for step in steps:
            self.add_step(step.draft(), late=step.late)

    def _next_name(self) -> str:
        used = {self.step_draft(r).name for r in range(self.table.rowCount())}
        return next((n for n in self.step_names if n not in used), "")

    def add_step(self, step: StepDraft, late: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.uuids.append(step.uuid)
        name = QComboBox(self.table)
        name.setEditable(True)
        name.addItems(list(self.step_names))
        name.setCurrentText(step.name)
        who = QComboBox(self.table)
        who.addItem("—", None)
        for m in self.members:
            who.addItem(m.name, m.uuid)
        who.setCurrentIndex(max(0, who.findData(step.assignee_uuid)))
        due = QDateEdit(self.table)
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setMinimumDate(NO_DATE)
        due.setSpecialValueText("—")
        due.setDate(QDate(step.due.year, step.due.month, step.due.day) if step.due else NO_DATE)
        if late:
            due.setStyleSheet("color: #c92a2a;")
            due.setToolTip(self.tr("Late"))
        done = QCheckBox(self.table)
        done.setChecked(step.done)
        for column, widget in enumerate((name, who, due, done)):
            self.table.setCellWidget(row, column, widget)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self.uuids[row]

    def step_draft(self, row: int) -> StepDraft:
        name, who, due, done = (self.table.cellWidget(row, c) for c in range(4))
        assert isinstance(name, QComboBox) and isinstance(who, QComboBox)
        assert isinstance(due, QDateEdit) and isinstance(done, QCheckBox)
        day = due.date()
        when = None if day == NO_DATE else date(day.year(), day.month(), day.day())
        return StepDraft(
            name.currentText().strip(), who.currentData(), when, done.isChecked(), self.uuids[row]
        )

    def drafts(self) -> tuple[StepDraft, ...]:
        return tuple(self.step_draft(r) for r in range(self.table.rowCount()))


class AssetsPanel(Panel):
    """The post's files: thumbnails for images, a flag on files that are missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AssetDraft] = []
        self.missing: set[str] = set()
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setGridSize(QSize(150, 140))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.copy = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy.setText(self.tr("Copy into the app's media folder"))
        self.add_button.setText(self.tr("Add files…"))
        self.remove_button.setText(self.tr("Remove file"))
        self._fill()

    def set_assets(self, assets: Sequence[AssetInfo]) -> None:
        self.items = [a.draft() for a in assets]
        self.missing = {a.path for a in assets if not a.exists}
        self._fill()

    def add_paths(self, paths: Sequence[str]) -> None:
        copy = self.copy.isChecked()
        self.items.extend(AssetDraft(p, copy) for p in paths)
        self._fill()

    def _choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self, self.tr("Add files to the post"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.add_paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.items[row]
            self._fill()

    def _fill(self) -> None:
        self.list.clear()
        style = self.style()
        for asset in self.items:
            path = Path(asset.path)
            missing = asset.path in self.missing or not path.exists()
            text = path.name + ("\n" + self.tr("(missing)") if missing else "")
            item = QListWidgetItem(text, self.list)
            item.setToolTip(asset.path)
            pixmap = QPixmap() if missing else QPixmap(str(path))
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio)))
            elif missing:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setForeground(Qt.GlobalColor.red)
            else:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def drafts(self) -> tuple[AssetDraft, ...]:
        return tuple(self.items)
