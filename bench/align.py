"""Benchmark: paragraph alignment and consistency checks on a 10,000-word pair.

Builds an English/Russian pair of about 10,000 English words from the sample
release and the corpus pairs in ../shared/corpus (when present), then prints
the time of a cold full analysis (empty caches), a warm full analysis (anchor
cache filled, alignment from scratch) and an incremental re-check after a
one-paragraph edit. Goals: full < 100 ms, re-check < 10 ms.

Run: .venv/bin/python bench/align.py
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from presspad.core.alignment.consistency import ConsistencySession
from presspad.core.checks.registry import default_registry
from presspad.core.model.release import Release
from presspad.core.storage import release_file as storage
from presspad.core.text.stats import count_words

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PAIRS = [("en_001", "ru_001"), ("en_004", "ru_003"), ("en_003", "ru_011")]
TARGET_WORDS = 10_000


def _body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[1:]).strip()


def build_pair() -> tuple[str, str]:
    """Blocks of (sample + corpus pairs) repeated until the English has 10,000 words."""
    sample = storage.load(REPO / "resources" / "sample.presspad")
    blocks = [(sample.en.body.strip(), sample.ru.body.strip())]
    for en, ru in PAIRS:
        if (CORPUS / f"{en}.txt").exists():
            blocks.append((_body(CORPUS / f"{en}.txt"), _body(CORPUS / f"{ru}.txt")))
    en_parts: list[str] = []
    ru_parts: list[str] = []
    words = 0
    round_no = 0
    while words < TARGET_WORDS:
        round_no += 1
        for block_no, (en, ru) in enumerate(blocks):
            # A tag per paragraph makes every paragraph distinct (as in a real
            # release), so no anchor is extracted once and reused for free.
            tag = chr(97 + round_no % 26) + chr(97 + block_no)
            en_parts.append("\n\n".join(f"(Part {tag}{chr(97 + k)}) {p}"
                                          for k, p in enumerate(en.split("\n\n"))))
            tag = "ж" + chr(1072 + round_no % 26) + chr(1072 + block_no)
            ru_parts.append("\n\n".join(f"(Часть {tag}{chr(1072 + k)}) {p}"
                                          for k, p in enumerate(ru.split("\n\n"))))
            words += count_words(en)
    return "\n\n".join(en_parts) + "\n", "\n\n".join(ru_parts) + "\n"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def figures(say: Callable[..., object] = print) -> dict:
    """Run every timing (printing each line through ``say``); return the figures in ms."""
    en, ru = build_pair()
    say(f"pair: {count_words(en)} English words, {count_words(ru)} Russian words, "
        f"{en.count(chr(10) * 2) + 1} / {ru.count(chr(10) * 2) + 1} paragraphs")

    cold = []
    for _ in range(5):
        session = ConsistencySession()
        start = time.perf_counter()
        analysis = session.analyse(en, ru)
        cold.append(time.perf_counter() - start)
    say(f"full analysis, cold caches: {_ms(min(cold))} (min of 5; the very first, which "
        f"also loads babel's data and compiles the patterns: {_ms(cold[0])}); "
        f"{len(analysis.beads)} pairs, {len(analysis.findings)} findings")

    warm = []
    for _ in range(5):
        session.last = None
        start = time.perf_counter()
        session.analyse(en, ru)
        warm.append(time.perf_counter() - start)
    say(f"full analysis, warm anchor cache: {_ms(statistics.median(warm))} (median of 5)")

    paragraphs = en.split("\n\n")
    recheck = []
    for step in range(20):
        index = (step * 37) % len(paragraphs)
        edited = list(paragraphs)
        edited[index] = edited[index] + f" Edit {step}."
        new_en = "\n\n".join(edited)
        session.analyse(en, ru)          # the state before the edit
        start = time.perf_counter()
        session.analyse(new_en, ru, incremental=True)
        recheck.append(time.perf_counter() - start)
    say(f"re-check after a one-paragraph edit: {_ms(statistics.median(recheck))} "
        f"(median of 20; max {_ms(max(recheck))})")

    split = []
    for step in range(10):
        index = (step * 41) % len(paragraphs)
        edited = list(paragraphs)
        words = edited[index].split(" ")
        half = len(words) // 2
        edited[index] = " ".join(words[:half]) + "\n\n" + " ".join(words[half:])
        new_en = "\n\n".join(edited)
        session.analyse(en, ru)
        start = time.perf_counter()
        session.analyse(new_en, ru, incremental=True)
        split.append(time.perf_counter() - start)
    say(f"re-check after splitting a paragraph in two: {_ms(statistics.median(split))} "
        f"(median of 10; max {_ms(max(split))})")
    release = Release()
    release.en.body, release.ru.body = new_en, ru
    registry = default_registry()
    only = ["number-mismatch", "date-mismatch", "link-mismatch", "paragraph-missing-translation"]
    registry.run(release, only=only)
    through_registry = []
    for step in range(5):
        release.en.body = new_en + f"\n\nA new paragraph {step}."
        start = time.perf_counter()
        registry.run(release, only=only)
        through_registry.append(time.perf_counter() - start)
    say(f"the four checks through CheckRegistry.run after an edit (no session, full "
        f"alignment): {_ms(statistics.median(through_registry))} (median of 5)")
    ok = min(cold) < 0.100 and statistics.median(recheck) < 0.010
    say("goals (full < 100 ms, re-check < 10 ms):", "met" if ok else "NOT met")
    return {"en_words": count_words(en), "ru_words": count_words(ru),
            "full_cold_min": min(cold) * 1000, "full_first": cold[0] * 1000,
            "full_warm": statistics.median(warm) * 1000,
            "recheck": statistics.median(recheck) * 1000, "recheck_max": max(recheck) * 1000,
            "split": statistics.median(split) * 1000,
            "registry": statistics.median(through_registry) * 1000}


def measure() -> list[dict]:
    """The bench convention (bench/README.md): full alignment and incremental re-check."""
    fig = figures(say=lambda *args: None)
    pair = f"{fig['en_words']:,} EN / {fig['ru_words']:,} RU words"
    return [{"name": f"full paragraph alignment + consistency checks, {pair}, cold caches "
                     "(min of 5)",
             "value": round(fig["full_cold_min"], 1), "unit": "ms", "goal": "< 100 ms",
             "passed": fig["full_cold_min"] < 100,
             "note": f"very first run {fig['full_first']:.0f} ms; warm anchor cache "
                     f"{fig['full_warm']:.1f} ms"},
            {"name": f"re-check after a one-paragraph edit, {pair} (median of 20)",
             "value": round(fig["recheck"], 2), "unit": "ms", "goal": "< 10 ms",
             "passed": fig["recheck"] < 10,
             "note": f"max {fig['recheck_max']:.1f} ms; paragraph split {fig['split']:.1f} ms"}]


def main() -> int:
    figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
