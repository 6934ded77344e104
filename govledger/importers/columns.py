"""Which column of a plan table holds what, recognised by the header's names.

Headers are matched in simplified characters (牽頭單位 is 牵头单位; see traditional.py).
A header cell merged over several columns shows its name in each of them, so a name
can stand twice: two 工作任务 columns are the outer and the inner heading, and a
具体要求 merged over the serial and the text column is told apart by the data below
it (settle_spanned_columns).
"""

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
# Sub-headers under a merged 责任单位: 牵头 | 配合.
UNIT_ROLE_NAMES = {"牵头": "牵头单位", "配合": "配合单位", "协办": "协办单位", "主办": "主办单位"}
NOTE_NAMES = {"备注", "说明", "备注说明", "附注", "备注栏", "有关说明"}

_REMARK = re.compile(r"[(（][^()（）]*[)）]")


def header_name(cell: str) -> str:
    """'完成时限（截止日期）：' -> '完成时限'; '時間節點' -> '时间节点'."""
    return to_simplified(_REMARK.sub("", comparison_key(cell)).rstrip(":："))


def header_role(cell: str) -> str | None:
    """'number', 'heading', 'requirement', 'units', 'deadline', 'note' or None."""
    name = header_name(cell)
    if name in UNIT_ROLE_NAMES:
        return "units"
    if name in NOTE_NAMES:
        return "note"
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
    notes: list[int] = field(default_factory=list)  # 备注/说明 columns
    serials: list[int] = field(default_factory=list)  # a second serial column (per section)
    # Each row of a two-row header as printed (compared keys), to know them when repeated.
    header_rows: list[list[str]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.header_keys)

    def used_columns(self) -> set[int]:
        """The columns whose content goes into some field of a task."""
        used = {self.requirement, *self.headings, *self.notes, *self.serials}
        used |= {column for column, _header in self.units}
        used |= {column for column in (self.number, self.deadline) if column is not None}
        return used


def recognise_header(cells: Sequence[str]) -> ColumnMap | None:
    """A ColumnMap when cells read as a plan table's header row, else None."""
    roles = [header_role(cell) if cell.strip() else None for cell in cells]
    if sum(role not in (None, "note") for role in roles) < 2:
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
    elif (spanned := _number_merged_over_text(cells, roles)) is not None:
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
        notes=[i for i, role in enumerate(roles) if role == "note"],
    )


def _number_merged_over_text(cells: Sequence[str], roles: list[str | None]) -> int | None:
    """序号 merged over the serial and the text column (序号 | 序号 | 责任单位): the second."""
    for column in range(1, len(cells)):
        same = comparison_key(cells[column]) == comparison_key(cells[column - 1])
        if roles[column] == roles[column - 1] == "number" and same:
            return column
    return None


def _unit_header(cell: str) -> str:
    """The header as printed; a bare 牵头 / 配合 sub-header as the label the unit parser reads."""
    return UNIT_ROLE_NAMES.get(header_name(cell), cell.strip())


def find_header(rows: Sequence[Sequence[str]], limit: int = 10) -> tuple[int, ColumnMap] | None:
    """(index of the last header row, its ColumnMap) among the first rows of a table.

    A two-row header ("责任单位" merged over "牵头单位 | 配合单位") is read as one,
    the lower row's known names winning (see _is_sub_header). A name merged over two
    columns is settled by the data below it (settle_spanned_columns).
    """
    for index, cells in enumerate(rows[:limit]):
        column_map = recognise_header(cells)
        if column_map is None:
            continue
        if index + 1 < len(rows) and _is_sub_header(cells, rows[index + 1]):
            below = [*rows[index + 1], *[""] * len(cells)]
            merged = [
                low if low.strip() and header_role(low) else high
                for high, low in zip(cells, below, strict=False)
            ]
            index, column_map = index + 1, recognise_header(merged) or column_map
            column_map.header_rows = [
                [comparison_key(cell) for cell in header_row] for header_row in (cells, rows[index])
            ]
        settle_spanned_columns(column_map, rows[index + 1 : index + 1 + _SAMPLE_ROWS])
        return index, column_map
    return None


def _is_sub_header(upper: Sequence[str], below: Sequence[str]) -> bool:
    """below is the second row of a two-row header.

    Each of its cells is empty, a known header name (牵头单位), the name above it
    (a header cell merged down over both rows), or stands under a name merged across
    columns (工作任务 over 一级 | 二级: the name above is kept for both). At least one
    cell is a name or a merge from above, so a data row under a merged header is none.
    """
    keys = [comparison_key(cell) for cell in upper]
    spanned = {key for key in keys if key and keys.count(key) > 1}
    anchored = False
    for high, low in zip(upper, below, strict=False):
        if not low.strip():
            continue
        if header_role(low) or comparison_key(low) == comparison_key(high):
            anchored = True
        elif comparison_key(high) not in spanned:
            return False
    return anchored


_SAMPLE_ROWS = 40
# A serial number cell: 1  1.  （1）  12、
_SERIAL = re.compile(r"[(（]?\d{1,3}[)）.．、]?")


def _is_serial_column(rows: Sequence[Sequence[str]], column: int) -> bool:
    """Most filled cells of the column are short serial numbers."""
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    serials = sum(1 for cell in cells if _SERIAL.fullmatch(comparison_key(cell)))
    return bool(cells) and serials * 5 >= len(cells) * 4


def settle_spanned_columns(column_map: ColumnMap, data: Sequence[Sequence[str]]) -> None:
    """A name merged over the serial column and the text column: the serials are numbers.

    The merge shows the name over both columns (or over the first only, the second
    left empty). 具体要求 | 具体要求: the first name wins in recognise_header, so the
    serial column would be read as the duty and the duty's text lost; 工作任务 |
    工作任务: the serials would become headings "1", "2". The column holding short
    numbers in the rows below is the serial; the one after it keeps the role.
    """
    left, right = column_map.requirement, column_map.requirement + 1
    if _holds_serials_for(column_map, data, left, right) and right not in column_map.used_columns():
        column_map.requirement = right
        _take_as_serial(column_map, left)
    for heading in list(column_map.headings):
        beside = heading + 1
        text_columns = [*column_map.headings, column_map.requirement]
        if beside in text_columns and _holds_serials_for(column_map, data, heading, beside):
            column_map.headings.remove(heading)
            _take_as_serial(column_map, heading)


def _holds_serials_for(
    column_map: ColumnMap, data: Sequence[Sequence[str]], left: int, right: int
) -> bool:
    """left holds the serials of right's text, under one merged header name."""
    keys = column_map.header_keys
    if right >= column_map.width or keys[right] not in (keys[left], ""):
        return False
    return _is_serial_column(data, left) and not _is_serial_column(data, right)


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
