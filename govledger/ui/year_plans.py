"""Choosing last year's and this year's plan, for the 回头看 wizard and compare years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from govledger.domain.model import Plan


def default_pair(plans: list[Plan]) -> tuple[int | None, int | None]:
    """(last year's plan, this year's plan): the newest plan, and the newest one of an
    earlier year (else the next newest). plans come newest first, as Ledger.plans()."""
    if not plans:
        return None, None
    this_year = plans[0]
    earlier = [plan for plan in plans[1:] if plan.year < this_year.year] or plans[1:]
    return (earlier[0].id if earlier else None), this_year.id


class PlanCombo(QComboBox):
    """A plan selector showing "2022 · title", the whole title in the tooltip."""

    def __init__(self, plans: list[Plan], selected: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for plan in plans:
            label = QCoreApplication.translate("YearPlans", "{year} · {title}").format(
                year=plan.year, title=plan.title
            )
            self.addItem(label, plan.id)
            self.setItemData(self.count() - 1, plan.title, Qt.ItemDataRole.ToolTipRole)
        if selected is not None:
            self.setCurrentIndex(max(0, self.findData(selected)))

    def plan_id(self) -> int | None:
        return self.currentData()
