"""Every sample, in every format it comes in, against its .expected.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.importers import load_plan
from govledger.importers.metadata import infer_organization
from tests.conftest import SAMPLE_NAMES
from tests.importers.expected import assert_matches, differences, load_expected

SAMPLE_FILES = [
    f"{name}.{extension}"
    for name in SAMPLE_NAMES
    for extension in ("docx", "txt", "xlsx")
    if (Path(__file__).parents[1] / "data" / "samples" / f"{name}.{extension}").exists()
]

# What a format cannot carry. The .xlsx has the plan's title row but no covering
# notice, so the issuing office (东莞市人民政府办公室, the signature of the .docx) is
# not in it; guessing it from "东莞市贯彻落实…" would be invention.
NOT_IN_FORMAT: dict[str, frozenset[str]] = {}


@pytest.mark.parametrize("file_name", SAMPLE_FILES)
def test_sample_matches_expected(samples_dir: Path, file_name: str) -> None:
    stem = file_name.rsplit(".", 1)[0]
    expected = load_expected(samples_dir / f"{stem}.expected.json")
    draft = load_plan(samples_dir / file_name)
    assert_matches(draft.to_json(), expected, NOT_IN_FORMAT.get(file_name, frozenset()))


def test_all_formats_of_the_samples_are_covered() -> None:
    assert len(SAMPLE_FILES) == 7
    assert "dongguan-2021.xlsx" in SAMPLE_FILES


def test_sample_xlsx_organization_is_inferred_with_a_warning(samples_dir: Path) -> None:
    # The workbook has no covering notice; the place-wide title implies the issuer.
    draft = load_plan(samples_dir / "dongguan-2021.xlsx")
    assert draft.organization == "东莞市人民政府办公室"
    assert draft.year == 2021
    assert any("东莞市人民政府办公室" in warning for warning in draft.warnings)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("东莞市贯彻落实国家、省2021年政务公开工作要点分工方案", "东莞市人民政府办公室"),
        ("蓬江区落实2023年政务公开工作要点分工方案", "蓬江区人民政府办公室"),
        ("2021年政务公开工作要点分工方案", ""),
        ("关于印发分工方案的通知", ""),
    ],
)
def test_place_wide_titles_imply_their_office(title: str, organization: str) -> None:
    assert infer_organization(title) == organization


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_samples_import_without_warnings(samples_dir: Path, name: str) -> None:
    for extension in ("docx", "txt"):
        draft = load_plan(samples_dir / f"{name}.{extension}")
        assert draft.all_warnings() == [], extension


def test_covering_notice_metadata(samples_dir: Path) -> None:
    draft = load_plan(samples_dir / "jiangmen-jgzx-2022.docx")
    assert draft.title == "市建管中心2022年政务公开工作要点分工方案"
    assert draft.document_number == "江建管〔2022〕39号"
    assert draft.issued_on is not None and draft.issued_on.isoformat() == "2022-11-23"
    assert draft.source_name == "jiangmen-jgzx-2022.docx"
    dongguan = load_plan(samples_dir / "dongguan-2021.txt")
    assert dongguan.title == "东莞市贯彻落实国家、省2021年政务公开工作要点分工方案"
    assert dongguan.organization == "东莞市人民政府办公室"


def test_year_argument_overrides_the_document(samples_dir: Path) -> None:
    draft = load_plan(samples_dir / "dongguan-2021.xlsx", year=2022)
    assert draft.year == 2022
    first = next(task for _path, task in draft.requirements())
    assert first.deadline_text == "全年" and first.due is not None and first.due.year == 2022


def test_merged_heading_is_one_task_with_its_requirements(samples_dir: Path) -> None:
    draft = load_plan(samples_dir / "jiangmen-hrss-2021.docx")
    assert len(draft.roots) == 14  # 一 … 十四, each once although merged over rows
    fourteen = draft.roots[-1]
    assert fourteen.number == "十四"
    assert [child.number for child in fourteen.children] == ["27", "28", "29", "30"]


def test_text_extraction_rejoins_rows_split_across_pages(samples_dir: Path) -> None:
    draft = load_plan(samples_dir / "jiangmen-jgzx-2022.txt")
    texts = {task.number: task.text for _path, task in draft.requirements()}
    assert texts["21"].endswith("明确标识。")
    assert texts["27"].endswith("《政务公开工作交流》刊物投稿。")
    second = draft.roots[1]
    assert second.text == "二、围绕服务中心工作、助力经济社会平稳健康发展深化重点领域信息公开"


def test_expected_helper_reports_differences(samples_dir: Path) -> None:
    expected = load_expected(samples_dir / "jiangmen-hrss-2021.expected.json")
    actual = load_plan(samples_dir / "jiangmen-hrss-2021.docx").to_json()
    actual["requirements"][0]["lead_units"] = ["办公室"]
    actual["requirements"].pop()
    actual["organization"] = "别的单位"
    problems = differences(actual, expected)
    assert any("organization" in problem for problem in problems)
    assert any("expected 30 requirements, got 29" in problem for problem in problems)
    assert any("requirement 1 lead_units" in problem for problem in problems)


def test_expected_helper_ignores_width_and_spacing() -> None:
    expected = {"requirements": [{"text": "要求（试行）：甲，乙；丙", "due": None}]}
    actual = {"requirements": [{"text": "要求 (试行): 甲, 乙; 丙", "due": None}]}
    assert differences(actual, expected) == []
    actual["requirements"][0]["due"] = "2021-12-31"  # a present null is judged
    assert differences(actual, expected) != []
