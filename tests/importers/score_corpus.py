"""Score plan imports against gold files: per-field accuracy per document and in total.

    python -m tests.importers.score_corpus [DIR_OR_FILE ...] [--verbose]

With no argument it scores the corpus (tests/data/plans) and the samples
(tests/data/samples). A document ``NAME.EXT`` is judged against ``NAME.gold.json``
(or the samples' ``NAME.expected.json``); several formats of one plan share one gold
file. Gold files use the `import --dry-run --json` format of DESIGN.md, judged by
tests/importers/expected.py, plus two optional keys:

- ``"skipped"``: ``[{"source": "…"}]`` — each must be among what the import lists as
  skipped (its source text contains the gold text, after normalising);
- ``"warnings_include"``: ``["…"]`` — each must appear in some warning of the import.

A held-out set kept outside the repository is scored the same way: pass its folder.
Exit status 1 when any document differs from its gold.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.importers.expected import differences, load_expected, normalise

ROOT = Path(__file__).resolve().parents[1] / "data"
DEFAULT_DIRS = (ROOT / "plans", ROOT / "samples")
GOLD_SUFFIXES = (".gold.json", ".expected.json")
# Fields reported per document; "count" is the number of requirements.
FIELDS = (
    "count", "number", "path", "text", "units_text", "lead_units", "co_units",
    "deadline_text", "due", "recurrence", "year", "organization", "document_number",
)  # fmt: skip
PLAN_FIELDS = ("year", "organization", "document_number", "title")


def gold_for(document: Path) -> Path | None:
    stem = document.name.split(".")[0]
    for suffix in GOLD_SUFFIXES:
        gold = document.with_name(stem + suffix)
        if gold.exists():
            return gold
    return None


def corpus_documents(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(document, gold) for every document under paths that has a gold file."""
    for path in paths:
        candidates = sorted(path.iterdir()) if path.is_dir() else [path]
        for document in candidates:
            if document.name.endswith((".json", ".md", ".py")) or document.name.startswith("."):
                continue
            if not document.is_file():
                continue
            gold = gold_for(document)
            if gold is not None:
                yield document, gold


def extra_problems(actual: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """The two corpus-only checks: skipped sources and expected warnings."""
    problems: list[str] = []
    skipped = [normalise(item.get("source", "")) for item in actual.get("skipped", [])]
    for item in expected.get("skipped", []):
        want = normalise(item["source"])
        if not any(want in source for source in skipped):
            problems.append(f"not listed as skipped: {item['source']!r}")
    warnings = [
        *actual.get("warnings", []),
        *(w for r in actual.get("requirements", []) for w in r.get("warnings", [])),
    ]
    for text in expected.get("warnings_include", []):
        if not any(text in warning for warning in warnings):
            problems.append(f"no warning mentions {text!r}")
    return problems


@dataclass
class Score:
    """Per field: (right, judged)."""

    fields: dict[str, list[int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def count(self, name: str, right: bool) -> None:
        tally = self.fields.setdefault(name, [0, 0])
        tally[0] += right
        tally[1] += 1

    def add(self, other: Score) -> None:
        for name, (right, judged) in other.fields.items():
            tally = self.fields.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += judged


def score(actual: dict[str, Any], expected: dict[str, Any]) -> Score:
    result = Score(problems=[*differences(actual, expected), *extra_problems(actual, expected)])
    plan = actual.get("plan", {})
    for name in PLAN_FIELDS:
        if name in expected:
            found = actual.get(name, plan.get(name))
            result.count(name, normalise(found) == normalise(expected[name]))
    gold, got = expected.get("requirements", []), actual.get("requirements", [])
    result.count("count", len(gold) == len(got))
    for index, want in enumerate(gold):
        have = got[index] if index < len(got) else {}
        for name, value in want.items():
            result.count(name, name in have and normalise(have[name]) == normalise(value))
    return result


def import_json(document: Path) -> dict[str, Any] | str:
    """The document's to_json(), or the one-line error the importer gave."""
    from govledger.importers import PlanImportError, load_plan

    try:
        return load_plan(document).to_json()
    except PlanImportError as exc:
        return str(exc)


def _percent(right: int, judged: int) -> str:
    return f"{100 * right / judged:5.1f}%" if judged else "    —"


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    paths = [Path(arg) for arg in argv if not arg.startswith("--")] or list(DEFAULT_DIRS)
    total = Score()
    failed = 0
    documents = list(corpus_documents(paths))
    shown = [name for name in FIELDS if name not in ("document_number",)]
    print(f"{'document':<44}" + "".join(f"{name[:9]:>10}" for name in shown))
    for document, gold in documents:
        expected = load_expected(gold)
        actual = import_json(document)
        if isinstance(actual, str):
            result = Score(problems=[f"import failed: {actual}"])
            result.count("count", False)
        else:
            result = score(actual, expected)
        total.add(result)
        failed += bool(result.problems)
        mark = "✗" if result.problems else " "
        row = "".join(f"{_percent(*result.fields.get(name, [0, 0])):>10}" for name in shown)
        print(f"{mark} {document.name[:42]:<42}{row}")
        if verbose:
            for problem in result.problems[:20]:
                print(f"      {problem}")
    row = "".join(f"{_percent(*total.fields.get(name, [0, 0])):>10}" for name in shown)
    print(f"{'TOTAL':<44}{row}")
    print(f"{len(documents) - failed} of {len(documents)} documents match their gold")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
