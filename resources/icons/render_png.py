"""Render govledger-<size>.png from govledger.svg (run after editing the SVG).

The window icon is built from these PNGs, not the SVG: loading Qt's SVG icon
plugin costs a few milliseconds of every start, and each size is drawn from the
vector itself, so the 16 and 32 px title-bar icons stay sharp.
    QT_QPA_PLATFORM=offscreen python resources/icons/render_png.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).parent


def render(size: int = 256) -> Path:
    renderer = QSvgRenderer(str(HERE / "govledger.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = HERE / f"govledger-{size}.png"
    image.save(str(target))
    return target


SIZES = (16, 32, 48, 256)

if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        print(render(size))
