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

from presspad.core.spelling.engine import SpellEngine, iter_words
from presspad.core.storage.release_file import load

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


def bench(lang: str, target: int = TARGET) -> dict:
    """Rates (words/s) for one language: raw, engine, cold, raw on unique words, scan."""
    import enchant

    text = corpus_text(lang)
    words = [w for _s, _e, w in iter_words(text)]
    repeats = max(1, target // len(words))
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

    return {"lang": lang, "provider": engine.provider(lang), "words": len(stream),
            "unique": len(unique), "raw": rate(len(stream), raw_seconds),
            "engine": rate(len(stream), engine_seconds),
            "cold": rate(len(unique), cold_seconds),
            "raw_unique": rate(len(unique), raw_unique_seconds),
            "scan": rate(len(stream), scan_seconds), "unknown": bad}


def report(fig: dict) -> None:
    raw_rate, engine_rate = fig["raw"], fig["engine"]
    print(f"[{fig['lang']}] provider={fig['provider']} words={fig['words']} "
          f"(unique {fig['unique']})")
    print(f"  raw enchant.Dict.check : {raw_rate:12,.0f} words/s")
    print(f"  SpellEngine.check      : {engine_rate:12,.0f} words/s  "
          f"ratio {engine_rate / raw_rate:.2f} (goal >= 0.5)")
    cold_rate, raw_unique_rate = fig["cold"], fig["raw_unique"]
    print(f"  cold (all new words)   : {cold_rate:12,.0f} words/s  "
          f"vs raw {raw_unique_rate:,.0f}, ratio {cold_rate / raw_unique_rate:.2f}")
    print(f"  misspelled() text scan : {fig['scan']:12,.0f} words/s "
          f"({fig['unknown']} unknown words found)")


def measure(target: int = TARGET) -> list[dict]:
    """The bench convention (bench/README.md): SpellEngine vs raw enchant, per language."""
    rows = []
    for lang in ("en", "ru"):
        fig = bench(lang, target)
        ratio = fig["engine"] / fig["raw"]
        rows.append({"name": f"SpellEngine.check words/s, {lang} ({fig['words']:,} corpus "
                             f"words, warm cache; raw enchant in the same run)",
                     "value": round(fig["engine"]), "unit": "words/s",
                     "goal": "≥ 0.5 × raw enchant", "passed": ratio >= 0.5,
                     "peer": f"raw enchant.Dict.check ({fig['provider']}): "
                             f"{fig['raw']:,.0f} words/s",
                     "ratio": f"×{ratio:.2f} raw enchant",
                     "note": f"cold (all new words) ×{fig['cold'] / fig['raw_unique']:.2f} raw"})
    return rows


def main() -> None:
    for lang in ("en", "ru"):
        report(bench(lang))


if __name__ == "__main__":
    main()
