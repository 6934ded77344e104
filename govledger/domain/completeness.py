"""Completeness: a requirement marked done must show its proof (佐证材料).

Inspections ask for the evidence of every duty reported as 已完成, so a done
requirement with nothing attached is flagged 缺少佐证 in the tree, in a filter and
in the evidence pack's index. Evidence attached to one of the requirement's progress
entries counts: it is still the requirement's evidence.
"""

from __future__ import annotations

from govledger.domain.model import Status


def lacks_evidence(stored: Status, evidence_count: int) -> bool:
    """True for a requirement reported done (已完成) with no evidence file or link."""
    return stored is Status.DONE and evidence_count == 0
