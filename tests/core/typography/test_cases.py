"""The hand-written typography cases (tests/data/typography/cases.toml): each fixed as
an editor would sign it off, negatives untouched, and fixing them again a no-op."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from presspad.core.typography.fixer import fix_typography

CASES = tomllib.loads((Path(__file__).resolve().parents[2] / "data" / "typography"
                       / "cases.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{n}" for n, c in enumerate(CASES, 1)])
def test_case(case):
    fixed, _ = fix_typography(case["text"], case["lang"])
    assert fixed == case["expected"]
    assert fix_typography(fixed, case["lang"]) == (fixed, 0)
