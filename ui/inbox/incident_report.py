"""The printed incident report: facts, timeline, messages, checklist, statements and
lessons. Every piece of user text goes through ``html_text`` (escaped): a message
that holds "<b>" or a script prints as those characters, never as markup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.inbox.types import IncidentReport
from ui.formats import list_text
from ui.inbox.labels import (
    department_names,
    entry_text,
    incident_status_names,
    name_of,
    sentiment_names,
    severity_names,
    statement_status_names,
    when_text,
)
from ui.printing import (
    html_facts,
    html_heading,
    html_note,
    html_page,
    html_table,
    html_text,
    print_preview,
    write_pdf,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget


def report_title(report: IncidentReport) -> str:
    title = QCoreApplication.translate("IncidentReport", "Incident report: %1")
    return title.replace("%1", report.incident.row.title)


def report_html(report: IncidentReport) -> str:
    inc = report.incident
    row = inc.row
    facts = [
        (
            QCoreApplication.translate("IncidentReport", "Severity"),
            html_text(name_of(severity_names(), row.severity)),
        ),
        (
            QCoreApplication.translate("IncidentReport", "Status"),
            html_text(name_of(incident_status_names(), row.status)),
        ),
        (QCoreApplication.translate("IncidentReport", "Owner"), html_text(row.owner)),
        (
            QCoreApplication.translate("IncidentReport", "Departments"),
            html_text(list_text(name_of(department_names(), d) for d in inc.departments)),
        ),
        (
            QCoreApplication.translate("IncidentReport", "Opened"),
            html_text(when_text(row.opened_at)),
        ),
        (
            QCoreApplication.translate("IncidentReport", "Closed"),
            html_text(when_text(row.closed_at)),
        ),
        (QCoreApplication.translate("IncidentReport", "Linked messages"), str(len(inc.messages))),
        (
            QCoreApplication.translate("IncidentReport", "Negative messages"),
            str(report.negative_messages),
        ),
        (
            QCoreApplication.translate("IncidentReport", "Messages from"),
            html_text(
                f"{when_text(report.first_message_at)} – {when_text(report.last_message_at)}"
                if report.first_message_at
                else ""
            ),
        ),
    ]
    body = [html_facts(facts)]
    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Summary")))
    body.append(f"<p>{html_text(inc.summary)}</p>")

    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Timeline")))
    if inc.timeline:
        body.append(
            html_table(
                [
                    QCoreApplication.translate("IncidentReport", "When"),
                    QCoreApplication.translate("IncidentReport", "Who"),
                    QCoreApplication.translate("IncidentReport", "What"),
                ],
                (
                    [
                        html_text(when_text(e.at)),
                        html_text(e.member_name),
                        html_text(entry_text(e.kind, e.text)),
                    ]
                    for e in inc.timeline
                ),
            )
        )
    else:
        body.append(html_note(QCoreApplication.translate("IncidentReport", "Nothing recorded.")))

    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Contingency plan")))
    if inc.plan_name:
        body.append(f"<p>{html_text(inc.plan_name)}</p>")
    if inc.steps:
        body.append(
            html_table(
                [
                    QCoreApplication.translate("IncidentReport", "Step"),
                    QCoreApplication.translate("IncidentReport", "Done"),
                ],
                (
                    [
                        html_text(s.text),
                        html_text(
                            f"✓ {when_text(s.done_at)} {s.done_by}".strip() if s.done else "—"
                        ),
                    ]
                    for s in inc.steps
                ),
            )
        )
    else:
        body.append(
            html_note(QCoreApplication.translate("IncidentReport", "No contingency plan chosen."))
        )

    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Statements")))
    statuses = statement_status_names()
    for s in inc.statements:
        decided = (
            QCoreApplication.translate("IncidentReport", "%1 by %2 on %3")
            .replace("%1", name_of(statuses, s.status))
            .replace("%2", s.approved_by)
            .replace("%3", when_text(s.decided_at))
            if s.decided_at
            else name_of(statuses, s.status)
        )
        body.append(f"<p><b>{html_text(s.title)}</b> ({html_text(decided)})</p>")
        body.append(f"<p>{html_text(s.text)}</p>")
    if not inc.statements:
        body.append(
            html_note(QCoreApplication.translate("IncidentReport", "No statement drafted."))
        )

    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Messages")))
    moods = sentiment_names()
    if inc.messages:
        body.append(
            html_table(
                [
                    QCoreApplication.translate("IncidentReport", "Received"),
                    QCoreApplication.translate("IncidentReport", "Account"),
                    QCoreApplication.translate("IncidentReport", "Author"),
                    QCoreApplication.translate("IncidentReport", "Message"),
                    QCoreApplication.translate("IncidentReport", "Sentiment"),
                ],
                (
                    [
                        html_text(when_text(m.received_at)),
                        html_text(m.account),
                        html_text(m.author_name),
                        html_text(m.preview),
                        html_text(name_of(moods, m.sentiment)),
                    ]
                    for m in inc.messages
                ),
            )
        )
    else:
        body.append(html_note(QCoreApplication.translate("IncidentReport", "No message linked.")))

    body.append(html_heading(QCoreApplication.translate("IncidentReport", "Lessons learned")))
    body.append(f"<p>{html_text(inc.lessons)}</p>")
    footer = QCoreApplication.translate("IncidentReport", "Social Desk · printed %1").replace(
        "%1", when_text(report.made_at)
    )
    return html_page(report_title(report), "".join(body), footer)


def write_report_pdf(report: IncidentReport, path: Path) -> None:
    write_pdf(report_html(report), path, report_title(report))


def report_preview(report: IncidentReport, parent: QWidget | None) -> QPrintPreviewDialog:
    return print_preview(report_html(report), report_title(report), parent)
