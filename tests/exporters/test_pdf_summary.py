"""The PDF summary read back with poppler: text present, every font embedded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from govledger.exporters.pdf_summary import export_pdf_summary
from govledger.store import Ledger
from tests.exporters.conftest import poppler_missing
from tests.exporters.ledger_builders import (
    LONG_NOTE,
    ORGANIZATION,
    PLAN_TITLE,
    TODAY,
    SamplePlan,
)

pytestmark = pytest.mark.skipif(poppler_missing(), reason="poppler-utils not installed")


def pdf_text(path: Path, *pages: int) -> str:
    """The text in drawing order: a wrapped cell's lines stay together."""
    command = ["pdftotext", "-raw"]
    if pages:
        command += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def compact(text: str) -> str:
    return "".join(text.split())


def font_rows(path: Path) -> list[list[str]]:
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in output.splitlines()[2:] if line.strip()]


@pytest.fixture
def summary_pdf(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> Path:
    return export_pdf_summary(ledger, sample.plan_id, out_dir / "汇总.pdf", today=TODAY)


def test_every_font_is_embedded(summary_pdf: Path) -> None:
    rows = font_rows(summary_pdf)
    assert rows
    for row in rows:
        # columns from the right: object id, gen, uni, sub, emb
        assert row[-5] == "yes", row  # emb
        assert row[-4] == "yes", row  # subset: only the glyphs used


def test_cover_names_organization_plan_and_date(summary_pdf: Path) -> None:
    cover = compact(pdf_text(summary_pdf, 1))
    assert ORGANIZATION in cover
    assert compact(PLAN_TITLE) in cover
    assert "政务公开工作落实情况汇总" in cover
    assert "2024年6月15日" in cover


def test_overview_counts_and_chart_labels(summary_pdf: Path) -> None:
    overview = compact(pdf_text(summary_pdf, 2))
    assert "完成情况概览" in overview
    assert "方案共有具体要求30项" in overview
    for label in ("按状态", "按截止月份", "按牵头单位", "已完成", "逾期", "办公室", "6月"):
        assert label in overview, label


def test_overdue_and_due_soon_lists(summary_pdf: Path, sample: SamplePlan) -> None:
    lists = compact(pdf_text(summary_pdf, 3))
    assert f"逾期事项（{len(sample.overdue_ids)}项）" in lists
    assert f"7日内到期事项（{len(sample.due_soon_ids)}项）" in lists
    assert "因系统升级改造，进度滞后" in lists


def test_full_ledger_has_every_requirement(summary_pdf: Path, sample: SamplePlan) -> None:
    text = compact(pdf_text(summary_pdf))
    assert "台账明细" in text
    for task_id in sample.requirement_ids:
        assert compact(sample.texts[task_id]) in text, sample.texts[task_id]
    for heading in sample.heading_texts:
        assert compact(heading) in text
    assert compact(LONG_NOTE) in text
    assert "=SUM(A1)" in text and "@江门发布" in text


def test_page_numbers_and_repeated_header(summary_pdf: Path) -> None:
    pages = pdf_text(summary_pdf).split("\f")
    numbered = [page for page in pages if page.strip()]
    assert "—" not in compact(numbered[0])  # the cover has none
    for number, page in enumerate(numbered[1:], start=2):
        assert f"—{number}—" in compact(page)
    ledger_pages = [page for page in numbered if "具体要求" in page and "佐证材料" in page]
    assert len(ledger_pages) >= 3  # the header row repeats on every ledger page


def test_a_task_continued_on_a_new_page_is_named_again(summary_pdf: Path) -> None:
    pages = [compact(page) for page in pdf_text(summary_pdf).split("\f")]
    assert any("（续）" in page for page in pages)


def test_a_row_taller_than_a_page_breaks_instead_of_failing(
    ledger: Ledger, sample: SamplePlan, out_dir: Path
) -> None:
    task_id = sample.requirement_ids[5]
    for day in range(25):
        ledger.add_progress(task_id, f"第{day + 1}次进展：{LONG_NOTE}", on=TODAY)
    path = export_pdf_summary(ledger, sample.plan_id, out_dir / "tall.pdf", today=TODAY)
    text = compact(pdf_text(path))
    for day in (1, 13, 25):
        assert f"第{day}次进展" in text


def test_english_summary(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    path = export_pdf_summary(ledger, sample.plan_id, out_dir / "en.pdf", today=TODAY, lang="en")
    text = pdf_text(path)
    assert "Implementation summary" in text and "Full ledger" in text


def test_no_fonts_is_an_error_and_no_file(
    ledger: Ledger, sample: SamplePlan, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govledger.exporters import fonts
    from govledger.messages import GovLedgerError

    monkeypatch.setattr(fonts, "default_font_dirs", lambda: [out_dir / "empty"])
    with pytest.raises(GovLedgerError) as raised:
        export_pdf_summary(ledger, sample.plan_id, out_dir / "x.pdf", today=TODAY)
    assert raised.value.key == "export.no_fonts"
    assert list(out_dir.iterdir()) == []


def test_every_character_has_a_glyph_in_the_font_that_draws_it(
    ledger: Ledger, sample: SamplePlan
) -> None:
    from govledger.exporters.fonts import cjk_fonts
    from govledger.exporters.ledger_rows import build_ledger_table

    found = cjk_fonts()
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY)
    texts = [table.plan.title, table.plan.organization]
    for row in table.requirements:
        texts += [row.text, row.group_text, table.units_label(row.task)]
        texts += table.result_lines(row) + table.evidence_lines(row)
    for text in texts:
        for ch in text:
            if not ch.isspace():
                font = found.font_for(ch, found.body)
                assert found.covers(font, ch), (ch, text)


def test_characters_the_body_font_lacks_are_drawn_in_another() -> None:
    from govledger.exporters.fonts import CjkFonts
    from govledger.exporters.pdf_summary import SummaryStyles

    fake = CjkFonts(
        body="Body",
        heading="Heading",
        title="Heading",
        _chars={"Body": frozenset("江门市局"), "Heading": frozenset("堃")},
    )
    styles = SummaryStyles.__new__(SummaryStyles)
    styles.fonts = fake
    assert styles.markup("江门市局") == "江门市局"
    assert styles.markup("江门堃局") == '江门<font name="Heading">堃</font>局'
    assert styles.markup("A&B") == "A&amp;B"
