"""Compare an `import --dry-run --json` result with a sample's .expected.json.

The judge for every importer test, and reused by the CLI tests on the command's
JSON output (the format of ``PlanDraft.to_json()``). Rules, from the samples'
README: every field present in a gold requirement must match, fields absent from
it are not judged (a present ``null`` is judged); the top-level year,
organization and document_number are judged when present; the number of
requirements must match. Strings are compared after removing whitespace and
mapping full-/half-width punctuation to one form.

Deliberately independent of govledger's own normalisation, so a bug there cannot
hide a wrong import.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

PLAN_FIELDS = ("year", "organization", "document_number")

# Punctuation NFKC leaves alone but the samples write either way.
_SAME_PUNCTUATION = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "〔": "[",
        "〕": "]",
        "【": "[",
        "】": "]",
        "〈": "<",
        "〉": ">",
        "《": "<<",
        "》": ">>",
        "。": ".",
        "、": ",",
        "—": "-",
        "–": "-",
    }
)


def normalise(value: Any) -> Any:
    """Strings: NFKC (（）：，； → ASCII), one form for quotes and brackets, no whitespace."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).translate(_SAME_PUNCTUATION)
        return "".join(text.split())
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    return value


def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def differences(
    actual: dict[str, Any], expected: dict[str, Any], skip: frozenset[str] = frozenset()
) -> list[str]:
    """Every way actual (a to_json() dict) departs from expected; [] when it matches.

    skip names top-level or requirement fields not to judge (e.g. a format that
    cannot carry the organization).
    """
    problems: list[str] = []
    plan = actual.get("plan", {})
    for field in PLAN_FIELDS:
        if field in expected and field not in skip:
            found = actual.get(field, plan.get(field))
            if normalise(found) != normalise(expected[field]):
                problems.append(f"plan {field}: expected {expected[field]!r}, got {found!r}")
    gold = expected.get("requirements", [])
    got = actual.get("requirements", [])
    if len(gold) != len(got):
        problems.append(f"expected {len(gold)} requirements, got {len(got)}")
    for index, (want, have) in enumerate(zip(gold, got, strict=False), start=1):
        for field, value in want.items():
            if field in skip:
                continue
            if field not in have:
                problems.append(f"requirement {index}: no field {field!r}")
            elif normalise(have[field]) != normalise(value):
                problems.append(
                    f"requirement {index} {field}: expected {value!r}, got {have[field]!r}"
                )
    return problems


def assert_matches(
    actual: dict[str, Any], expected: dict[str, Any], skip: frozenset[str] = frozenset()
) -> None:
    problems = differences(actual, expected, skip)
    assert not problems, f"{len(problems)} difference(s):\n" + "\n".join(problems[:40])
