"""Compare two years' plans: which requirements are new, changed, dropped or unchanged.

Requirements carry no shared identity between years (each plan is imported from its
own document), so they are matched by text. Texts are normalised first — numbering,
spaces, punctuation and full/half width removed, four-digit years masked — because a
requirement copied into next year's plan usually differs only in those. Matching
scores are character-bigram Jaccard similarities (fast enough for 100 × 100), or,
when one text keeps nearly all of the other and adds to it (a requirement extended
with a new sentence), how much of the shorter the longer contains; the
assignment is one-to-one and greedy by score with ties broken by document order, so
the same two plans always give the same result. The character diff shown for a
changed requirement is difflib's, on the texts as written.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from govledger.domain.draft import PlanDraft
from govledger.domain.model import Task

# Pairs scoring below this are different requirements, not a changed one.
MATCH_THRESHOLD = 0.5
# A text that keeps this share of a shorter one's bigrams extends it (有变化, not
# 已删去 + 新增); the shorter needs this many bigrams, or two slogans would match.
CONTAINED = 0.85
CONTAINED_MIN_BIGRAMS = 8

_LEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d+(?:\.\d+)*[、.．)）]|[①-⑳])\s*"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")


def normalise(text: str) -> str:
    """The text as compared: no leading number, spaces, punctuation; years masked."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _LEADING_NUMBER.sub("", text, count=1)
    text = _YEAR.sub("#", text)
    return "".join(ch for ch in text if ch.isalnum() or ch == "#")


def _bigrams(text: str) -> frozenset[str]:
    if len(text) < 2:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def similarity(a: str, b: str) -> float:
    """How alike two texts are after normalise(), 0.0 – 1.0 (see _score)."""
    return _score(_bigrams(normalise(a)), _bigrams(normalise(b)))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _score(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard, or for an extended text the share of the shorter it keeps, scaled to
    rank just below an equally close rewording (an exact copy still wins)."""
    jaccard = _jaccard(a, b)
    shorter = min(len(a), len(b))
    if shorter < CONTAINED_MIN_BIGRAMS:
        return jaccard
    kept = len(a & b) / shorter
    if kept < CONTAINED:
        return jaccard
    return max(jaccard, MATCH_THRESHOLD + (kept - CONTAINED) / (1 - CONTAINED) * 0.3)


class Change(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    DROPPED = "dropped"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class CompareItem:
    """One requirement as compared: its text and what is shown beside it."""

    key: object  # the caller's handle (task id, draft index)
    text: str
    number: str = ""
    path: tuple[str, ...] = ()
    units_text: str = ""
    deadline_text: str = ""

    def as_text(self) -> str:
        """The item as the window and the printout show it: number, text, units, limit."""
        number = f"{self.number}. " if self.number else ""
        units = f"\n〔{self.units_text}〕" if self.units_text else ""
        deadline = f"〔{self.deadline_text}〕" if self.deadline_text else ""
        return f"{number}{self.text}{units}{deadline}"


@dataclass(frozen=True, slots=True)
class DiffSegment:
    op: str  # "equal", "delete", "insert", "replace" (difflib opcodes)
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ComparedPair:
    change: Change
    old: CompareItem | None  # None for NEW
    new: CompareItem | None  # None for DROPPED
    score: float = 0.0
    diff: tuple[DiffSegment, ...] = ()
    # "units_text" / "deadline_text" when they differ between matched requirements
    changed_fields: tuple[str, ...] = ()


@dataclass(slots=True)
class YearComparison:
    pairs: list[ComparedPair] = field(default_factory=list)

    def of(self, change: Change) -> list[ComparedPair]:
        return [pair for pair in self.pairs if pair.change is change]

    def counts(self) -> dict[Change, int]:
        return {change: len(self.of(change)) for change in Change}

    def shown(self, *, with_unchanged: bool) -> list[ComparedPair]:
        """The rows the window lists (and a printout prints), in the window's order."""
        return [p for p in self.pairs if with_unchanged or p.change is not Change.UNCHANGED]


def compare_requirements(
    old: Sequence[CompareItem],
    new: Sequence[CompareItem],
    threshold: float = MATCH_THRESHOLD,
) -> YearComparison:
    """Match old and new requirements one-to-one and classify every one.

    Pairs come in the new plan's order; dropped requirements follow, in the old order.
    """
    old_grams = [_bigrams(normalise(item.text)) for item in old]
    new_grams = [_bigrams(normalise(item.text)) for item in new]
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(old_grams):
        for j, b in enumerate(new_grams):
            if a & b or (not a and not b):
                score = _score(a, b)
                if score >= threshold:
                    candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    old_to_new: dict[int, tuple[int, float]] = {}
    new_taken: set[int] = set()
    for score, i, j in candidates:
        if i not in old_to_new and j not in new_taken:
            old_to_new[i] = (j, score)
            new_taken.add(j)
    new_to_old = {j: (i, score) for i, (j, score) in old_to_new.items()}

    result = YearComparison()
    for j, item in enumerate(new):
        if j not in new_to_old:
            result.pairs.append(ComparedPair(Change.NEW, None, item))
            continue
        i, score = new_to_old[j]
        result.pairs.append(_matched(old[i], item, score))
    for i, item in enumerate(old):
        if i not in old_to_new:
            result.pairs.append(ComparedPair(Change.DROPPED, item, None))
    return result


def _matched(old: CompareItem, new: CompareItem, score: float) -> ComparedPair:
    fields = tuple(name for name in ("units_text", "deadline_text") if _differs(old, new, name))
    if normalise(old.text) == normalise(new.text) and not fields:
        return ComparedPair(Change.UNCHANGED, old, new, score)
    return ComparedPair(Change.CHANGED, old, new, score, char_diff(old.text, new.text), fields)


def _differs(old: CompareItem, new: CompareItem, name: str) -> bool:
    before, after = normalise(getattr(old, name)), normalise(getattr(new, name))
    if name == "deadline_text" and not (before and after):
        # A plan that leaves 时间节点 blank (or says it in the text) has not changed it.
        return False
    return before != after


def char_diff(old: str, new: str) -> tuple[DiffSegment, ...]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return tuple(
        DiffSegment(op, old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def items_from_tasks(tasks: Iterable[Task], paths: dict[int, tuple[str, ...]]) -> list[CompareItem]:
    """CompareItems for a plan's requirements (tasks in document order)."""
    return [
        CompareItem(
            key=task.id,
            text=task.text,
            number=task.number,
            path=paths.get(task.id, ()),
            units_text=task.units_text,
            deadline_text=task.deadline_text,
        )
        for task in tasks
        if not task.is_heading
    ]


def items_from_draft(draft: PlanDraft) -> list[CompareItem]:
    """CompareItems for an imported but unsaved plan; keys are document-order indexes."""
    return [
        CompareItem(
            key=index,
            text=task.text,
            number=task.number,
            path=tuple(heading.text for heading in path),
            units_text=task.units_text,
            deadline_text=task.deadline_text,
        )
        for index, (path, task) in enumerate(draft.requirements())
    ]
