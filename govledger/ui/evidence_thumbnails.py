"""Pictures for evidence: thumbnails of images and PDFs, badges for everything else.

Stored files are named by their SHA-256 and have no extension, so images are found
by content (QImageReader) and documents by the original name's extension. PDFs show
their first page, drawn by Qt's QtPdf where the Qt build has it and otherwise by
pypdfium2 (PySide6-Essentials ships no QtPdf); a PDF neither can read gets a badge.
Thumbnails are cached in memory by hash: the same screenshot attached to ten
requirements is decoded once.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from govledger.domain.model import Evidence, EvidenceKind
from govledger.domain.safe_file_names import split_extension

try:  # QtPdf comes with some PySide6 builds only; thumbnails of PDFs are a bonus
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installed Qt
    QPdfDocument = None

# PDFium's own bindings (the renderer Chrome uses), imported on the first PDF shown.
HAS_PDFIUM = importlib.util.find_spec("pypdfium2") is not None
HAS_PDF_RENDERER = QPdfDocument is not None or HAS_PDFIUM

# extension -> (badge text, colour): the colours Office and WPS use for these types
_BADGES: dict[str, tuple[str, str]] = {
    ".pdf": ("PDF", "#C62828"),
    ".ofd": ("OFD", "#AD1457"),
    ".doc": ("DOC", "#1E5EB4"),
    ".docx": ("DOCX", "#1E5EB4"),
    ".wps": ("WPS", "#1E5EB4"),
    ".xls": ("XLS", "#1D7044"),
    ".xlsx": ("XLSX", "#1D7044"),
    ".et": ("ET", "#1D7044"),
    ".ppt": ("PPT", "#C4501A"),
    ".pptx": ("PPTX", "#C4501A"),
    ".dps": ("DPS", "#C4501A"),
    ".txt": ("TXT", "#5F6368"),
    ".zip": ("ZIP", "#6D5B3F"),
    ".rar": ("RAR", "#6D5B3F"),
    ".7z": ("7Z", "#6D5B3F"),
    ".mp4": ("视频", "#4A3C8C"),
    ".mp3": ("音频", "#4A3C8C"),
}
_FILE_BADGE = ("文件", "#607D8B")
_LINK_BADGE = ("网页", "#00796B")
_MISSING_BADGE = ("缺失", "#B01E23")


class Thumbnails:
    def __init__(self, store_root: Path, size: int = 64, *, copies: bool = False):
        """copies: store_root holds copies of a server ledger's files, so a file not
        there is not yet downloaded (its type's badge), not missing."""
        self.store_root = Path(store_root)
        self.size = size
        self.copies = copies
        self._pictures: dict[str, QPixmap | None] = {}  # sha256 -> thumbnail (None: not one)
        self._badges: dict[tuple[str, str, int], QPixmap] = {}

    def stored_path(self, sha256: str) -> Path:
        return self.store_root / sha256[:2] / sha256

    def icon(self, evidence: Evidence, size: int | None = None) -> QPixmap:
        """What the list shows for a piece of evidence."""
        size = size or self.size
        if evidence.kind is EvidenceKind.LINK:
            return self.badge(*_LINK_BADGE, size)
        path = self.stored_path(evidence.sha256)
        if not path.is_file() and not self.copies:
            return self.badge(*_MISSING_BADGE, size)
        picture = self.picture(evidence, size) if path.is_file() else None
        if picture is not None:
            return _centred_in_square(picture, size)  # rows line up whatever the shape
        extension = split_extension(evidence.original_name)[1].lower()
        return self.badge(*_BADGES.get(extension, _FILE_BADGE), size)

    def picture(
        self, evidence: Evidence, size: int | None = None, box: QSize | None = None
    ) -> QPixmap | None:
        """A thumbnail of an image or a PDF's first page, else None.

        It fits inside box (default: a size×size square) with its own proportions, so
        a portrait page shown in a landscape frame is whole, not cropped.
        """
        size = size or self.size
        box = box or QSize(size, size)
        key = f"{evidence.sha256}:{box.width()}x{box.height()}"
        if key not in self._pictures:
            image = self._render(evidence, box)
            self._pictures[key] = None if image is None else QPixmap.fromImage(image)
        return self._pictures[key]

    def forget(self, hashes: set[str]) -> None:
        """Drop what was drawn for these files (their copies just arrived)."""
        for key in [key for key in self._pictures if key.split(":", 1)[0] in hashes]:
            del self._pictures[key]

    def _render(self, evidence: Evidence, box: QSize) -> QImage | None:
        path = self.stored_path(evidence.sha256)
        if split_extension(evidence.original_name)[1].lower() == ".pdf" and HAS_PDF_RENDERER:
            return render_pdf_page(path, box)
        return read_image(path, box)  # also PDFs, where Qt's pdf image plugin can load

    def badge(self, text: str, color: str, size: int) -> QPixmap:
        key = (text, color, size)
        if key not in self._badges:
            self._badges[key] = _draw_badge(text, QColor(color), size)
        return self._badges[key]


def read_image(path: Path, box: QSize) -> QImage | None:
    """An image file scaled into box, decoding only what that size needs."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    if not reader.canRead():
        return None
    full = reader.size()
    if full.isValid() and (full.width() > box.width() or full.height() > box.height()):
        reader.setScaledSize(full.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def render_pdf_page(path: Path, box: QSize) -> QImage | None:
    """The first page of a PDF scaled into box, or None when it cannot be read."""
    if QPdfDocument is None:
        return _render_with_pdfium(path, box)
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return None
        page = document.pagePointSize(0).toSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        image = document.render(0, page)
        return None if image.isNull() else image
    finally:
        document.close()


def _render_with_pdfium(path: Path, box: QSize) -> QImage | None:
    if not HAS_PDFIUM:
        return None
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError):
        return None  # damaged or encrypted: the badge will do
    try:
        if len(document) < 1:
            return None
        page = document[0]
        width, height = page.get_size()
        scale = min(box.width() / width, box.height() / height) if width and height else 0
        if scale <= 0:
            return None
        bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=False)
        data = bytes(bitmap.buffer)
        image = QImage(
            data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return image.copy()  # own the pixels: data is freed with the bitmap
    except pypdfium2.PdfiumError:
        return None
    finally:
        document.close()


def _centred_in_square(picture: QPixmap, size: int) -> QPixmap:
    if picture.width() == picture.height() == size:
        return picture
    square = QPixmap(size, size)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap((size - picture.width()) // 2, (size - picture.height()) // 2, picture)
    painter.setPen(QColor("#C8CDD3"))  # a hairline frame: white screenshots need an edge
    painter.drawRect(
        (size - picture.width()) // 2,
        (size - picture.height()) // 2,
        picture.width() - 1,
        picture.height() - 1,
    )
    painter.end()
    return square


def _draw_badge(text: str, color: QColor, size: int) -> QPixmap:
    """A document sheet with a folded corner and a coloured band naming the type."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = size * 0.72, size * 0.9
    left, top = (size - width) / 2, (size - height) / 2
    fold = width * 0.28
    sheet = QPainterPath()
    sheet.moveTo(left, top)
    sheet.lineTo(left + width - fold, top)
    sheet.lineTo(left + width, top + fold)
    sheet.lineTo(left + width, top + height)
    sheet.lineTo(left, top + height)
    sheet.closeSubpath()
    painter.setPen(QColor("#B8BEC6"))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPath(sheet)
    band = QRectF(left - size * 0.06, top + height * 0.52, width + size * 0.12, height * 0.26)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(band, 2, 2)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, int(band.height() * (0.62 if len(text) <= 3 else 0.5))))
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
