"""Dialogs for a platform strategy (frequency, style, focus) and a content pillar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from app.accounts.types import AccountInfo, PlatformInfo
from app.strategy.types import (
    FREQUENCY_UNITS,
    PillarDraft,
    PillarInfo,
    PlatformStrategyDraft,
    PlatformStrategyInfo,
)
from ui.formats import platform_text
from ui.strategy.labels import frequency_unit_label
from ui.strategy.platform_models import strategy_name
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import parse_whole


class PlatformStrategyDialog(FormDialog[PlatformStrategyDraft, PlatformStrategyInfo]):
    def __init__(
        self,
        save: Callable[[PlatformStrategyDraft], PlatformStrategyInfo],
        platforms: list[PlatformInfo],
        accounts: list[AccountInfo],
        initial: PlatformStrategyDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(
            self.tr("Edit platform strategy") if initial else self.tr("Add platform strategy")
        )
        self._accounts = accounts
        self.platform = QComboBox(self)
        for p in platforms:
            self.platform.addItem(platform_text(p.name_en, p.name_zh), p.uuid)
        self.account = QComboBox(self)
        self.frequency = QLineEdit(self)
        self.frequency.setPlaceholderText(self.tr("e.g. 5"))
        self.frequency.setMaximumWidth(100)
        self.unit = QComboBox(self)
        for code in FREQUENCY_UNITS:
            self.unit.addItem(frequency_unit_label(code), code)
        frequency = QHBoxLayout()
        frequency.addWidget(self.frequency)
        frequency.addWidget(self.unit)
        frequency.addStretch(1)
        self.interaction = QLineEdit(self)
        self.interaction.setPlaceholderText(self.tr("e.g. reply to comments within 2 hours"))
        self.promotion = QLineEdit(self)
        self.promotion.setPlaceholderText(self.tr("e.g. live-stream sales with creators"))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        self.form.addRow(self.tr("&Platform"), self.platform)
        self.form.addRow(self.tr("A&ccount"), self.account)
        self.add_row(self.tr("Posting &frequency"), frequency, self.frequency)
        self.form.addRow(self.tr("&Interaction style"), self.interaction)
        self.form.addRow(self.tr("Promotion f&ocus"), self.promotion)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.field_widgets = {
            "platform_uuid": self.platform,
            "account_uuid": self.account,
            "frequency_count": self.frequency,
            "frequency_unit": self.unit,
        }
        self.platform.currentIndexChanged.connect(lambda _i: self._fill_accounts())
        if initial is not None:
            self.platform.setCurrentIndex(max(self.platform.findData(initial.platform_uuid), 0))
            self._fill_accounts()
            self.account.setCurrentIndex(max(self.account.findData(initial.account_uuid), 0))
            self.frequency.setText(str(initial.frequency_count))
            self.unit.setCurrentIndex(max(self.unit.findData(initial.frequency_unit), 0))
            self.interaction.setText(initial.interaction_style)
            self.promotion.setText(initial.promotion_focus)
            self.notes.setPlainText(initial.notes)
        else:
            self._fill_accounts()
        self.resize(520, self.sizeHint().height())

    def _fill_accounts(self) -> None:
        platform = self.platform.currentData()
        self.account.clear()
        self.account.addItem(self.tr("All accounts on this platform"), None)
        for a in self._accounts:
            if a.platform_uuid == platform:
                self.account.addItem(a.handle, a.uuid)

    def draft(self) -> PlatformStrategyDraft:
        return PlatformStrategyDraft(
            platform_uuid=str(self.platform.currentData()),
            account_uuid=self.account.currentData(),
            frequency_count=parse_whole(self.frequency.text(), "frequency_count"),
            frequency_unit=str(self.unit.currentData()),
            interaction_style=self.interaction.text(),
            promotion_focus=self.promotion.text(),
            notes=self.notes.toPlainText(),
        )


class PillarDialog(FormDialog[PillarDraft, PillarInfo]):
    def __init__(
        self,
        save: Callable[[PillarDraft], PillarInfo],
        strategies: list[PlatformStrategyInfo],
        initial: PillarDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(
            self.tr("Edit content pillar") if initial else self.tr("Add content pillar")
        )
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. product seeding, brand story"))
        self.share = QLineEdit(self)
        self.share.setMaximumWidth(100)
        self.share.setPlaceholderText(self.tr("e.g. 40"))
        self.applies_to = QComboBox(self)
        self.applies_to.addItem(self.tr("Whole plan"), None)
        for st in strategies:
            self.applies_to.addItem(strategy_name(st), st.uuid)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(80)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Share of posts (%)"), self.share)
        self.form.addRow(self.tr("&Applies to"), self.applies_to)
        self.form.addRow(self.tr("&Description"), self.description)
        self.field_widgets = {
            "name": self.name,
            "share_percent": self.share,
            "platform_strategy_uuid": self.applies_to,
        }
        if initial is not None:
            self.name.setText(initial.name)
            self.share.setText(str(initial.share_percent))
            self.applies_to.setCurrentIndex(
                max(self.applies_to.findData(initial.platform_strategy_uuid), 0)
            )
            self.description.setPlainText(initial.description)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> PillarDraft:
        return PillarDraft(
            name=self.name.text(),
            share_percent=parse_whole(self.share.text().rstrip("%％ "), "share_percent"),
            platform_strategy_uuid=self.applies_to.currentData(),
            description=self.description.toPlainText(),
        )
