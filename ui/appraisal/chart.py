"""A member's weighted totals across cycles as a small line chart.

Imports matplotlib: the appraisal panel imports this module only when a history is
first shown, never at start.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.appraisal.types import HistoryPoint
from ui.kpi.theme import chart_fonts

# The KPI charts' set-up (once): Latin, then the installed or shipped Chinese family, for
# cycle names such as "2026 第三季度".
FONTS = list(chart_fonts())


class HistoryChart(FigureCanvasQTAgg):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.figure = Figure(figsize=(4.5, 1.8), layout="constrained")
        super().__init__(self.figure)  # type: ignore[no-untyped-call]
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def show_points(self, points: Sequence[HistoryPoint], empty_text: str) -> None:
        self.figure.clear()
        axes = self.figure.add_subplot()
        scored = [p for p in points if p.total is not None]
        if not scored:
            axes.set_axis_off()
            axes.text(0.5, 0.5, empty_text, ha="center", va="center", family=FONTS)
        else:
            xs = list(range(len(scored)))
            ys = [p.total or 0.0 for p in scored]
            axes.plot(xs, ys, marker="o", color="#1f4e79")
            for x, p in zip(xs, scored, strict=True):
                axes.annotate(
                    p.grade, (x, p.total or 0.0), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=8, family=FONTS,
                )  # fmt: skip
            axes.set_xticks(xs, [p.cycle_name for p in scored], fontsize=8, family=FONTS)
            axes.set_ylim(0, 105)
            axes.tick_params(axis="y", labelsize=8)
            axes.grid(axis="y", alpha=0.3)
        self.draw_idle()  # type: ignore[no-untyped-call]
