"""Content calendar tab: posts through production and review to publishing."""

from __future__ import annotations

from ui.widgets.tab import PlaceholderTab


class CalendarTab(PlaceholderTab):
    def texts(self) -> tuple[str, str]:
        return (
            self.tr("No posts planned yet"),
            self.tr(
                "The content calendar will hold every post — articles, videos, live "
                "streams, image+text and short videos — from draft through legal, "
                "compliance and brand review to publishing, week by week."
            ),
        )
