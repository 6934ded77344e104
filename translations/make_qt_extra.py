"""Write qt_extra_zh_CN.ts: Qt's own Chinese strings for the dialogs govledger shows.

Qt's standard buttons (确定/取消), the file dialog ("Look in:", "Files of type:"), message
boxes, the text fields' context menus and the print preview are translated in
qtbase_zh_CN.qm, which some PySide6-Essentials installations do not ship. Without
it a Chinese window shows English buttons. So govledger carries the few contexts it
needs itself, compiled by update.sh into qt_extra_zh_CN.qm and loaded after Qt's own
(appearance.install_translations).

The strings are taken from a qtbase_zh_CN.qm where one is installed, so they are
Qt's own words, source texts exact. Run it again when Qt is upgraded:

    python3 translations/make_qt_extra.py [path/to/qtbase_zh_CN.qm]
    bash translations/update.sh

The .qm format read here is Qt's (qtbase/src/corelib/kernel/qtranslator.cpp): a
magic number, then tagged sections; the messages section is a run of records of
tagged fields (source text, context, comment, translation), each record ending in 1.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from xml.sax.saxutils import escape

CONTEXTS = (
    "QDialogButtonBox",
    "QPlatformTheme",  # the standard buttons' texts: OK, Cancel, Save, Close …
    "QFileDialog",
    "QFileSystemModel",  # the file dialog's columns: Name, Size, Type, Date Modified
    "QMessageBox",
    "QInputDialog",
    "QLineEdit",  # the right-click menu of every text field
    "QWidgetTextControl",  # … and of multi-line text
    "QAbstractSpinBox",
    "QScrollBar",
    "QPrintPreviewDialog",
    "QPrintDialog",
    "QPageSetupWidget",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
)
# Our own words, winning over the catalogue's. Qt's sources changed since its Chinese
# catalogue was made: Qt 6 labels the file dialog "&Look in:" and "Files of &type:",
# the catalogue still has "Look in:", so even a full installation shows them in
# English. And a file's size is 大小 in Windows Explorer, not the catalogue's 体积.
ADDED = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileSystemModel", "Size"): "大小",
}
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_SECTION = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT, OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
HERE = Path(__file__).resolve().parent


def read_qm(path: Path) -> list[dict[str, object]]:
    """The messages of a .qm file: dicts with context, source, comment, translations."""
    data = path.read_bytes()
    if data[:16] != MAGIC:
        raise ValueError(f"{path} is not a Qt .qm file")
    sections, pos = {}, 16
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        sections[tag] = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    found, record, messages, pos = [], {"translations": []}, sections[MESSAGES_SECTION], 0
    while pos < len(messages):
        tag, pos = messages[pos], pos + 1
        if tag == END:
            found.append(record)
            record = {"translations": []}
            continue
        if tag == OBSOLETE1:
            pos += 4
            continue
        if tag == OBSOLETE2:
            continue
        length, pos = struct.unpack(">I", messages[pos : pos + 4])[0], pos + 4
        if tag == TRANSLATION:
            if length != 0xFFFFFFFF:  # a null translation has no bytes
                record["translations"].append(messages[pos : pos + length].decode("utf-16-be"))
                pos += length
            continue
        text, pos = messages[pos : pos + length].decode("utf-8"), pos + length
        key = {SOURCE: "source", CONTEXT: "context", COMMENT: "comment"}.get(tag)
        if key:
            record[key] = text
    return found


def write_ts(messages: list[dict[str, object]], target: Path) -> int:
    by_context: dict[str, list[dict[str, object]]] = {}
    messages = [m for m in messages if (m.get("context"), m.get("source")) not in ADDED]
    messages += [
        {"context": context, "source": source, "translations": [text]}
        for (context, source), text in ADDED.items()
    ]
    for message in messages:
        if message.get("context") in CONTEXTS and message["translations"]:
            by_context.setdefault(str(message["context"]), []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="zh_CN" sourcelanguage="en">',
    ]
    for context in CONTEXTS:
        lines += ["<context>", f"    <name>{context}</name>"]
        for message in by_context.get(context, []):
            lines += ["    <message>", f"        <source>{escape(str(message['source']))}</source>"]
            if message.get("comment"):
                lines.append(f"        <comment>{escape(str(message['comment']))}</comment>")
            lines.append(f"        <translation>{escape(message['translations'][0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(found) for found in by_context.values())


def installed_catalogue() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_zh_CN.qm"


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else installed_catalogue()
    count = write_ts(read_qm(source), HERE / "qt_extra_zh_CN.ts")
    print(f"{count} messages from {source} written to qt_extra_zh_CN.ts")
