"""The evidence panel: drop files, paste screenshots, add links, open, rename, remove, undo —
and after each step the database and the evidence store agree (check_ledger)."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox

from govledger.demo import demo_screenshot
from govledger.domain.model import EvidenceKind
from govledger.store.integrity import check_ledger
from govledger.ui.evidence_link_dialog import LinkDialog
from govledger.ui.evidence_model import EvidenceListModel
from govledger.ui.evidence_panel import EvidencePanel

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

# File systems allow 255 bytes per name (Windows: 255 UTF-16 units), so a name cannot
# reach 300 characters on disk; the longest names that can exist sit in a folder deep
# enough that the dropped path passes 300 characters.
LONG_NAME = "关于进一步做好政务公开工作的通知" * 5 + ".docx"  # 85 characters, 245 bytes
LONG_ASCII = "x" * 246 + ".pdf"  # 250 characters: the ledger keeps 240, extension kept
DEEP = "各科室报送的佐证材料" * 6


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def sample_files(folder: Path) -> list[Path]:
    folder = folder / DEEP / DEEP / DEEP
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "关于召开政务公开工作会议的通知.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "CON.pdf": b"%PDF-1.4 reserved name\n",
        LONG_NAME: b"PK\x03\x04 a long docx",
        "网站截图.png": demo_screenshot(3),
        LONG_ASCII: b"%PDF-1.4 long ascii name\n",
    }
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


def drop(panel: EvidencePanel, mime: QMimeData) -> None:
    centre = panel.list.geometry().center()
    # Qt 6: QDragEnterEvent takes a QPoint, QDropEvent a QPointF.
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    panel.dropEvent(event)


def file_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def assert_store_agrees(session) -> None:
    ledger = session.ledger
    assert check_ledger(ledger) == []
    for (sha256,) in ledger._db.execute("SELECT sha256 FROM evidence WHERE kind = 'file'"):
        assert ledger.evidence.contains(sha256)


def test_dropped_files_are_attached_under_their_names(qtbot, panel, session, small_plan, tmp_path):
    paths = sample_files(tmp_path / "explorer")
    with qtbot.waitSignal(panel.attacher.finished, timeout=20000) as finished:
        drop(panel, file_mime(paths))
    assert finished.args[0].recorded and not finished.args[0].cancelled
    items = session.ledger.evidence_for(small_plan["r1"])
    names = [e.original_name for e in items]
    assert len(str(paths[2])) > 300
    assert names[:4] == ["关于召开政务公开工作会议的通知.pdf", "CON.pdf", LONG_NAME, "网站截图.png"]
    assert len(names[4]) == 240 and names[4].endswith("x.pdf")
    assert [p.read_bytes() for p in paths] == [
        session.ledger.evidence_path(e.sha256).read_bytes() for e in items
    ]
    assert panel.model.rowCount() == 5
    assert session.undo_stack.count() == 5  # one undoable step per file
    assert_store_agrees(session)

    # the list shows a thumbnail for the image and a badge for the others
    png_row = panel.model.row_of(items[3].id)
    assert panel.thumbnails.picture(items[3]) is not None
    icon = panel.model.index(png_row).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and icon.width() == panel.thumbnails.size
    assert panel.model.index(png_row).data().startswith("网站截图.png\n")  # name, then details
    assert "585 B" in panel.model.index(png_row).data(EvidenceListModel.DetailRole)


def test_open_copies_under_a_safe_name_and_opens_that_copy(
    qtbot, panel, session, small_plan, tmp_path, opened
):
    paths = sample_files(tmp_path / "explorer")
    with qtbot.waitSignal(panel.attacher.finished, timeout=20000):
        panel.attach_files(paths)
    by_name = {e.original_name: e for e in session.ledger.evidence_for(small_plan["r1"])}
    copy = panel.open_evidence(by_name["CON.pdf"])
    assert copy is not None and copy.name == "CON_.pdf"
    assert copy.read_bytes() == paths[1].read_bytes()
    assert not copy.stat().st_mode & stat.S_IWUSR  # read-only: it is a copy
    assert opened[-1].toLocalFile() == str(copy)
    long_copy = panel.open_evidence(by_name[LONG_NAME])
    assert long_copy.name == LONG_NAME  # Chinese kept as written
    cut_copy = panel.open_evidence(by_name["x" * 236 + ".pdf"])
    assert cut_copy.suffix == ".pdf" and len(cut_copy.name) <= 120
    # opening twice reuses the copy; the store is untouched
    assert panel.open_evidence(by_name["CON.pdf"]) == copy
    assert_store_agrees(session)


def test_paste_a_screenshot_from_the_clipboard(qtbot, panel, session, small_plan):
    image = QImage.fromData(demo_screenshot(1))
    QGuiApplication.clipboard().setImage(image)
    assert panel.paste()
    [item] = session.ledger.evidence_for(small_plan["r1"])
    assert item.original_name.startswith("截图-") and item.original_name.endswith(".png")
    assert len(item.original_name) == len("截图-20260101-120000.png")
    stored = QImage(str(session.ledger.evidence_path(item.sha256)))
    assert (stored.width(), stored.height()) == (image.width(), image.height())
    # the preview shows the picture of the selected evidence
    assert panel.current_evidence().id == item.id
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    assert panel.thumbnails.picture(item) is not None
    assert_store_agrees(session)


def test_remove_then_undo_and_redo(qtbot, panel, session, small_plan, tmp_path):
    [path] = [p for p in sample_files(tmp_path / "x") if p.name == "网站截图.png"]
    with qtbot.waitSignal(panel.attacher.finished, timeout=20000):
        panel.attach_files([path])
    [item] = session.ledger.evidence_for(small_plan["r1"])
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.remove_selected() == 1
    assert session.ledger.evidence_for(small_plan["r1"]) == [] and panel.model.rowCount() == 0
    assert session.ledger.evidence.contains(item.sha256)  # kept for undo
    assert_store_agrees(session)
    session.undo_stack.undo()
    assert [e.id for e in session.ledger.evidence_for(small_plan["r1"])] == [item.id]
    assert panel.model.rowCount() == 1 and panel.current_evidence().id == item.id
    assert_store_agrees(session)
    session.undo_stack.redo()
    assert panel.model.rowCount() == 0
    assert session.ledger.collect_unreferenced_files() == 1
    assert_store_agrees(session)


def test_rename_the_description_is_undoable(qtbot, panel, session, small_plan):
    QGuiApplication.clipboard().setImage(QImage.fromData(demo_screenshot(2)))
    panel.paste()
    index = panel.model.index(0)
    assert panel.model.setData(index, "  门户网站 专栏截图 ")
    assert session.ledger.evidence_for(small_plan["r1"])[0].note == "门户网站 专栏截图"
    assert panel.model.index(0).data().startswith("门户网站 专栏截图\n")
    session.undo_stack.undo()
    assert session.ledger.evidence_for(small_plan["r1"])[0].note == ""
    assert panel.model.index(0).data(Qt.ItemDataRole.EditRole).startswith("截图-")


def test_evidence_can_go_on_a_progress_entry(qtbot, panel, session, small_plan):
    ledger = session.ledger
    entry = session.perform(
        "add", lambda: ledger.add_progress(small_plan["r1"], "召开专题会议", on=date(2021, 3, 5))
    ).first_created("progress_entries")
    assert panel.target_combo.count() == 2  # the requirement and its one progress entry
    panel.target_combo.setCurrentIndex(panel.target_combo.findData(entry))
    QGuiApplication.clipboard().setImage(QImage.fromData(demo_screenshot(4)))
    panel.paste()
    [item] = ledger.evidence_for(small_plan["r1"])
    assert item.progress_id == entry
    assert "2021-03-05" in panel.model.index(0).data(EvidenceListModel.DetailRole)
    assert panel.target_combo.currentData() == entry  # kept across the refresh


def test_links_from_the_browser_and_the_dialog(qtbot, panel, session, small_plan, opened):
    mime = QMimeData()
    mime.setUrls([QUrl("https://www.gov.cn/zhengce/")])
    drop(panel, mime)
    [link] = session.ledger.evidence_for(small_plan["r1"])
    assert (link.kind, link.url) == (EvidenceKind.LINK, "https://www.gov.cn/zhengce/")
    assert panel.open_evidence(link) is None and opened[-1].toString() == link.url

    dialog = LinkDialog(panel)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.url_edit.setText("javascript:alert(1)")
    assert not ok.isEnabled() and dialog.hint.isVisibleTo(dialog)
    dialog.url_edit.setText("https://www.jiangmen.gov.cn/")
    dialog.title_edit.setText("江门市人民政府门户网站")
    assert ok.isEnabled()
    url, title, captured, note = dialog.values()
    assert panel.attach_link(url, title, captured, note)
    titles = [e.title for e in session.ledger.evidence_for(small_plan["r1"])]
    assert titles == ["", "江门市人民政府门户网站"]
    assert_store_agrees(session)


def test_folders_are_not_attached(qtbot, panel, session, small_plan, tmp_path):
    folder = tmp_path / "截图文件夹"
    folder.mkdir()
    with qtbot.waitSignal(panel.attacher.finished, timeout=5000) as finished:
        drop(panel, file_mime([folder]))
    assert finished.args[0].skipped == ["截图文件夹"]
    assert session.ledger.evidence_for(small_plan["r1"]) == []
    assert "截图文件夹" in panel.hint.text()


def test_nothing_to_attach_to_without_a_requirement(qtbot, panel, session):
    panel.load(None)
    QGuiApplication.clipboard().setImage(QImage.fromData(demo_screenshot(1)))
    assert not panel.paste() and not panel.isEnabled()
    assert session.ledger.stats()["evidence"] == 0


def test_pdf_evidence_shows_its_first_page(qtbot, session, small_plan, tmp_path):
    import io

    from reportlab.pdfgen import canvas

    from govledger.ui.evidence_thumbnails import Thumbnails

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)  # a first page that is red all over
    page.setFillColorRGB(0.8, 0, 0)
    page.rect(0, 0, 600, 850, fill=1, stroke=0)
    page.save()
    ledger = session.ledger
    ledger.attach_bytes(small_plan["r1"], buffer.getvalue(), "会议通知.pdf")
    ledger.attach_bytes(small_plan["r1"], b"%PDF-1.4 cut off", "损坏.pdf")
    good, broken = ledger.evidence_for(small_plan["r1"])
    thumbnails = Thumbnails(ledger.path.parent / "evidence", size=64)
    picture = thumbnails.picture(good)
    assert picture is not None and not picture.isNull()
    centre = picture.toImage().pixelColor(picture.width() // 2, picture.height() // 2)
    assert centre.red() > 150 and centre.green() < 60 and centre.blue() < 60
    assert thumbnails.picture(broken) is None  # the list falls back to the PDF badge
    assert not thumbnails.icon(broken).isNull()


def test_a_portrait_page_is_previewed_whole_in_the_landscape_frame(
    qtbot, panel, session, small_plan
):
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)  # portrait, with a black band at top and bottom
    page.setFillColorRGB(0, 0, 0)
    page.rect(0, 0, A4[0], 60, fill=1, stroke=0)
    page.rect(0, A4[1] - 60, A4[0], 60, fill=1, stroke=0)
    page.save()
    session.ledger.attach_bytes(small_plan["r1"], buffer.getvalue(), "公开目录.pdf")
    panel.load(small_plan["r1"])
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    shown = panel.preview.pixmap()
    frame = panel.preview.contentsRect()
    assert shown is not None and not shown.isNull()
    assert shown.height() <= frame.height() and shown.width() <= frame.width()  # not cropped
    assert shown.width() < shown.height()  # still portrait
    image = shown.toImage()
    for y in (1, image.height() - 2):  # both bands are in the picture
        assert image.pixelColor(image.width() // 2, y).lightness() < 80
