"""Completion lookup speed with 50,000 directory entries (goal: < 5 ms per keystroke).

Generates 50,000 organisations and people with English and Russian names,
stores them in a temporary directory (one transaction) — an SQLite file, and a
PostgreSQL database on a throw-away server (Debian's postgresql package) —
loads them back, builds the completion index, then "types" 300 names letter
by letter (from the second letter on, as the editor asks) in each language and
prints the lookup time per keystroke. Russian lookups include the case forms
of the results. The index lives in memory, so the engine changes the load
time, not the lookups.

    .venv/bin/python bench/completion.py [--engine sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from presspad.core.directory.completion import CompletionIndex
from presspad.core.directory.model import ORG, PERSON, Entry
from presspad.core.directory.snapshot import DirectorySnapshot
from presspad.core.directory.store import Directory

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # tests.postgres_server

N = 50_000
ENGINES = ("sqlite", "postgresql")
SYLLABLES_EN = ["ka", "lo", "mi", "ne", "ra", "to", "vi", "sha", "kor", "len", "dan", "pol",
                "gyeo", "han", "yang", "tech", "stro", "mar", "bel", "ion"]
SYLLABLES_RU = ["ка", "ло", "ми", "не", "ра", "то", "ви", "ша", "кор", "лен", "дан", "пол",
                "гё", "хан", "ян", "тех", "стро", "мар", "бел", "ион"]
ORG_EN = ["University", "Institute", "Corporation", "Center", "Agency", "Foundation"]
ORG_RU = ["университет", "институт", "центр", "фонд"]
FIRST_EN = ["Vladimir", "Alexander", "Ivan", "Sergey", "Elena", "Maria", "Olga", "Dmitry"]
FIRST_RU = ["Владимир", "Александр", "Иван", "Сергей", "Елена", "Мария", "Ольга", "Дмитрий"]


GENERIC = {w.lower() for w in ORG_EN + ORG_RU + FIRST_EN + FIRST_RU}


def word(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()


def generate(n: int, seed: int = 7) -> list[Entry]:
    rng = random.Random(seed)
    entries: list[Entry] = []
    seen: set[str] = set()
    i = 0
    while len(entries) < n:
        i += 1
        if entries and entries[-1].en in seen:
            entries.pop()   # a duplicate name would be merged on import: draw again
        elif entries:
            seen.add(entries[-1].en)
        if i % 2:
            k = rng.randrange(len(FIRST_EN))
            stem_en, stem_ru = word(rng, SYLLABLES_EN), word(rng, SYLLABLES_RU)
            entries.append(Entry(kind=PERSON, en=f"{FIRST_EN[k]} {stem_en}ov",
                                 ru=f"{FIRST_RU[k]} {stem_ru}ов",
                                 gender="f" if k in (4, 5, 6) else "m"))
        else:
            a, b = word(rng, SYLLABLES_EN), word(rng, SYLLABLES_EN)
            k = rng.randrange(len(ORG_RU))
            entries.append(Entry(kind=ORG, en=f"{a} {b} {rng.choice(ORG_EN)}",
                                 ru=f"{ORG_RU[k].capitalize()} {word(rng, SYLLABLES_RU)}",
                                 short_en=[f"{a[:3].upper()}{b[:2].upper()}"]))
    return entries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@contextmanager
def empty_directory(engine: str) -> Iterator[str]:
    """The location of a new, empty directory on ``engine``, removed afterwards."""
    if engine == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "bench.sqlite")
        return
    from tests.postgres_server import PostgresServer

    server = PostgresServer().start()
    try:
        yield server.create_database("bench")
    finally:
        server.stop()


def figures(n: int = N, typed: int = 300, say: Callable[..., object] = print,
            engine: str = "sqlite") -> dict:
    """Run the timings (each line printed through ``say``); return per-language figures."""
    entries = generate(n)
    say(f"-- {engine}")
    with empty_directory(engine) as location:
        t0 = time.perf_counter()
        with Directory(location) as directory:
            directory.upsert_many(entries)
            t1 = time.perf_counter()
            loaded = directory.entries()
            t2 = time.perf_counter()
            searched = directory.search("karalo")
            t_search = time.perf_counter() - t2
            t2 = time.perf_counter()
    index = CompletionIndex(loaded)
    t3 = time.perf_counter()
    say(f"entries: {len(loaded)}  names indexed: {len(index)}")
    say(f"import into {engine} (one transaction): {(t1 - t0) * 1000:.0f} ms")
    say(f"load all entries: {(t2 - t1 - t_search) * 1000:.0f} ms   "
        f"build index: {(t3 - t2) * 1000:.0f} ms")
    say(f"directory window search 'karalo' (SQL): {t_search * 1000:.0f} ms, "
        f"{len(searched)} found")
    rng = random.Random(11)
    targets = rng.sample(loaded, typed)
    t5 = time.perf_counter()
    index.lookup("Владимир", "ru")   # loads pymorphy3's dictionaries once (app start-up cost)
    say(f"first Russian lookup (loads pymorphy3): {(time.perf_counter() - t5) * 1000:.0f} ms")
    out: dict = {"entries": len(loaded), "names": len(index), "engine": engine}
    for lang in ("en", "ru"):
        times: list[float] = []
        hits = 0
        for entry in targets:
            # Type the name's longest distinctive word (not "University", not a
            # first name thousands share), letter by letter from the second.
            words = [w for w in entry.name(lang).split() if w.lower() not in GENERIC]
            for target in sorted(words, key=len)[-1:]:
                for end in range(2, len(target) + 1):
                    start = time.perf_counter()
                    found = index.lookup(target[:end], lang)
                    times.append((time.perf_counter() - start) * 1000)
                hits += any(c.entry is entry for c in found)
        say(f"{lang}: {len(times)} keystrokes  p50 {statistics.median(times):.3f} ms  "
            f"p99 {percentile(times, 0.99):.3f} ms  max {max(times):.3f} ms  "
            f"(target found after the whole word: {hits}/{len(targets)})")
        out[lang] = {"keystrokes": len(times), "p50": statistics.median(times),
                     "p99": percentile(times, 0.99), "max": max(times), "hits": hits,
                     "targets": len(targets)}
    snapshot = DirectorySnapshot(loaded)
    t4 = time.perf_counter()
    snapshot.completion.lookup("ka", "en")
    say(f"snapshot + index on first lookup: {(time.perf_counter() - t4) * 1000:.0f} ms")
    return out


def measure(n: int = N, typed: int = 300) -> list[dict]:
    """The bench convention (bench/README.md): p99 lookup per keystroke, per language."""
    rows = []
    for engine in ENGINES:
        rows += _rows(figures(n, typed, say=lambda *args: None, engine=engine))
    return rows


def _rows(fig: dict) -> list[dict]:
    rows = []
    for lang in ("en", "ru"):
        f = fig[lang]
        rows.append({"name": f"partner-name completion lookup p99 per keystroke, {lang}, "
                             f"{fig['entries']:,} entries from {fig['engine']} "
                             f"({f['keystrokes']} keys)",
                     "value": round(f["p99"], 3), "unit": "ms", "goal": "< 5 ms",
                     "passed": f["p99"] < 5,
                     "note": f"p50 {f['p50']:.3f} ms, max {f['max']:.2f} ms; target found "
                             f"{f['hits']}/{f['targets']}"})
    return rows


def engine_arguments(doc: str) -> tuple[tuple[str, ...], int]:
    """``--engine`` and ``-n`` of the directory benches: (engines to run, entries)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--engine", choices=(*ENGINES, "both"), default="both")
    parser.add_argument("-n", type=int, default=N, help="directory entries")
    args = parser.parse_args()
    return (ENGINES if args.engine == "both" else (args.engine,)), args.n


def main() -> None:
    engines, n = engine_arguments(__doc__)
    for engine in engines:
        figures(n, engine=engine)


if __name__ == "__main__":
    main()
