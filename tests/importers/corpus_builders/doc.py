"""Old binary documents for the corpus (doc-*.doc, .wps, .et), made with LibreOffice.

A .docx/.xlsx is built with python-docx/openpyxl and converted by LibreOffice to
Word 97 (.doc) or Excel 97 (.xls). WPS writes files compatible with those, so a
.wps is a Word 97 file and a .et an Excel 97 file under WPS's extension.
"""

# ruff: noqa: E501  (rows of plan text read best one row to a line)
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from govledger.importers.conversion import LibreOfficeConverter
from tests.importers.documents import build_docx, build_xlsx


def _convert(source: Path, suffix: str, target: Path) -> Path:
    converter = LibreOfficeConverter.find()
    if converter is None:
        raise RuntimeError("LibreOffice (soffice) is needed to build the .doc/.wps/.et corpus")
    if suffix == ".doc":
        # LibreOffice 7.4 drops python-docx's tables (tblW type=auto, w=0) when
        # writing .doc straight from .docx; through its own format they survive.
        odt_dir = source.parent / "odt"
        odt_dir.mkdir(exist_ok=True)
        source = converter.convert(source, ".odt", odt_dir)
    out_dir = source.parent / "out"
    out_dir.mkdir(exist_ok=True)
    shutil.copyfile(converter.convert(source, suffix, out_dir), target)
    return target


def merged_table_doc(scratch: Path, target: Path) -> Path:
    """A covering notice, then a table whose 工作任务 cells are merged down the column."""
    header = ["序号", "工作任务", "具体要求", "责任单位", "时间节点"]
    rows = [
        ["1", "一、深化决策公开", "对涉及公众利益的重大决策事项，在决策前向社会公开征求意见。",
         "办公室牵头，各业务股室配合", "长期"],
        ["2", "", "推行重大决策预公开，及时公开决策结果及采纳意见情况。",
         "办公室", "决策作出后20个工作日内"],
        ["3", "二、加强政策解读", "出台政策文件时同步发布图解、问答等多种形式的解读材料。",
         "政策法规股", "全年"],
        ["4", "", "每半年组织一次政策解读进社区活动。", "政策法规股、宣传股", "2022年6月底前"],
        ["5", "三、规范依申请公开", "完善依申请公开登记、审核、办理、答复、归档全流程管理。",
         "办公室", "2022年9月30日前"],
    ]  # fmt: skip
    source = build_docx(
        scratch / "merged.docx",
        before=[
            "安平县交通运输局文件",
            "安交〔2022〕8号",
            "安平县交通运输局关于印发2022年政务公开工作要点的通知",
            "局机关各股室、各下属单位：",
            "现将《安平县交通运输局2022年政务公开工作要点》印发给你们，请结合实际认真贯彻落实。",
            "安平县交通运输局",
            "2022年3月8日",
            "安平县交通运输局2022年政务公开工作要点",
        ],
        header=header,
        rows=rows,
        merges=[((1, 1), (2, 1)), ((3, 1), (4, 1))],
    )
    return _convert(source, ".doc", target)


def wps_table(scratch: Path, target: Path) -> Path:
    """A plain 3-column table saved by WPS: a Word 97 file with the .wps extension."""
    header = ["工作任务", "具体要求", "责任科室"]
    rows = [
        ["一、推进财政信息公开", "1.在预算批复后20日内公开部门预算。", "计财科"],
        ["", "2.公开政府采购项目信息和采购结果。", "计财科、办公室"],
        ["二、做好基层政务公开", "3.指导各乡镇更新完善基层政务公开标准目录。", "基层指导科牵头，各乡镇配合"],
        ["", "4.在便民服务中心设置政务公开专区，提供查阅服务。", "综合服务科"],
    ]  # fmt: skip
    source = build_docx(
        scratch / "wps.docx",
        before=["平阳县财政局2023年政务公开工作任务分工"],
        header=header,
        rows=rows,
        merges=[((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    return _convert(source, ".doc", target)


def et_sheet(scratch: Path, target: Path) -> Path:
    """A WPS spreadsheet (.et: an Excel 97 workbook) with a title row and merged tasks."""
    rows = [
        ["长岭镇2024年政务公开工作任务清单", "", "", ""],
        ["工作任务", "具体要求", "责任单位", "完成时限"],
        ["一、公开惠民政策", "公开各类惠农补贴的政策依据、发放标准和发放结果。", "农业服务中心", "2024年11月底前"],
        ["", "公开最低生活保障对象名单，每季度更新。", "社会事务办", "每季度"],
        ["二、村务公开", "指导各村按月公开村级财务收支情况。", "经管站牵头，各村委会配合", "每月10日前"],
    ]  # fmt: skip
    source = build_xlsx(scratch / "sheet.xlsx", rows, merges=["A1:D1", "A3:A4"])
    return _convert(source, ".xls", target)


DOCUMENTS = {
    "doc-merged-2022.doc": merged_table_doc,
    "doc-wps-2023.wps": wps_table,
    "doc-sheet-2024.et": et_sheet,
}


def build(target: Path) -> list[Path]:
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in DOCUMENTS.items():
            folder = Path(scratch) / name
            folder.mkdir()
            written.append(make(folder, target / name))
    return written
