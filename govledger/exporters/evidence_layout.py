"""Where each piece of evidence goes in an evidence pack (佐证材料包).

An inspection team browses the pack in Explorer, so it follows the plan:
``01 一、做好各类规划主动公开/1 主动公开“十四五”规划纲要…/网站截图-1.png``.
Heading folders nest as the plan's headings do, numbered so Explorer keeps the plan's
order; each requirement with evidence has its own folder named by its number and the
start of its text; files keep the clerk's original names (made safe for Windows);
links become Internet shortcuts (.url).

Planning reads the ledger and touches no files, so it runs on the GUI thread while
the copying (evidence_pack.write_pack) may run in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import Evidence, EvidenceKind, Plan, ProgressEntry, Status, Task
from govledger.domain.safe_file_names import (
    MAX_PATH,
    UniqueNames,
    safe_file_name,
    shortened,
    utf16_length,
)
from govledger.store.ledger import Ledger

INDEX_NAME = "佐证材料索引.xlsx"
# A zip is unpacked somewhere we cannot know: assume a folder path of this length
# (C:\Users\<name>\Desktop\<pack name>\) when budgeting its paths.
ZIP_ROOT_ALLOWANCE = 60
HEADING_FOLDER = 27  # UTF-16 units per folder name, before scaling to a long target
REQUIREMENT_FOLDER = 32
FILE_NAME = 80
MIN_FILE_NAME = 20
_TRAILING_PUNCTUATION = "。；;，,：: "


class EvidenceState:
    """What the index says about one piece of evidence."""

    OK = "ok"
    LINK = "link"
    MISSING = "missing"  # the stored file is gone; listed, not packed
    ALTERED = "altered"  # packed, but its content no longer matches what was attached


@dataclass
class PackedEvidence:
    evidence: Evidence
    relative_path: str  # inside the pack, "/"-separated: a file or a .url shortcut
    progress: ProgressEntry | None = None
    state: str = EvidenceState.OK


@dataclass
class PackedRequirement:
    task: Task
    headings: list[Task]  # outermost first
    status: Status  # as shown today (逾期 derived)
    folder: str = ""  # relative folder; "" when the requirement has no evidence
    evidence: list[PackedEvidence] = field(default_factory=list)

    @property
    def lacks_evidence(self) -> bool:
        return lacks_evidence(self.task.status, len(self.evidence))


@dataclass
class PackPlan:
    plan: Plan
    requirements: list[PackedRequirement]
    evidence_root: Path  # the ledger's evidence store folder
    made_on: date

    def files(self) -> list[PackedEvidence]:
        return [
            packed
            for requirement in self.requirements
            for packed in requirement.evidence
            if packed.evidence.kind is EvidenceKind.FILE
        ]


def path_budget(target: Path, as_zip: bool) -> int:
    """How long a path inside the pack may be (UTF-16 units) to stay under MAX_PATH."""
    root = ZIP_ROOT_ALLOWANCE if as_zip else utf16_length(str(target.absolute()))
    return MAX_PATH - root - 2  # the separator after the root, and strictly under


def plan_pack(ledger: Ledger, plan_id: int, budget: int, today: date | None = None) -> PackPlan:
    today = today or date.today()
    plan = ledger.plan(plan_id)
    evidence = ledger.evidence_by_task(plan_id)
    progress = {
        entry.id: entry
        for entries in ledger.progress_by_task(plan_id).values()
        for entry in entries
    }
    # Long targets leave less room: shrink folder names in proportion, never to nothing.
    scale = min(1.0, budget / (MAX_PATH - ZIP_ROOT_ALLOWANCE))
    caps = (max(8, int(HEADING_FOLDER * scale)), max(10, int(REQUIREMENT_FOLDER * scale)))
    folders = _FolderNames(*caps)
    requirements: list[PackedRequirement] = []
    headings: list[Task] = []
    sibling_headings: dict[int | None, int] = {}
    for depth, task in ledger.tasks_with_depth(plan_id):
        del headings[depth:]
        if task.is_heading:
            headings.append(task)
            sibling_headings[task.parent_id] = sibling_headings.get(task.parent_id, 0) + 1
            folders.ordinals[task.id] = sibling_headings[task.parent_id]
            continue
        packed = PackedRequirement(task, list(headings), ledger.effective_status(task, today))
        attached = evidence.get(task.id, [])
        if attached:
            packed.folder = folders.requirement_folder(headings, task, len(requirements) + 1)
            room = min(FILE_NAME, max(MIN_FILE_NAME, budget - utf16_length(packed.folder) - 1))
            names = UniqueNames()
            for item in attached:
                name = names.claim(_file_name(item), room)
                packed.evidence.append(
                    PackedEvidence(
                        item,
                        f"{packed.folder}/{name}",
                        progress.get(item.progress_id) if item.progress_id else None,
                        EvidenceState.LINK if item.kind is EvidenceKind.LINK else EvidenceState.OK,
                    )
                )
        requirements.append(packed)
    return PackPlan(plan, requirements, ledger.evidence_folder, today)


def _file_name(evidence: Evidence) -> str:
    if evidence.kind is EvidenceKind.LINK:
        return f"{evidence.title or urlparse(evidence.url).netloc or evidence.url}.url"
    return evidence.original_name


def folder_label(number: str, text: str) -> str:
    """ "1 主动公开…" from a number and a text, without the text's closing punctuation."""
    text = " ".join(text.split()).rstrip(_TRAILING_PUNCTUATION)
    if number and not text.startswith(number):
        return f"{number} {text}"
    return text


class _FolderNames:
    """Folder names unique among their siblings, reused for requirements under one heading."""

    def __init__(self, heading_cap: int, requirement_cap: int) -> None:
        self.heading_cap = heading_cap
        self.requirement_cap = requirement_cap
        # Explorer sorts 十一、 before 二、; a zero-padded ordinal keeps the plan's order.
        self.ordinals: dict[int, int] = {}  # heading id -> place among sibling headings
        self._names: dict[int | None, str] = {}  # heading id -> its relative folder
        self._siblings: dict[str, UniqueNames] = {}

    def requirement_folder(self, headings: list[Task], task: Task, position: int) -> str:
        parent = ""
        for heading in headings:
            if heading.id not in self._names:
                label = f"{self.ordinals[heading.id]:02d} " + folder_label(
                    heading.number, heading.text
                )
                self._names[heading.id] = self._child(parent, label, self.heading_cap)
            parent = self._names[heading.id]
        label = folder_label(task.number or str(position), task.text)
        return self._child(parent, label, self.requirement_cap)

    def _child(self, parent: str, label: str, cap: int) -> str:
        siblings = self._siblings.setdefault(parent, UniqueNames({INDEX_NAME}))
        # Shorten first so the … marks the cut, then make the result safe and unique.
        name = siblings.claim(safe_file_name(shortened(label, cap), cap), cap)
        return f"{parent}/{name}" if parent else name
