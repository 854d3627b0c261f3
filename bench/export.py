"""Benchmark: import + export of the sample release and of a 10,000-word release.

Run as ``.venv/bin/python bench/export.py``. Prints milliseconds: the first
(cold) run, which pays for lazy imports of python-markdown and nh3, and the
median of the warm runs. Goal: under 20 ms for the sample.
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from presspad.core.formats.html import export_html
from presspad.core.formats.importing import import_sources
from presspad.core.formats.markdown import export_markdown
from presspad.core.formats.site.writer import render_site_page

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO.parent / "shared" / "samples"
RUNS = 30


def import_and_export(paths: list[Path]) -> int:
    """One full cycle; returns the number of characters produced."""
    release = import_sources(paths)
    produced = len(export_html(release))
    for lang in release.langs_present():
        produced += len(render_site_page(release, lang)) + len(export_markdown(release, lang))
    return produced


def make_big_pages(folder: Path, words: int = 10_000) -> list[Path]:
    """An English and a Russian page of about ``words`` words each, in the site format."""
    sample = {lang: (SAMPLES / f"polytech-korea.site.{lang}.txt").read_text(encoding="utf-8")
              for lang in ("en", "ru")}
    paths = []
    for lang, text in sample.items():
        lines = text.split("\n")
        body = [line for line in lines[4:15] if line.strip()]
        paragraphs, count = [], 0
        while count < words:
            for paragraph in body:
                paragraphs.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    break
        head, tail = "\n".join(lines[:3]), "\n".join(lines[15:])
        big = head + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + tail
        path = folder / f"big.site.{lang}.txt"
        path.write_text(big, encoding="utf-8")
        paths.append(path)
    return paths


def time_cycle(paths: list[Path]) -> tuple[float, float, int]:
    """Cold and warm-median milliseconds of one import + export cycle, and the words."""
    start = time.perf_counter()
    import_and_export(paths)
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(RUNS):
        start = time.perf_counter()
        import_and_export(paths)
        warm.append((time.perf_counter() - start) * 1000)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    return cold, statistics.median(warm), words


def report(label: str, paths: list[Path]) -> None:
    cold, warm, words = time_cycle(paths)
    print(f"{label}: {words} words in 2 languages: cold {cold:.1f} ms, "
          f"warm median {warm:.2f} ms ({RUNS} runs)")


def measure() -> list[dict]:
    """The bench convention (bench/README.md): the sample's cycle and a big one."""
    sample = [SAMPLES / "polytech-korea.site.en.txt", SAMPLES / "polytech-korea.site.ru.txt"]
    cold, warm, _words = time_cycle(sample)
    rows = [{"name": "import + export of the sample (site ×2 in, site/md ×2 + html out), warm",
             "value": round(warm, 2), "unit": "ms", "goal": "< 20 ms", "passed": warm < 20,
             "note": f"cold (first, lazy imports): {cold:.1f} ms"}]
    with tempfile.TemporaryDirectory() as folder:
        cold, warm, words = time_cycle(make_big_pages(Path(folder)))
    rows.append({"name": f"import + export, {words:,} words in 2 languages, warm",
                 "value": round(warm, 1), "unit": "ms", "goal": "(none set)", "passed": None})
    return rows


def main() -> int:
    if not SAMPLES.is_dir():
        print(f"no samples at {SAMPLES}", file=sys.stderr)
        return 1
    print("import (2 site pages) + export (site x2, md x2, html side by side)")
    report("sample", [SAMPLES / "polytech-korea.site.en.txt",
                       SAMPLES / "polytech-korea.site.ru.txt"])
    with tempfile.TemporaryDirectory() as folder:
        report("10,000 words per language", make_big_pages(Path(folder)))
    print("goal: sample under 20 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
