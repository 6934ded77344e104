"""The shared message table for everything said outside Qt widgets.

CLI output and the errors raised by the store, importers and exporters are looked
up here by key, in Simplified Chinese or English. The GUI shows the same texts in
its dialogs, so a clerk reads the same words in both places.

Language: ``GOVLEDGER_LANG`` ("zh" / "en") if set, else the system locale.
"""

from __future__ import annotations

import locale
import os

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (简体中文, English)
    # --- opening a ledger
    "open.not_sqlite": (
        "无法打开台账文件 {path}：文件已损坏或不是台账文件。",
        "Cannot open ledger {path}: the file is damaged or not a ledger.",
    ),
    "open.foreign": (
        "无法打开 {path}：这是其他程序的数据库，不是 govledger 台账。文件未作任何改动。",
        "Cannot open {path}: it is another program's database, not a govledger ledger. "
        "The file was left untouched.",
    ),
    "open.newer": (
        "无法打开 {path}：该台账由较新版本的 govledger 创建"
        "（数据版本 {found}，本程序支持到 {supported}）。请升级 govledger。文件未作任何改动。",
        "Cannot open {path}: it was written by a newer govledger (data version {found}, this "
        "program supports up to {supported}). Please upgrade govledger. "
        "The file was left untouched.",
    ),
    "open.damaged": (
        "台账文件 {path} 已损坏：{detail}",
        "The ledger file {path} is damaged: {detail}",
    ),
    "open.cannot_create": (
        "无法在 {path} 创建台账：{detail}",
        "Cannot create a ledger at {path}: {detail}",
    ),
    "open.readonly_missing": (
        "台账文件 {path} 不存在。",
        "The ledger file {path} does not exist.",
    ),
    # --- ledger edits
    "edit.no_such": ("找不到{what}（编号 {id}）。", "No such {what} (id {id})."),
    "edit.bad_status": ("无效的状态“{value}”。", "Invalid status '{value}'."),
    "edit.bad_progress": (
        "进度必须在 0 到 100 之间，而不是 {value}。",
        "Progress must be between 0 and 100, not {value}.",
    ),
    "edit.bad_field": ("不能修改字段“{field}”。", "Field '{field}' cannot be changed."),
    "edit.move_into_self": (
        "不能把任务移到它自己或它的下级之下。",
        "A task cannot be moved under itself or its own sub-tasks.",
    ),
    "edit.move_other_plan": (
        "不能把任务移到另一个方案中。",
        "A task cannot be moved into another plan.",
    ),
    "edit.empty_text": ("内容不能为空。", "The text cannot be empty."),
    "edit.unit_exists": (
        "单位“{name}”已存在，如需合并请使用“合并单位”。",
        "Unit '{name}' already exists; use Merge units to combine them.",
    ),
    "edit.stale": (
        "无法撤销/重做“{description}”：相关记录已被其他操作修改。",
        "Cannot undo/redo '{description}': the records have changed since.",
    ),
    "edit.read_only": (
        "台账以只读方式打开，不能修改。",
        "The ledger is open read-only; it cannot be changed.",
    ),
    "evidence.cancelled": ("已取消添加佐证材料。", "Adding the evidence was cancelled."),
    "evidence.unreadable": (
        "无法读取佐证文件 {path}：{detail}",
        "Cannot read evidence file {path}: {detail}",
    ),
    "evidence.not_a_file": ("{path} 不是文件。", "{path} is not a file."),
    "evidence.bad_url": (
        "“{url}”不是有效的网址（应以 http:// 或 https:// 开头）。",
        "'{url}' is not a valid web address (it must start with http:// or https://).",
    ),
    # --- check
    "check.integrity": (
        "数据库完整性检查失败：{detail}",
        "Database integrity check failed: {detail}",
    ),
    "check.foreign_key": (
        "数据库引用错误：表 {table} 第 {rowid} 行引用了不存在的 {parent} 记录。",
        "Broken reference: row {rowid} of {table} refers to a missing {parent} record.",
    ),
    "check.evidence_missing": (
        "佐证文件缺失：“{name}”（{sha}）",
        "Evidence file missing: '{name}' ({sha})",
    ),
    "check.evidence_altered": (
        "佐证文件已被改动：“{name}”（{sha}）",
        "Evidence file altered: '{name}' ({sha})",
    ),
    "check.ok": (
        "台账完好：{plans} 个方案，{tasks} 项任务，{evidence} 份佐证材料均已核对。",
        "Ledger OK: {plans} plans, {tasks} tasks, {evidence} evidence records checked.",
    ),
    "check.faults": ("发现 {count} 个问题。", "{count} problem(s) found."),
    # --- CLI
    "cli.no_plan": (
        "台账中还没有工作方案。请先用 `govledger import 文件` 导入，"
        "或用 `govledger demo` 建立演示台账。",
        "The ledger has no plan yet. Import one with `govledger import FILE`, or run "
        "`govledger demo` for a demo ledger.",
    ),
    "cli.no_such_plan": ("找不到编号为 {id} 的方案。", "No plan with id {id}."),
    "cli.not_yet": (
        "“{command}”功能尚未提供（将在后续版本中加入）。",
        "'{command}' is not available yet (it arrives in a later version).",
    ),
    "cli.demo_done": (
        "已建立演示台账 {path}：方案“{title}”，{requirements} 项具体要求。",
        "Demo ledger built at {path}: plan '{title}' with {requirements} requirements.",
    ),
    "cli.backup_done": ("已备份到 {path}", "Backed up to {path}"),
    "cli.backup_failed": ("备份失败：{detail}", "Backup failed: {detail}"),
    "cli.no_display": (
        "没有可用的图形显示，无法启动窗口。可使用命令行：govledger --help",
        "No graphical display is available, so the window cannot open. "
        "Use the command line instead: govledger --help",
    ),
    "cli.plans_header": ("编号  年度  要求数  标题", "ID    Year  Reqs    Title"),
    "cli.imported": (
        "已导入“{title}”（{year} 年）：{requirements} 项具体要求，方案编号 {id}。",
        "Imported '{title}' ({year}): {requirements} requirements, plan id {id}.",
    ),
    "cli.import_warnings": ("{count} 条提示：", "{count} warning(s):"),
    "cli.exported": ("已导出到 {path}", "Exported to {path}"),
    "cli.error": ("错误：{detail}", "Error: {detail}"),
    # --- things named in messages
    "what.plan": ("方案", "plan"),
    "what.task": ("任务", "task"),
    "what.progress": ("进展记录", "progress entry"),
    "what.evidence": ("佐证材料", "evidence"),
    "what.unit": ("单位", "unit"),
    # --- exporters: errors
    "export.write_failed": ("无法写入 {path}：{detail}", "Cannot write {path}: {detail}"),
    "export.in_use": (
        "无法写入 {path}：文件可能正被其他程序（如 Word、Excel、WPS）打开，请关闭后重试。",
        "Cannot write {path}: the file may be open in another program (Word, Excel, WPS); "
        "close it and try again.",
    ),
    "export.no_folder": (
        "无法写入 {path}：文件夹 {folder} 不存在。",
        "Cannot write {path}: the folder {folder} does not exist.",
    ),
    "export.failed": ("导出 {path} 失败：{detail}", "Exporting {path} failed: {detail}"),
    "export.no_fonts": (
        "找不到可嵌入 PDF 的中文字体（TrueType）。请安装仿宋、宋体或黑体"
        "（Windows 自带 simfang.ttf / simsun.ttc / simhei.ttf），"
        "或把 .ttf/.ttc 字体放入 {folder}。",
        "No Chinese TrueType font that a PDF can embed was found. Install FangSong, SimSun or "
        "SimHei (simfang.ttf / simsun.ttc / simhei.ttf come with Windows), or put a .ttf/.ttc "
        "font into {folder}.",
    ),
    "export.no_such_unit": (
        "方案中没有任务由“{unit}”牵头或配合。",
        "No task of the plan names '{unit}' as lead or cooperating unit.",
    ),
    "export.filter_ledger_only": (
        "--unit 和 --overdue-only 只适用于 docx 和 xlsx 台账。",
        "--unit and --overdue-only apply only to the docx and xlsx ledgers.",
    ),
    # --- exported documents (exporters/labels.py: Chinese unless asked otherwise)
    "doc.col.seq": ("序号", "No."),
    "doc.col.task": ("工作任务", "Task"),
    "doc.col.requirement": ("具体要求", "Requirement"),
    "doc.col.units": ("责任单位", "Responsible units"),
    "doc.col.deadline": ("时间节点", "Deadline"),
    "doc.col.result": ("完成情况", "Progress"),
    "doc.col.evidence": ("佐证材料", "Evidence"),
    "doc.col.status": ("状态", "Status"),
    "doc.col.due": ("截止日期", "Due date"),
    "doc.col.last_progress": ("最近进展日期", "Last progress"),
    "doc.col.days_overdue": ("逾期天数", "Days overdue"),
    "doc.col.days_left": ("剩余天数", "Days left"),
    "doc.status.not_started": ("未开始", "Not started"),
    "doc.status.in_progress": ("进行中", "In progress"),
    "doc.status.done": ("已完成", "Done"),
    "doc.status.overdue": ("逾期", "Overdue"),
    "doc.status.not_applicable": ("不适用", "Not applicable"),
    "doc.status_percent": ("{status}（{percent}%）", "{status} ({percent}%)"),
    "doc.date": ("{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}"),
    "doc.month": ("{m}月", "{y}-{m:02d}"),
    "doc.month_year": ("{y}年{m}月", "{y}-{m:02d}"),
    "doc.no_due": ("未定", "None"),
    "doc.due_by": ("{date}前", "by {date}"),
    "doc.units_lead_co": ("{lead}牵头，{co}配合", "{lead} (lead), {co} (cooperating)"),
    "doc.progress": ("{date}：{text}", "{date}: {text}"),
    "doc.progress_by": ("{date}（{unit}）：{text}", "{date} ({unit}): {text}"),
    "doc.ledger_title": ("{title}落实情况台账", "{title}: implementation ledger"),
    "doc.as_of": ("（截至{date}）", "(as of {date})"),
    "doc.as_of_org": ("（{organization}　截至{date}）", "({organization}, as of {date})"),
    "doc.filter_unit": ("责任单位：{unit}", "Unit: {unit}"),
    "doc.filter_overdue": ("仅列逾期事项", "Overdue items only"),
    "doc.empty": ("无符合条件的事项。", "No matching items."),
    "doc.sheet_ledger": ("台账", "Ledger"),
    "doc.xlsx_footer": ("第 &P 页 共 &N 页", "Page &P of &N"),
    "doc.summary_title": ("政务公开工作落实情况汇总", "Implementation summary"),
    "doc.summary_date": ("{date}", "{date}"),
    "doc.overview": ("一、完成情况概览", "1. Overview"),
    "doc.overview_text": (
        "方案共有具体要求 {total} 项：已完成 {done} 项，进行中 {in_progress} 项，"
        "未开始 {not_started} 项，逾期 {overdue} 项，不适用 {not_applicable} 项；"
        "完成率 {rate}%（不计不适用事项）。",
        "The plan has {total} requirements: {done} done, {in_progress} in progress, "
        "{not_started} not started, {overdue} overdue, {not_applicable} not applicable; "
        "{rate}% complete (not counting those not applicable).",
    ),
    "doc.chart_status": ("按状态", "By status"),
    "doc.chart_units": ("按牵头单位（已完成/总数）", "By lead unit (done / total)"),
    "doc.chart_months": ("按截止月份", "By month due"),
    "doc.chart_total": ("总数", "Total"),
    "doc.chart_other_units": ("其他{count}个单位", "{count} other units"),
    "doc.overdue_list": ("二、逾期事项（{count} 项）", "2. Overdue ({count})"),
    "doc.due_soon_list": (
        "三、{days} 日内到期事项（{count} 项）",
        "3. Due within {days} days ({count})",
    ),
    "doc.full_ledger": ("四、台账明细", "4. Full ledger"),
    "doc.none": ("无。", "None."),
    "doc.continued": ("（续）", "(cont.)"),
    "doc.report_title": (
        "{year}年政务公开工作要点落实情况",
        "Implementation of the {year} government-affairs openness work points",
    ),
    "doc.report_draft_note": (
        "（初稿，由台账自动生成，请核改后使用）",
        "(Draft generated from the ledger; review before use.)",
    ),
    "doc.report_intro": (
        "{year}年，{organization}认真贯彻落实《{plan}》，将各项工作任务分解到责任单位，"
        "建立工作台账逐项跟踪推进。方案共明确具体工作任务{total}项，截至{date}，"
        "已完成{done}项，正在推进{open}项，完成率{rate}%。具体落实情况如下：",
        "In {year}, {organization} carried out the plan '{plan}', assigning every task to "
        "responsible units and tracking each in a ledger. Of {total} requirements, {done} "
        "were done by {date} and {open} are under way ({rate}% complete):",
    ),
    "doc.report_we": ("本单位", "this office"),
    "doc.report_section_done": (
        "本部分共{total}项任务，已完成{done}项。",
        "This part has {total} tasks; {done} are done.",
    ),
    "doc.report_about": ("在“{topic}”方面，", "On '{topic}': "),
    "doc.report_no_progress_done": ("已按要求完成。", "done as required."),
    "doc.report_unfinished": ("尚未完成的工作：", "Not yet done: "),
    "doc.report_unfinished_item": ("“{topic}”{status}", "'{topic}' ({status})"),
    "doc.report_reason": ("，{reason}", ": {reason}"),
    "doc.report_fill_reason": (
        "〔请补充未完成原因及下一步措施〕",
        "[add the reason and the next steps]",
    ),
    "doc.report_all_done": ("本部分各项任务均已完成。", "Every task of this part is done."),
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
    return message_in(language(), key, **kwargs)


def message_in(lang: str, key: str, /, **kwargs: object) -> str:
    """The text for key in a given language ("zh" / "en"), whatever the locale.

    Exported documents use it: a 台账 is written in Chinese even on an English system.
    """
    zh, en = _MESSAGES[key]
    return (zh if lang == "zh" else en).format(**kwargs)


def has_message(key: str) -> bool:
    return key in _MESSAGES


class GovLedgerError(Exception):
    """An error the clerk must read: its text comes from the message table."""

    def __init__(self, key: str, /, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(message(key, **kwargs))
