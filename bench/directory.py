"""The partner directory's store on both engines at 50,000 entries.

For an SQLite file and for a PostgreSQL database (a throw-away server from
Debian's postgresql package, on a Unix socket): the import of 50,000 entries
in one transaction, loading them all, the directory window's search, the
completion lookup p99 per keystroke on the loaded index, and what a colleague's
edit costs a running app — the time from their commit until the app's watcher
has the change (NOTIFY or the file watch), and applying it to the completion
index in place (against rebuilding the index).

    .venv/bin/python bench/directory.py [--engine sqlite|postgresql|both] [-n 50000]
"""

from __future__ import annotations

import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from completion import ENGINES, GENERIC, N, empty_directory, engine_arguments, generate, percentile  # noqa: E402

from presspad.core.directory.completion import CompletionIndex  # noqa: E402
from presspad.core.directory.live import LiveDirectory  # noqa: E402
from presspad.core.directory.model import ORG, Entry  # noqa: E402
from presspad.core.directory.store import Directory  # noqa: E402

SEARCHES = ["karalo", "ханян", "university", "tech", "владимир", "stro", "белион", "xyz"]
EDITS = 20


def _ms(seconds: float) -> float:
    return seconds * 1000


def _keystrokes(index: CompletionIndex, entries: list[Entry], typed: int = 300) -> dict:
    rng = random.Random(11)
    out = {}
    index.lookup("Владимир", "ru")   # pymorphy3's dictionaries load once, not timed
    for lang in ("en", "ru"):
        times = []
        for entry in rng.sample(entries, typed):
            words = [w for w in entry.name(lang).split() if w.lower() not in GENERIC]
            for target in sorted(words, key=len)[-1:]:
                for end in range(2, len(target) + 1):
                    start = time.perf_counter()
                    index.lookup(target[:end], lang)
                    times.append(_ms(time.perf_counter() - start))
        out[lang] = (percentile(times, 0.99), statistics.median(times), len(times))
    return out


def _edits(location: str) -> tuple[list[float], list[float]]:
    """Colleagues' edits seen by a live app: (commit → watcher has it, apply) in ms."""
    live = LiveDirectory(location, opener=Directory)
    live.snapshot.completion  # noqa: B018 - built, as in the app after the first keys
    arrived = threading.Event()
    live.start(on_pending=arrived.set)
    latency, apply = [], []
    try:
        with Directory(location) as colleague:
            for n in range(EDITS):
                arrived.clear()
                committed = time.perf_counter()
                colleague.add(Entry(kind=ORG, en=f"Colleague Institute {n}",
                                    ru=f"Институт коллеги {n}"))
                if not arrived.wait(30):
                    raise RuntimeError("a colleague's edit never arrived")
                latency.append(_ms(time.perf_counter() - committed))
                start = time.perf_counter()
                live.apply()
                apply.append(_ms(time.perf_counter() - start))
                assert live.snapshot.completion.lookup(f"Colleague Institute {n}", "en")
    finally:
        live.stop()
    return latency, apply


def figures(engine: str, n: int = N, say=print) -> dict:
    entries = generate(n)
    with empty_directory(engine) as location:
        with Directory(location) as directory:
            start = time.perf_counter()
            directory.upsert_many(entries)
            imported = _ms(time.perf_counter() - start)
            start = time.perf_counter()
            loaded, _revision = directory.entries_at()
            load = _ms(time.perf_counter() - start)
            searches = []
            for needle in SEARCHES * 3:
                start = time.perf_counter()
                directory.search(needle)
                searches.append(_ms(time.perf_counter() - start))
        start = time.perf_counter()
        index = CompletionIndex(loaded)
        build = _ms(time.perf_counter() - start)
        keys = _keystrokes(index, loaded)
        latency, apply = _edits(location)
    fig = {"engine": engine, "entries": len(loaded), "import": imported, "load": load,
           "search_p50": statistics.median(searches), "search_max": max(searches),
           "build": build, "keys": keys, "latency": latency, "apply": apply}
    say(f"-- {engine}: {len(loaded):,} entries")
    say(f"import (one transaction): {imported:.0f} ms   load all: {load:.0f} ms   "
        f"index build: {build:.0f} ms")
    say(f"directory search ({len(searches)} searches): p50 {fig['search_p50']:.1f} ms  "
        f"max {fig['search_max']:.1f} ms")
    for lang, (p99, p50, count) in keys.items():
        say(f"completion {lang}: {count} keystrokes  p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    say(f"a colleague's edit, commit → app has it ({EDITS} edits): "
        f"p50 {statistics.median(latency):.0f} ms  max {max(latency):.0f} ms")
    say(f"applying it to the completion index in place: p50 {statistics.median(apply):.2f} ms"
        f"  max {max(apply):.2f} ms  (a rebuild: {build:.0f} ms)")
    return fig


def measure(n: int = N) -> list[dict]:
    rows = []
    for engine in ENGINES:
        fig = figures(engine, n, say=lambda *args: None)
        where = f"{fig['entries']:,} entries, {engine}"
        rows += [
            {"name": f"directory import, one transaction ({where})",
             "value": round(fig["import"]), "unit": "ms", "goal": "(none set)", "passed": None},
            {"name": f"directory load of every entry ({where})",
             "value": round(fig["load"]), "unit": "ms", "goal": "(none set)", "passed": None},
            {"name": f"directory window search, median of {3 * len(SEARCHES)} ({where})",
             "value": round(fig["search_p50"], 1), "unit": "ms", "goal": "(none set)",
             "passed": None, "note": f"max {fig['search_max']:.1f} ms"},
        ]
        for lang, (p99, p50, count) in fig["keys"].items():
            rows.append({"name": f"completion lookup p99 per keystroke, {lang} ({where})",
                         "value": round(p99, 3), "unit": "ms", "goal": "< 5 ms",
                         "passed": p99 < 5, "note": f"p50 {p50:.3f} ms, {count} keys"})
        rows.append({"name": f"a colleague's edit reaches the app, median of {EDITS} ({where})",
                     "value": round(statistics.median(fig["latency"])), "unit": "ms",
                     "goal": "within seconds (< 3000 ms)",
                     "passed": max(fig["latency"]) < 3000,
                     "note": f"max {max(fig['latency']):.0f} ms; applied in place in "
                             f"{statistics.median(fig['apply']):.2f} ms (rebuild "
                             f"{fig['build']:.0f} ms)"})
    return rows


def main() -> None:
    engines, n = engine_arguments(__doc__)
    for engine in engines:
        figures(engine, n)


if __name__ == "__main__":
    main()
