"""A 300-requirement plan written as .docx and as a saved web page, for the import benchmark.

The same table both ways: 序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限, a task merged
over every ten rows (vMerge in Word, rowspan on the page), units merged in pairs,
the page framed by a site's menus and footer as published plans are.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from govledger.domain.outline import int_to_cn

ROWS = 300
TASK_EVERY = 10
HEADER = ("序号", "工作任务", "具体要求", "责任单位", "完成时限")
_UNITS = ("市发展改革委", "市财政局", "市政务服务数据管理局", "市司法局", "市统计局")
_DEADLINES = ("2024年6月底前", "长期", "每季度", "2024年10月31日前", "全年")


def _task(row: int) -> str:
    number = int_to_cn(row // TASK_EVERY + 1)
    return f"{number}、推进第{number}类重点领域信息公开"


def _units(row: int) -> str:
    lead = _UNITS[(row // 2) % len(_UNITS)]
    return f"{lead}牵头，各县（市、区）人民政府配合"


def _row(row: int) -> list[str]:
    text = (
        f"主动公开第{row + 1}项重点工作的政策文件、执行情况和解读材料，"
        "按要求在政府网站专栏集中发布并及时更新。"
    )
    return [str(row + 1), _task(row), text, _units(row), _DEADLINES[row % len(_DEADLINES)]]


def write_docx(path: Path) -> Path:
    from tests.importers.documents import build_docx

    merges = [((r + 1, 1), (min(r + TASK_EVERY, ROWS), 1)) for r in range(0, ROWS, TASK_EVERY)]
    merges += [((r + 1, 3), (r + 2, 3)) for r in range(0, ROWS, 2)]
    rows = [_row(r) for r in range(ROWS)]
    for r in range(ROWS):  # merged cells are empty below their first row, as Word has them
        if r % TASK_EVERY:
            rows[r][1] = ""
        if r % 2:
            rows[r][3] = ""
    return build_docx(
        path,
        before=["青岚市2024年政务公开工作要点任务分解表", "青岚市人民政府办公室", "2024年3月1日"],
        header=HEADER,
        rows=rows,
        merges=merges,
    )


def write_html(path: Path) -> Path:
    cells: list[str] = []
    for r in range(ROWS):
        number, task, text, units, deadline = (escape(value) for value in _row(r))
        task_cell = f'<td rowspan="{TASK_EVERY}">{task}</td>' if r % TASK_EVERY == 0 else ""
        units_cell = f'<td rowspan="2">{units}</td>' if r % 2 == 0 else ""
        cells.append(
            f"<tr><td>{number}</td>{task_cell}<td><p>{text}</p></td>{units_cell}"
            f"<td>{deadline}</td></tr>"
        )
    header = "".join(f"<th>{name}</th>" for name in HEADER)
    menu = "".join(f'<li><a href="/c/{i}">栏目{i}</a></li>' for i in range(40))
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>青岚市2024年政务公开工作要点任务分解表_青岚市人民政府</title>"
        "<script>var a = 1;</script></head><body>"
        f'<div class="nav"><ul>{menu}</ul></div><div class="article">'
        "<h1>青岚市2024年政务公开工作要点任务分解表</h1>"
        "<div>发布时间：2024-03-01 来源：青岚市人民政府办公室</div>"
        f'<table border="1"><thead><tr>{header}</tr></thead><tbody>{"".join(cells)}</tbody>'
        f'</table></div><div class="footer"><ul>{menu}</ul></div></body></html>'
    )
    path.write_text(page, encoding="utf-8")
    return path
