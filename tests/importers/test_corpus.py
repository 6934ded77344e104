"""The import corpus (tests/data/plans): every document must match its gold file.

The documents were written for these tests, one layout each (see the folder's
README); score them all with ``python -m tests.importers.score_corpus``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.importers.expected import load_expected
from tests.importers.score_corpus import ROOT, corpus_documents, import_json, main, score

CORPUS = ROOT / "plans"
DOCUMENTS = list(corpus_documents([CORPUS]))
OLD_BINARY_SUFFIXES = {".doc", ".wps", ".xls", ".et"}


@pytest.mark.parametrize(
    ("document", "gold"), DOCUMENTS, ids=[document.name for document, _gold in DOCUMENTS]
)
def test_document_matches_its_gold(document: Path, gold: Path) -> None:
    if document.suffix.lower() in OLD_BINARY_SUFFIXES:
        from govledger.importers.conversion import available_converters

        if not available_converters():
            pytest.skip("old .doc/.wps/.et files need LibreOffice (soffice) to be converted")
    actual = import_json(document)
    assert not isinstance(actual, str), actual
    problems = score(actual, load_expected(gold)).problems
    assert not problems, f"{len(problems)} difference(s):\n" + "\n".join(problems[:40])


def test_the_corpus_is_wide() -> None:
    assert len(DOCUMENTS) >= 30
    kinds = {document.suffix.lower() for document, _gold in DOCUMENTS}
    assert {".docx", ".xlsx", ".txt", ".html", ".pdf"} <= kinds


def test_every_gold_file_has_its_document() -> None:
    golds = {gold for _document, gold in DOCUMENTS}
    orphans = [gold.name for gold in CORPUS.glob("*.gold.json") if gold not in golds]
    assert not orphans


def test_the_scorer_reports_per_field_and_fails_on_a_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples_dir: Path
) -> None:
    source = samples_dir / "jiangmen-hrss-2021.txt"
    (tmp_path / "plan.txt").write_bytes(source.read_bytes())
    gold = load_expected(samples_dir / "jiangmen-hrss-2021.expected.json")
    (tmp_path / "plan.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "1 of 1 documents match" in capsys.readouterr().out

    gold["requirements"][0]["lead_units"] = ["不存在的科室"]
    (tmp_path / "plan.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main([str(tmp_path), "--verbose"]) == 1
    out = capsys.readouterr().out
    assert "0 of 1 documents match" in out
    assert "不存在的科室" in out
