"""Bad files: one clear line naming the file, never a traceback."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from govledger.importers import PlanImportError, load_plan
from tests.importers.documents import (
    build_docx,
    declare_huge_size,
    fake_ole,
    rewrite_zip_part,
)


def _refused(path: Path) -> PlanImportError:
    with pytest.raises(PlanImportError) as caught:
        load_plan(path)
    error = caught.value
    text = str(error)
    assert "\n" not in text, text
    assert str(path) in text, text
    assert "Traceback" not in text
    return error


@pytest.fixture
def plan_docx(tmp_path: Path) -> Path:
    return build_docx(
        tmp_path / "good.docx",
        before=["2023年政务公开工作要点分工方案"],
        header=["工作任务", "具体要求", "责任单位"],
        rows=[["一、甲", "1. 乙", "办公室"]],
    )


@pytest.mark.parametrize("name", ["empty.docx", "empty.xlsx", "empty.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert _refused(path).key == "import.empty"


@pytest.fixture
def no_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("govledger.importers.conversion.available_converters", list)


@pytest.mark.parametrize(
    ("name", "streams", "target"),
    [
        ("old.doc", ["WordDocument", "1Table"], ".docx"),
        ("old.wps", ["WordDocument", "1Table"], ".docx"),
        ("renamed.docx", ["WordDocument", "1Table"], ".docx"),
        ("old.xls", ["Workbook"], ".xlsx"),
        ("old.et", ["Workbook"], ".xlsx"),
    ],
)
def test_old_binary_formats_without_a_converter_ask_to_save_as_docx_or_xlsx(
    tmp_path: Path, name: str, streams: list[str], target: str, no_converter: None
) -> None:
    error = _refused(fake_ole(tmp_path / name, streams))
    assert error.key == "import.no_converter"
    assert target in str(error) and "LibreOffice" in str(error)


def test_unknown_old_binary_format(tmp_path: Path) -> None:
    path = fake_ole(tmp_path / "slides.ppt", ["PowerPoint Document"])
    assert _refused(path).key == "import.old_binary"


@pytest.mark.parametrize("name", ["secret.xlsx", "secret.docx"])
def test_password_protected_file(tmp_path: Path, name: str) -> None:
    # An encrypted Office file is an OLE container holding EncryptionInfo and
    # EncryptedPackage streams instead of a zip.
    path = fake_ole(tmp_path / name, ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"])
    error = _refused(path)
    assert error.key == "import.encrypted"
    assert "password" in str(error)


def test_text_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("一、这只是文本\n1. 不是Word文档", encoding="utf-8")
    error = _refused(path)
    assert error.key == "import.renamed"
    assert "Word (.docx)" in str(error)


def test_cut_off_download(tmp_path: Path, plan_docx: Path) -> None:
    data = plan_docx.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert _refused(path).key == "import.damaged"


def test_zip_that_is_no_office_document(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _refused(path).key == "import.not_office"


def test_zip_bomb_refused_by_ratio_before_parsing(tmp_path: Path, plan_docx: Path) -> None:
    bomb = rewrite_zip_part(
        plan_docx, tmp_path / "bomb.docx", "word/media/fill.bin", bytes(3 << 20)
    )
    error = _refused(bomb)
    assert error.key == "import.too_large"
    assert "word/media/fill.bin" in str(error)


def test_zip_bomb_refused_by_declared_size(tmp_path: Path, plan_docx: Path) -> None:
    path = declare_huge_size(shutil.copy(plan_docx, tmp_path / "huge.docx"), "word/document.xml")
    error = _refused(Path(path))
    assert error.key == "import.too_large"


def test_billion_laughs_refused(tmp_path: Path, plan_docx: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    ]
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(entities) + "\n]>\n"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    path = rewrite_zip_part(plan_docx, tmp_path / "laughs.docx", "word/document.xml", laughs)
    error = _refused(path)
    assert error.key == "import.unsafe_xml"
    assert "word/document.xml" in str(error)


def test_malformed_xml_is_a_clear_error(tmp_path: Path, plan_docx: Path) -> None:
    path = rewrite_zip_part(
        plan_docx, tmp_path / "broken.docx", "word/document.xml", b"<w:document><w:body>"
    )
    error = _refused(path)
    assert error.key == "import.failed"


def test_document_without_a_plan(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "letter.docx",
        before=["关于召开工作会议的通知", "各科室：定于下周一召开会议，请准时参加。", "办公室"],
    )
    error = _refused(path)
    assert error.key == "import.no_plan"


def test_cut_off_pdf(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert _refused(path).key == "import.damaged"


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert _refused(path).key == "import.binary"


def test_missing_file(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nowhere.docx").key == "import.unreadable"


def test_message_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_converter: None
) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "zh_CN")
    path = fake_ole(tmp_path / "旧方案.doc", ["WordDocument"])
    text = str(_refused(path))
    assert "另存为" in text and "旧方案.doc" in text


def test_good_plan_still_imports(plan_docx: Path) -> None:
    assert [task.text for _path, task in load_plan(plan_docx).requirements()] == ["乙"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-32-le", "utf-32-be"])
def test_a_doctype_in_any_unicode_encoding_is_refused(
    tmp_path: Path, plan_docx: Path, encoding: str
) -> None:
    # Issue 19, item 9: the UTF-32 spelling of <!DOCTYPE slipped past the check.
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body/></w:document>"
    )
    path = rewrite_zip_part(
        plan_docx, tmp_path / f"{encoding}.docx", "word/document.xml", text.encode(encoding)
    )
    assert _refused(path).key == "import.unsafe_xml"
