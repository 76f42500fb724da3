"""What each right lets a member do, in the interface language, and the refusal text.

A tab that adds a right to ``app.team.rights.RIGHTS`` adds its label here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.team.rights import RIGHTS, Forbidden, roles_with
from app.vocabulary import ROLES
from ui.formats import list_text
from ui.team.roles import role_label

# Verb phrases: "<member> may not <phrase>".
_LABELS = {
    "edit_team": QT_TRANSLATE_NOOP("Rights", "change the team"),
    "edit_accounts": QT_TRANSLATE_NOOP("Rights", "change accounts and platforms"),
    "edit_strategy": QT_TRANSLATE_NOOP("Rights", "change the strategy"),
    "edit_campaigns": QT_TRANSLATE_NOOP("Rights", "change campaigns"),
    "edit_posts": QT_TRANSLATE_NOOP("Rights", "change posts"),
    "approve_post": QT_TRANSLATE_NOOP("Rights", "approve posts"),
    "assign_inbox": QT_TRANSLATE_NOOP("Rights", "assign inbox messages"),
    "import_data": QT_TRANSLATE_NOOP("Rights", "import data"),
    "read_any_appraisal": QT_TRANSLATE_NOOP("Rights", "read other members' appraisals"),
    "edit_any_appraisal": QT_TRANSLATE_NOOP("Rights", "change other members' appraisals"),
}
assert set(_LABELS) == set(RIGHTS), "every right needs a label"

# A team change refused by the core (app.team.acting.check_lead_remains).
_MESSAGES = (QT_TRANSLATE_NOOP("Validation", "the team needs at least one active team lead"),)


def right_label(right: str) -> str:
    return QCoreApplication.translate("Rights", str(_LABELS.get(right, right)))


def needs_right_text(right: str) -> str:
    """The tooltip of a control greyed out for the acting member (ui.widgets.rights)."""
    roles = list_text(role_label(r) for r in ROLES if r in roles_with(right))
    return (
        QCoreApplication.translate("Rights", "Needs the right to %1 (held by: %2).")
        .replace("%1", right_label(right))
        .replace("%2", roles)
    )


def forbidden_text(exc: Forbidden) -> str:
    """Who may not do what, which roles may, and what the user can do about it."""
    roles = list_text(role_label(r) for r in ROLES if r in roles_with(exc.right))
    name = exc.member_name or QCoreApplication.translate("Rights", "Nobody")
    return (
        QCoreApplication.translate(
            "Rights",
            "%1 may not %2: that needs the role of %3. Nothing was changed.\n\n"
            "Ask a team lead for the role, or choose who is working in the status bar.",
        )
        .replace("%1", name)
        .replace("%2", right_label(exc.right))
        .replace("%3", roles)
    )
