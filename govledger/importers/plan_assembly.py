"""The last step every importer shares: metadata + built outline → PlanDraft."""

from __future__ import annotations

from datetime import date

from govledger.domain.draft import PlanDraft
from govledger.importers.errors import PlanImportError
from govledger.importers.metadata import PlanMetadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.messages import message


def resolve_year(metadata: PlanMetadata) -> tuple[int, list[str]]:
    """The plan's year; when the file names none, this year, with a warning."""
    if metadata.year is not None:
        return metadata.year, []
    assumed = date.today().year
    return assumed, [message("warn.no_year", year=assumed)]


def finish_draft(
    builder: OutlineBuilder,
    metadata: PlanMetadata,
    year: int,
    warnings: list[str],
    name: str,
) -> PlanDraft:
    if not builder.requirements:
        raise PlanImportError("import.no_plan", name=name)
    return PlanDraft(
        title=metadata.title,
        year=year,
        organization=metadata.organization,
        document_number=metadata.document_number,
        issued_on=metadata.issued_on,
        source_name=name,
        roots=builder.roots,
        warnings=warnings,
    )
