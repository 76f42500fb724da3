"""Display names of the appraisal codes (statuses, periods, facts, skills, kinds) and the
numbers of an appraisal (totals, scores, fact values), in the interface language.

The codes live in app.appraisal.types; the literals are listed with QT_TRANSLATE_NOOP
so lupdate extracts them, and are translated at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.appraisal.types import FactValue
from ui.formats import number_text

_C = "AppraisalLabels"

_STATUSES = {
    "not_started": QT_TRANSLATE_NOOP("AppraisalLabels", "Not started"),
    "self_review": QT_TRANSLATE_NOOP("AppraisalLabels", "Self-review"),
    "manager_review": QT_TRANSLATE_NOOP("AppraisalLabels", "Manager review"),
    "awaiting_signoff": QT_TRANSLATE_NOOP("AppraisalLabels", "Awaiting sign-off"),
    "signed": QT_TRANSLATE_NOOP("AppraisalLabels", "Signed"),
}
_PERIODS = {
    "quarter": QT_TRANSLATE_NOOP("AppraisalLabels", "Quarter"),
    "half": QT_TRANSLATE_NOOP("AppraisalLabels", "Half-year"),
    "year": QT_TRANSLATE_NOOP("AppraisalLabels", "Year"),
    "custom": QT_TRANSLATE_NOOP("AppraisalLabels", "Custom"),
}
_KINDS = {
    "judgement": QT_TRANSLATE_NOOP("AppraisalLabels", "Judgement"),
    "fact": QT_TRANSLATE_NOOP("AppraisalLabels", "Fact-backed"),
}
_FACTS = {
    "posts_owned": QT_TRANSLATE_NOOP("AppraisalLabels", "Posts owned"),
    "posts_published": QT_TRANSLATE_NOOP("AppraisalLabels", "Posts published"),
    "on_time_rate": QT_TRANSLATE_NOOP("AppraisalLabels", "On-time rate"),
    "review_rejections": QT_TRANSLATE_NOOP("AppraisalLabels", "Review rejections"),
    "inbox_handled": QT_TRANSLATE_NOOP("AppraisalLabels", "Inbox messages handled"),
    "median_first_response_minutes": QT_TRANSLATE_NOOP(
        "AppraisalLabels", "Median first response (min)"
    ),
    "sla_breaches": QT_TRANSLATE_NOOP("AppraisalLabels", "SLA breaches"),
    "objectives_owned": QT_TRANSLATE_NOOP("AppraisalLabels", "Objectives owned"),
    "objectives_achieved": QT_TRANSLATE_NOOP("AppraisalLabels", "Objectives achieved"),
    "training_hours": QT_TRANSLATE_NOOP("AppraisalLabels", "Training hours"),
}
_SOURCES = {
    "posts_owned": QT_TRANSLATE_NOOP("AppraisalLabels", "Calendar tab"),
    "posts_published": QT_TRANSLATE_NOOP("AppraisalLabels", "Calendar tab"),
    "on_time_rate": QT_TRANSLATE_NOOP("AppraisalLabels", "Calendar tab"),
    "review_rejections": QT_TRANSLATE_NOOP("AppraisalLabels", "Calendar tab"),
    "inbox_handled": QT_TRANSLATE_NOOP("AppraisalLabels", "Inbox tab"),
    "median_first_response_minutes": QT_TRANSLATE_NOOP("AppraisalLabels", "Inbox tab"),
    "sla_breaches": QT_TRANSLATE_NOOP("AppraisalLabels", "Inbox tab"),
    "objectives_owned": QT_TRANSLATE_NOOP("AppraisalLabels", "Strategy tab"),
    "objectives_achieved": QT_TRANSLATE_NOOP("AppraisalLabels", "Strategy tab"),
    "training_hours": QT_TRANSLATE_NOOP("AppraisalLabels", "Training records"),
}
_SKILLS = {
    "content": QT_TRANSLATE_NOOP("AppraisalLabels", "Content creation"),
    "data": QT_TRANSLATE_NOOP("AppraisalLabels", "Data analysis"),
    "operations": QT_TRANSLATE_NOOP("AppraisalLabels", "Platform operations"),
    "crisis": QT_TRANSLATE_NOOP("AppraisalLabels", "Crisis response"),
    "strategy": QT_TRANSLATE_NOOP("AppraisalLabels", "Strategy"),
    "management": QT_TRANSLATE_NOOP("AppraisalLabels", "Team management"),
}


def _tr(table: dict[str, object], code: str) -> str:
    return QCoreApplication.translate(_C, str(table[code])) if code in table else code


def status_label(code: str) -> str:
    return _tr(_STATUSES, code)


def period_label(code: str) -> str:
    return _tr(_PERIODS, code)


def kind_label(code: str) -> str:
    return _tr(_KINDS, code)


def fact_label(code: str) -> str:
    return _tr(_FACTS, code)


def skill_label(code: str) -> str:
    return _tr(_SKILLS, code)


def fact_source(code: str) -> str:
    return _tr(_SOURCES, code)


def not_available() -> str:
    return QCoreApplication.translate("AppraisalLabels", "not available")


def fact_text(fact: FactValue) -> str:
    """The value as the other tabs show it; "not available" (never 0) when unknown."""
    if fact.value is None:
        return not_available()
    if fact.code in ("on_time_rate", "objectives_achieved"):
        return number_text(fact.value * 100, 0) + " %"
    if fact.code in ("training_hours", "median_first_response_minutes"):
        return number_text(fact.value, 1)
    return number_text(fact.value, 0)


def total_text(total: float | None) -> str:
    return "—" if total is None else number_text(total, 1)


def score_text(score: int | None) -> str:
    return "—" if score is None else str(score)
