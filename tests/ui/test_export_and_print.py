"""文件 → 导出与打印: exports in a worker thread, and printed pages read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from govledger.demo import build_demo
from govledger.ui.export_dialog import ExportDialog
from govledger.ui.print_preview import make_printer, paint_pages

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

TODAY = date(2026, 11, 23)


@pytest.fixture
def dialog(qtbot, session):
    plan_id = build_demo(session.ledger, TODAY)
    dialog = ExportDialog(session, plan_id, 7, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def pdf_text(path: Path, *options: str) -> str:
    """The PDF's text; NFKC because Qt's PDF writer may name a shared CJK glyph by its
    Kangxi radical (⼯ for 工); spaces and line breaks depend on fonts and versions."""
    import unicodedata

    text = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\n", "")


def choose(dialog: ExportDialog, key: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(key))


def export(qtbot, dialog: ExportDialog, target: Path) -> None:
    dialog.path_edit.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_path is not None, timeout=30_000)


def test_excel_ledger_of_one_unit_in_the_background(qtbot, dialog, tmp_path: Path) -> None:
    choose(dialog, "xlsx")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("办公室"))
    assert dialog.unit_combo.isEnabled() and dialog.preview_button.isEnabled()
    export(qtbot, dialog, tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(dialog.last_path).active
    units = [row[3] for row in sheet.iter_rows(min_row=4, values_only=True) if row[3]]
    # its own requirements and those given to every 科室 (局各科室, 其他科室): issue 23
    assert units and all(any(n in unit for n in ("办公室", "各科室", "其他科室")) for unit in units)
    assert any("局各科室" in unit for unit in units)
    assert "台账.xlsx" in dialog.result_label.text()
    assert not dialog.open_folder_button.isHidden()


def test_report_draft_takes_no_filters(qtbot, dialog, tmp_path: Path) -> None:
    choose(dialog, "report")
    assert not dialog.unit_combo.isEnabled() and not dialog.preview_button.isEnabled()
    assert dialog.path_edit.text().endswith(".docx")
    export(qtbot, dialog, tmp_path / "草稿.docx")
    assert any("工作要点" in p.text for p in Document(str(dialog.last_path)).paragraphs)


def test_a_failed_export_says_why_and_leaves_no_file(qtbot, dialog, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "govledger.ui.export_dialog.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    choose(dialog, "docx")
    dialog.path_edit.setText(str(blocker / "台账.docx"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "台账.docx" in shown[0]
    assert dialog.export_button.isEnabled() and dialog.last_path is None


def test_print_preview_opens(qtbot, dialog) -> None:
    dialog.print_preview()
    previews = [w for w in dialog.findChildren(QPrintPreviewDialog)]
    assert previews and previews[0].isVisible()
    previews[0].close()


def test_the_printed_title_does_not_break_before_its_last_character(dialog) -> None:
    """Issue 23: A4 landscape wrapped the demo's title before “账”, alone on a line.
    At every page width, a title that wraps ends in a line holding 落实情况台账."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    printer = make_printer()
    html = dialog.printable_html()
    title_only = html[: html.index("</h1>") + len("</h1>")] + "</body></html>"
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setHtml(title_only)
    full = printer.pageLayout().paintRectPixels(printer.resolution()).width()
    wrapped = 0
    for width in range(full // 2, full + 1, full // 80):
        document.setPageSize(QSizeF(width, 100_000))
        document.documentLayout().documentSize()
        block = document.firstBlock()
        layout = block.layout()
        if layout.lineCount() < 2:
            continue
        wrapped += 1
        last = layout.lineAt(layout.lineCount() - 1)
        text = block.text()[last.textStart() : last.textStart() + last.textLength()]
        assert text.replace("\u2060", "").endswith("落实情况台账"), (width, text)
    assert wrapped > 10


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_printed_ledger_pages_read_back(qtbot, dialog, tmp_path: Path) -> None:
    printer = make_printer()
    assert printer.pageLayout().orientation() is QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    choose(dialog, "docx")
    pages = paint_pages(printer, dialog.printable_html())
    assert pages >= 2
    first, second = pdf_text(tmp_path / "printed.pdf", "-layout").split("\f")[:2]
    assert "落实情况台账" in first and "—1—" in first
    assert "具体要求" in second and "—2—" in second  # the header row repeats
    assert "主动公开" in first

    choose(dialog, "pdf")
    printer.setOutputFileName(str(tmp_path / "summary.pdf"))
    paint_pages(printer, dialog.printable_html())
    summary = pdf_text(tmp_path / "summary.pdf")
    assert "完成情况概览" in summary and "逾期事项" in summary
