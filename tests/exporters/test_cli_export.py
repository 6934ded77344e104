"""`govledger export {docx,xlsx,pdf,report,report-draft}` end to end, in-process and run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

from govledger.cli import main
from govledger.store import Ledger
from tests.exporters.conftest import poppler_missing
from tests.exporters.ledger_builders import build_sample_plan

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        build_sample_plan(ledger)  # dates relative to 2024: today some are overdue
    return path


def test_docx_with_unit_filter(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "办公室台账.docx"
    assert main(["--db", str(db), "export", "docx", "-o", str(out), "--unit", "办公室"]) == 0
    assert str(out) in capsys.readouterr().out
    tables = docx.Document(str(out)).tables  # one per page, each with the header row
    rows = [row for table in tables for row in table.rows if len(row._tr.tc_lst) == 7]
    assert len(rows) == len(tables) + 5


def test_xlsx_overdue_only_for_an_explicit_plan(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "逾期.xlsx"
    assert main(["--db", str(db), "export", "xlsx", "-o", str(out), "--plan", "1",
                 "--overdue-only"]) == 0  # fmt: skip
    sheet = openpyxl.load_workbook(out).active
    statuses = {row[7] for row in sheet.iter_rows(min_row=4, values_only=True) if row[7]}
    assert statuses == {"逾期"}  # with the real today every open 2024 item is overdue


@pytest.mark.skipif(poppler_missing(), reason="poppler-utils not installed")
def test_pdf_as_a_subprocess(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "汇总.pdf"
    env = {**os.environ, "PYTHONPATH": str(REPO), "GOVLEDGER_LANG": "zh"}
    result = subprocess.run(
        [sys.executable, "-m", "govledger", "--db", str(db), "export", "pdf", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已导出到 {out}"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "台账明细" in text


def test_report_is_the_whole_yearly_report(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "年报.docx"
    assert main(["--db", str(db), "export", "report", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert document.core_properties.title.endswith("2024年政府信息公开工作年度报告")
    assert len(document.tables) == 3
    captured = capsys.readouterr()
    assert "2024" in captured.out and str(out) in captured.out
    assert "[...]" in captured.err  # the problems part is still to be written


def test_report_statistics_by_extension_for_a_year(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "统计.xlsx"
    assert main(["--db", str(db), "export", "report", "-o", str(out), "--year", "2023"]) == 0
    sheet = openpyxl.load_workbook(out)["表三 依申请公开"]
    assert sheet["A1"].value.startswith("2023年")


def test_report_draft_keeps_the_work_points_draft(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "要点落实.docx"
    assert main(["--db", str(db), "export", "report-draft", "-o", str(out)]) == 0
    assert "工作要点落实情况" in docx.Document(str(out)).paragraphs[0].text


def test_report_refuses_other_extensions(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "年报.pdf"
    assert main(["--db", str(db), "export", "report", "-o", str(out)]) == 1
    assert ".pdf" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["docx", "--unit", "无此科室"], "无此科室"),
        (["docx", "--plan", "99"], "No plan with id 99"),
        (["pdf", "--unit", "办公室"], "only to the docx and xlsx"),
    ],
)
def test_failures_are_one_line_and_exit_1(
    db: Path, tmp_path: Path, capsys, args: list[str], expected: str
) -> None:
    out = tmp_path / "x.out"
    code = main(["--db", str(db), "export", args[0], "-o", str(out), *args[1:]])
    err = capsys.readouterr().err
    assert code == 1
    assert expected in err and err.count("\n") == 1
    assert not out.exists()


def test_missing_folder_names_the_file(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "nope" / "台账.xlsx"
    assert main(["--db", str(db), "export", "xlsx", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and err.count("\n") == 1


def test_empty_ledger_says_how_to_get_a_plan(tmp_path: Path, capsys) -> None:
    out = tmp_path / "a.docx"
    assert main(["--db", str(tmp_path / "empty.sqlite"), "export", "docx", "-o", str(out)]) == 1
    assert "govledger import" in capsys.readouterr().err
