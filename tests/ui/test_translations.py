"""Every GUI string is translated into Chinese, and the compiled files are there and current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "govledger" / "ui"


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"govledger_{language}.ts")
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in tree.getroot().iter("context")
        for message in context.findall("message")
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_source_string_is_translated(language):
    found = messages(language)
    assert len(found) > 150
    unfinished = [
        (context, source)
        for context, source, translation in found
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_chinese_translations_keep_placeholders_and_are_chinese():
    for context, source, translation in messages("zh_CN"):
        text = translation.text or ""
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", text)), source
        if re.search(r"[A-Za-z]{3}", source) and context != "SettingsDialog":
            assert re.search(r"[\u4e00-\u9fff]", text), (context, source)


def test_the_ts_files_hold_every_string_in_the_code():
    """A tr() added without running translations/update.sh would show English to clerks."""
    in_ts = {source for _context, source, _translation in messages("zh_CN")}
    pattern = re.compile(
        r'(?:self\.tr|QCoreApplication\.translate\(\s*"\w+",)\(?\s*"((?:[^"\\]|\\.)*)"'
    )
    in_code = set()
    for path in UI.glob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            in_code.add(match.group(1).replace("\\n", "\n"))
    # strings split over lines are matched by their first part
    missing = {text for text in in_code if not any(s.startswith(text) for s in in_ts)}
    assert missing == set()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_compiled_file_holds_every_current_translation(language):
    # Modification times say nothing after a checkout: ask the .qm for each string.
    translator = QTranslator()
    assert translator.load(f"govledger_{language}", str(TRANSLATIONS))
    stale = []
    for context, source, translation in messages(language):
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("numerus") == "yes":
            continue  # plural forms are looked up with a count
        wanted = translation.text or ""
        if translator.translate(context, source) != wanted:
            stale.append((context, source))
    assert stale == [], "run translations/update.sh"


def test_the_chinese_file_translates_in_the_application(qapp):
    translator = QTranslator()
    assert translator.load("govledger_zh_CN", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Labels", "Overdue") == "逾期"
        assert QCoreApplication.translate("DetailPanel", "Work carried out") == "工作开展情况"
    finally:
        qapp.removeTranslator(translator)
