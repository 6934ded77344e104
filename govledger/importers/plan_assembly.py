"""The last step every importer shares: metadata + built outline → PlanDraft."""

from __future__ import annotations

import re
from datetime import date

from govledger.domain.draft import DraftTask, PlanDraft
from govledger.importers.errors import PlanImportError
from govledger.importers.metadata import PlanMetadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_numbers import assign_plan_numbers
from govledger.messages import message


def resolve_year(metadata: PlanMetadata) -> tuple[int, list[str]]:
    """The plan's year; when the file names none, this year, with a warning."""
    if metadata.year is not None:
        return metadata.year, []
    assumed = date.today().year
    return assumed, [message("warn.no_year", year=assumed)]


# Control characters (NUL, bell, form feed …) come from damaged or hostile files; they
# break exports and XML. Newlines stay: a requirement may have several paragraphs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# A requirement this long is usually a whole section pasted into one cell.
LONG_TEXT = 3000
_TEXT_FIELDS = ("text", "number", "units_text", "deadline_text")


def sanitise(tasks: list[DraftTask]) -> None:
    """Remove control characters from every task; warn where text was removed or is overlong."""
    for root in tasks:
        for task in root.walk():
            where = task.source or task.number or task.text[:12]
            removed = False
            for field in _TEXT_FIELDS:
                value = getattr(task, field)
                cleaned = _CONTROL.sub("", value.replace("\t", " "))
                if cleaned != value.replace("\t", " "):
                    removed = True
                setattr(task, field, cleaned)
            if removed:
                task.warnings.append(message("warn.control_chars", where=where))
            if len(task.text) > LONG_TEXT:
                task.warnings.append(message("warn.long_text", where=where, length=len(task.text)))


def finish_draft(
    builder: OutlineBuilder,
    metadata: PlanMetadata,
    year: int,
    warnings: list[str],
    name: str,
) -> PlanDraft:
    if not builder.requirements:
        raise PlanImportError("import.no_plan", name=name)
    sanitise(builder.roots)
    for field in ("title", "organization", "document_number"):
        setattr(metadata, field, _CONTROL.sub("", getattr(metadata, field)))
    warnings = [*warnings, *metadata.warnings]
    if metadata.first_named_leads:  # "注：排名第一的为牵头单位" above or below the table
        builder.lead_is_first_named()
    if metadata.organization_inferred:
        warnings = [*warnings, message("warn.organization_inferred", name=metadata.organization)]
    draft = PlanDraft(
        title=metadata.title,
        year=year,
        organization=metadata.organization,
        document_number=metadata.document_number,
        issued_on=metadata.issued_on,
        source_name=name,
        roots=builder.roots,
        warnings=[*warnings, *builder.warnings],
        skipped=builder.skipped,
    )
    assign_plan_numbers([task for _path, task in draft.requirements()])
    return draft
