"""Display names of the calendar's codes (statuses, workflow actions, warnings, campaign
kinds), in the interface language. The codes live in app.calendar; the literals are
listed with QT_TRANSLATE_NOOP so lupdate extracts them, and translated at run time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.calendar.types import PostWarning
from ui.formats import chinese

CONTEXT = "CalendarLabels"

_STATUSES = {
    "idea": QT_TRANSLATE_NOOP("CalendarLabels", "Idea"),
    "drafting": QT_TRANSLATE_NOOP("CalendarLabels", "Drafting"),
    "in_review": QT_TRANSLATE_NOOP("CalendarLabels", "In review"),
    "approved": QT_TRANSLATE_NOOP("CalendarLabels", "Approved"),
    "scheduled": QT_TRANSLATE_NOOP("CalendarLabels", "Scheduled"),
    "published": QT_TRANSLATE_NOOP("CalendarLabels", "Published"),
    "cancelled": QT_TRANSLATE_NOOP("CalendarLabels", "Cancelled"),
}
_ACTIONS = {
    "start": QT_TRANSLATE_NOOP("CalendarLabels", "Start drafting"),
    "submit": QT_TRANSLATE_NOOP("CalendarLabels", "Submit for review"),
    "withdraw": QT_TRANSLATE_NOOP("CalendarLabels", "Withdraw from review"),
    "approve": QT_TRANSLATE_NOOP("CalendarLabels", "Approve"),
    "reject": QT_TRANSLATE_NOOP("CalendarLabels", "Reject…"),
    "schedule": QT_TRANSLATE_NOOP("CalendarLabels", "Schedule"),
    "unschedule": QT_TRANSLATE_NOOP("CalendarLabels", "Unschedule"),
    "publish": QT_TRANSLATE_NOOP("CalendarLabels", "Mark published"),
    "back_to_idea": QT_TRANSLATE_NOOP("CalendarLabels", "Back to idea"),
    "cancel": QT_TRANSLATE_NOOP("CalendarLabels", "Cancel post"),
    "reopen": QT_TRANSLATE_NOOP("CalendarLabels", "Reopen as idea"),
}
_WARNINGS = {
    "over_frequency": QT_TRANSLATE_NOOP("CalendarLabels", "Above the strategy's frequency"),
    "past_due": QT_TRANSLATE_NOOP("CalendarLabels", "Past its time and not published"),
    "text_too_long": QT_TRANSLATE_NOOP("CalendarLabels", "Text over the platform's limit"),
    "title_too_long": QT_TRANSLATE_NOOP("CalendarLabels", "Title over the platform's limit"),
    "too_many_images": QT_TRANSLATE_NOOP("CalendarLabels", "More images than the platform takes"),
    "hashtag_style": QT_TRANSLATE_NOOP("CalendarLabels", "Hashtags in the wrong style"),
    "missing_asset": QT_TRANSLATE_NOOP("CalendarLabels", "A file is missing"),
    "step_late": QT_TRANSLATE_NOOP("CalendarLabels", "A production step is late"),
}
_KINDS = {
    "giveaway": QT_TRANSLATE_NOOP("CalendarLabels", "Giveaway"),
    "topic": QT_TRANSLATE_NOOP("CalendarLabels", "Topic"),
    "challenge": QT_TRANSLATE_NOOP("CalendarLabels", "Challenge"),
    "launch": QT_TRANSLATE_NOOP("CalendarLabels", "Launch"),
    "ad": QT_TRANSLATE_NOOP("CalendarLabels", "Ad placement"),
    "other": QT_TRANSLATE_NOOP("CalendarLabels", "Other"),
}


def _tr(table: dict[str, object], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else code.replace("_", " ")


def status_label(code: str) -> str:
    return _tr(_STATUSES, code)


def action_label(code: str) -> str:
    return _tr(_ACTIONS, code)


def warning_label(code: str) -> str:
    return _tr(_WARNINGS, code)


def kind_label(code: str) -> str:
    return _tr(_KINDS, code)


def warning_text(warning: PostWarning) -> str:
    """One warning of a post in a sentence, with its account and figures when it has them."""
    text = warning_label(warning.code)
    if warning.limit or warning.actual:
        text += f" ({warning.actual}/{warning.limit})"
    if warning.account_handle:
        text = f"{warning.account_handle}: {text}"
    return text


def language() -> str:
    return "zh_CN" if chinese() else "en"


def when_text(at: datetime | None) -> str:
    """A post's local time, "2026-05-10 09:30", or a dash."""
    if at is None:
        return "—"
    local = at.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def weekday_text(at: datetime) -> str:
    return QLocale().dayName(at.astimezone().isoweekday(), QLocale.FormatType.ShortFormat)
