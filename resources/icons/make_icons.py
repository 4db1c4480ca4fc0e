"""Draw the app icon: a rounded blue square with "PK" in white.

Writes ``panduan-karier.png`` (256×256) and ``panduan-karier.ico`` (16–256 px, each size drawn
at its own size and stored as PNG, which Windows Vista and later read) beside this script.
The images are committed; run this only to change them::

    QT_QPA_PLATFORM=offscreen uv run python resources/icons/make_icons.py

Not bundled into the program (build.spec takes only the .png and the .ico).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

HERE = Path(__file__).resolve().parent
NAME = "panduan-karier"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
TOP, BOTTOM = QColor("#2f7fd8"), QColor("#164a8c")  # white text on both: contrast ≥ 4.5:1


def draw(size: int) -> QImage:
    """The icon at ``size``×``size`` pixels, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size / 32
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    radius = square.width() * 0.2
    path.addRoundedRect(square, radius, radius)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    painter.fillPath(path, gradient)
    font = QFont("DejaVu Sans")
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(max(7, round(size * 0.46)))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 92)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(square, Qt.AlignmentFlag.AlignCenter, "PK")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (Qt's built-in writer, no plugin needed)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico file holding one PNG-encoded image per size (ICONDIR + ICONDIRENTRY list)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = [], b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
        payload += data
    return header + b"".join(entries) + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need it
    (HERE / f"{NAME}.png").write_bytes(png_bytes(draw(256)))
    ico = ico_bytes([png_bytes(draw(size)) for size in ICO_SIZES], ICO_SIZES)
    (HERE / f"{NAME}.ico").write_bytes(ico)
    print(f"{HERE / NAME}.png, .ico ({len(ICO_SIZES)} sizes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
