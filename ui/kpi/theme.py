"""How charts look: matplotlib's fonts (Chinese included) and light and dark palettes.

Imports matplotlib: only modules loaded once the KPI tab is first shown import this.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import matplotlib
from matplotlib import font_manager
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app import paths
from ui.i18n import CJK_FAMILIES


@dataclass(frozen=True)
class Palette:
    """Colours of one chart look; ``series`` cycle over the lines and bars."""

    dark: bool
    background: str
    foreground: str
    muted: str
    grid: str
    series: tuple[str, ...]
    target: str
    good: str
    bad: str
    anomaly: str


# Okabe–Ito, the colour-blind-safe set, in an order whose first four stay apart in grey.
LIGHT = Palette(
    dark=False,
    background="#ffffff",
    foreground="#1d2329",
    muted="#6b7682",
    grid="#e3e8ee",
    series=("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a7a7a"),
    target="#1d2329",
    good="#1e8449",
    bad="#c0392b",
    anomaly="#d55e00",
)
DARK = Palette(
    dark=True,
    background="#1f2328",
    foreground="#e6edf3",
    muted="#9aa5b1",
    grid="#353c45",
    series=("#56b4e9", "#f0b440", "#2ec4a0", "#e08cc4", "#9fd3f5", "#ff7f3f", "#b0b0b0"),
    target="#e6edf3",
    good="#4cc38a",
    bad="#ff6b5e",
    anomaly="#ff9f43",
)


def system_is_dark() -> bool:
    """The system's colour scheme (Qt 6.5+), else the window colour's lightness."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current_palette() -> Palette:
    return DARK if system_is_dark() else LIGHT


@functools.cache
def chart_fonts() -> tuple[str, ...]:
    """Set matplotlib up once: DejaVu Sans for Latin text, a CJK family for the rest.

    matplotlib falls back glyph by glyph along ``font.family`` (3.6+), so Chinese labels
    render with whichever CJK family is installed (WenQuanYi Micro Hei on Linux,
    Microsoft YaHei on Windows, PingFang SC on macOS) or the one the app ships.
    """
    for font_file in sorted((paths.resources_dir() / "fonts").glob("*.tt[cf]")):
        font_manager.fontManager.addfont(str(font_file))
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    families = ("DejaVu Sans", *[f for f in CJK_FAMILIES if f in known][:1])
    rc = matplotlib.rcParams
    rc["font.family"] = list(families)
    rc["font.size"] = 9.0
    rc["axes.unicode_minus"] = False  # "−" is missing from most CJK fonts
    # Text in exported PDF charts stays text (searchable); SVG keeps it as paths, so a
    # viewer without the CJK font still shows it.
    rc["pdf.fonttype"] = 42
    rc["svg.fonttype"] = "path"
    return families


def apply_palette(figure: object, palette: Palette) -> None:
    """Colour ``figure`` (a matplotlib Figure) and every axes in it."""
    from matplotlib.figure import Figure

    assert isinstance(figure, Figure)
    figure.set_facecolor(palette.background)
    for axes in figure.axes:
        axes.set_facecolor(palette.background)
        axes.tick_params(colors=palette.muted, labelcolor=palette.foreground)
        for spine in axes.spines.values():
            spine.set_color(palette.grid)
        axes.title.set_color(palette.foreground)
        axes.xaxis.label.set_color(palette.foreground)
        axes.yaxis.label.set_color(palette.foreground)
        legend = axes.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(palette.background)
            legend.get_frame().set_edgecolor(palette.grid)
            for text in legend.get_texts():
                text.set_color(palette.foreground)
