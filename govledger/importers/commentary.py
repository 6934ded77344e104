"""Sections of a prose plan (实施方案) that explain rather than assign duties.

指导思想, 基本原则, 总体要求, 工作目标, 组织领导/组织保障, 工作要求, 保障措施, 有关要求
and the 附件 list are commentary: the importer keeps them in the draft, excluded
(the preview shows them greyed; one click includes one), so they are listed among
what was not imported instead of becoming duties nobody can evidence.
"""

from __future__ import annotations

import re

from govledger.domain.outline import parse_numbering
from govledger.importers.traditional import to_simplified
from govledger.messages import message

COMMENTARY_NAMES = (
    "指导思想", "基本原则", "总体要求", "总体目标", "工作目标", "主要目标",
    "组织领导", "组织保障", "组织实施", "工作要求", "保障措施", "有关要求", "工作保障",
    "相关要求", "实施步骤", "工作步骤", "进度安排", "加强组织领导", "强化组织保障",
    "其他事项", "附则",
)  # fmt: skip
_ATTACHMENT = re.compile(r"附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]?")
_TRAILING = "。.：:；; "


def commentary_reason(heading_text: str) -> str:
    """Why a heading's section is commentary, or "" when it holds duties.

    The heading matches when, after its numbering, it is one of the names (possibly
    with a short tail: "组织领导，压实责任" is still 组织领导).
    """
    _numbering, rest = parse_numbering(heading_text)
    name = to_simplified(rest).strip(_TRAILING)
    for known in COMMENTARY_NAMES:
        if name == known or (name.startswith(known) and len(name) <= len(known) + 8):
            return message("skip.commentary_section", name=known)
    return ""


def is_attachment_list(text: str) -> bool:
    """'附件：1.…' or '附件' alone: the list of attachments closing a plan."""
    match = _ATTACHMENT.match(to_simplified(text).strip())
    return match is not None and (
        match.end() == len(text.strip()) or "：" in match.group(0) or ":" in match.group(0)
    )
