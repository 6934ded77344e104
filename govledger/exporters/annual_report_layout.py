"""Tables 二, 三 and 四 laid out cell for cell as the national format, for Word and Excel.

Merged cells follow the published format: table 三's corner holds the column
cross-check note over three header rows, 申请人情况 spans the seven numeric columns,
自然人 and 总计 span two header rows, 三、本年度办理结果 runs down a narrow first
column beside its 22 rows, and each (三)–(六) label spans its numbered reasons.
Table 四's five 行政复议 labels span two header rows beside the two 行政诉讼 groups.
Table 二 is four blocks, each a 第二十条 caption row, a 信息内容 header row and its rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from govledger.domain import annual_report_format as fmt
from govledger.domain.report_checks import TABLE2, TABLE3, TABLE4
from govledger.domain.report_tables import ApplicationTable, EnteredTable, format_figure

TEXT_WIDTH_MM = 156.0  # GB/T 9704 版心


@dataclass(frozen=True, slots=True)
class GridCell:
    row: int
    column: int
    text: str
    kind: str = "label"  # header, label, number, note
    rows: int = 1
    columns: int = 1
    key: tuple[str, str] | None = None  # a figure's (row code, column code)


@dataclass(frozen=True, slots=True)
class TableLayout:
    table: str  # table2, table3, table4
    widths_mm: list[float]
    row_count: int
    cells: list[GridCell]
    header_rows: int = 0  # repeated on a new page


def active_layout(table: EnteredTable) -> TableLayout:
    label_width = 46.0
    widths = [label_width] + [(TEXT_WIDTH_MM - label_width) / 3] * 3
    cells: list[GridCell] = []
    row = 0
    for block in fmt.TABLE2_BLOCKS:
        cells.append(GridCell(row, 0, block.caption, "header", columns=4))
        cells.append(GridCell(row + 1, 0, fmt.CONTENT_HEADER, "header"))
        span = 3 if len(block.columns) == 1 else 1  # a single figure spans all three
        for index, (_code, header) in enumerate(block.columns):
            cells.append(GridCell(row + 1, 1 + index, header, "header", columns=span))
        row += 2
        for code, label in block.rows:
            cells.append(GridCell(row, 0, label, "label"))
            for index, (column, _header) in enumerate(block.columns):
                key = (f"{block.code}.{code}", column)
                figure = format_figure(table.value(*key))
                cells.append(GridCell(row, 1 + index, figure, "number", columns=span, key=key))
            row += 1
    return TableLayout(TABLE2, widths, row, cells)


def application_layout(table: ApplicationTable) -> TableLayout:
    label_widths = [7.0, 20.0, 50.0]
    numeric = (TEXT_WIDTH_MM - sum(label_widths)) / len(fmt.TABLE3_COLUMNS)
    widths = label_widths + [numeric] * len(fmt.TABLE3_COLUMNS)
    types = fmt.APPLICANT_TYPES
    cells = [
        GridCell(0, 0, fmt.TABLE3_CORNER, "note", rows=3, columns=3),
        GridCell(0, 3, fmt.TABLE3_TOP_HEADER, "header", columns=len(fmt.TABLE3_COLUMNS)),
        GridCell(1, 3, types[0][1], "header", rows=2),
        GridCell(1, 4, fmt.ORGANIZATIONS_HEADER, "header", columns=len(types) - 1),
        GridCell(1, 3 + len(types), fmt.TOTAL_LABEL, "header", rows=2),
        *(GridCell(2, 4 + i, label, "header") for i, (_c, label) in enumerate(types[1:])),
    ]
    first = 3
    results = [i for i, row in enumerate(fmt.TABLE3_ROWS) if row.in_results]
    cells.append(GridCell(first + results[0], 0, fmt.RESULTS_LABEL, "header", rows=len(results)))
    groups_started: set[str] = set()
    for index, spec in enumerate(fmt.TABLE3_ROWS):
        row = first + index
        if not spec.in_results:
            cells.append(GridCell(row, 0, spec.label, "label", columns=3))
        elif not spec.group:
            cells.append(GridCell(row, 1, spec.label, "label", columns=2))
        else:
            if spec.group not in groups_started:
                groups_started.add(spec.group)
                size = sum(1 for other in fmt.TABLE3_ROWS if other.group == spec.group)
                cells.append(GridCell(row, 1, spec.group, "label", rows=size))
            cells.append(GridCell(row, 2, spec.label, "label"))
        for offset, (column, _label) in enumerate(fmt.TABLE3_COLUMNS):
            figure = str(table.value(spec.code, column))
            cells.append(GridCell(row, 3 + offset, figure, "number", key=(spec.code, column)))
    return TableLayout(TABLE3, widths, first + len(fmt.TABLE3_ROWS), cells, header_rows=3)


def review_layout(table: EnteredTable) -> TableLayout:
    per_group = len(fmt.REVIEW_COLUMNS)
    column_count = per_group * len(fmt.REVIEW_GROUPS)
    widths = [TEXT_WIDTH_MM / column_count] * column_count
    cells = [
        GridCell(0, 0, fmt.REVIEW_HEADER, "header", columns=per_group),
        GridCell(0, per_group, fmt.LITIGATION_HEADER, "header", columns=column_count - per_group),
    ]
    for group_index, (group, group_label) in enumerate(fmt.REVIEW_GROUPS):
        start = group_index * per_group
        if group_label:
            cells.append(GridCell(1, start, group_label, "header", columns=per_group))
        for offset, (column, label) in enumerate(fmt.REVIEW_COLUMNS):
            if group_label:
                cells.append(GridCell(2, start + offset, label, "header"))
            else:  # 行政复议 has no second level: its labels span both header rows
                cells.append(GridCell(1, start + offset, label, "header", rows=2))
            figure = format_figure(table.value(group, column))
            cells.append(GridCell(3, start + offset, figure, "number", key=(group, column)))
    return TableLayout(TABLE4, widths, 4, cells)
