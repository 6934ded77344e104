"""The import dialog's paste tab reads a copied table from the clipboard's HTML.

A table copied from Word, WPS or a browser carries text/html (merged cells still
cells) and text/plain (merges gone); the dialog must read the HTML.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from govledger.ui.import_dialog import ImportDialog
from tests.importers.corpus_builders.html import CLIPBOARD_WORD_2023
from tests.importers.expected import differences, load_expected
from tests.importers.score_corpus import ROOT

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

GOLD = load_expected(ROOT / "plans" / "html-clipboard-word-2023.gold.json")
# What Word puts beside the HTML as text/plain: cells by tabs, merged cells gone.
WORD_PLAIN_TEXT = (
    "青岚市交通运输局2023年政务公开工作要点责任分工\n"
    "工作要求\t具体任务\t责任科室\t时间节点\n"
    "一、加强交通运输政策公开\t1.及时公开交通运输领域规范性文件，同步做好政策解读。\t政策法规科\t全年\n"
    "2.公开道路运输行政许可事项办理结果。\t2023年9月底前\n"
    "二、推进重大项目信息公开\t3.公开交通重点项目批准、招标投标和施工进展信息。\n"
    "4.每季度更新一次重点项目建设进度。\t规划建设科\n综合运输科\t\n"
)


@pytest.fixture(autouse=True)
def _clipboard_cleared_after():
    # The clipboard owns the QMimeData a test put there; left until the application
    # ends, it is destroyed after Python's wrappers during teardown (a crash at exit).
    yield
    QGuiApplication.clipboard().clear()


def _put_on_clipboard(html: str = "", text: str = "") -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def _dialog(qtbot, session, settings) -> ImportDialog:
    dialog = ImportDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.source_tabs.setCurrentIndex(1)
    return dialog


def test_the_paste_button_reads_the_clipboards_html_table(qtbot, session, settings):
    _put_on_clipboard(CLIPBOARD_WORD_2023, WORD_PLAIN_TEXT)
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_button.click()
    dialog.wait_until_parsed()
    assert dialog.draft is not None, dialog.error_label.text()
    assert dialog.paste_edit.toPlainText() == WORD_PLAIN_TEXT  # the clerk sees the text
    assert differences(dialog.draft.to_json(), GOLD) == []
    assert dialog.title_edit.text() == GOLD["title"]
    assert dialog.save_button.isEnabled()


def test_ctrl_v_into_the_box_then_read_uses_the_html_too(qtbot, session, settings):
    _put_on_clipboard(CLIPBOARD_WORD_2023, WORD_PLAIN_TEXT)
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_edit.setFocus()
    qtbot.keyClick(dialog.paste_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.paste_edit.structured_html() == CLIPBOARD_WORD_2023
    dialog.read_pasted()
    dialog.wait_until_parsed()
    assert differences(dialog.draft.to_json(), GOLD) == []


def test_text_the_clerk_edits_after_pasting_is_read_as_text(qtbot, session, settings):
    _put_on_clipboard(CLIPBOARD_WORD_2023, WORD_PLAIN_TEXT)
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_edit.paste()
    dialog.paste_edit.appendPlainText("3.新增一项任务。\t办公室\t全年")
    assert dialog.paste_edit.structured_html() == ""


def test_formatted_text_without_a_table_stays_text(qtbot, session, settings):
    text = "一、做好政策公开\n1.公开规范性文件。（办公室牵头，各科室配合）"
    _put_on_clipboard(
        "<p><b>一、做好政策公开</b></p><p>1.公开规范性文件。（办公室牵头，各科室配合）</p>", text
    )
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_button.click()
    dialog.wait_until_parsed()
    assert dialog.paste_edit.structured_html() == ""
    requirements = dialog.draft.to_json()["requirements"]
    assert [(r["text"], r["lead_units"]) for r in requirements] == [
        ("公开规范性文件。", ["办公室"])
    ]


def test_html_offered_without_text_is_shown_as_text_and_read_as_html(qtbot, session, settings):
    _put_on_clipboard(CLIPBOARD_WORD_2023)
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_button.click()
    dialog.wait_until_parsed()
    assert "及时公开交通运输领域规范性文件" in dialog.paste_edit.toPlainText()
    assert differences(dialog.draft.to_json(), GOLD) == []


def test_a_table_copied_without_its_header_is_read_as_text(qtbot, session, settings):
    html = (
        "<table><tr><td>1.公开规范性文件。</td><td>办公室</td></tr>"
        "<tr><td>2.公开预算。</td><td>财务科</td></tr></table>"
    )
    _put_on_clipboard(html, "1.公开规范性文件。\t办公室\n2.公开预算。\t财务科\n")
    dialog = _dialog(qtbot, session, settings)
    dialog.paste_button.click()
    dialog.wait_until_parsed()
    assert dialog.paste_edit.structured_html() == ""  # no header says which cell is what
    assert dialog.draft is not None, dialog.error_label.text()
    assert dialog.draft.source_name == "text"
