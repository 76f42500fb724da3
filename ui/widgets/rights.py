"""Greying out what the acting member may not do: a courtesy before the core refuses.

A tab (or dialog) makes a ``RightsGate`` and registers its actions and buttons with the
right each needs (``app.team.rights``). The status bar's "Working as" button tells every
gate in the window the acting member's roles (``show_roles_below``); a gate made later
(in a dialog opened afterwards) takes them from the nearest gate above it when it
registers. Without any (a tab built alone in a test, a team with nobody yet) nothing is
greyed. The services still refuse with ``Forbidden``: this only spares the click.

An owner may enable the same control (by selection, read-only mode). Both must agree:
an action goes into a ``QActionGroup`` of the gate's, and Qt enables it only while the
group (the right) and the owner's own ``setEnabled`` both say yes. A widget has nothing
like that: the gate greys it again whenever the owner turns it on while the right is
missing, and gives it the state the owner last asked for once the right returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from app.team.rights import has_right, roles_with

Target = QAction | QWidget


@dataclass
class _Held:
    """What the gate knows of one registered action or widget."""

    target: Target
    right: str
    owner_tip: str = ""  # the tooltip the owner set, shown again once allowed
    our_tip: str = ""  # ours while greyed ("" while allowed)
    held: bool = False  # a widget the gate disabled
    wanted: bool = True  # a widget: enabled as its owner last asked


class RightsGate(QObject):
    """Registers ``(action or widget, right)`` pairs and greys out the ones the acting
    member's roles do not give, with a tooltip saying which right is missing."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.roles: tuple[str, ...] | None = None  # None: nobody to check
        self._held: dict[int, _Held] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._busy = False  # while the gate itself changes a widget's state
        if isinstance(parent, QWidget):  # its language changes: tooltips again
            parent.installEventFilter(self)

    # Registering --------------------------------------------------------------------
    def register(self, target: Target, right: str) -> None:
        roles_with(right)  # an unknown right is a bug: fail here, not on a change
        above = self._gate_above()
        if above is not None:
            self.roles = above.roles
        entry = _Held(target, right)
        key = id(target)
        self._held[key] = entry
        target.destroyed.connect(lambda _o=None, key=key: self._held.pop(key, None))
        if isinstance(target, QAction):
            assert target.actionGroup() is None, "an action of a group cannot be gated"
            target.changed.connect(lambda key=key: self._tip_changed(key))
            group = self._groups.get(right)
            if group is None:
                group = self._groups[right] = QActionGroup(self)
                group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
                group.setEnabled(self.allows(right))
            group.addAction(target)
        else:
            entry.wanted = not target.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            target.installEventFilter(self)
        self._apply(entry)

    def register_all(self, targets: Iterable[Target], right: str) -> None:
        for target in targets:
            self.register(target, right)

    def _gate_above(self) -> RightsGate | None:
        holder = self.parent()
        while holder is not None:
            for gate in holder.findChildren(
                RightsGate, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if gate is not self:
                    return gate
            holder = holder.parent()
        return None

    # Showing ------------------------------------------------------------------------
    def allows(self, right: str) -> bool:
        return self.roles is None or has_right(self.roles, right)

    def show_roles(self, roles: Iterable[str] | None) -> None:
        """The acting member's roles (None: nobody to check): grey out or enable again."""
        self.roles = None if roles is None else tuple(roles)
        for right, group in self._groups.items():
            group.setEnabled(self.allows(right))
        for entry in list(self._held.values()):
            self._apply(entry)

    def _apply(self, entry: _Held) -> None:
        allowed = self.allows(entry.right)
        target = entry.target
        if isinstance(target, QWidget):
            if not allowed and not entry.held:
                entry.wanted = not target.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                entry.held = True
                self._set_enabled(target, False)
            elif allowed and entry.held:
                entry.held = False
                self._set_enabled(target, entry.wanted)
        self._show_tip(entry, allowed)

    def _show_tip(self, entry: _Held, allowed: bool) -> None:
        target = entry.target
        tip = target.toolTip()
        if isinstance(target, QAction) and tip == QAction(target.text()).toolTip():
            tip = ""  # Qt's own tooltip from the text: leave it following the text
        if not entry.our_tip or tip != entry.our_tip:
            entry.owner_tip = tip  # set by the owner since (a new language, say)
        if allowed:
            if entry.our_tip:
                entry.our_tip = ""
                self._set_tip(target, entry.owner_tip)
            return
        # Imported here: the team's labels are not needed before anything is greyed.
        from ui.team.rights_labels import needs_right_text

        entry.our_tip = needs_right_text(entry.right)
        self._set_tip(target, entry.our_tip)

    def _tip_changed(self, key: int) -> None:
        """The owner set a tooltip (its retranslate): shown again once allowed, ours now."""
        entry = self._held.get(key)
        if self._busy or entry is None or not entry.our_tip:
            return
        if entry.target.toolTip() != entry.our_tip:
            self._show_tip(entry, False)

    def _set_tip(self, target: Target, tip: str) -> None:
        self._busy = True
        try:
            target.setToolTip(tip)
        finally:
            self._busy = False

    def _set_enabled(self, widget: QWidget, enabled: bool) -> None:
        self._busy = True
        try:
            widget.setEnabled(enabled)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and not self._busy:
            entry = self._held.get(id(watched))
            # Turned on by its owner while the right is missing: on again once allowed.
            if (
                entry is not None
                and entry.held
                and isinstance(watched, QWidget)
                and not watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            ):
                entry.wanted = True
                self._set_enabled(watched, False)
        elif kind == QEvent.Type.ToolTipChange:
            self._tip_changed(id(watched))
        elif kind == QEvent.Type.LanguageChange and watched is self.parent():
            # After the owner's own retranslate, which may reset the tooltips.
            QTimer.singleShot(0, self, self._retranslate)
        return False

    def _retranslate(self) -> None:
        for entry in list(self._held.values()):
            self._show_tip(entry, self.allows(entry.right))


def show_roles_below(root: QObject, roles: Iterable[str] | None) -> None:
    """Tell every gate under ``root`` (the window) the acting member's roles."""
    held = None if roles is None else tuple(roles)
    for gate in root.findChildren(RightsGate):
        gate.show_roles(held)


def section_buttons(root: QWidget) -> list[QWidget]:
    """The Add / Edit / Remove buttons of ``root`` and every table section under it."""
    from ui.widgets.table_section import TableSection

    sections = [root] if isinstance(root, TableSection) else []
    return [
        button
        for section in [*sections, *root.findChildren(TableSection)]
        for button in (section.add_button, section.edit_button, section.remove_button)
    ]
