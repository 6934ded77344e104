"""The shared message table for everything said outside Qt widgets.

Errors raised by the importers (and, once merged, the store and CLI) are looked up
here by key, in Simplified Chinese or English, so a clerk reads the same words on
the command line and in the GUI's dialogs.

Language: ``GOVLEDGER_LANG`` ("zh" / "en") if set, else the system locale.
"""

from __future__ import annotations

import locale
import os

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (简体中文, English)
    # --- importing a plan: one line naming the file and the problem
    "import.empty": ("{name}：文件是空的。", "{name}: the file is empty."),
    "import.unreadable": ("无法读取 {name}：{detail}", "Cannot read {name}: {detail}"),
    "import.old_binary": (
        "{name} 是旧版二进制格式（.doc/.xls/.wps/.et），无法直接导入；"
        "请用 Word、WPS 或 Excel 打开后另存为 .docx 或 .xlsx 再导入。",
        "{name} is in an old binary format (.doc/.xls/.wps/.et) that cannot be imported; "
        "open it in Word, WPS or Excel and save it as .docx or .xlsx first.",
    ),
    "import.encrypted": (
        "{name} 设有打开密码（文件已加密），无法读取；请取消密码后另存为 .docx 或 .xlsx 再导入。",
        "{name} is password-protected (encrypted) and cannot be read; remove the password "
        "and save it as .docx or .xlsx first.",
    ),
    "import.damaged": (
        "{name} 已损坏或不完整，无法读取（{detail}）。",
        "{name} is damaged or incomplete and cannot be read ({detail}).",
    ),
    "import.renamed": (
        "{name} 的内容不是 {expected} 文件（可能只是改了扩展名），无法导入。",
        "{name} does not contain a {expected} document (was it just renamed?), "
        "so it cannot be imported.",
    ),
    "import.not_office": (
        "{name} 是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文档，无法导入。",
        "{name} is a zip archive but not a Word (.docx) or Excel (.xlsx) document.",
    ),
    "import.pdf": (
        "{name} 是 PDF 文件，无法直接导入；请复制其中文字粘贴导入，或另存为 .docx。",
        "{name} is a PDF, which cannot be imported directly; paste its text instead "
        "or save it as .docx.",
    ),
    "import.binary": (
        "{name} 既不是文本，也不是 Word 或 Excel 文档，无法导入。",
        "{name} is neither text nor a Word or Excel document, so it cannot be imported.",
    ),
    "import.too_large": (
        "{name} 解压后过大或压缩比异常（{detail}），为安全起见拒绝导入。",
        "{name} is refused for safety: it expands too much when unpacked ({detail}).",
    ),
    "import.unsafe_xml": (
        "{name} 含有不安全的 XML 声明（DOCTYPE/ENTITY，位于 {part}），为安全起见拒绝导入。",
        "{name} is refused for safety: it contains an XML DOCTYPE/ENTITY declaration (in {part}).",
    ),
    "import.no_plan": (
        "{name} 中未找到工作方案：没有可识别的任务表格，也没有带编号的工作要求。",
        "{name} holds no plan: no recognisable task table and no numbered requirements.",
    ),
    "import.failed": (
        "{name} 无法解析，文件可能已损坏（{detail}）。",
        "{name} could not be read; the file may be damaged ({detail}).",
    ),
    # --- import warnings shown in the preview
    "warn.no_units": ("{where}未识别到责任单位", "{where}: no responsible unit found"),
    "warn.deadline_unrecognised": (
        "{where}的时限“{text}”未能识别为日期",
        "{where}: the time limit '{text}' was not understood as a date",
    ),
    "warn.number_gap": (
        "{where}编号从 {previous} 跳到 {number}，可能漏了内容",
        "{where}: numbering jumps from {previous} to {number}; something may be missing",
    ),
    "warn.no_year": (
        "未能从文件中识别年度，已按 {year} 年处理，请核对",
        "No year found in the file; {year} was assumed, please check",
    ),
    # --- where something is, for warnings
    "where.table_row": ("表{table}第{row}行", "table {table}, row {row}"),
    "where.sheet_row": ("工作表“{sheet}”第{row}行", "sheet '{sheet}', row {row}"),
    "where.line": ("第{line}行", "line {line}"),
    "where.paragraph": ("第{index}段", "paragraph {index}"),
}


def language() -> str:
    """'zh' or 'en'."""
    chosen = os.environ.get("GOVLEDGER_LANG", "").lower()
    if chosen.startswith(("zh", "en")):
        return chosen[:2]
    try:
        system = locale.getlocale()[0] or os.environ.get("LANG", "")
    except ValueError:
        system = os.environ.get("LANG", "")
    return "zh" if system.lower().startswith(("zh", "chinese")) else "en"


def message(key: str, /, **kwargs: object) -> str:
    """The text for key in the current language, with {placeholders} filled in."""
    zh, en = _MESSAGES[key]
    template = zh if language() == "zh" else en
    return template.format(**kwargs)


def has_message(key: str) -> bool:
    return key in _MESSAGES


class GovLedgerError(Exception):
    """An error the clerk must read: its text comes from the message table."""

    def __init__(self, key: str, /, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(message(key, **kwargs))
