"""Web-page plans: table grids, page reading, charsets, MHT, detection and failures.

The whole pages live in the corpus (tests/data/plans/html-*); these tests pin the
pieces: how merged cells fill the grid, which tables are layout, how bytes become
text, and that every bad page ends in one PlanImportError line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import lxml.html
import pytest

from govledger.importers import PlanImportError, load_plan, parse_plan_html
from govledger.importers.html_page import Line, Table, decode_html, read_page, table_grid
from govledger.importers.html_plan import labelled_fields
from govledger.importers.safety import sniff
from tests.importers.corpus_builders.html import CLIPBOARD_WORD_2023, word_mht


def _grid(markup: str) -> list[list[str]]:
    return table_grid(lxml.html.fragment_fromstring(markup))


PLAN_TABLE = """<table>
<tr><th>工作任务</th><th>具体要求</th><th>责任单位</th><th>完成时限</th></tr>
<tr><td rowspan="2">一、做好政策公开</td><td>1.公开规范性文件。</td>
<td rowspan="2">办公室</td><td>全年</td></tr>
<tr><td>2.做好政策解读。</td><td>2023年6月底前</td></tr>
</table>"""


# --- the grid ---------------------------------------------------------------------------
def test_a_cell_spanning_rows_and_columns_fills_every_grid_cell_it_covers() -> None:
    grid = _grid(
        """<table>
        <tr><td rowspan="2" colspan="2">合并</td><td>c1</td></tr>
        <tr><td>c2</td></tr>
        <tr><td>a3</td><td>b3</td><td>c3</td></tr>
        </table>"""
    )
    assert grid == [["合并", "合并", "c1"], ["合并", "合并", "c2"], ["a3", "b3", "c3"]]


def test_cells_after_a_rowspan_move_right_past_the_covered_column() -> None:
    grid = _grid(
        """<table><tr><td>1</td><td rowspan="3">任务</td><td>甲</td></tr>
        <tr><td>2</td><td>乙</td></tr>
        <tr><td>3</td></tr></table>"""
    )
    # the last row is short: the covered column is filled, the missing cell is empty
    assert grid == [["1", "任务", "甲"], ["2", "任务", "乙"], ["3", "任务", ""]]


def test_a_rowspan_running_past_the_table_end_adds_no_rows() -> None:
    grid = _grid(
        """<table><tr><td rowspan="9">任务</td><td>甲</td></tr>
        <tr><td>乙</td></tr></table>"""
    )
    assert grid == [["任务", "甲"], ["任务", "乙"]]
    zero = _grid(
        '<table><tr><td rowspan="0">到表尾</td><td>甲</td></tr><tr><td>乙</td></tr></table>'
    )
    assert zero == [["到表尾", "甲"], ["到表尾", "乙"]]


def test_nonsense_spans_are_read_as_one() -> None:
    grid = _grid(
        '<table><tr><td colspan="abc" rowspan="-2">甲</td><td colspan="0">乙</td></tr></table>'
    )
    assert grid == [["甲", "乙"]]


def test_cell_lines_come_from_paragraphs_and_line_breaks_and_nbsp_is_a_space() -> None:
    grid = _grid(
        "<table><tr><td><p>&nbsp;&nbsp;1.公开预算。</p><p>2.公开决算。</p></td>"
        "<td>办公室牵头<br>各科室 配合</td><td>&nbsp;</td></tr></table>"
    )
    assert grid == [["1.公开预算。\n2.公开决算。", "办公室牵头\n各科室配合", ""]]


def test_thead_and_tbody_rows_are_read_in_order() -> None:
    grid = _grid(
        "<table><thead><tr><th>序号</th><th>具体要求</th></tr></thead>"
        "<tbody><tr><td>1</td><td>公开。</td></tr></tbody></table>"
    )
    assert grid == [["序号", "具体要求"], ["1", "公开。"]]


# --- the page ---------------------------------------------------------------------------
def test_layout_tables_are_read_as_text_and_the_table_inside_as_a_grid() -> None:
    page = read_page(
        f"""<html><body><table><tr><td><a href="/">首页</a></td>
        <td><p>某局2023年政务公开工作要点</p>{PLAN_TABLE}</td></tr></table></body></html>"""
    )
    tables = [block for block in page.blocks if isinstance(block, Table)]
    lines = [block.text for block in page.blocks if isinstance(block, Line)]
    assert len(tables) == 1 and tables[0].rows[0][0] == "工作任务"
    assert lines == ["某局2023年政务公开工作要点"]  # the link-only menu cell is chrome


def test_scripts_styles_navigation_and_footers_are_not_read() -> None:
    page = read_page(
        """<html><head><title>标题</title><style>p{color:red}</style></head><body>
        <script>var a = "一、不是任务";</script><nav>一、导航</nav>
        <div class="foot-links">一、页脚</div><div id="breadcrumb">当前位置：首页</div>
        <p>正文</p><footer>版权所有</footer></body></html>"""
    )
    assert page.title == "标题"
    assert [block.text for block in page.blocks if isinstance(block, Line)] == ["正文"]


def test_a_wrapper_named_like_a_menu_that_holds_the_plan_is_read() -> None:
    page = read_page(
        f'<html><body><div class="nav-content"><p>说明</p>{PLAN_TABLE}</div></body></html>'
    )
    assert [type(block).__name__ for block in page.blocks] == ["Line", "Table"]


def test_linked_text_inside_a_plan_cell_is_kept() -> None:
    grid = _grid('<table><tr><td><a href="/law">《政府信息公开条例》</a></td></tr></table>')
    assert grid == [["《政府信息公开条例》"]]


def test_a_word_clipboard_fragment_keeps_its_list_numbers_and_drops_mso_markup() -> None:
    draft = parse_plan_html(CLIPBOARD_WORD_2023)
    requirements = draft.to_json()["requirements"]
    assert [r["number"] for r in requirements] == ["1", "2", "3", "4"]
    assert requirements[1]["units_text"] == "政策法规科"  # merged over two rows
    assert requirements[0]["path"] == ["一、加强交通运输政策公开"]


def test_the_windows_clipboard_header_before_the_markup_is_ignored() -> None:
    html = f"<html><body><!--StartFragment-->{PLAN_TABLE}<!--EndFragment--></body></html>"
    header = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000999\r\n"
    draft = parse_plan_html(header + html, year=2023)
    assert [task.text for _path, task in draft.requirements()] == [
        "公开规范性文件。",
        "做好政策解读。",
    ]
    assert all(task.units_text == "办公室" for _path, task in draft.requirements())


def test_rows_without_their_table_as_excel_fragments_arrive_are_read_as_a_table() -> None:
    fragment = PLAN_TABLE.removeprefix("<table>").removesuffix("</table>")
    draft = parse_plan_html(f"<!--StartFragment-->{fragment}<!--EndFragment-->", year=2023)
    assert [task.units_text for _path, task in draft.requirements()] == ["办公室", "办公室"]


def test_labelled_fields_give_dates_office_and_number() -> None:
    fields = labelled_fields(
        [
            "发布时间：2023-03-15 09:30 来源：青岚市人民政府办公室 浏览次数：12",
            "索引号： 1144/2023-1 发布机构： 青岚市财政局 成文日期： 2023年3月10日",
            "文号：青财〔2023〕5号",
        ]
    )
    assert fields.published_on == date(2023, 3, 15)
    assert fields.issued_on == date(2023, 3, 10)
    assert fields.office == "青岚市人民政府办公室"
    assert fields.document_number == "青财〔2023〕5号"
    assert labelled_fields(["来源：青岚市人民政府网"]).office == ""  # a website, not an office
    glued = labelled_fields(["发布时间：2023年3月15日来源：青岚市财政局浏览次数：88"])
    assert (glued.published_on, glued.office) == (date(2023, 3, 15), "青岚市财政局")


# --- bytes → text -----------------------------------------------------------------------
def test_a_declared_gb2312_page_is_read_as_gb18030() -> None:
    html = '<html><head><meta charset="gb2312"></head><body>政务公开 𠀀</body></html>'
    assert "政务公开 𠀀" in decode_html(html.encode("gb18030"))


def test_an_undeclared_page_is_utf8_else_gb18030_and_a_bom_wins() -> None:
    assert decode_html("<p>政务公开</p>".encode()) == "<p>政务公开</p>"
    assert decode_html("<p>政务公开</p>".encode("gbk")) == "<p>政务公开</p>"
    declared_wrongly = '<meta charset="gbk"><p>政务公开</p>'
    assert "政务公开" in decode_html(b"\xef\xbb\xbf" + declared_wrongly.encode())
    assert "政务公开" in decode_html("<p>政务公开</p>".encode("utf-16"))


def test_a_word_web_archive_is_decoded_from_quoted_printable_gb2312(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>'
        f"<body><p>某局2024年政务公开工作要点</p>{PLAN_TABLE}</body></html>"
    )
    path = tmp_path / "saved.mht"
    path.write_bytes(word_mht(html))
    draft = load_plan(path)
    assert draft.year == 2024
    assert [task.units_text for _path, task in draft.requirements()] == ["办公室", "办公室"]


# --- detection --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("plan.txt", "<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("plan.htm", "\ufeff  <HTML><body>x</body></HTML>", "html"),
        ("plan.dat", "<!-- saved from url=(0022)http://x/ -->\n<html>", "html"),
        ("plan.html", "一、做好政策公开\n1.公开文件。（办公室）", "text"),
        ("plan.html", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n", "mht"),
        ("plan.txt", "Version:0.9\r\nStartHTML:00000097\r\n<html>", "html"),
    ],
)
def test_web_pages_are_told_by_their_content(
    tmp_path: Path, name: str, content: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert sniff(path, name) == kind


# --- failures ---------------------------------------------------------------------------
def _import_error(path: Path) -> PlanImportError:
    with pytest.raises(PlanImportError) as caught:
        load_plan(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    return caught.value


def test_a_page_without_a_plan_says_it_holds_no_plan(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(
        "<html><head><title>政务要闻</title></head><body><p>今天召开了全市政务公开工作会议。</p>"
        "<table><tr><td>日期</td><td>地点</td></tr><tr><td>3月1日</td><td>会议室</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    assert _import_error(path).key == "import.no_plan"


def test_garbled_pages_give_one_clear_line(tmp_path: Path) -> None:
    binary = tmp_path / "garbled.html"
    binary.write_bytes(b"<html><body>" + bytes(range(256)) * 8)
    assert _import_error(binary).key == "import.binary"
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"<html><body><table><tr><td>\xd5\xfe<<<>>>&&&#xZZ;</td><ta")
    assert _import_error(broken).key == "import.no_plan"
    no_page = tmp_path / "images.mht"
    no_page.write_bytes(
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"R0lGODlhAQABAAAAACw=\r\n--B--\r\n"
    )
    assert _import_error(no_page).key == "import.html_unreadable"
