"""``make bench-compare``: this run's figures (build/bench.json) against the previous
run's (build/bench.prev.json), one line each, so a change that costs 20 % shows.

    .venv/bin/python bench/compare.py [NEW.json [OLD.json]] [--threshold 20]

For times, sizes and memory a higher value is worse; for rates (words/s,
"…/s") and scores (F1, accuracy, "×" ratios of ours over a peer) a lower one
is. Lines that moved the wrong way by more than the threshold are marked
"WORSE"; the exit status is 1 when there is any, so CI can gate on it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
NEW = REPO / "build" / "bench.json"
OLD = REPO / "build" / "bench.prev.json"
_LOWER_IS_WORSE = ("/s", "F1", "accuracy", "recall", "precision", "share", "made")


def higher_is_better(row: dict) -> bool:
    unit, name = str(row.get("unit", "")), str(row.get("name", ""))
    return unit.endswith("/s") or any(word in name for word in _LOWER_IS_WORSE)


def compare(new: list[dict], old: list[dict], threshold: float) -> tuple[list[str], int]:
    before = {row["name"]: row for row in old}
    lines, worse = [], 0
    for row in new:
        value, previous = row.get("value"), before.get(row["name"], {}).get("value")
        if not isinstance(value, (int, float)) or not isinstance(previous, (int, float)):
            lines.append(f"  {row['name']}: {value} {row.get('unit', '')} (no earlier figure)")
            continue
        change = (value - previous) / previous * 100 if previous else 0.0
        bad = -change if higher_is_better(row) else change
        mark = "WORSE" if bad > threshold else "better" if bad < -threshold else "same"
        worse += mark == "WORSE"
        lines.append(f"{mark:>6} {row['name']}: {previous} → {value} {row.get('unit', '')} "
                     f"({change:+.0f} %)")
    return lines, worse


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new", nargs="?", type=Path, default=NEW)
    parser.add_argument("old", nargs="?", type=Path, default=OLD)
    parser.add_argument("--threshold", type=float, default=20.0, help="percent (default 20)")
    args = parser.parse_args(argv)
    if not args.new.exists() or not args.old.exists():
        print(f"need two runs: {args.new} and {args.old} (run make bench twice)", file=sys.stderr)
        return 2
    new = json.loads(args.new.read_text(encoding="utf-8"))["rows"]
    old = json.loads(args.old.read_text(encoding="utf-8"))["rows"]
    lines, worse = compare(new, old, args.threshold)
    print("\n".join(lines))
    print(f"{worse} figure(s) worse by more than {args.threshold:.0f} %")
    return 1 if worse else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
