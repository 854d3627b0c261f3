"""Score ``presspad fix --typography`` on the hand-written cases.

Usage::

    .venv/bin/python bench/typography_eval.py [CASES.toml ...]

Default: tests/data/typography/cases.toml. For each language it prints the
share of intended edits made (each place where the expected text differs from
the input, found with difflib, counts once and only when fixed exactly as
expected) and how many already-right cases were changed. These are our own
cases, so the figure shows regressions, not how the fixer does on text it has
never seen.
"""

from __future__ import annotations

import difflib
import logging
import sys
import tomllib
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from presspad.core.typography.fixer import fix_typography  # noqa: E402

DEFAULT = REPO / "tests" / "data" / "typography" / "cases.toml"


def intended_edits(text: str, expected: str) -> list[tuple[int, int, str]]:
    matcher = difflib.SequenceMatcher(None, text, expected, autojunk=False)
    return [(i1, i2, expected[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
            if op != "equal"]


def score(cases: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for case in cases:
        lang, text, expected = case["lang"], case["text"], case["expected"]
        row = out.setdefault(lang, {"intended": 0, "made": 0, "negatives": 0, "changed": 0,
                                    "misses": []})
        fixed, _ = fix_typography(text, lang)
        if text == expected:
            row["negatives"] += 1
            row["changed"] += fixed != text
            if fixed != text:
                row["misses"].append(f"changed a right case: {text!r} -> {fixed!r}")
            continue
        wanted = intended_edits(text, expected)
        made = set(intended_edits(text, fixed))
        row["intended"] += len(wanted)
        row["made"] += sum(edit in made for edit in wanted)
        if fixed != expected:
            row["misses"].append(f"{text!r}: got {fixed!r}")
    return out


def measure() -> list[dict]:
    cases = tomllib.loads(DEFAULT.read_text(encoding="utf-8"))["case"]
    rows = []
    for lang, row in sorted(score(cases).items()):
        share = row["made"] / row["intended"] if row["intended"] else 1.0
        goal = 0.97 if lang == "en" else 0.95
        rows.append({"name": f"typography, intended edits made on our {lang} cases",
                     "value": round(share, 3), "unit": "", "goal": f"≥ {goal}, no right case "
                     "changed", "passed": share >= goal and not row["changed"],
                     "note": f"{row['made']}/{row['intended']} edits, "
                             f"{row['changed']}/{row['negatives']} right cases changed"})
    return rows


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [DEFAULT]
    cases = [case for path in paths
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]
    for lang, row in sorted(score(cases).items()):
        share = row["made"] / row["intended"] if row["intended"] else 1.0
        print(f"{lang}: intended edits made {row['made']}/{row['intended']} = {share:.3f}; "
              f"right cases changed {row['changed']}/{row['negatives']}")
        for miss in row["misses"]:
            print(f"    {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
