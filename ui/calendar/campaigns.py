"""Campaigns and online activities: a list (name, kind, dates, budget and spend, owner,
posts) with add / edit / remove through the undo stack, and the campaign form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.accounts.types import AccountInfo
from app.calendar.types import CAMPAIGN_KINDS, CampaignDraft, CampaignRow
from app.team.rights import EDIT_CAMPAIGNS
from app.team.types import MemberInfo
from ui.calendar.labels import kind_label
from ui.formats import money_text
from ui.row_model import RowTableModel
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import cents_input_text, date_edit, date_value, parse_cents, qdate
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:
    from app.workspace import Workspace


class Column(IntEnum):
    NAME = 0
    KIND = 1
    DATES = 2
    BUDGET = 3
    SPEND = 4
    OWNER = 5
    POSTS = 6


class CampaignModel(RowTableModel[CampaignRow]):
    columns = Column

    def header(self, column: Any) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
            Column.DATES: self.tr("Dates"),
            Column.BUDGET: self.tr("Budget"),
            Column.SPEND: self.tr("Ad spend"),
            Column.OWNER: self.tr("Owner"),
            Column.POSTS: self.tr("Posts"),
        }[column]

    def display(self, row: CampaignRow, column: Any) -> str:
        return {
            Column.NAME: row.name,
            Column.KIND: kind_label(row.kind),
            Column.DATES: f"{row.start_date.isoformat()} – {row.end_date.isoformat()}",
            Column.BUDGET: money_text(row.budget_cents),
            Column.SPEND: money_text(row.ad_spend_cents),
            Column.OWNER: row.owner_name,
            Column.POSTS: str(row.post_count),
        }[column]

    def sort_key(self, row: CampaignRow, column: Any) -> Any:
        if column == Column.DATES:
            return row.start_date.isoformat()
        if column in (Column.BUDGET, Column.SPEND, Column.POSTS):
            return {Column.BUDGET: row.budget_cents, Column.SPEND: row.ad_spend_cents}.get(
                column, row.post_count
            )
        return self.display(row, column)

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        numeric = (Column.BUDGET, Column.SPEND, Column.POSTS)
        return Qt.AlignmentFlag.AlignRight if column in numeric else None


class CampaignDialog(FormDialog[CampaignDraft, CampaignRow]):
    def __init__(
        self,
        save: Callable[[CampaignDraft], CampaignRow],
        members: Sequence[MemberInfo],
        accounts: Sequence[AccountInfo],
        campaign: CampaignRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setObjectName("campaignDialog")
        self.campaign = campaign
        self.setWindowTitle(self.tr("New campaign") if campaign is None else campaign.name)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in CAMPAIGN_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.start, self.end = date_edit(self), date_edit(self)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        self.budget, self.spend = QLineEdit(self), QLineEdit(self)
        self.owner = QComboBox(self)
        self.owner.addItem("—", None)
        for m in members:
            self.owner.addItem(m.name, m.uuid)
        self.accounts = QListWidget(self)
        self.accounts.setMaximumHeight(110)
        chosen = set(campaign.account_uuids) if campaign else set()
        for a in accounts:
            item = QListWidgetItem(a.handle, self.accounts)
            item.setData(Qt.ItemDataRole.UserRole, a.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = a.uuid in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.goal = QPlainTextEdit(self)
        self.goal.setMaximumHeight(60)
        self.results = QPlainTextEdit(self)
        self.results.setMaximumHeight(80)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Dates:"), dates, self.start)
        self.form.addRow(self.tr("&Budget (¥):"), self.budget)
        self.form.addRow(self.tr("Ad &spend (¥):"), self.spend)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Accounts:"), self.accounts)
        self.form.addRow(self.tr("&Goal:"), self.goal)
        self.form.addRow(self.tr("&Results notes:"), self.results)
        self.field_widgets = {
            "name": self.name,
            "start_date": self.start,
            "end_date": self.end,
            "budget_cents": self.budget,
            "ad_spend_cents": self.spend,
        }
        self.objectives: tuple[str, ...] = ()
        if campaign is not None:
            self.name.setText(campaign.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(campaign.kind)))
            self.start.setDate(qdate(campaign.start_date))
            self.end.setDate(qdate(campaign.end_date))
            self.budget.setText(cents_input_text(campaign.budget_cents))
            self.spend.setText(cents_input_text(campaign.ad_spend_cents))
            self.owner.setCurrentIndex(max(0, self.owner.findData(campaign.owner_uuid)))
            self.goal.setPlainText(campaign.goal)
            self.results.setPlainText(campaign.results_notes)
            self.objectives = campaign.objective_uuids
        self.resize(560, 560)

    def draft(self) -> CampaignDraft:
        accounts = tuple(
            str(self.accounts.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.accounts.count())
            if self.accounts.item(i).checkState() == Qt.CheckState.Checked
        )
        return CampaignDraft(
            name=self.name.text().strip(),
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            kind=str(self.kind.currentData()),
            account_uuids=accounts,
            budget_cents=parse_cents(self.budget.text(), "budget_cents"),
            ad_spend_cents=parse_cents(self.spend.text(), "ad_spend_cents"),
            goal=self.goal.toPlainText().strip(),
            objective_uuids=self.objectives,
            owner_uuid=self.owner.currentData(),
            results_notes=self.results.toPlainText().strip(),
        )


class CampaignsDialog(QDialog):
    """The campaign list; changes go on the window's undo stack and the calendar's
    bands follow."""

    def __init__(
        self,
        editor: Editor,
        members: Sequence[MemberInfo],
        accounts: Sequence[AccountInfo],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsDialog")
        self.setWindowTitle(self.tr("Campaigns and online activities"))
        self.members, self.accounts, self.changed = members, accounts, changed
        # Its own Editor: reloads this list; the calendar reloads through ``changed``.
        self.editor = Editor(
            editor.undo_stack, self, self.reload, lambda: editor.workspace, editor.relabel
        )
        self.model = CampaignModel(self)
        self.section: TableSection[CampaignRow] = TableSection(
            self.model,
            Column.NAME,
            lambda: self.tr("Campaigns"),
            lambda: self.tr("New campaign…"),
            self,
        )
        self.section.set_can_add(editor.workspace is not None)
        self.records: RecordActions[Any, Any, Any] = RecordActions(
            self.editor, lambda ws: RecordOps.of(ws.calendar.campaigns), self._show
        )
        self.section.add_requested.connect(self.add)
        self.section.edit_requested.connect(self.edit)
        self.section.remove_requested.connect(self.remove)
        self.rights = RightsGate(self)
        self.rights.register_all(section_buttons(self.section), EDIT_CAMPAIGNS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.reload()

    def workspace(self) -> Workspace | None:
        return self.editor.workspace

    def reload(self) -> None:
        ws = self.workspace()
        self.section.set_rows(ws.calendar.campaigns.list_campaigns() if ws else [])
        self.changed()

    def _show(self, uuid: str | None) -> None:
        self.reload()
        if uuid:
            self.section.select(uuid)

    def dialog(
        self, campaign: CampaignRow | None
    ) -> Callable[[Callable[[Any], Any]], CampaignDialog]:
        return lambda save: CampaignDialog(save, self.members, self.accounts, campaign, self)

    def add(self) -> None:
        self.records.add(
            self.dialog(None), lambda c: self.tr("New campaign “%1”").replace("%1", c.name)
        )

    def edit(self, campaign: CampaignRow) -> None:
        self.records.edit(
            campaign,
            self.dialog(campaign),
            lambda c: self.tr("Edit campaign “%1”").replace("%1", c.name),
        )

    def remove(self, campaign: CampaignRow) -> None:
        self.records.remove(
            campaign,
            self.tr("Remove campaign “%1”").replace("%1", campaign.name),
            (
                self.tr("Remove campaign"),
                self.tr("Remove “%1”? Its posts stay, without the campaign.").replace(
                    "%1", campaign.name
                ),
            ),
        )
