"""Inbox tab: comments and direct messages to answer, assign and track."""

from __future__ import annotations

from ui.widgets.tab import PlaceholderTab


class InboxTab(PlaceholderTab):
    def texts(self) -> tuple[str, str]:
        return (
            self.tr("No messages to answer"),
            self.tr(
                "The inbox will gather comments and direct messages from every managed "
                "account, so each one is answered, assigned to a teammate and tracked "
                "until it is closed."
            ),
        )
