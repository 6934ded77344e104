"""Plan documents → PlanDraft: .docx, .xlsx, web pages, text PDFs, old .doc/.wps/.xls/.et
(converted), text files and pasted text.

``load_plan`` decides the format from the file's content (zip signature and parts,
OLE signature, HTML or MIME markup, text), never from its extension alone, and turns every failure
into one PlanImportError line naming the file — never a traceback.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from govledger.domain.draft import PlanDraft
from govledger.importers.cancellation import ReadCancelled
from govledger.importers.errors import PlanImportError
from govledger.importers.safety import read_text, sniff

__all__ = ["PlanImportError", "load_plan", "parse_plan_html", "parse_plan_text"]


def load_plan(path: str | PathLike[str], year: int | None = None) -> PlanDraft:
    """Read a plan file; ``year`` overrides the year found in it."""
    path = Path(path)
    name = str(path)
    kind = sniff(path, name)
    try:
        if kind == "docx":
            from govledger.importers.docx_plan import load_docx

            draft = load_docx(path, year)
        elif kind == "xlsx":
            from govledger.importers.xlsx_plan import load_xlsx

            draft = load_xlsx(path, year)
        elif kind in ("html", "mht"):
            from govledger.importers.html_plan import load_html

            draft = load_html(path, year, kind)
        elif kind == "pdf":
            from govledger.importers.pdf_plan import load_pdf

            draft = load_pdf(path, year)
        elif kind in ("doc", "xls"):
            from govledger.importers.conversion import load_converted

            draft = load_converted(path, kind, year)
        else:
            draft = parse_plan_text(read_text(path, name), year, source_name=path.name)
    except PlanImportError as exc:
        if exc.name == name:
            raise
        raise exc.for_file(name) from exc
    except MemoryError as exc:
        raise PlanImportError("import.too_large", name=name, detail="out of memory") from exc
    except ReadCancelled:
        raise  # stopped by its caller: not a damaged file
    except Exception as exc:  # any parser failure is a damaged file to the clerk
        detail = f"{type(exc).__name__}: {exc}"
        raise PlanImportError("import.failed", name=name, detail=detail) from exc
    draft.source_name = path.name
    return draft


def parse_plan_text(text: str, year: int | None = None, source_name: str = "") -> PlanDraft:
    """A plan pasted as text (or read from a text file)."""
    from govledger.importers.text_plan import parse_text

    return parse_text(text, year, source_name or "text")


def parse_plan_html(html: str, year: int | None = None, source_name: str = "") -> PlanDraft:
    """A plan as HTML: a table copied from a browser, Word or WPS (merged cells kept)."""
    from govledger.importers.html_plan import parse_html

    return parse_html(html, year, source_name or "html")
