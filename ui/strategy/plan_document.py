"""A plan as a printable HTML document (Qt's rich-text subset) in the interface language.

Every label goes through ``QCoreApplication.translate("PlanDocument", …)`` with a
literal, so lupdate lists it; every piece of user text is escaped.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.formats import date_text, money_text, number_text, period_text, platform_text
from ui.printing import html_facts, html_heading, html_note, html_page, html_table, html_text
from ui.strategy.labels import (
    frequency_text,
    level_label,
    metric_label,
    scope_label,
    status_label,
    target_text,
)

if TYPE_CHECKING:
    from app.strategy.health_types import PlanDocument
    from app.strategy.types import ObjectiveInfo, PlanInfo


# Formatting: the screens' (ui.formats), so paper and screen read the same ------------
def _period(start: date, end: date) -> str:
    return html.escape(period_text(start, end))


def _with_account(platform: str, handle: str) -> str:
    """ "抖音" or "抖音 · @brand", as the screens name a platform strategy."""
    return f"{platform} · {handle}" if handle else platform


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
            html.escape(money_text(plan.budget_cents))
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


def _strategies(doc: PlanDocument) -> str:
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
        name = _with_account(platform_text(s.platform_en, s.platform_zh), s.account_handle)
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


def _pillars(doc: PlanDocument) -> str:
    parts = [html_heading(QCoreApplication.translate("PlanDocument", "Content pillars"))]
    if not doc.pillars:
        parts.append(
            html_note(QCoreApplication.translate("PlanDocument", "No content pillars yet."))
        )
        return "".join(parts)
    platforms = {s.uuid: platform_text(s.platform_en, s.platform_zh) for s in doc.strategies}
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


def _scope(o: ObjectiveInfo) -> str:
    kind = scope_label(o.scope)
    if o.scope == "all":
        return html.escape(kind)
    text = html.escape(f"{kind}: {platform_text(o.scope_name_en, o.scope_name_zh)}")
    if o.scope_missing:
        removed = QCoreApplication.translate("PlanDocument", "(removed)")
        text += f' <span class="muted">{html.escape(removed)}</span>'
    return text


def _objectives(doc: PlanDocument) -> str:
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
            _scope(o),
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
    text = html.escape(number_text(scheduled))
    return f'<span class="gap">{text}</span>' if is_gap else text


def _health(doc: PlanDocument) -> str:
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
            html.escape(
                _with_account(platform_text(p.platform_en, p.platform_zh), p.account_handle)
            ),
            html.escape(number_text(p.planned)),
            _scheduled(p.scheduled, p.is_gap),
        ]
        for p in health.platforms
    ]
    total = QCoreApplication.translate("PlanDocument", "All platforms")
    rows.append(
        [
            f"<b>{html.escape(total)}</b>",
            f"<b>{html.escape(number_text(health.planned_posts))}</b>",
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
                html.escape(number_text(p.planned)),
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
            f"<p><b>{date_text(n.noted_on)} · {html.escape(n.title)}</b>{tag_html}{body}</p>"
        )
    return "".join(parts)


def plan_html(doc: PlanDocument, printed_on: date | None = None) -> str:
    """The whole plan as HTML in the interface language (QLocale and installed translators).

    ``printed_on`` is the date in the footer, today by default.
    """
    plan = doc.plan
    footer = QCoreApplication.translate("PlanDocument", "Printed %1 · Social Desk").replace(
        "%1", date_text(printed_on or date.today())
    )
    body = "".join(
        (
            _facts(plan),
            _texts(plan),
            _tree(doc),
            _strategies(doc),
            _pillars(doc),
            _objectives(doc),
            _research(doc),
            _health(doc),
        )
    )
    return html_page(plan.title, body, footer)
