"""A matplotlib chart in a Qt widget: hover shows the exact value, export to PNG/SVG/PDF.

Imports matplotlib's QtAgg backend: the KPI tab imports this module only when it is
first shown, never before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.imports.exporter import Cell
from ui.kpi.theme import Palette, apply_palette, chart_fonts, current_palette

HOVER_REACH_PX = 12.0  # how close the pointer must come to a point to show its value
EXPORT_DPI = 200
EXPORT_FORMATS = ("png", "svg", "pdf")


@dataclass
class Hover:
    """Points of ``axes`` (data coordinates) that show ``label(i)`` under the pointer."""

    axes: Axes
    points: np.ndarray
    label: Callable[[int], str]


@dataclass
class Drawn:
    """What a chart builder drew: hover points, and the table behind the chart."""

    hovers: list[Hover] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[Sequence[Cell]] = field(default_factory=list)
    empty: bool = False
    # left, right, bottom, top in inches: room for tick labels, as the chart needs.
    margins: tuple[float, float, float, float] = (0.75, 0.25, 0.45, 0.35)


def new_figure(width_in: float = 8.0, height_in: float = 4.0) -> Figure:
    """A figure in the app's fonts; not attached to any window (pyplot is never used)."""
    chart_fonts()
    return Figure(figsize=(width_in, height_in))


def start_figure(figure: Figure, key: object) -> bool:
    """Make ``figure`` ready for a chart described by ``key``: True when it already
    shows one of the same make (its artists can take new data: a redraw costs a third),
    else it is cleared and False. A ``key`` of None: always a new chart."""
    if key is not None and getattr(figure, "_kpi_key", None) == key and figure.axes:
        return True
    figure.clear()
    figure._kpi_key = key  # type: ignore[attr-defined]
    return False


def fit_margins(figure: Figure, margins: tuple[float, float, float, float]) -> None:
    """Fixed margins in inches: constrained layout would cost 60 % of every redraw."""
    width, height = figure.get_size_inches()
    left, right, bottom, top = margins
    figure.subplots_adjust(
        left=min(left / width, 0.45),
        right=max(1 - right / width, 0.55),
        bottom=min(bottom / height, 0.45),
        top=max(1 - top / height, 0.55),
        wspace=0.08,
    )


def save_figure(figure: Figure, path: Path) -> None:
    """Write ``figure`` as PNG, SVG or PDF, chosen by the suffix of ``path``."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in EXPORT_FORMATS:
        raise ValueError(f"unknown chart format: {path.suffix}")
    figure.savefig(path, format=kind, dpi=EXPORT_DPI, facecolor=figure.get_facecolor())


class ChartView(QWidget):
    """One chart. ``show_chart(build)`` clears the figure and calls ``build(figure,
    palette)``, which draws and returns a :class:`Drawn`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = new_figure()
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.palette_in_use: Palette = current_palette()
        self.drawn = Drawn(empty=True)
        self._build: Callable[[Figure, Palette], Drawn] | None = None
        self._tip: Annotation | None = None
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: self._hide_tip())
        # Margins are in inches: the canvas resizes the figure first, then this runs.
        self.canvas.mpl_connect(
            "resize_event", lambda _e: fit_margins(self.figure, self.drawn.margins)
        )

    # Drawing ------------------------------------------------------------------------
    def show_chart(self, build: Callable[[Figure, Palette], Drawn]) -> Drawn:
        """Draw with ``build`` now (and again when the colour scheme changes)."""
        self._build = build
        return self.redraw()

    def redraw(self) -> Drawn:
        self.palette_in_use = current_palette()
        if self._tip is not None:
            self._tip.remove()
            self._tip = None
        if self._build is not None:
            self.drawn = self._build(self.figure, self.palette_in_use)
        fit_margins(self.figure, self.drawn.margins)
        apply_palette(self.figure, self.palette_in_use)
        self.canvas.draw()  # type: ignore[no-untyped-call]
        return self.drawn

    def axes(self) -> list[Axes]:
        return list(self.figure.axes)

    def export(self, path: Path) -> None:
        """Save the chart as shown, in the format of the file's suffix."""
        save_figure(self.figure, path)

    # Hover --------------------------------------------------------------------------
    def _hide_tip(self) -> None:
        if self._tip is not None and self._tip.get_visible():
            self._tip.set_visible(False)
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def nearest(self, x_px: float, y_px: float) -> tuple[Hover, int] | None:
        """The hover point nearest to display position (x_px, y_px), within reach."""
        best: tuple[float, Hover, int] | None = None
        for hover in self.drawn.hovers:
            if len(hover.points) == 0:
                continue
            shown = hover.axes.transData.transform(hover.points)
            distance = np.hypot(shown[:, 0] - x_px, shown[:, 1] - y_px)
            index = int(np.nanargmin(distance))
            if distance[index] <= HOVER_REACH_PX and (best is None or distance[index] < best[0]):
                best = (float(distance[index]), hover, index)
        return None if best is None else (best[1], best[2])

    def _hover(self, event: MouseEvent) -> None:
        if event.x is None or event.y is None:
            return
        found = self.nearest(event.x, event.y)
        if found is None:
            self._hide_tip()
            return
        hover, index = found
        text = hover.label(index)
        x, y = (float(v) for v in hover.points[index])
        tip = self._tip
        if tip is None or tip.axes is not hover.axes:
            if tip is not None:
                tip.remove()
            palette = self.palette_in_use
            tip = hover.axes.annotate(
                "",
                (x, y),
                xytext=(10, 10),
                textcoords="offset points",
                bbox={"boxstyle": "round,pad=0.4", "fc": palette.background, "ec": palette.muted},
                color=palette.foreground,
                zorder=10,
                annotation_clip=False,
            )
            self._tip = tip
        # Near the right or top edge the tip opens towards the middle, staying in view.
        width, height = self.figure.bbox.width, self.figure.bbox.height
        tip.set_position(
            (-10 if event.x > width * 0.6 else 10, -24 if event.y > height * 0.7 else 10)
        )
        tip.set_horizontalalignment("right" if event.x > width * 0.6 else "left")
        tip.xy = (x, y)
        tip.set_text(text)
        tip.set_visible(True)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]
