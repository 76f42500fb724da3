"""Add or edit a team member, with inline messages for bad input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from app.team.types import MemberDraft, MemberInfo
from app.vocabulary import ROLES
from ui.team.roles import role_label
from ui.widgets.form_dialog import FormDialog


class MemberDialog(FormDialog[MemberDraft, MemberInfo]):
    def __init__(
        self,
        save: Callable[[MemberDraft], MemberInfo],
        initial: MemberDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit team member") if initial else self.tr("Add team member"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 王芳 or Emily Zhang"))
        self.email = QLineEdit(self)
        self.active = QCheckBox(self.tr("Active member of the team"), self)
        self.active.setChecked(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        self.role_boxes: dict[str, QCheckBox] = {}
        roles = QWidget(self)
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(ROLES):
            box = QCheckBox(role_label(code), roles)
            self.role_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Roles"), roles)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.field_widgets = {"name": self.name, "email": self.email, "roles": roles}
        if initial is not None:
            self.name.setText(initial.name)
            self.email.setText(initial.email)
            self.active.setChecked(initial.active)
            self.notes.setPlainText(initial.notes)
            for code in initial.roles:
                self.role_boxes[code].setChecked(True)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name.text(),
            roles=tuple(c for c, box in self.role_boxes.items() if box.isChecked()),
            email=self.email.text(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
        )
