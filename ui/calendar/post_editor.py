"""The post editor: the post itself, its accounts (own texts, live counters against the
platform rules), production steps, review (workflow, checklist, comments, history) and
files. OK saves the fields through the service; workflow actions and comments take
effect at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts.types import AccountInfo
from app.calendar.types import (
    CalendarSettings,
    ContentTypeInfo,
    PlatformRule,
    PostDetail,
    PostDraft,
)
from app.team.types import MemberInfo
from ui.calendar.labels import language, status_label, warning_text
from ui.calendar.post_parts import AssetsPanel, StepsPanel, TargetsPanel
from ui.calendar.post_review import ReviewPanel
from ui.widgets.form_dialog import FormDialog

Save = Callable[[PostDraft], PostDetail]
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


@dataclass(frozen=True)
class EditorChoices:
    """What the editor's lists offer, read once per opening (on the worker)."""

    content_types: Sequence[ContentTypeInfo] = ()
    members: Sequence[MemberInfo] = ()
    campaigns: Sequence[tuple[str, str]] = ()  # (uuid, name)
    pillars: Sequence[tuple[str, str]] = ()  # (uuid, name)
    accounts: Sequence[AccountInfo] = ()
    rules: dict[str, PlatformRule] = field(default_factory=dict)
    settings: CalendarSettings = field(default_factory=CalendarSettings)


def qdatetime(at: datetime) -> QDateTime:
    local = at.astimezone()
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))


class PostEditor(FormDialog[PostDraft, PostDetail]):
    def __init__(
        self,
        save: Save,
        choices: EditorChoices,
        detail: PostDetail | None = None,
        when: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setObjectName("postEditor")
        self.choices = choices
        self.detail = detail
        self.resize(960, 680)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("postWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #c92a2a;")
        self.pages = QTabWidget(self)

        page = self.post_page = QWidget(self)
        form = QFormLayout(page)
        self.title = QLineEdit(page)
        self.title.textChanged.connect(self._text_changed)
        self.content_type = QComboBox(page)
        for t in choices.content_types:
            self.content_type.addItem(t.name(language()), t.code)
        self.owner = self._combo(page, [(m.uuid, m.name) for m in choices.members])
        self.campaign = self._combo(page, choices.campaigns)
        self.pillar = self._combo(page, choices.pillars)
        self.scheduled = QCheckBox(page)
        self.when = QDateTimeEdit(page)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scheduled.toggled.connect(self.when.setEnabled)
        when_row = QHBoxLayout()
        when_row.addWidget(self.scheduled)
        when_row.addWidget(self.when, 1)
        self.tags = QLineEdit(page)
        self.body = QPlainTextEdit(page)
        self.body.textChanged.connect(self._text_changed)
        self.notes = QPlainTextEdit(page)
        self.notes.setMaximumHeight(70)
        self.labels = [QLabel(page) for _ in range(9)]
        rows: list[QWidget | QHBoxLayout] = [
            self.title,
            self.content_type,
            self.owner,
            self.campaign,
            self.pillar,
            when_row,
            self.tags,
            self.body,
            self.notes,
        ]
        for label, row in zip(self.labels, rows, strict=True):
            # A label's "&" letter focuses its field (a layout's: the date box).
            label.setBuddy(row if isinstance(row, QWidget) else self.when)
            form.addRow(label, row)
        self.targets = TargetsPanel(self)
        self.steps = StepsPanel(self)
        self.review = ReviewPanel(self)
        self.assets = AssetsPanel(self)
        for p in (page, self.targets, self.steps, self.review, self.assets):
            self.pages.addTab(p, "")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.warnings)
        layout.insertWidget(1, self.pages, 1)
        self.field_widgets = {
            "title": self.title,
            "body": self.body,
            "scheduled_at": self.when,
            "targets": self.targets,
            "steps": self.steps,
        }
        self._fill(detail, when)
        self.retranslate()

    @staticmethod
    def _combo(parent: QWidget, items: Sequence[tuple[str, str]]) -> QComboBox:
        box = QComboBox(parent)
        box.addItem("—", None)
        for uuid, name in items:
            box.addItem(name, uuid)
        return box

    def retranslate(self) -> None:
        detail = self.detail
        self.setWindowTitle(
            self.tr("New post")
            if detail is None
            else self.tr("Post: %1 (%2)")
            .replace("%1", detail.title)
            .replace("%2", status_label(detail.status))
        )
        texts = [
            self.tr("&Title:"),
            self.tr("T&ype:"),
            self.tr("&Owner:"),
            self.tr("&Campaign:"),
            self.tr("&Pillar:"),
            self.tr("&When:"),
            self.tr("Ta&gs:"),
            self.tr("Te&xt:"),
            self.tr("&Notes:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.scheduled.setText(self.tr("Scheduled"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        for i, name in enumerate(
            [
                self.tr("Post"),
                self.tr("Accounts"),
                self.tr("Production"),
                self.tr("Review"),
                self.tr("Files"),
            ]
        ):
            self.pages.setTabText(i, name)

    def _fill(self, detail: PostDetail | None, when: datetime | None) -> None:
        c = self.choices
        at = detail.scheduled_at if detail else when
        self.scheduled.setChecked(at is not None)
        self.when.setEnabled(at is not None)
        self.when.setDateTime(qdatetime(at) if at else QDateTime.currentDateTime())
        if detail is None:
            self.content_type.setCurrentIndex(max(0, self.content_type.findData("image_text")))
            self.targets.set_targets(c.accounts, c.rules, ())
            self.steps.set_steps((), c.members, c.settings.step_names)
            self.review.show_post(None, c.settings.checklist)
            self.assets.set_assets(())
            self.warnings.hide()
            return
        self.title.setText(detail.title)
        self.content_type.setCurrentIndex(
            max(0, self.content_type.findData(detail.content_type_code))
        )
        for box, value in (
            (self.owner, detail.owner_uuid),
            (self.campaign, detail.campaign_uuid),
            (self.pillar, detail.pillar_uuid),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.tags.setText(", ".join(detail.tags))
        self.body.setPlainText(detail.body)
        self.notes.setPlainText(detail.notes)
        self.targets.set_targets(c.accounts, c.rules, detail.targets)
        self.steps.set_steps(detail.steps, c.members, c.settings.step_names)
        self.assets.set_assets(detail.assets)
        self._text_changed()  # the counters, now that the files are known
        self.show_detail(detail)

    def show_detail(self, detail: PostDetail) -> None:
        """After a workflow action or comment: the new status, decisions and history
        (the fields being edited stay as typed)."""
        self.detail = detail
        self.review.show_post(detail)
        lines = [warning_text(w) for w in detail.warnings]
        self.warnings.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
        self.warnings.setVisible(bool(lines))
        self.retranslate()

    def _text_changed(self) -> None:
        images = sum(1 for a in self.assets.items if a.path.lower().endswith(IMAGE_SUFFIXES))
        self.targets.set_post_text(self.title.text(), self.body.toPlainText(), images)

    def when_value(self) -> datetime | None:
        if not self.scheduled.isChecked():
            return None
        local: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return local.astimezone()

    def draft(self) -> PostDraft:
        tags = tuple(t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip())
        return PostDraft(
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            content_type_code=str(self.content_type.currentData() or "image_text"),
            owner_uuid=self.owner.currentData(),
            campaign_uuid=self.campaign.currentData(),
            pillar_uuid=self.pillar.currentData(),
            scheduled_at=self.when_value(),
            tags=tags,
            notes=self.notes.toPlainText(),
            targets=self.targets.drafts(),
            steps=self.steps.drafts(),
            checklist=self.review.checklist_drafts(),
            assets=self.assets.drafts(),
        )

    def set_read_only(self, read_only: bool) -> None:
        self.review.read_only = read_only
        for w in (self.post_page, self.targets, self.steps, self.assets):
            w.setEnabled(not read_only)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(not read_only)
        if self.detail is not None:
            self.review.show_post(self.detail)
        self.review.checklist.setEnabled(not read_only)
