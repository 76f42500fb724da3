"""KPI tab: followers, views, shares, conversions and ROI against the plan's targets."""

from __future__ import annotations

from ui.empty_state import PlaceholderTab


class KpiTab(PlaceholderTab):
    def texts(self) -> tuple[str, str]:
        return (
            self.tr("No KPI data yet"),
            self.tr(
                "Import your platforms' analytics exports to chart followers, "
                "reads/views, shares, comments, conversions and ROI against the "
                "targets of your strategy plan."
            ),
        )
