"""Display names of the department's roles (codes: app.vocabulary.ROLES)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ui.formats import list_text

_LABELS = {
    "lead": "Team lead",
    "strategy": "Strategy planner",
    "content": "Content producer",
    "operations": "Platform operator",
    "analyst": "Data analyst",
    "pr": "PR & crisis",
}


def role_label(code: str) -> str:
    # Each literal below is listed for lupdate; the lookup translates at run time.
    return QCoreApplication.translate("Roles", _LABELS.get(code, code))


def roles_text(codes: Iterable[str]) -> str:
    """A member's roles as a list in the interface language; a dash for none."""
    labels = [role_label(c) for c in codes]
    return list_text(labels) if labels else "—"


def member_label(name: str, codes: Iterable[str]) -> str:
    """ "Name  (roles)": a member where one is chosen (the status bar, "Who is working?")."""
    text = QCoreApplication.translate("Roles", "%1  (%2)")
    return text.replace("%1", name).replace("%2", roles_text(codes))


def _for_lupdate() -> None:  # pragma: no cover - only read by lupdate
    QCoreApplication.translate("Roles", "Team lead")
    QCoreApplication.translate("Roles", "Strategy planner")
    QCoreApplication.translate("Roles", "Content producer")
    QCoreApplication.translate("Roles", "Platform operator")
    QCoreApplication.translate("Roles", "Data analyst")
    QCoreApplication.translate("Roles", "PR & crisis")
