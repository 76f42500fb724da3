"""Add or edit a team member, with inline messages for bad input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.team.types import MemberDraft
from app.validation import InvalidInput
from app.vocabulary import ROLES
from ui.errors import invalid_text
from ui.team.roles import role_label


class MemberDialog(QDialog):
    """Calls ``save(draft)`` on OK; stays open and says what is wrong if it raises."""

    def __init__(
        self,
        save: Callable[[MemberDraft], object],
        initial: MemberDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
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
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Roles"), roles)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow("", self.active)
        form.addRow(self.tr("N&otes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
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

    def try_accept(self) -> None:
        try:
            self._save(self.draft())
        except InvalidInput as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            {"email": self.email}.get(exc.field, self.name).setFocus()
            return
        self.accept()
