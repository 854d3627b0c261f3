"""Does ``presspad check`` cost grow linearly with the text? 10k, 20k, 40k, 80k words.

Usage::

    .venv/bin/python bench/check_scaling.py [--sizes 10000 20000 40000 80000]

For each size, one generated release (bench/generate.py: varied sentences of
the sample and the corpus, both languages of that many words each) is checked
in-process by every registered check, spelling and directory included, as
``presspad check`` does (best of 3 runs after a warm-up on the smallest one;
caches per text are cleared between runs). Goal (issue 21): 80k words in at
most 10 × the time of 10k words.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from check_speed import clear_text_caches  # noqa: E402
from generate import make_release  # noqa: E402

SIZES = (10_000, 20_000, 40_000, 80_000)
RUNS = 3


def seconds_for(words: int) -> float:
    from presspad.core.checks.service import check_release

    release = make_release(words, seed=words)
    config = {"version": 0, "use_directory": True, "spelling": True}
    best = float("inf")
    for _ in range(RUNS):
        clear_text_caches()
        start = time.perf_counter()
        check_release(release, config)
        best = min(best, time.perf_counter() - start)
    return best


def figures(sizes=SIZES) -> dict[int, float]:
    seconds_for(min(sizes) // 10)   # warm-up: dictionaries, morphology, the registry
    return {size: seconds_for(size) for size in sizes}


def measure() -> list[dict]:
    found = figures()
    base = found[SIZES[0]]
    rows = [{"name": f"all checks on {size:,} words per language, best of {RUNS}",
             "value": round(sec, 2), "unit": "s", "goal": "", "passed": None,
             "note": f"× {sec / base:.1f} the 10k time (linear: × {size // SIZES[0]})"}
            for size, sec in found.items()]
    ratio = found[SIZES[-1]] / base
    rows.append({"name": "80k words against 10k words", "value": round(ratio, 1), "unit": "×",
                 "goal": "≤ 10 ×", "passed": ratio <= 10})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    found = figures(tuple(args.sizes))
    base = found[args.sizes[0]]
    for size, sec in found.items():
        print(f"{size:>7} words per language: {sec:7.2f} s  (× {sec / base:4.1f}; "
              f"linear × {size / args.sizes[0]:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
