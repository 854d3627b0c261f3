"""Time every registered check on the sample and on a generated 10,000-word release.

Usage::

    .venv/bin/python bench/check_speed.py

Prints milliseconds per full run of the registry (median of several runs,
after one warm-up run that loads the dictionaries; the cold first run is
printed too). Goals: under 20 ms on the sample, under 200 ms on 10,000
words. Everything cached per text or paragraph is cleared before each timed
run, so only word-level caches (morphology) help, as on a new text.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from presspad.core.checks.registry import default_registry  # noqa: E402
from presspad.core.model.release import Release  # noqa: E402
from presspad.core.quotes.finder import analyse  # noqa: E402
from presspad.core.storage.release_file import load  # noqa: E402

RUNS = 7


def big_release(words: int = 10_000, per_language: bool = False) -> Release:
    """A long release made of copies of the sample's bodies, with varying numbers.

    Both languages get the same copies (so the versions agree); ``words``
    counts both languages together unless ``per_language``.
    """
    sample = load(REPO / "resources" / "sample.presspad")
    release = Release()
    out: dict[str, list[str]] = {"en": [], "ru": []}
    count = n = 0
    while count < words:
        for lang in ("en", "ru"):
            body = sample.body(lang).strip().replace("26", str(26 + n))
            out[lang].append(body)
            if lang == "en" or not per_language:
                count += len(body.split())
        n += 1
    for lang in ("en", "ru"):
        release.version(lang).body = "\n\n".join(out[lang]) + "\n"
    return release


def clear_text_caches() -> None:
    """Forget everything cached per text or paragraph (not per word)."""
    from presspad.core.quotes import phrase as quote_phrase
    from presspad.core.quotes import sentences as quote_text

    analyse.cache_clear()
    quote_phrase._tokenize.cache_clear()
    quote_text._ru_sentences_cached.cache_clear()


def time_run(release: Release) -> tuple[float, float, int]:
    registry = default_registry()
    start = time.perf_counter()
    findings = registry.run(release)
    cold = (time.perf_counter() - start) * 1000
    timings = []
    for _ in range(RUNS):
        clear_text_caches()  # as on a new text: only word-level caches survive
        start = time.perf_counter()
        registry.run(release)
        timings.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(timings), len(findings)


def figures() -> list[dict]:
    """Timings of all checks on the sample and on the generated releases.

    One dict per release: label, words, cold and warm (median) ms, findings.
    """
    sample = load(REPO / "resources" / "sample.presspad")
    out = []
    for label, release in (("sample", sample),
                           ("10,000 words in all", big_release()),
                           ("10,000 words per language", big_release(per_language=True))):
        words = len(release.en.body.split()) + len(release.ru.body.split())
        cold, warm, n = time_run(release)
        out.append({"label": label, "words": words, "cold": cold, "warm": warm,
                    "findings": n})
    return out


def measure() -> list[dict]:
    """The bench convention (bench/README.md): all checks on the sample / 10,000 words."""
    rows = []
    for fig in figures():
        if fig["label"] == "sample":
            name, goal = f"all registered checks on the sample ({fig['words']} words)", 20
        else:
            name, goal = (f"all registered checks on a generated release "
                          f"({fig['label']}: {fig['words']:,} words)"), 200
        rows.append({"name": f"{name}, median of {RUNS}", "value": round(fig["warm"], 1),
                     "unit": "ms", "goal": f"< {goal} ms", "passed": fig["warm"] < goal,
                     "note": f"first run {fig['cold']:.0f} ms, {fig['findings']} findings"})
    return rows


def main() -> int:
    for fig in figures():
        if fig["label"] == "sample":
            print(f"sample ({fig['words']} words): {fig['warm']:.1f} ms per run of all checks "
                  f"(first run {fig['cold']:.0f} ms, {fig['findings']} findings); goal < 20 ms")
        else:
            print(f"generated release ({fig['label']}: {fig['words']} words): "
                  f"{fig['warm']:.1f} ms per run (first run {fig['cold']:.0f} ms, "
                  f"{fig['findings']} findings); goal < 200 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
