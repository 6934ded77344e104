"""The import preview driven as a clerk drives it: tick greyed commentary back in, press
Delete, merge and split rows from the toolbar, the context menu and shortcuts, read
what was not imported — then save and check what the ledger file holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle

from govledger.domain.draft import DraftTask, PlanDraft, SkippedSource
from govledger.domain.model import TaskKind
from govledger.messages import message
from govledger.ui import draft_model
from govledger.ui.import_dialog import ImportDialog

from .conftest import SAMPLE

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

COMMENTARY = "说明性段落，不是工作任务"


def requirement(number: str, text: str, lead: str = "", **fields) -> DraftTask:
    return DraftTask(
        kind=TaskKind.REQUIREMENT,
        text=text,
        number=number,
        units_text=lead,
        lead_units=[lead] if lead else [],
        **fields,
    )


def heading(text: str, *children: DraftTask, **fields) -> DraftTask:
    return DraftTask(kind=TaskKind.HEADING, text=text, children=list(children), **fields)


def prose_plan(extra_requirements: int = 0) -> PlanDraft:
    """A 实施方案 read from prose: commentary sections excluded, numbering per section."""
    duties = [
        requirement(
            "1",
            "全面公开年度预算和决算，细化到功能分类项级科目。",
            "财政局",
            label="一是",
            deadline_text="6月底前",
            due=date(2023, 6, 30),
        ),
        requirement("2", "及时公开重大建设项目批准和实施信息，", "发展改革局", label="二是"),
        requirement("3", "做到应公开尽公开。", label="三是"),
        requirement(
            "4",
            "做好政策解读工作；及时回应社会关切。",
            "办公室",
            label="四是",
            warnings=["第18段未识别到时限"],
        ),
    ]
    duties += [
        requirement(str(5 + i), f"第{5 + i}项公开任务", "各科室", label=f"（{i + 1}）")
        for i in range(extra_requirements)
    ]
    return PlanDraft(
        title="某区2023年政务公开工作实施方案",
        year=2023,
        organization="某区人民政府办公室",
        roots=[
            heading(
                "一、指导思想",
                requirement("", "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实……"),
                excluded=True,
                excluded_reason=COMMENTARY,
            ),
            heading("二、重点任务", heading("（一）聚焦重点领域公开", *duties)),
            heading(
                "三、保障措施",
                requirement("", "加强组织领导，明确分管领导和工作人员。"),
                requirement("", "定期通报工作进展，纳入年度绩效考核。"),
                excluded=True,
                excluded_reason=COMMENTARY,
            ),
        ],
        skipped=[
            SkippedSource("附件：2023年政务公开重点任务分工表", "附件说明", "第41段"),
            SkippedSource("（此件公开发布）", "不是工作任务", "第42段"),
        ],
    )


@pytest.fixture
def dialog(qtbot, session, settings):
    dialog = ImportDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.show_draft(prose_plan())
    return dialog


def row(dialog: ImportDialog, *path: int, column: int = 0):
    index = dialog.model.index(path[0], column)
    for number in path[1:]:
        index = dialog.model.index(number, column, index)
    return index


def duty(dialog: ImportDialog, number: int, column: int = 0):
    """Requirement number (1-based) under 二、重点任务 / （一）."""
    return row(dialog, 1, 0, number - 1, column=column)


def saved_texts(dialog: ImportDialog, session) -> list[tuple[str, str]]:
    assert dialog.save()
    tasks = session.ledger.tasks(dialog.plan_id)
    return [(task.number, task.text) for task in tasks if not task.is_heading]


def click_check_box(qtbot, dialog: ImportDialog, index) -> None:
    rect = dialog.tree.visualRect(index)
    style = dialog.tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    half = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2
    at = QPoint(rect.left() + margin + half, rect.center().y())
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=at)


def select(dialog: ImportDialog, *indexes) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = dialog.tree.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for index in indexes:
        selection.select(index, flags)
    selection.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def menu_action(dialog: ImportDialog, text: str):
    menu = dialog.preview.context_menu()
    return next(action for action in menu.actions() if action.text() == text)


def test_excluded_commentary_is_grey_with_its_reason_and_not_counted(dialog, session):
    guidance = row(dialog, 0)
    under_it = row(dialog, 0, 0, column=draft_model.TEXT)
    assert dialog.model.data(guidance, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.model.data(under_it, Qt.ItemDataRole.ForegroundRole) == draft_model.EXCLUDED_BRUSH
    assert dialog.model.data(under_it, Qt.ItemDataRole.FontRole).italic()
    assert COMMENTARY in dialog.model.data(under_it, Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.requirement_count() == 4
    assert dialog.preview.summary.text().startswith("4 ")
    assert saved_texts(dialog, session) == [
        ("1", "全面公开年度预算和决算，细化到功能分类项级科目。"),
        ("2", "及时公开重大建设项目批准和实施信息，"),
        ("3", "做到应公开尽公开。"),
        ("4", "做好政策解读工作；及时回应社会关切。"),
    ]


def test_one_click_on_the_check_box_imports_one_commentary_row(dialog, qtbot, session):
    progress = row(dialog, 2, 1)  # 三、保障措施 / 定期通报工作进展…
    click_check_box(qtbot, dialog, progress)
    assert dialog.model.requirement_count() == 5
    text = row(dialog, 2, 1, column=draft_model.TEXT)
    assert dialog.model.data(text, Qt.ItemDataRole.ForegroundRole) is None  # a normal row now
    # its heading comes along, its sibling stays out
    assert dialog.model.data(row(dialog, 2, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    saved = saved_texts(dialog, session)
    assert saved[-1] == ("5", "定期通报工作进展，纳入年度绩效考核。")
    assert "加强组织领导，明确分管领导和工作人员。" not in [text for _n, text in saved]
    headings = [t.text for t in session.ledger.tasks(dialog.plan_id) if t.is_heading]
    assert "三、保障措施" in headings and "一、指导思想" not in headings


def test_not_a_task_from_the_keyboard_and_import_as_task_from_the_menu(dialog, qtbot, session):
    dialog.tree.setFocus()
    select(dialog, duty(dialog, 3))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    task = dialog.model.task(duty(dialog, 3))
    assert task.excluded and task.excluded_reason == message("draft.excluded_by_hand")
    assert dialog.model.requirement_count() == 3
    select(dialog, row(dialog, 0))
    menu_action(dialog, "Import as task").trigger()  # the whole 指导思想 section
    assert dialog.model.requirement_count() == 4
    texts = [text for _n, text in saved_texts(dialog, session)]
    assert texts[0].startswith("以习近平新时代") and "做到应公开尽公开。" not in texts


def test_delete_key_removes_the_selected_rows_and_ctrl_z_brings_them_back(dialog, qtbot, session):
    dialog.tree.setFocus()
    select(dialog, duty(dialog, 1), duty(dialog, 3))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert dialog.model.requirement_count() == 2
    assert "2 rows" in dialog.preview.notice.text()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.requirement_count() == 4
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    # numbering per section: the 序号 stay 1…N
    assert saved_texts(dialog, session) == [
        ("1", "及时公开重大建设项目批准和实施信息，"),
        ("2", "做好政策解读工作；及时回应社会关切。"),
    ]


def test_deleting_a_heading_asks_about_the_rows_under_it(dialog, qtbot, session):
    asked: list[int] = []
    dialog.preview.ask_how_to_remove_heading = lambda count: asked.append(count) or None
    dialog.tree.setFocus()
    select(dialog, row(dialog, 1, 0))  # （一） holding four requirements
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert asked == [4] and dialog.model.requirement_count() == 4  # cancelled: nothing gone
    dialog.preview.ask_how_to_remove_heading = lambda count: "keep"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert dialog.model.rowCount(row(dialog, 1)) == 4  # the requirements moved up a level
    dialog.preview.ask_how_to_remove_heading = lambda count: "all"
    select(dialog, row(dialog, 1))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert dialog.model.requirement_count() == 0
    assert not dialog.save() or session.ledger.requirement_count(dialog.plan_id) == 0


def test_merge_from_the_context_menu_keeps_the_first_rows_units(dialog, session):
    select(dialog, duty(dialog, 2), duty(dialog, 3))
    menu_action(dialog, "Merge").trigger()
    assert dialog.model.requirement_count() == 3
    assert saved_texts(dialog, session)[1] == (
        "2",
        "及时公开重大建设项目批准和实施信息，做到应公开尽公开。",
    )
    merged = next(t for t in session.ledger.tasks(dialog.plan_id) if t.number == "2")
    assert merged.lead_units == ("发展改革局",)


def test_merge_is_offered_only_for_adjacent_requirements_ctrl_m_merges(dialog, qtbot):
    select(dialog, duty(dialog, 1), duty(dialog, 3))
    assert not dialog.preview.merge_action.isEnabled()
    select(dialog, duty(dialog, 3), duty(dialog, 4))
    assert dialog.preview.merge_action.isEnabled()
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    merged = dialog.model.task(duty(dialog, 3))
    assert merged.text == "做到应公开尽公开。做好政策解读工作；及时回应社会关切。"
    assert merged.lead_units == ["办公室"]  # the first row had none
    assert dialog.model.task(dialog.tree.currentIndex()) is merged


def test_delete_while_editing_a_cell_deletes_a_character_not_the_row(dialog, qtbot):
    text = duty(dialog, 3, column=draft_model.TEXT)
    dialog.tree.setCurrentIndex(text)
    dialog.tree.edit(text)
    editor = dialog.preview.delegate.editor
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "到应公开尽公开。"
    assert dialog.model.requirement_count() == 4


def test_split_at_the_text_cursor_with_ctrl_b(dialog, qtbot, session):
    text = duty(dialog, 1, column=draft_model.TEXT)
    dialog.tree.setCurrentIndex(text)
    dialog.tree.edit(text)
    editor = dialog.preview.delegate.editor
    assert editor is not None
    editor.setCursorPosition(len("全面公开年度预算和决算，"))
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.requirement_count() == 5
    saved = saved_texts(dialog, session)
    assert saved[:2] == [("1", "全面公开年度预算和决算，"), ("2", "细化到功能分类项级科目。")]
    second = next(t for t in session.ledger.tasks(dialog.plan_id) if t.number == "2")
    assert second.lead_units == ("财政局",) and second.due == date(2023, 6, 30)


def test_split_from_the_toolbar_at_the_one_sentence_end(dialog, session):
    select(dialog, duty(dialog, 4))
    dialog.preview.split_action.trigger()
    assert saved_texts(dialog, session)[-2:] == [
        ("4", "做好政策解读工作；"),
        ("5", "及时回应社会关切。"),
    ]


def test_what_was_not_imported_is_listed_and_a_line_can_be_added(dialog, qtbot, session):
    listed = dialog.preview.skipped_list
    rows = [listed.topLevelItem(i) for i in range(listed.topLevelItemCount())]
    assert [(item.text(0), item.text(1)) for item in rows] == [
        ("附件：2023年政务公开重点任务分工表", "附件说明"),
        ("（此件公开发布）", "不是工作任务"),
        ("一、指导思想", COMMENTARY),
        ("三、保障措施", COMMENTARY),
    ]
    assert dialog.preview.lists.tabText(1) == "Not imported (4)"
    dialog.preview.lists.setCurrentIndex(1)
    qtbot.wait(10)  # the dialog's first layout settles (the preview shares out its height)
    listed.scrollToItem(rows[3])  # the list starts three rows tall
    click = listed.visualItemRect(rows[3]).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert dialog.model.task(dialog.tree.currentIndex()).text == "三、保障措施"
    assert not dialog.preview.add_skipped_button.isEnabled()  # a greyed row: tick it instead
    select(dialog, duty(dialog, 4))
    listed.scrollToItem(listed.topLevelItem(0))
    click = listed.visualItemRect(listed.topLevelItem(0)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert dialog.preview.add_skipped_button.isEnabled()
    dialog.preview.add_skipped_button.click()
    assert listed.topLevelItemCount() == 3
    dialog.preview.undo_action.trigger()
    assert listed.topLevelItemCount() == 4 and dialog.model.requirement_count() == 4
    dialog.preview.redo_action.trigger()
    assert saved_texts(dialog, session)[-1] == ("5", "附件：2023年政务公开重点任务分工表")


def test_numbers_are_whole_and_the_document_numbering_is_shown(qtbot, dialog):
    dialog.show_draft(prose_plan(extra_requirements=120))
    tree, header = dialog.tree, dialog.tree.header()
    assert not tree.isColumnHidden(draft_model.LABEL)
    last = duty(dialog, 124)
    assert last.data() == "124"
    tree.scrollTo(last)
    for column in (draft_model.NUMBER, draft_model.LABEL):
        assert header.sectionSize(column) >= tree.sizeHintForColumn(column)  # rows on screen
    # and by hand: check box, "124" and some room, though row 124 was off screen at first
    check_box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    assert header.sectionSize(
        draft_model.NUMBER
    ) > check_box + tree.fontMetrics().horizontalAdvance("124")
    assert tree.treePosition() == draft_model.TEXT  # indentation never eats the 序号
    label_tip = dialog.model.data(duty(dialog, 2), Qt.ItemDataRole.ToolTipRole)
    assert "二是" in label_tip
    dialog.show_draft(PlanDraft(roots=[requirement("1", "无原编号的要求")]))
    assert tree.isColumnHidden(draft_model.LABEL)


def test_a_failed_new_file_clears_the_old_preview(qtbot, dialog, session, tmp_path):
    dialog.load_file(SAMPLE)
    qtbot.waitUntil(lambda: dialog.model.requirement_count() == 30, timeout=30000)
    assert dialog.save_button.isEnabled()
    bad = tmp_path / "第二个方案.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    dialog.load_file(bad)
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=30000)
    assert dialog.model.rowCount() == 0 and dialog.draft is None
    assert dialog.preview.lists.tabText(1) == "Not imported (0)"
    assert dialog.preview.summary.text().startswith("0 requirements")
    assert dialog.title_edit.text() == ""
    assert not dialog.save_button.isEnabled() and not dialog.save()
    assert session.ledger.plans() == []


def test_split_asks_which_sentence_end_when_there_are_several(dialog, session):
    asked = []

    def choose(text: str, ends: list[int]) -> int:
        asked.append(ends)
        return ends[1]

    dialog.preview.choose_split_point = choose
    dialog.model.setData(duty(dialog, 1, column=draft_model.TEXT), "公开预算。公开决算。公开绩效。")
    select(dialog, duty(dialog, 1))
    dialog.preview.split_action.trigger()
    assert asked == [[5, 10]]
    assert saved_texts(dialog, session)[:2] == [("1", "公开预算。公开决算。"), ("2", "公开绩效。")]


def test_ctrl_z_takes_back_a_cell_edit_and_a_tick(dialog, qtbot):
    lead = duty(dialog, 3, column=draft_model.LEAD)
    assert dialog.model.setData(lead, "办公室、财政局")
    click_check_box(qtbot, dialog, row(dialog, 0))
    assert dialog.model.requirement_count() == 5
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.requirement_count() == 4
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.task(duty(dialog, 3)).lead_units == []
    assert not dialog.preview.undo_action.isEnabled()


def test_a_plan_with_nothing_left_out_says_so(dialog):
    dialog.show_draft(PlanDraft(roots=[requirement("1", "公开预算", "财政局")]))
    listed = dialog.preview.skipped_list
    assert listed.topLevelItemCount() == 1 and "Nothing left out" in listed.topLevelItem(0).text(0)
    assert dialog.preview.lists.tabText(1) == "Not imported (0)"
    assert not dialog.preview.add_skipped_button.isEnabled()


def test_a_toolbar_edit_keeps_what_was_typed_in_an_open_cell(dialog, qtbot):
    lead = duty(dialog, 3, column=draft_model.LEAD)
    dialog.tree.setCurrentIndex(lead)
    dialog.tree.edit(lead)
    editor = dialog.preview.delegate.editor
    editor.insert("政务服务中心")  # typed through an input method: QTest types ASCII only
    assert not dialog.preview.undo_action.isEnabled()
    dialog.preview.exclude_action.trigger()  # as a click on the toolbar would
    task = dialog.model.task(duty(dialog, 3))
    assert task.excluded and task.lead_units == ["政务服务中心"]
    dialog.preview.undo_action.trigger()  # the untick first …
    task = dialog.model.task(duty(dialog, 3))
    assert not task.excluded and task.lead_units == ["政务服务中心"]
    dialog.preview.undo_action.trigger()  # … then the typing
    assert dialog.model.task(duty(dialog, 3)).lead_units == []


def test_confirming_a_yellow_cell_unchanged_reviews_it_a_bad_date_is_refused(dialog):
    lead = duty(dialog, 4, column=draft_model.LEAD)
    assert dialog.model.data(lead, Qt.ItemDataRole.BackgroundRole) == draft_model.WARNING_BRUSH
    assert dialog.model.setData(lead, "办公室")  # as it was: the clerk has looked at it
    assert dialog.model.data(lead, Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.preview.lists.tabText(0) == "To review (0)"
    assert not dialog.model.setData(duty(dialog, 1, column=draft_model.DUE), "6月30日")
    assert dialog.model.task(duty(dialog, 1)).due == date(2023, 6, 30)
    dialog.model.undo()  # the review was one step, the refused date none
    assert not dialog.model.can_undo()
