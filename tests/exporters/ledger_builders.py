"""Ledgers for exporter tests and benchmarks, built through the Ledger API.

The sample plan looks like a real 分工方案: two heading levels (一、 / （一）), one
section whose requirements sit directly under 一、-level heading (shown in the 工作任务
column), long texts, every status including overdue and due-soon, dated progress
notes, file and link evidence, and texts that a spreadsheet would take for formulas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import Status, TaskKind
from govledger.store import Ledger

TODAY = date(2024, 6, 15)
ORGANIZATION = "江门市某某局"
PLAN_TITLE = "江门市某某局2024年政务公开工作要点分工方案"

UNITS = ("办公室", "政策法规科", "信息中心", "人事科", "财务科", "行政审批科")
FORMULA_LIKE = ("=SUM(A1)", "+86 0750-3501234 政务服务热线号码公开", "-", "@江门发布 政务微博")
LONG_TEXT = (
    "围绕优化营商环境、稳就业保民生等重点工作，加大政策解读力度，通过政策吹风会、"
    "新闻发布会、在线访谈、图解、短视频等多种形式，对涉及群众切身利益、社会关注度高的"
    "政策文件进行多角度、全方位、有深度的解读，做到政策文件与解读材料同步组织、同步审签、"
    "同步部署，解读材料于文件公开后3个工作日内发布，及时回应社会关切。"
)
LONG_NOTE = (
    "已在局门户网站政府信息公开专栏集中发布相关政策文件及解读材料共12篇，其中图解3篇、"
    "短视频2条，同步推送至政务微信公众号，累计阅读量超过1.2万人次；对网民留言逐条登记、"
    "按时答复，答复率100%。"
)

SECTIONS = (
    (
        "一、推进决策和执行公开",
        (
            ("（一）深化决策预公开", 4),
            ("（二）加强政策解读", 4),
            ("（三）做好重大决策执行公开", 3),
        ),
    ),
    (
        "二、加强政务公开平台建设",
        (("（一）规范政府网站管理", 4), ("（二）加强政务新媒体管理", 3)),
    ),
    (
        "三、夯实政务公开工作基础",
        (("（一）规范依申请公开办理", 4), ("（二）加强基础工作", 5)),
    ),
)
# A section without sub-headings: its heading goes into the 工作任务 column.
FLAT_SECTION = ("四、做好政府信息公开年度报告工作", 3)

REQUIREMENT_TEXTS = (
    "及时公开本部门重大行政决策事项目录，对涉及群众切身利益的决策事项通过多种渠道征求意见",
    LONG_TEXT,
    "建立政务公开工作台账，实时跟进推动，确保各项任务按时完成",
    "按规定做好政府信息公开保密审查工作，严防泄密和侵犯个人隐私",
    "规范政府网站信息发布审核流程，严格落实“先审后发”制度",
    "对政府网站进行常态化监测，及时整改错链断链、信息更新不及时等问题",
    "加强政务新媒体矩阵建设，推动与政府网站信息联动发布",
    "做好依申请公开答复文书规范化工作，提升答复质量",
)


@dataclass
class SamplePlan:
    plan_id: int
    requirement_ids: list[int] = field(default_factory=list)
    overdue_ids: list[int] = field(default_factory=list)
    due_soon_ids: list[int] = field(default_factory=list)
    done_ids: list[int] = field(default_factory=list)
    formula_ids: list[int] = field(default_factory=list)
    heading_texts: list[str] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)


def build_sample_plan(ledger: Ledger, today: date = TODAY) -> SamplePlan:
    plan_id = ledger.create_plan(
        PLAN_TITLE, today.year, organization=ORGANIZATION, document_number="江某〔2024〕5号"
    ).first_created("plans")
    sample = SamplePlan(plan_id)
    index = 0

    def add_requirement(parent_id: int) -> None:
        nonlocal index
        if index < len(FORMULA_LIKE):
            text = FORMULA_LIKE[index]
        else:
            text = REQUIREMENT_TEXTS[index % len(REQUIREMENT_TEXTS)]
            text = f"{text}（第{index + 1}项）"
        lead = [UNITS[index % len(UNITS)]]
        co = ["信息中心"] if index % 3 == 1 and lead != ["信息中心"] else []
        task_id = ledger.add_task(
            plan_id, text, parent_id=parent_id, number=str(index + 1), lead_units=lead, co_units=co
        ).first_created("tasks")
        sample.requirement_ids.append(task_id)
        sample.texts[task_id] = text
        if index < len(FORMULA_LIKE):
            sample.formula_ids.append(task_id)
        _record_work(ledger, sample, task_id, index, today)
        index += 1

    for heading_text, subsections in SECTIONS:
        heading = ledger.add_task(
            plan_id, heading_text, kind=TaskKind.HEADING, number=heading_text[0]
        ).first_created("tasks")
        sample.heading_texts.append(heading_text)
        for sub_text, count in subsections:
            sub = ledger.add_task(
                plan_id, sub_text, kind=TaskKind.HEADING, parent_id=heading, number=sub_text[:3]
            ).first_created("tasks")
            sample.heading_texts.append(sub_text)
            for _ in range(count):
                add_requirement(sub)
    flat_text, count = FLAT_SECTION
    flat = ledger.add_task(plan_id, flat_text, kind=TaskKind.HEADING, number="四").first_created(
        "tasks"
    )
    sample.heading_texts.append(flat_text)
    for _ in range(count):
        add_requirement(flat)
    return sample


def _record_work(ledger: Ledger, sample: SamplePlan, task_id: int, index: int, today: date):
    kind = index % 6  # 0 done · 1 under way · 2 later · 3 overdue · 4 due soon · 5 n/a or done
    due = {
        0: today - timedelta(days=30),
        1: today + timedelta(days=40),
        2: date(today.year, 12, 31),
        3: today - timedelta(days=10 + index),
        4: today + timedelta(days=3),
        5: today + timedelta(days=60),
    }[kind]
    deadline_text = "全年" if kind == 2 else f"{due.month}月{due.day}日前"
    ledger.update_task(task_id, due=due, deadline_text=deadline_text)
    if kind == 0 or (kind == 5 and (index // 6) % 2 == 0):
        ledger.add_progress(
            task_id, LONG_NOTE, on=due - timedelta(days=20), unit="办公室", author="张明"
        )
        ledger.add_progress(task_id, "工作已全部完成，佐证材料已上传。", on=due - timedelta(days=2))
        ledger.update_task(task_id, status=Status.DONE)
        ledger.attach_bytes(task_id, b"\x89PNG fake", f"网站截图-{index + 1}.png")
        ledger.attach_link(
            task_id, "https://www.jiangmen.gov.cn/zwgk/", title="江门市人民政府门户网站"
        )
        sample.done_ids.append(task_id)
    elif kind == 1:
        ledger.add_progress(task_id, "已召开专题会议研究部署，明确专人负责\x0b。", on=today)
        ledger.update_task(task_id, status=Status.IN_PROGRESS, progress=50)
    elif kind == 3:
        ledger.add_progress(task_id, "因系统升级改造，进度滞后。", on=today - timedelta(days=5))
        ledger.update_task(task_id, status=Status.IN_PROGRESS, progress=30)
        sample.overdue_ids.append(task_id)
    elif kind == 4:
        sample.due_soon_ids.append(task_id)
    elif kind == 5:
        ledger.update_task(task_id, status=Status.NOT_APPLICABLE)


def build_big_plan(ledger: Ledger, requirements: int = 1000, today: date = TODAY) -> int:
    """A plan of `requirements` requirements under 10 × 5 headings, in one import."""
    per_group = max(1, requirements // 50)
    roots: list[DraftTask] = []
    made = 0
    for top in range(10):
        root = DraftTask(TaskKind.HEADING, f"{_cn(top + 1)}、第{top + 1}项工作要求的标题文字")
        roots.append(root)
        for sub in range(5):
            group = DraftTask(TaskKind.HEADING, f"（{_cn(sub + 1)}）工作任务{top + 1}-{sub + 1}")
            root.children.append(group)
            for _ in range(per_group if (top, sub) != (9, 4) else requirements - made):
                made += 1
                text = REQUIREMENT_TEXTS[made % len(REQUIREMENT_TEXTS)]
                group.children.append(
                    DraftTask(
                        TaskKind.REQUIREMENT,
                        f"{text}（第{made}项）",
                        number=str(made),
                        units_text=f"{UNITS[made % 6]}牵头，各科室配合",
                        lead_units=[UNITS[made % 6]],
                        co_units=["各科室"],
                        deadline_text="10月底前",
                        due=today + timedelta(days=made % 200 - 100),
                    )
                )
    draft = PlanDraft(title="大型测试方案", year=today.year, organization=ORGANIZATION)
    draft.roots = roots
    plan_id = ledger.import_draft(draft).first_created("plans")
    requirement_ids = [t.id for t in ledger.tasks(plan_id) if not t.is_heading]
    for position, task_id in enumerate(requirement_ids[::4]):
        ledger.add_progress(task_id, LONG_NOTE, on=today - timedelta(days=position % 90))
    for task_id in requirement_ids[::3]:
        ledger.update_task(task_id, status=Status.DONE)
    return plan_id


def _cn(number: int) -> str:
    return "一二三四五六七八九十"[number - 1]
