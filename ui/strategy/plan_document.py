"""A plan as a printable HTML document (Qt's rich-text subset) in the interface language.

Every label goes through ``QCoreApplication.translate("PlanDocument", …)`` with a
literal, so lupdate lists it; every piece of user text is escaped.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ui.printing import html_facts, html_heading, html_note, html_page, html_table, html_text
from ui.strategy.labels import (
    frequency_text,
    level_label,
    metric_label,
    scope_label,
    status_label,
    target_text,
)
from ui.strategy.labels import (
    language as ui_language,
)

if TYPE_CHECKING:
    from app.strategy.health_types import PlanDocument
    from app.strategy.types import ObjectiveInfo, PlanInfo


# Formatting ---------------------------------------------------------------------------
def _yuan(cents: int) -> str:
    decimals = 0 if cents % 100 == 0 else 2
    return QLocale().toCurrencyString(cents / 100, "¥", decimals)


def _period(start: date, end: date) -> str:
    # ISO dates read the same in both languages and cannot be mistaken on paper.
    return f"{start.isoformat()} – {end.isoformat()}"


# Sections -----------------------------------------------------------------------------
def _facts(plan: PlanInfo) -> str:
    rows = [
        (QCoreApplication.translate("PlanDocument", "Level"), html.escape(level_label(plan.level))),
        (
            QCoreApplication.translate("PlanDocument", "Period"),
            _period(plan.start_date, plan.end_date),
        ),
        (
            QCoreApplication.translate("PlanDocument", "Status"),
            html.escape(status_label(plan.status)),
        ),
        (
            QCoreApplication.translate("PlanDocument", "Owner"),
            html_text(plan.owner_name)
            if plan.owner_name
            else html.escape(QCoreApplication.translate("PlanDocument", "Not assigned")),
        ),
        (
            QCoreApplication.translate("PlanDocument", "Budget"),
            html.escape(_yuan(plan.budget_cents))
            if plan.budget_cents
            else html.escape(QCoreApplication.translate("PlanDocument", "Not set")),
        ),
    ]
    return html_facts(rows)


def _tree(doc: PlanDocument) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Place in the plan tree"))]
    if doc.ancestors:
        path = " › ".join(
            f"{html.escape(a.title)} ({html.escape(level_label(a.level))})" for a in doc.ancestors
        )
        label = html.escape(QCoreApplication.translate("PlanDocument", "Part of:"))
        parts.append(f"<p>{label} {path}</p>")
    else:
        parts.append(html_note(QCoreApplication.translate("PlanDocument", "A top-level plan.")))
    if doc.sub_plans:
        label = QCoreApplication.translate("PlanDocument", "Sub-plans:")
        parts.append(f"<p>{html.escape(label)}</p>")
        rows = [
            [
                html.escape(p.title),
                html.escape(level_label(p.level)),
                _period(p.start_date, p.end_date),
                html.escape(status_label(p.status)),
            ]
            for p in doc.sub_plans
        ]
        headers = [
            QCoreApplication.translate("PlanDocument", "Plan"),
            QCoreApplication.translate("PlanDocument", "Level"),
            QCoreApplication.translate("PlanDocument", "Period"),
            QCoreApplication.translate("PlanDocument", "Status"),
        ]
        parts.append(html_table(headers, rows))
    else:
        parts.append(html_note(QCoreApplication.translate("PlanDocument", "No sub-plans.")))
    return "".join(parts)


def _texts(plan: PlanInfo) -> str:
    sections = (
        (QCoreApplication.translate("PlanDocument", "Goals"), plan.goals),
        (QCoreApplication.translate("PlanDocument", "Core messages"), plan.core_messages),
        (QCoreApplication.translate("PlanDocument", "Target audience"), plan.audience),
        (QCoreApplication.translate("PlanDocument", "Execution path"), plan.execution_path),
        (QCoreApplication.translate("PlanDocument", "Notes"), plan.notes),
    )
    return "".join(f"{html_heading(label)}<p>{html_text(value)}</p>" for label, value in sections)


def _strategies(doc: PlanDocument, language: str) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Platform strategies"))]
    if not doc.strategies:
        parts.append(
            html_note(QCoreApplication.translate("PlanDocument", "No platform strategies yet."))
        )
        return "".join(parts)
    with_notes = any(s.notes.strip() for s in doc.strategies)
    headers = [
        QCoreApplication.translate("PlanDocument", "Platform / account"),
        QCoreApplication.translate("PlanDocument", "Posting frequency"),
        QCoreApplication.translate("PlanDocument", "Interaction style"),
        QCoreApplication.translate("PlanDocument", "Promotion focus"),
    ]
    if with_notes:
        headers.append(QCoreApplication.translate("PlanDocument", "Notes"))
    rows = []
    for s in doc.strategies:
        name = s.platform_name(language)
        if s.account_handle:
            name = f"{name} · {s.account_handle}"
        row = [
            html.escape(name),
            html.escape(frequency_text(s.frequency_count, s.frequency_unit)),
            html_text(s.interaction_style),
            html_text(s.promotion_focus),
        ]
        if with_notes:
            row.append(html_text(s.notes))
        rows.append(row)
    parts.append(html_table(headers, rows))
    return "".join(parts)


def _pillars(doc: PlanDocument, language: str) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Content pillars"))]
    if not doc.pillars:
        parts.append(
            html_note(QCoreApplication.translate("PlanDocument", "No content pillars yet."))
        )
        return "".join(parts)
    platforms = {s.uuid: s.platform_name(language) for s in doc.strategies}
    whole_plan = QCoreApplication.translate("PlanDocument", "Whole plan")
    rows = [
        [
            html.escape(p.name),
            html.escape(platforms.get(p.platform_strategy_uuid or "", whole_plan)),
            html.escape(target_text(p.share_percent, "percent")),
            html_text(p.description),
        ]
        for p in doc.pillars
    ]
    headers = [
        QCoreApplication.translate("PlanDocument", "Pillar"),
        QCoreApplication.translate("PlanDocument", "Applies to"),
        QCoreApplication.translate("PlanDocument", "Share of posts"),
        QCoreApplication.translate("PlanDocument", "Description"),
    ]
    parts.append(html_table(headers, rows, (2,)))
    return "".join(parts)


def _scope(o: ObjectiveInfo, language: str) -> str:
    kind = scope_label(o.scope)
    if o.scope == "all":
        return html.escape(kind)
    text = html.escape(f"{kind}: {o.scope_name(language)}")
    if o.scope_missing:
        removed = QCoreApplication.translate("PlanDocument", "(removed)")
        text += f' <span class="muted">{html.escape(removed)}</span>'
    return text


def _objectives(doc: PlanDocument, language: str) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Objectives"))]
    if not doc.objectives:
        parts.append(html_note(QCoreApplication.translate("PlanDocument", "No objectives yet.")))
        return "".join(parts)
    headers = [
        QCoreApplication.translate("PlanDocument", "KPI"),
        QCoreApplication.translate("PlanDocument", "Scope"),
        QCoreApplication.translate("PlanDocument", "Target"),
        QCoreApplication.translate("PlanDocument", "Period"),
    ]
    health = doc.health
    progress = {p.objective.uuid: p.progress for p in health.objectives}
    if health.kpi_available:
        headers.append(QCoreApplication.translate("PlanDocument", "Progress"))
    rows = []
    for o in doc.objectives:
        row = [
            html.escape(metric_label(o.metric, o.custom_name)),
            _scope(o, language),
            html.escape(target_text(o.target_value, o.unit)),
            _period(o.start_date, o.end_date),
        ]
        if health.kpi_available:
            ratio = progress.get(o.uuid)
            row.append(
                "—" if ratio is None else html.escape(target_text(round(ratio * 100), "percent"))
            )
        rows.append(row)
    parts.append(html_table(headers, rows, (2,)))
    if not health.kpi_available:
        parts.append(
            html_note(
                QCoreApplication.translate(
                    "PlanDocument", "Progress is shown once KPI data have been recorded."
                )
            )
        )
    return "".join(parts)


def _scheduled(scheduled: int | None, is_gap: bool) -> str:
    """Scheduled posts; a gap (fewer than planned) stands out."""
    if scheduled is None:
        return "—"
    text = html.escape(QLocale().toString(scheduled))
    return f'<span class="gap">{text}</span>' if is_gap else text


def _health(doc: PlanDocument, language: str) -> str:
    health = doc.health
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Plan health"))]
    if health.source_plan_uuid != health.plan.uuid:
        source = next((a.title for a in doc.ancestors if a.uuid == health.source_plan_uuid), "")
        text = QCoreApplication.translate(
            "PlanDocument",
            "Posts are planned by the platform strategies of “%1”, the plan above.",
        )
        parts.append(f"<p>{html.escape(text).replace('%1', html.escape(source))}</p>")
    if not health.calendar_available:
        parts.append(
            html_note(
                QCoreApplication.translate(
                    "PlanDocument",
                    "No calendar data yet: scheduled posts are counted once the content "
                    "calendar is in use.",
                )
            )
        )
    if not health.platforms:
        parts.append(html_note(QCoreApplication.translate("PlanDocument", "No posts are planned.")))
        return "".join(parts)
    planned = QCoreApplication.translate("PlanDocument", "Planned posts")
    scheduled = QCoreApplication.translate("PlanDocument", "Scheduled posts")
    rows = [
        [
            html.escape(p.platform_name(language)),
            html.escape(QLocale().toString(p.planned)),
            _scheduled(p.scheduled, p.is_gap),
        ]
        for p in health.platforms
    ]
    total = QCoreApplication.translate("PlanDocument", "All platforms")
    rows.append(
        [
            f"<b>{html.escape(total)}</b>",
            f"<b>{html.escape(QLocale().toString(health.planned_posts))}</b>",
            "",
        ]
    )
    platform = QCoreApplication.translate("PlanDocument", "Platform")
    parts.append(html_table([platform, planned, scheduled], rows, (1, 2)))
    if health.pillars:
        rows = [
            [
                html.escape(p.name),
                html.escape(target_text(p.share_percent, "percent")),
                html.escape(QLocale().toString(p.planned)),
                _scheduled(p.scheduled, p.is_gap),
            ]
            for p in health.pillars
        ]
        pillar = QCoreApplication.translate("PlanDocument", "Pillar")
        share = QCoreApplication.translate("PlanDocument", "Share of posts")
        parts.append(html_table([pillar, share, planned, scheduled], rows, (1, 2, 3)))
    return "".join(parts)


def _research(doc: PlanDocument) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Research notes"))]
    if not doc.research_notes:
        parts.append(
            html_note(QCoreApplication.translate("PlanDocument", "No research notes are linked."))
        )
    for n in doc.research_notes:
        tags = " ".join(f"#{t}" for t in n.tags)
        tag_html = f' <span class="muted">{html.escape(tags)}</span>' if tags else ""
        body = f"<br/>{html_text(n.body)}" if n.body.strip() else ""
        parts.append(
            f"<p><b>{n.noted_on.isoformat()} · {html.escape(n.title)}</b>{tag_html}{body}</p>"
        )
    return "".join(parts)


def plan_html(doc: PlanDocument, printed_on: date | None = None) -> str:
    """The whole plan as HTML in the interface language (QLocale and installed translators).

    ``printed_on`` is the date in the footer, today by default.
    """
    language = ui_language()
    plan = doc.plan
    footer = QCoreApplication.translate("PlanDocument", "Printed %1 · Social Desk").replace(
        "%1", (printed_on or date.today()).isoformat()
    )
    body = "".join(
        (
            _facts(plan),
            _texts(plan),
            _tree(doc),
            _strategies(doc, language),
            _pillars(doc, language),
            _objectives(doc, language),
            _research(doc),
            _health(doc, language),
        )
    )
    return html_page(plan.title, body, footer)
