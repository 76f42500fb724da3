"""Names of import fields and problem reasons in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.imports.types import TargetField
from app.kpi.catalog import BUILTIN_METRICS

_ZH = {code: zh for code, _en, zh, _kind in BUILTIN_METRICS}


def _fixed() -> dict[str, str]:
    # Literal calls, so that lupdate finds every string.
    return {
        "account": QCoreApplication.translate("ImportFields", "Account"),
        "platform": QCoreApplication.translate("ImportFields", "Platform"),
        "date": QCoreApplication.translate("ImportFields", "Date"),
        "metric": QCoreApplication.translate("ImportFields", "Metric"),
        "value": QCoreApplication.translate("ImportFields", "Value"),
        "post_id": QCoreApplication.translate("ImportFields", "Post ID"),
        "permalink": QCoreApplication.translate("ImportFields", "Link"),
        "title": QCoreApplication.translate("ImportFields", "Title"),
        "post_type": QCoreApplication.translate("ImportFields", "Post type"),
        "published_at": QCoreApplication.translate("ImportFields", "Publish time"),
        "snapshot_date": QCoreApplication.translate("ImportFields", "Snapshot date"),
        # Inbox messages
        "kind": QCoreApplication.translate("ImportFields", "Kind"),
        "author_name": QCoreApplication.translate("ImportFields", "Author"),
        "author_handle": QCoreApplication.translate("ImportFields", "Author handle"),
        "text": QCoreApplication.translate("ImportFields", "Text"),
        "received_at": QCoreApplication.translate("ImportFields", "Received"),
        "message_id": QCoreApplication.translate("ImportFields", "Message ID"),
        "post_link": QCoreApplication.translate("ImportFields", "Post link"),
        "thread_id": QCoreApplication.translate("ImportFields", "Thread"),
        # Calendar posts
        "account_id": QCoreApplication.translate("ImportFields", "Account ID"),
        "person": QCoreApplication.translate("ImportFields", "Person"),
        "department": QCoreApplication.translate("ImportFields", "Department"),
        "content_type": QCoreApplication.translate("ImportFields", "Content type"),
        "status": QCoreApplication.translate("ImportFields", "Status"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
    }


def field_labels(fields: list[TargetField]) -> dict[str, str]:
    fixed = _fixed()
    chinese = fixed["account"] != "Account"  # the Chinese translation is installed
    labels = {}
    for f in fields:
        if f.name in fixed:
            labels[f.name] = fixed[f.name]
        elif chinese and f.name[2:] in _ZH:
            labels[f.name] = _ZH[f.name[2:]]
        else:
            labels[f.name] = f.label
    return labels


def reason_text(reason: str) -> str:
    """A problem's reason from the core, translated when it is one of the fixed ones."""
    known = {
        "is not a number": QCoreApplication.translate("ImportReasons", "is not a number"),
        "is not a whole number": QCoreApplication.translate(
            "ImportReasons", "is not a whole number"
        ),
        "is not a date": QCoreApplication.translate("ImportReasons", "is not a date"),
        "is not a real date": QCoreApplication.translate("ImportReasons", "is not a real date"),
        "is not a duration": QCoreApplication.translate("ImportReasons", "is not a duration"),
        "is required": QCoreApplication.translate("ImportReasons", "is required"),
        "contains a NUL character": QCoreApplication.translate(
            "ImportReasons", "contains a NUL character"
        ),
        "is ambiguous: choose day/month or month/day order": QCoreApplication.translate(
            "ImportReasons", "is ambiguous: choose day/month or month/day order"
        ),
        "is not an account in Social Desk": QCoreApplication.translate(
            "ImportReasons", "is not an account in Social Desk"
        ),
        "is not a platform in Social Desk": QCoreApplication.translate(
            "ImportReasons", "is not a platform in Social Desk"
        ),
        "is not a known metric; add it in the KPI tab first": QCoreApplication.translate(
            "ImportReasons", "is not a known metric; add it in the KPI tab first"
        ),
        "the file does not say which metric this is": QCoreApplication.translate(
            "ImportReasons", "the file does not say which metric this is"
        ),
    }
    return known.get(reason, reason)
