"""Which column of a plan table holds what, recognised by the header's names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from govledger.importers.text_cleanup import comparison_key
from govledger.importers.traditional import to_simplified

NUMBER_NAMES = {"序号", "编号", "序", "项次", "序列号"}
HEADING_NAMES = {
    "工作任务", "工作要求", "任务名称", "重点任务", "主要任务", "工作事项", "工作项目",
    "任务类别", "工作类别", "类别", "项目", "重点工作", "工作要点", "任务", "工作重点",
    "任务分类", "一级任务", "二级任务", "工作目标", "工作领域", "重点领域",
}  # fmt: skip
REQUIREMENT_NAMES = {
    "具体要求", "具体内容", "任务内容", "主要内容", "工作内容", "具体任务", "工作措施",
    "具体措施", "具体工作", "任务要求", "具体工作要求", "具体工作任务", "工作任务及要求",
    "具体事项", "任务举措", "主要措施", "措施", "要求", "内容", "具体工作措施",
}  # fmt: skip
UNIT_NAMES = {
    "责任单位", "落实单位", "责任科室", "责任部门", "牵头单位", "牵头部门", "牵头科室",
    "配合单位", "配合部门", "配合科室", "协办单位", "责任处室", "承办单位", "主办单位",
    "责任股室", "责任主体", "参与单位", "协助单位", "实施单位", "完成单位", "责任单位科室",
}  # fmt: skip
DEADLINE_NAMES = {
    "时间节点", "完成时限", "时限要求", "完成时间", "时限", "时间要求", "完成期限",
    "截止时间", "办结时限", "完成时间节点", "时间安排", "进度安排", "推进时间", "完成节点",
}  # fmt: skip

# Bare sub-headers under a merged 责任单位 (牵头 | 配合), as the labels the unit parser reads.
UNIT_ROLE_NAMES = {"牵头": "牵头单位", "配合": "配合单位", "协办": "协办单位", "主办": "主办单位"}

_REMARK = re.compile(r"[(（][^()（）]*[)）]")


def header_name(cell: str) -> str:
    """'完成时限（截止日期）：' -> '完成时限'."""
    return to_simplified(_REMARK.sub("", comparison_key(cell)).rstrip(":："))


def header_role(cell: str) -> str | None:
    """'number', 'heading', 'requirement', 'units', 'deadline' or None."""
    name = header_name(cell)
    if name in UNIT_ROLE_NAMES:
        return "units"
    for role, names in (
        ("number", NUMBER_NAMES),
        ("heading", HEADING_NAMES),
        ("requirement", REQUIREMENT_NAMES),
        ("units", UNIT_NAMES),
        ("deadline", DEADLINE_NAMES),
    ):
        if name in names:
            return role
    if len(name) <= 6 and name.endswith(("单位", "科室", "部门", "处室")):
        return "units"
    if len(name) <= 6 and name.endswith(("时限", "时间", "期限")):
        return "deadline"
    return None


@dataclass
class ColumnMap:
    requirement: int
    headings: list[int] = field(default_factory=list)
    number: int | None = None
    units: list[tuple[int, str]] = field(default_factory=list)  # (column, header as printed)
    deadline: int | None = None
    header_keys: list[str] = field(default_factory=list)
    # A second serial column (序号 | 具体要求 merged over "（1） | text"): numbers per section.
    serials: list[int] = field(default_factory=list)
    # Both rows of a two-row header (compared keys), to know either when repeated.
    header_rows: list[list[str]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.header_keys)


def recognise_header(cells: Sequence[str]) -> ColumnMap | None:
    """A ColumnMap when cells read as a plan table's header row, else None."""
    roles = [header_role(cell) if cell.strip() else None for cell in cells]
    if sum(role is not None for role in roles) < 2:
        return None
    requirement_columns = [i for i, role in enumerate(roles) if role == "requirement"]
    heading_columns = [i for i, role in enumerate(roles) if role == "heading"]
    keys = [comparison_key(cell) for cell in cells]
    if requirement_columns:
        # 工作内容 merged over 一级 | 二级 | 具体内容: the column with a name of its own is
        # the duty, the merged name's columns left of it are heading levels.
        own_name = [i for i in requirement_columns if keys.count(keys[i]) == 1]
        requirement = (own_name or requirement_columns)[0]
        heading_columns += [
            i for i in requirement_columns if i < requirement and keys.count(keys[i]) > 1
        ]
        heading_columns.sort()
    elif heading_columns:  # "序号 | 工作任务 | 责任单位": the task column is the duty
        requirement = heading_columns[-1]
    elif (spanned := _number_merged_over_text(keys, roles)) is not None:
        requirement = spanned
    else:
        return None
    first = {role: roles.index(role) for role in ("number", "deadline") if role in roles}
    return ColumnMap(
        requirement=requirement,
        headings=[i for i in heading_columns if i < requirement],
        number=first.get("number"),
        units=[(i, _unit_header(cells[i])) for i, role in enumerate(roles) if role == "units"],
        deadline=first.get("deadline"),
        header_keys=keys,
    )


def _number_merged_over_text(keys: Sequence[str], roles: Sequence[str | None]) -> int | None:
    """序号 merged over the serial and the text column (序号 | 序号 | 责任单位): the second."""
    for column in range(1, len(keys)):
        if roles[column] == roles[column - 1] == "number" and keys[column] == keys[column - 1]:
            return column
    return None


def _unit_header(cell: str) -> str:
    """The header as printed; a bare 牵头 / 配合 sub-header as the label the unit parser reads."""
    return UNIT_ROLE_NAMES.get(header_name(cell), cell.strip())


def find_header(rows: Sequence[Sequence[str]], limit: int = 10) -> tuple[int, ColumnMap] | None:
    """(index of the last header row, its ColumnMap) among the first rows of a table.

    A two-row header ("责任单位" merged over "牵头单位 | 配合单位") is read as one,
    the lower row's names winning. A header cell spanning a serial column and the
    text column (具体要求 over "1 | 加强…") is told apart by the data below it.
    """
    for index, cells in enumerate(rows[:limit]):
        column_map = recognise_header(cells)
        if column_map is None:
            continue
        if index + 1 < len(rows) and _is_sub_header(cells, rows[index + 1]):
            below = rows[index + 1]
            merged = [  # a sub-header without a known name (一级) keeps the name above
                low if _is_column_name(low) else high
                for high, low in zip(cells, [*below, *[""] * len(cells)], strict=False)
            ]
            column_map = recognise_header(merged) or column_map
            column_map.header_rows = [
                [comparison_key(cell) for cell in header_row] for header_row in (cells, below)
            ]
            index += 1
        settle_spanned_serial(column_map, rows[index + 1 :])
        return index, column_map
    return None


def _is_column_name(cell: str) -> bool:
    return bool(cell.strip()) and bool(header_role(cell) or header_name(cell) in NOTE_HEADER_NAMES)


def _is_sub_header(above: Sequence[str], below: Sequence[str]) -> bool:
    """A second header row: every cell a column name, or the name above merged down.

    Word and Excel fill a vertically merged header cell (序号 over two header rows)
    into the lower row too; a 备注 column has no role but is a name all the same.
    Under a name merged across columns (工作任务 over 一级 | 二级) a short unknown
    name is a sub-header too, as long as the row also holds a known name or a merge
    from above — a data row under a merged header holds serials and sentences.
    """
    keys = [comparison_key(cell) for cell in above]
    spanned = {key for key in keys if key and keys.count(key) > 1}
    named = [
        (cell, above[column] if column < len(above) else "")
        for column, cell in enumerate(below)
        if cell.strip()
    ]
    new_names = [cell for cell, upper in named if cell != upper]

    def under_span(cell: str, upper: str) -> bool:
        short_name = len(cell.strip()) <= 8 and not is_serial(cell) and not _SENTENCE.search(cell)
        return comparison_key(upper) in spanned and short_name

    return (
        bool(new_names)
        and all(
            _is_column_name(cell) or cell == upper or under_span(cell, upper)
            for cell, upper in named
        )
        and any(header_role(cell) or cell == upper for cell, upper in named)
    )


_SENTENCE = re.compile(r"[，。；,;]")


NOTE_HEADER_NAMES = {"备注", "说明", "备考", "附注", "备注说明"}
_SERIAL = re.compile(r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]?")


def is_serial(text: str) -> bool:
    """'1', '12.', '（三）': a bare serial number with nothing after it."""
    return bool(_SERIAL.fullmatch(text.strip()))


def holds_serials(rows: Sequence[Sequence[str]], column: int) -> bool:
    """Whether a column's cells are (nearly all) bare serial numbers: 1, 2, （三）."""
    values = [
        row[column].strip()
        for row in rows
        if column + 1 < len(row) and row[column].strip() and row[column] != row[column + 1]
    ]  # a cell equal to its right neighbour is one merged cell across the row
    serials = sum(1 for value in values if is_serial(value))
    return bool(values) and serials >= 0.8 * len(values)


def settle_spanned_serial(column_map: ColumnMap, rows: Sequence[Sequence[str]]) -> None:
    """A name merged over the serial column and the text column: the serials are numbers.

    Word repeats a gridSpan cell's text in every column it covers (or leaves the
    second header cell empty), so "具体要求" spanning "1 | 加强…" names two requirement
    columns and the first, holding serials, would be read as the duty's text;
    "工作任务" spanning "1 | 加强…" would make the serials headings. The column holding
    serials becomes the number column (or, beside a 序号 column, the per-section
    serial), the column after it keeps the role.
    """
    left, right = column_map.requirement, column_map.requirement + 1
    if _holds_serials_for(column_map, rows, left, right):
        column_map.requirement = right
        _take_as_serial(column_map, left)
    for heading in list(column_map.headings):
        beside = heading + 1
        text_columns = [*column_map.headings, column_map.requirement]
        if beside in text_columns and _holds_serials_for(column_map, rows, heading, beside):
            column_map.headings.remove(heading)
            _take_as_serial(column_map, heading)


def _holds_serials_for(
    column_map: ColumnMap, rows: Sequence[Sequence[str]], left: int, right: int
) -> bool:
    """left holds the serials of right's text, under one merged header name."""
    keys = column_map.header_keys
    if right >= len(keys) or not keys[left] or keys[right] not in (keys[left], ""):
        return False
    if right in (column_map.number, column_map.deadline, *(c for c, _h in column_map.units)):
        return False
    return holds_serials(rows, left) and not holds_serials(rows, right)


def _take_as_serial(column_map: ColumnMap, column: int) -> None:
    if column_map.number is None:
        column_map.number = column
    else:  # a 序号 column and a serial per section: the second numbers within its section
        column_map.serials.append(column)


def is_header_repeat(cells: Sequence[str], column_map: ColumnMap) -> bool:
    """A header row (either row of a two-row header) repeated at the top of a later page."""
    keys = [comparison_key(cell) for cell in cells]
    filled = sum(1 for key in keys if key)
    for header_keys in [column_map.header_keys, *column_map.header_rows]:
        same = sum(
            1 for key, header in zip(keys, header_keys, strict=False) if key and key == header
        )
        if same >= 2 and same >= filled - 1:
            return True
    return False
