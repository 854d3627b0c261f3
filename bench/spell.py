"""Words checked per second: presspad's SpellEngine against raw enchant.Dict.check.

Run: .venv/bin/python bench/spell.py

The words are those of the shared corpus and the sample release, repeated
to about 200,000 per language, as a long editing session sees them again and
again. Also prints the cold rate (every word new to the engine's cache) and
the rate of whole-text scanning (tokenising Markdown + checking).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from presspad.core.spelling import SpellEngine, iter_words
from presspad.core.storage import load

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
TARGET = 200_000


def corpus_text(lang: str) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"{lang}_*.txt"))]
    parts.append(load(REPO / "resources" / "sample.presspad").body(lang))
    return "\n\n".join(parts)


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def bench(lang: str) -> None:
    import enchant

    text = corpus_text(lang)
    words = [w for _s, _e, w in iter_words(text)]
    repeats = max(1, TARGET // len(words))
    stream = words * repeats
    tag = {"en": "en_US", "ru": "ru_RU"}[lang]
    broker = enchant.Broker()
    broker.set_ordering(tag, "hunspell")
    raw = broker.request_dict(tag)
    engine = SpellEngine()
    # Load both dictionaries outside the timing (Latin words in Russian text
    # are looked up in English).
    def warm(e: SpellEngine) -> None:
        e.check(lang, "warm")
        e.check(lang, "тепло")

    warm(engine)

    started = time.perf_counter()
    for word in stream:
        raw.check(word)
    raw_seconds = time.perf_counter() - started

    check = engine.check
    started = time.perf_counter()
    for word in stream:
        check(lang, word)
    engine_seconds = time.perf_counter() - started

    unique = list(dict.fromkeys(words))
    cold = SpellEngine()
    warm(cold)
    started = time.perf_counter()
    for word in unique:
        cold.check(lang, word)
    cold_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for word in unique:
        raw.check(word)
    raw_unique_seconds = time.perf_counter() - started

    big = "\n\n".join([text] * repeats)
    started = time.perf_counter()
    bad = sum(1 for _ in engine.misspelled(big, lang))
    scan_seconds = time.perf_counter() - started

    raw_rate, engine_rate = rate(len(stream), raw_seconds), rate(len(stream), engine_seconds)
    print(f"[{lang}] provider={engine.provider(lang)} words={len(stream)} "
          f"(unique {len(unique)})")
    print(f"  raw enchant.Dict.check : {raw_rate:12,.0f} words/s")
    print(f"  SpellEngine.check      : {engine_rate:12,.0f} words/s  "
          f"ratio {engine_rate / raw_rate:.2f} (goal >= 0.5)")
    cold_rate = rate(len(unique), cold_seconds)
    raw_unique_rate = rate(len(unique), raw_unique_seconds)
    print(f"  cold (all new words)   : {cold_rate:12,.0f} words/s  "
          f"vs raw {raw_unique_rate:,.0f}, ratio {cold_rate / raw_unique_rate:.2f}")
    print(f"  misspelled() text scan : {rate(len(stream), scan_seconds):12,.0f} words/s "
          f"({bad} unknown words found)")


def main() -> None:
    for lang in ("en", "ru"):
        bench(lang)


if __name__ == "__main__":
    main()
