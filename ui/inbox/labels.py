"""The inbox's codes (status, kind, priority, sentiment, severity …) in the interface
language. The core stores codes; only the UI names them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def status_names() -> dict[str, str]:
    # Literal calls, so that lupdate finds every string.
    return {
        "new": QCoreApplication.translate("InboxLabels", "New"),
        "open": QCoreApplication.translate("InboxLabels", "Open"),
        "waiting": QCoreApplication.translate("InboxLabels", "Waiting"),
        "closed": QCoreApplication.translate("InboxLabels", "Closed"),
    }


def kind_names() -> dict[str, str]:
    return {
        "comment": QCoreApplication.translate("InboxLabels", "Comment"),
        "reply": QCoreApplication.translate("InboxLabels", "Reply"),
        "direct_message": QCoreApplication.translate("InboxLabels", "Direct message"),
        "mention": QCoreApplication.translate("InboxLabels", "Mention"),
        "review": QCoreApplication.translate("InboxLabels", "Review"),
    }


def priority_names() -> dict[int, str]:
    return {
        0: QCoreApplication.translate("InboxLabels", "Low"),
        1: QCoreApplication.translate("InboxLabels", "Normal"),
        2: QCoreApplication.translate("InboxLabels", "High"),
        3: QCoreApplication.translate("InboxLabels", "Urgent"),
    }


def sentiment_names() -> dict[str, str]:
    return {
        "positive": QCoreApplication.translate("InboxLabels", "Positive"),
        "neutral": QCoreApplication.translate("InboxLabels", "Neutral"),
        "negative": QCoreApplication.translate("InboxLabels", "Negative"),
    }


def severity_names() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("InboxLabels", "Low"),
        "medium": QCoreApplication.translate("InboxLabels", "Medium"),
        "high": QCoreApplication.translate("InboxLabels", "High"),
        "critical": QCoreApplication.translate("InboxLabels", "Critical"),
    }


def incident_status_names() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("InboxLabels", "Open"),
        "monitoring": QCoreApplication.translate("InboxLabels", "Monitoring"),
        "closed": QCoreApplication.translate("InboxLabels", "Closed"),
    }


def statement_status_names() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("InboxLabels", "Draft"),
        "submitted": QCoreApplication.translate("InboxLabels", "Waiting for approval"),
        "approved": QCoreApplication.translate("InboxLabels", "Approved"),
        "rejected": QCoreApplication.translate("InboxLabels", "Rejected"),
    }


def department_names() -> dict[str, str]:
    return {
        "marketing": QCoreApplication.translate("InboxLabels", "Marketing"),
        "pr": QCoreApplication.translate("InboxLabels", "Public relations"),
        "legal": QCoreApplication.translate("InboxLabels", "Legal"),
        "customer_service": QCoreApplication.translate("InboxLabels", "Customer service"),
        "product": QCoreApplication.translate("InboxLabels", "Product"),
        "it_security": QCoreApplication.translate("InboxLabels", "IT security"),
        "management": QCoreApplication.translate("InboxLabels", "Management"),
    }


def entry_kind_names() -> dict[str, str]:
    """The automatic timeline entries of an incident."""
    return {
        "note": QCoreApplication.translate("InboxLabels", "Note"),
        "opened": QCoreApplication.translate("InboxLabels", "Opened"),
        "status": QCoreApplication.translate("InboxLabels", "Status changed"),
        "linked": QCoreApplication.translate("InboxLabels", "Messages linked"),
        "plan": QCoreApplication.translate("InboxLabels", "Contingency plan"),
        "statement": QCoreApplication.translate("InboxLabels", "Statement"),
        "closed": QCoreApplication.translate("InboxLabels", "Closed"),
    }


def entry_text(kind: str, text: str) -> str:
    """A timeline entry as a sentence: "Statement: Approved", "Note: …"."""
    if kind == "statement":
        text = name_of(statement_status_names(), text)
    elif kind == "status":
        text = name_of(incident_status_names(), text)
    label = name_of(entry_kind_names(), kind)
    return f"{label}: {text}" if text else label


def name_of(names: dict[str, str], code: str | None) -> str:
    """A code's name; an unknown code (a newer version's) as stored."""
    if code is None:
        return ""
    return names.get(code, code)


def when_text(moment: datetime | None) -> str:
    """A time in the user's time zone, short and unambiguous: "2026-12-03 14:05"."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return stamp.toString("yyyy-MM-dd HH:mm")


def duration_text(seconds: float | None) -> str:
    """Business time as "2 h 05 min" / "2小时05分"; a dash when unknown."""
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    hours, rest = divmod(minutes, 60)
    if hours:
        text = QCoreApplication.translate("InboxLabels", "%1 h %2 min")
        return text.replace("%1", QLocale().toString(hours)).replace("%2", f"{rest:02d}")
    return QCoreApplication.translate("InboxLabels", "%1 min").replace(
        "%1", QLocale().toString(rest)
    )
