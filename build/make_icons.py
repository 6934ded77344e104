"""Render the application icon for Windows: resources/app/govledger.ico and .png.

The drawing is the UI's own icon, resources/icons/govledger.svg (the window and
taskbar icon), so the executable, shortcuts and installer show the same picture.
Run after that SVG changes and commit the results (a test compares them):
    QT_QPA_PLATFORM=offscreen python build/make_icons.py
Each .ico size is rendered from the SVG itself (not scaled down from 256 px), so the
small sizes Explorer and the taskbar show stay sharp.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SOURCE = RESOURCES / "icons" / "govledger.svg"
APP = RESOURCES / "app"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in ICO_SIZES]
    images[-1].save(APP / "govledger.png", optimize=True)
    images[-1].save(
        APP / "govledger.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {APP / 'govledger.png'} and {APP / 'govledger.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
