"""Time ``presspad fix --typography`` in-process on a generated 10,000-word release.

Usage::

    .venv/bin/python bench/typography_speed.py

Prints milliseconds per fix of the whole release (titles and bodies of both
languages; median of several runs on fresh copies, the first run printed
too). Goal: under 50 ms for 10,000 words. Also the edits found per language,
so a faster run that finds less shows.
"""

from __future__ import annotations

import copy
import logging
import statistics
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from check_speed import big_release  # noqa: E402

from presspad.cli.cmd_fix import fix_release  # noqa: E402

RUNS = 9


def timings(words: int = 10_000) -> tuple[float, float, dict, int]:
    release = big_release(words)
    total_words = len(release.en.body.split()) + len(release.ru.body.split())
    start = time.perf_counter()
    counts = fix_release(copy.deepcopy(release))
    first = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(RUNS):
        fresh = copy.deepcopy(release)
        start = time.perf_counter()
        fix_release(fresh)
        runs.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(runs), {k: sum(v.values()) for k, v in counts.items()}, \
        total_words


def measure() -> list[dict]:
    first, median, counts, words = timings()
    return [{"name": f"fix --typography in-process on a generated release ({words:,} words), "
                     f"median of {RUNS}",
             "value": round(median, 1), "unit": "ms", "goal": "< 50 ms", "passed": median < 50,
             "note": f"first run {first:.0f} ms; fixes: {counts}"}]


def main() -> int:
    first, median, counts, words = timings()
    print(f"fix --typography on {words} words: {median:.1f} ms per run "
          f"(first run {first:.0f} ms; fixes {counts}); goal < 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
