"""The operating report as a printable document: A4, the interface language, charts as
images in the text (drawn by the same builders as the tab's charts).

``report_html`` lays the report out with ui.printing's building blocks; ``report_images``
draws its charts; ``write_report_pdf`` / ``report_preview`` print both. Runs on the GUI
thread (QTextDocument and the fonts are not thread-safe); matplotlib draws with Agg.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument

from app.kpi.analytics_types import ObjectiveProgress, ReportData, TopPost
from ui.formats import list_text, period_text, platform_text
from ui.kpi.canvas import Drawn, fit_margins, new_figure
from ui.kpi.charts import Build, comparison_chart, target_chart
from ui.kpi.labels import DASH, change_text, language, name_of, value_text
from ui.kpi.theme import LIGHT, apply_palette
from ui.kpi.trend import trend_chart
from ui.printing import (
    html_facts,
    html_heading,
    html_note,
    html_page,
    html_table,
    html_text,
    text_document,
)
from ui.strategy.labels import metric_label

CHART_WIDTH_IN = 6.4  # the A4 text width less a little
CHART_DPI = 150  # sharp on paper; 200 costs a third more
IMAGE_WIDTH_PX = 620  # the width in document pixels (96 a inch) the text takes


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass(frozen=True)
class ReportNames:
    """Names the report prints that the report data holds as codes and uuids."""

    metrics: Mapping[str, str] = field(default_factory=dict)
    platforms: Mapping[str, str] = field(default_factory=dict)  # code → name
    accounts: Mapping[str, str] = field(default_factory=dict)  # uuid → "Weibo · @brand"
    campaigns: Mapping[str, str] = field(default_factory=dict)
    scopes: Mapping[str, str] = field(default_factory=dict)  # platform/account uuid → name


def status_text(status: str) -> str:
    return {
        "met": translate("KpiReport", "Met"),
        "on_track": translate("KpiReport", "On track"),
        "behind": translate("KpiReport", "Behind"),
        "not_started": translate("KpiReport", "Not started"),
        "missed": translate("KpiReport", "Missed"),
        "no_data": translate("KpiReport", "No data"),
        "unavailable": translate("KpiReport", "Not available"),
    }.get(status, status)


def report_title(data: ReportData) -> str:
    period = period_text(data.period.start, data.period.end)
    title = data.draft.title.strip() or translate("KpiReport", "Operating report")
    return f"{title} · {period}"


# Charts --------------------------------------------------------------------------------
def render(build: Build, height_in: float = 2.8) -> QImage:
    """Draw ``build`` on a white A4-wide figure, as an image for the document."""
    figure = new_figure(CHART_WIDTH_IN, height_in)
    figure.set_dpi(CHART_DPI)
    canvas = FigureCanvasAgg(figure)
    drawn: Drawn = build(figure, LIGHT)
    fit_margins(figure, drawn.margins)
    apply_palette(figure, LIGHT)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return QImage(rgba, width, height, QImage.Format.Format_RGBA8888).copy()


def report_images(data: ReportData, names: ReportNames) -> dict[str, QImage]:
    """The report's charts by the name its HTML uses for them."""
    images = {}
    if data.series:
        images["trend"] = render(trend_chart(data.series, data.anomalies, names.metrics))
    if len(data.platforms) > 1:
        metrics = _row_metrics(data)[:3]
        units = {c.metric: c.unit for c in data.headline}
        height = max(1.6, 0.32 * len(data.platforms) + 0.8)
        images["platforms"] = render(
            comparison_chart(data.platforms, metrics, names.metrics, units), height
        )
    shown = [p for p in data.objectives if p.progress is not None]
    if shown:
        height = max(1.6, 0.3 * len(shown) + 0.8)
        images["objectives"] = render(target_chart(shown, names.metrics, names.scopes), height)
    return images


def _row_metrics(data: ReportData) -> list[str]:
    keys: dict[str, None] = {}
    for row in (*data.platforms, *data.accounts):
        keys.update(dict.fromkeys(row.values))
    return list(keys)


def _image(name: str, image: QImage) -> str:
    """The chart in a borderless one-cell table: ui.print_pages moves a table whose
    heading would be left at the foot of a page to the next page with it."""
    height = round(IMAGE_WIDTH_PX * image.height() / max(image.width(), 1))
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr><td>'
        f'<img src="kpi-chart:{name}" width="{IMAGE_WIDTH_PX}" height="{height}"/>'
        "</td></tr></table>"
    )


# Text ----------------------------------------------------------------------------------
def report_html(data: ReportData, names: ReportNames, images: Mapping[str, QImage]) -> str:
    lang = language()
    units = {c.metric: c.unit for c in data.headline}
    out: list[str] = [html_facts(_facts(data, names))]

    out.append(html_heading(translate("KpiReport", "Headline figures")))
    rows = []
    for c in data.headline:
        change, percent = change_text(c)
        rows.append(
            [
                html.escape(name_of(names.metrics, c.metric)),
                html.escape(value_text(c.current, c.unit)),
                html.escape(value_text(c.previous, c.unit)),
                html.escape(change),
                html.escape(percent),
            ]
        )
    headers = [
        translate("KpiReport", "Metric"),
        translate("KpiReport", "This period"),
        translate("KpiReport", "Previous period"),
        translate("KpiReport", "Change"),
        translate("KpiReport", "Change %"),
    ]
    out.append(html_table(headers, rows, numeric=(1, 2, 3, 4)))
    if "trend" in images:
        out.append(html_heading(translate("KpiReport", "Trend")))
        out.append(_image("trend", images["trend"]))
        if data.anomalies:
            out.append(
                html_note(
                    translate("KpiReport", "Circled: unusual days (listed under “Unusual days”).")
                )
            )

    for title, rows_of, key in (
        (translate("KpiReport", "By platform"), data.platforms, "platforms"),
        (translate("KpiReport", "By account"), data.accounts, ""),
    ):
        if not rows_of:
            continue
        out.append(html_heading(title))
        if key in images:
            out.append(_image(key, images[key]))
        metrics = _row_metrics(data)
        table_rows = [
            [html.escape(r.name(lang))]
            + [html.escape(value_text(r.values.get(m), units.get(m, "number"))) for m in metrics]
            for r in rows_of
        ]
        heads = [translate("KpiReport", "Name"), *[name_of(names.metrics, m) for m in metrics]]
        out.append(html_table(heads, table_rows, numeric=range(1, len(metrics) + 1)))

    out.append(html_heading(translate("KpiReport", "Objectives")))
    if data.objectives:
        if "objectives" in images:
            out.append(_image("objectives", images["objectives"]))
        out.append(_objectives_table(data.objectives, names))
    else:
        out.append(html_note(translate("KpiReport", "No strategy objectives cover this period.")))

    out.append(html_heading(translate("KpiReport", "Top posts")))
    out.append(_posts_table(data.top_posts))
    out.append(html_heading(translate("KpiReport", "Weakest posts")))
    out.append(_posts_table(data.bottom_posts))

    out.append(html_heading(translate("KpiReport", "Unusual days")))
    if data.anomalies:
        out.append(
            html_table(
                [
                    translate("KpiReport", "Date"),
                    translate("KpiReport", "Metric"),
                    translate("KpiReport", "Why it is marked"),
                ],
                [
                    [
                        a.day.isoformat(),
                        html.escape(name_of(names.metrics, a.metric)),
                        html_text(a.explanation(lang)),
                    ]
                    for a in data.anomalies
                ],
            )
        )
    else:
        out.append(html_note(translate("KpiReport", "No unusual days in this period.")))

    out.append(html_heading(translate("KpiReport", "Inbox response")))
    out.append(_responses(data))
    out.append(html_heading(translate("KpiReport", "Commentary")))
    out.append(f"<p>{html_text(data.draft.commentary)}</p>")
    out.append(html_heading(translate("KpiReport", "Actions")))
    out.append(f"<p>{html_text(data.draft.actions)}</p>")
    footer = translate("KpiReport", "Social Desk operating report, %1").replace(
        "%1", f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    )
    return html_page(report_title(data), "".join(out), footer)


def _facts(data: ReportData, names: ReportNames) -> list[tuple[str, str]]:
    draft = data.draft
    span = f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    before = f"{data.previous_period.start.isoformat()} – {data.previous_period.end.isoformat()}"
    scope = [names.platforms.get(p, p) for p in draft.platforms]
    scope += [names.accounts.get(a, a) for a in draft.accounts]
    facts = [
        (
            translate("KpiReport", "Period"),
            html.escape(f"{period_text(data.period.start, data.period.end)} ({span})"),
        ),
        (translate("KpiReport", "Compared with"), html.escape(before)),
        (
            translate("KpiReport", "Platforms and accounts"),
            html.escape(list_text(scope) if scope else translate("KpiReport", "All")),
        ),
    ]
    if draft.campaign:
        campaign = names.campaigns.get(draft.campaign, draft.campaign)
        facts.append((translate("KpiReport", "Campaign"), html.escape(campaign)))
    if data.saved is not None and data.saved.saved_by:
        facts.append((translate("KpiReport", "Prepared by"), html.escape(data.saved.saved_by)))
    return facts


def _objectives_table(progress: Sequence[ObjectiveProgress], names: ReportNames) -> str:
    rows = []
    for p in progress:
        scope = names.scopes.get(p.scope_uuid or "", "") or translate("KpiReport", "All accounts")
        label = names.metrics.get(p.metric) or metric_label(p.metric)
        reached = None if p.progress is None else p.progress * 100
        rows.append(
            [
                html.escape(f"{label} · {scope}"),
                html.escape(period_text(p.start, p.end)),
                html.escape(value_text(p.actual, p.unit)),
                html.escape(value_text(p.target, p.unit)),
                html.escape(value_text(reached, "percent")),
                html.escape(status_text(p.status)),
                html.escape(value_text(p.needed_per_day, p.unit)),
            ]
        )
    headers = [
        translate("KpiReport", "Objective"),
        translate("KpiReport", "Period"),
        translate("KpiReport", "Actual"),
        translate("KpiReport", "Target"),
        translate("KpiReport", "Reached"),
        translate("KpiReport", "Status"),
        translate("KpiReport", "Needed a day"),
    ]
    return html_table(headers, rows, numeric=(2, 3, 4, 6))


def _posts_table(posts: Sequence[TopPost]) -> str:
    if not posts:
        return html_note(translate("KpiReport", "No posts with figures in this period."))
    rows = [
        [
            p.published_at.strftime("%Y-%m-%d") if p.published_at else DASH,
            html.escape(platform_text(p.platform_en, p.platform_zh)),
            html.escape((p.title or p.permalink or DASH)[:80]),
            html.escape(value_text(p.views, "count")),
            html.escape(value_text(p.engagement_rate, "percent")),
        ]
        for p in posts
    ]
    headers = [
        translate("KpiReport", "Published"),
        translate("KpiReport", "Platform"),
        translate("KpiReport", "Post"),
        translate("KpiReport", "Views"),
        translate("KpiReport", "Engagement rate"),
    ]
    return html_table(headers, rows, numeric=(3, 4))


def _responses(data: ReportData) -> str:
    r = data.responses
    if not r.available:
        return html_note(
            translate("KpiReport", "Not available: the inbox has no response figures yet.")
        )
    facts = [
        (translate("KpiReport", "Messages"), value_text(r.messages, "count")),
        (translate("KpiReport", "Answered"), value_text(r.answered, "count")),
        (
            translate("KpiReport", "Median first response"),
            value_text(r.median_first_response_minutes, "minutes"),
        ),
        (
            translate("KpiReport", "Average first response"),
            value_text(r.mean_first_response_minutes, "minutes"),
        ),
        (translate("KpiReport", "Answered late"), value_text(r.sla_breaches, "count")),
    ]
    return html_facts([(k, html.escape(v)) for k, v in facts])


# Printing ------------------------------------------------------------------------------
def document_maker(images: Mapping[str, QImage], title: str) -> Callable[[str], QTextDocument]:
    """What ui.print_pages lays out: the HTML in the print font, the charts as resources
    (each layout pass makes the document afresh; the images are drawn once)."""

    def make(text: str) -> QTextDocument:
        document = text_document("", title)
        for name, image in images.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"kpi-chart:{name}"), image
            )
        document.setHtml(text)
        return document

    return make
