"""Render resources/icons/socialdesk.svg into the icon files the platforms want.

    .venv/bin/python packaging/make_icons.py

Writes packaging/icons/socialdesk.png (Linux launcher, 256 px), socialdesk.ico (Windows,
16-256 px) and socialdesk.icns (macOS, 16-1024 px). The outputs are committed, so a
build needs neither this script nor a display; run it again after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "socialdesk.svg"
OUT = ROOT / "packaging" / "icons"


def render(size: int) -> bytes:
    """The SVG as a PNG of ``size`` x ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv)
    OUT.mkdir(exist_ok=True)
    big = Image.open(io.BytesIO(render(1024)))
    (OUT / "socialdesk.png").write_bytes(render(256))
    big.save(OUT / "socialdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "socialdesk.icns")
    for name in ("socialdesk.png", "socialdesk.ico", "socialdesk.icns"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
