"""Plan documents the tests build themselves: .docx and .xlsx with merges, bad files."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

Cell = tuple[int, int]


def build_docx(
    path: Path,
    *,
    before: Sequence[str] = (),
    header: Sequence[str] = (),
    rows: Sequence[Sequence[str]] = (),
    merges: Sequence[tuple[Cell, Cell]] = (),
    repeat_header_at: Sequence[int] = (),
    after: Sequence[str] = (),
) -> Path:
    """Paragraphs, then a table (header row + rows), then paragraphs.

    merges are ((row, col), (row, col)) in table coordinates, the header being row 0;
    python-docx writes them as vMerge/gridSpan with empty continuation cells.
    repeat_header_at: row indexes (into rows) before which the header is repeated,
    as Word does on every page.
    """
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    if header:
        all_rows: list[Sequence[str]] = [header]
        for index, row in enumerate(rows):
            if index in repeat_header_at:
                all_rows.append(header)
            all_rows.append(row)
        table = document.add_table(rows=len(all_rows), cols=len(header))
        for r, row in enumerate(all_rows):
            for c, text in enumerate(row):
                if text:
                    table.cell(r, c).text = text
            if list(row) == list(header):
                _mark_header_row(table.rows[r]._tr)
        for (r1, c1), (r2, c2) in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _mark_header_row(tr: object) -> None:
    tr_pr = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def build_prose_docx(path: Path, paragraphs: Sequence[str]) -> Path:
    return build_docx(path, before=paragraphs)


def build_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    merges: Sequence[str] = (),
    title: str = "分工方案",
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    workbook.save(str(path))
    return path


def fake_ole(path: Path, streams: Sequence[str]) -> Path:
    """An OLE2 compound file header and one directory sector naming streams.

    Enough of the structure of an old .doc/.xls, or of an encrypted .docx/.xlsx
    (whose directory names 'EncryptionInfo' and 'EncryptedPackage'), for sniffing.
    """
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 48, 0)  # first directory sector
    directory = bytearray()
    for name in ("Root Entry", *streams):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    directory += bytes(-len(directory) % 512)
    path.write_bytes(bytes(header) + bytes(directory) + bytes(512))
    return path


def rewrite_zip_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    """A copy of a zip with one part's content replaced (or added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info, old.read(info.filename))
        new.writestr(part, data)
    return target


def declare_huge_size(path: Path, part: str, size: int = 0xFFFFFFFE) -> Path:
    """Patch the central directory so part claims an enormous uncompressed size."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == name:
            struct.pack_into("<I", data, position + 24, size)
            break
        position += 4
    path.write_bytes(bytes(data))
    return path


def add_list_numbering(document: Any, levels: Sequence[tuple[str, str]]) -> str:
    """Define a Word list (numFmt, lvlText per level) in numbering.xml; its numId."""
    root = document.part.numbering_part.element
    abstract_id = str(900 + len(root.findall(qn("w:abstractNum"))))
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    for index, (number_format, text) in enumerate(levels):
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), str(index))
        for tag, value in (("w:start", "1"), ("w:numFmt", number_format), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            level.append(child)
        abstract.append(level)
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # abstractNum elements come before num elements
    else:
        root.append(abstract)
    num_id = str(900 + len(root.findall(qn("w:num"))))
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), abstract_id)
    num.append(reference)
    root.append(num)
    return num_id


def number_paragraph(paragraph: Any, num_id: str, level: int) -> None:
    """Give a paragraph Word's automatic numbering (no number in its text)."""
    properties = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    properties.append(num_pr)
