"""Health section: planned vs scheduled posts per platform and pillar, objective progress.

Where the service has no figures (no KPI data yet, or a health made without the
calendar) the panel says so plainly instead of showing zeros that look like failure.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.strategy.health_types import PlanHealth, PlatformPosts
from ui.formats import platform_text
from ui.strategy.labels import (
    frequency_unit_label,
    metric_label,
    number_text,
    period_label,
    target_text,
)
from ui.strategy.objective_model import scope_text
from ui.widgets.panel import Panel

GAP = "#c0392b"
MET = "#1e8449"


def health_html(health: PlanHealth, source_title: str = "") -> str:
    """The panel's text for ``health``; ``source_title`` names the plan whose platform
    strategies apply when it is not the plan itself."""
    period = period_label(health.plan.start_date, health.plan.end_date)
    out: list[str] = [_h(QCoreApplication.translate("HealthPanel", "Posts"))]
    if not health.platforms:
        out.append(
            _p(
                QCoreApplication.translate(
                    "HealthPanel",
                    "No platform strategies apply to this plan yet, so no posts are planned. "
                    "Add them under Platforms & pillars.",
                )
            )
        )
    else:
        if health.source_plan_uuid != health.plan.uuid and source_title:
            out.append(
                _p(
                    QCoreApplication.translate(
                        "HealthPanel", "Posts are planned from the platform strategies of “%1”."
                    ).replace("%1", source_title)
                )
            )
        if not health.calendar_available:
            out.append(
                _p(
                    QCoreApplication.translate(
                        "HealthPanel",
                        "No posts are scheduled yet: the content calendar will fill this in.",
                    ),
                    bold=True,
                )
            )
        lines = []
        for p in health.platforms:
            name = _platform_name(p)
            if p.scheduled is None:
                text = (
                    QCoreApplication.translate("HealthPanel", "%1: %2 posts planned for %3 (%4 %5)")
                    .replace("%1", name)
                    .replace("%2", number_text(p.planned))
                    .replace("%3", period)
                    .replace("%4", str(p.frequency_count))
                    .replace("%5", frequency_unit_label(p.frequency_unit))
                )
                lines.append(_li(text))
            elif p.is_gap:
                text = (
                    QCoreApplication.translate(
                        "HealthPanel", "%1: %2 of %3 planned posts scheduled for %4"
                    )
                    .replace("%1", name)
                    .replace("%2", number_text(p.scheduled))
                    .replace("%3", number_text(p.planned))
                    .replace("%4", period)
                )
                lines.append(_li(text, GAP))
            elif p.scheduled > p.planned:
                # Above plan is worth seeing too: "all 35" would hide 165 on the calendar.
                text = (
                    QCoreApplication.translate(
                        "HealthPanel", "%1: %2 posts scheduled for %3, more than the %4 planned"
                    )
                    .replace("%1", name)
                    .replace("%2", number_text(p.scheduled))
                    .replace("%3", period)
                    .replace("%4", number_text(p.planned))
                )
                lines.append(_li(text, MET))
            else:
                text = (
                    QCoreApplication.translate(
                        "HealthPanel", "%1: all %2 planned posts scheduled for %3"
                    )
                    .replace("%1", name)
                    .replace("%2", number_text(p.planned))
                    .replace("%3", period)
                )
                lines.append(_li(text, MET))
        out.append("<ul>" + "".join(lines) + "</ul>")
        out.append(
            _p(
                QCoreApplication.translate("HealthPanel", "In all: %1 posts planned for %2.")
                .replace("%1", number_text(health.planned_posts))
                .replace("%2", period)
            )
        )

    out.append(_h(QCoreApplication.translate("HealthPanel", "Content pillars")))
    if not health.pillars:
        out.append(_p(QCoreApplication.translate("HealthPanel", "No content pillars yet.")))
    else:
        lines = []
        platforms = {p.strategy_uuid: _platform_name(p) for p in health.platforms}
        for pillar in health.pillars:
            name = pillar.name
            if pillar.platform_strategy_uuid in platforms:
                name = (
                    QCoreApplication.translate("HealthPanel", "%1 (%2 only)")
                    .replace("%1", pillar.name)
                    .replace("%2", platforms[pillar.platform_strategy_uuid])
                )
            text = (
                QCoreApplication.translate("HealthPanel", "%1: %2% of posts, about %3 planned")
                .replace("%1", name)
                .replace("%2", str(pillar.share_percent))
                .replace("%3", number_text(pillar.planned))
            )
            color = None
            if pillar.scheduled is not None:
                text += QCoreApplication.translate("HealthPanel", ", %1 scheduled").replace(
                    "%1", number_text(pillar.scheduled)
                )
                color = GAP if pillar.is_gap else MET
            lines.append(_li(text, color))
        out.append("<ul>" + "".join(lines) + "</ul>")
        share = health.plan_wide_share_percent
        if share < 100:
            out.append(
                _p(
                    QCoreApplication.translate(
                        "HealthPanel", "Plan-wide pillars cover %1% of posts; %2% is unassigned."
                    )
                    .replace("%1", str(share))
                    .replace("%2", str(100 - share))
                )
            )

    out.append(_h(QCoreApplication.translate("HealthPanel", "Objectives")))
    if not health.objectives:
        out.append(_p(QCoreApplication.translate("HealthPanel", "No objectives yet.")))
    else:
        if not health.actuals_read:
            out.append(_p(QCoreApplication.translate("HealthPanel", "Reading the KPI figures…")))
        elif not health.kpi_available:
            out.append(
                _p(
                    QCoreApplication.translate(
                        "HealthPanel",
                        "No KPI figures yet: progress shows here once the KPI tab has data.",
                    ),
                    bold=True,
                )
            )
        lines = []
        for progress in health.objectives:
            o = progress.objective
            kpi = (
                QCoreApplication.translate("HealthPanel", "%1 (%2)")
                .replace("%1", metric_label(o.metric, o.custom_name))
                .replace("%2", scope_text(o))
            )
            target = target_text(o.target_value, o.unit)
            if progress.actual is None:
                text = (
                    QCoreApplication.translate("HealthPanel", "%1: target %2")
                    .replace("%1", kpi)
                    .replace("%2", target)
                )
                lines.append(_li(text))
                continue
            ratio = progress.progress
            text = (
                QCoreApplication.translate("HealthPanel", "%1: %2 of %3")
                .replace("%1", kpi)
                .replace("%2", target_text(progress.actual, o.unit))
                .replace("%3", target)
            )
            if ratio is not None:
                text += f" ({number_text(round(ratio * 100))}%)"
            lines.append(_li(text, MET if ratio is not None and ratio >= 1 else GAP))
        out.append("<ul>" + "".join(lines) + "</ul>")
    return "".join(out)


def _platform_name(p: PlatformPosts) -> str:
    name = platform_text(p.platform_en, p.platform_zh)
    return f"{name} · {p.account_handle}" if p.account_handle else name


def _h(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str, *, bold: bool = False) -> str:
    body = escape(text)
    return f"<p><b>{body}</b></p>" if bold else f"<p>{body}</p>"


def _li(text: str, color: str | None = None) -> str:
    body = escape(text)
    return f'<li style="color:{color}">{body}</li>' if color else f"<li>{body}</li>"


class HealthPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        QVBoxLayout(self).addWidget(self.browser)
        self._health: PlanHealth | None = None
        self._source_title = ""

    def set_health(self, health: PlanHealth | None, source_title: str = "") -> None:
        self._health, self._source_title = health, source_title
        self.retranslate()

    def text(self) -> str:
        return self.browser.toPlainText()

    def retranslate(self) -> None:
        if self._health is None:
            self.browser.setHtml(
                escape(self.tr("Select a plan to see how its posts and objectives stand."))
            )
        else:
            self.browser.setHtml(health_html(self._health, self._source_title))
