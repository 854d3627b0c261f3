"""Batch checking: words per second over 1,000 generated releases, against proselint.

The releases (~600 words per language, bench/generate.py) are written as
``.presspad`` files; the clock covers reading and checking them, using both
cores. When ``presspad check`` exists (presspad.cli.cmd_check), one
``python -m presspad check --json --jobs 2`` checks the whole batch; otherwise
a two-process pool runs ``default_registry().run`` on each file.
proselint (installed into build/peers/proselint-venv) checks the English
halves, also as two processes at once. Goal (issue 21): 3 × proselint's words/s.

    .venv/bin/python bench/check_throughput.py [--count 1000]
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_batch  # noqa: E402
from installed import compile_sources  # noqa: E402
from peers import ensure_venv, installed_version  # noqa: E402

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "build" / "bench-data"
JOBS = 2


def _count_words(paths: list[Path]) -> tuple[int, int]:
    """Words in both languages and in the English halves (presspad's own counter)."""
    from presspad.core.storage import release_file as storage
    from presspad.core.text.stats import count_words

    both = english = 0
    for path in paths:
        release = storage.load(path)
        en = count_words(release.en.title) + count_words(release.en.body)
        english += en
        both += en + count_words(release.ru.title) + count_words(release.ru.body)
    return both, english


def _check_files(paths: list[str]) -> int:
    """Worker: load and check each file; returns the number of findings."""
    from presspad.core.checks.registry import default_registry
    from presspad.core.storage import release_file as storage

    registry = default_registry()
    return sum(len(registry.run(storage.load(path))) for path in paths)


def _halves(items: list, parts: int = JOBS) -> list[list]:
    return [items[index::parts] for index in range(parts)]


def time_presspad(paths: list[Path]) -> tuple[float, str]:
    """Seconds to check every file with both cores, and how it was run."""
    files = [str(p) for p in paths]
    start = time.perf_counter()
    if importlib.util.find_spec("presspad.cli.cmd_check") is not None:
        # One command for the whole batch, as a newsroom's CI runs it: it uses
        # every core itself (--jobs, default the number of cores).
        proc = subprocess.run([sys.executable, "-m", "presspad", "check", "--json",
                               "--jobs", str(JOBS), *files],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"presspad check failed: {proc.stderr.decode()[-400:]}")
        how = f"one `presspad check --json --jobs {JOBS}`"
    else:
        with ProcessPoolExecutor(JOBS) as pool:
            list(pool.map(_check_files, _halves(files)))
        how = f"default_registry().run, {JOBS}-process pool (no `presspad check` yet)"
    return time.perf_counter() - start, how


def time_proselint(paths: list[Path]) -> float:
    """Seconds for proselint to check the English halves, two processes at once."""
    from presspad.core.storage import release_file as storage

    bin_dir = ensure_venv("proselint", ["proselint"])
    english = DATA / "english-halves"
    english.mkdir(parents=True, exist_ok=True)
    md_files = []
    for path in paths:
        target = english / (path.stem + ".md")
        if not target.exists():
            release = storage.load(path)
            target.write_text(f"# {release.en.title}\n\n{release.en.body}", encoding="utf-8")
        md_files.append(str(target))
    with tempfile.TemporaryDirectory() as home:
        # A fresh HOME: no cached results from an earlier run.
        env = dict(os.environ, HOME=home, XDG_CACHE_HOME=home)
        # Warm-up on two files: the first run after install compiles proselint's .pyc files.
        subprocess.run([str(bin_dir / "proselint"), "check", *md_files[:2]], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        start = time.perf_counter()
        procs = [subprocess.Popen([str(bin_dir / "proselint"), "check", *half], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for half in _halves(md_files)]
        for proc in procs:
            proc.wait(timeout=600)
        return time.perf_counter() - start


def run(count: int = 1000) -> dict:
    from presspad.core.checks.registry import default_registry

    compile_sources()
    paths = write_batch(DATA / "releases", count)
    both, english = _count_words(paths)
    ours, how = time_presspad(paths)
    peer = time_proselint(paths)
    return {"files": len(paths), "words": both, "english_words": english,
            "seconds": ours, "how": how, "checks": len(default_registry().names()),
            "proselint_seconds": peer, "ours_wps": both / ours,
            "proselint_wps": english / peer,
            "proselint_version": installed_version(ensure_venv("proselint", ["proselint"]),
                                                   "proselint")}


def measure(count: int = 1000) -> list[dict]:
    """The bench convention (bench/README.md)."""
    r = run(count)
    return [{
        "name": f"`check` throughput, {r['files']} releases × ~600 words/lang, "
                f"{r['checks']} checks ({r['how']})",
        "value": round(r["ours_wps"]), "unit": "words/s",
        # Issue 21's goal. proselint runs English style rules
        # on the English halves; presspad runs every check on both languages.
        "goal": f"≥ 3 × proselint ({3 * r['proselint_wps']:.0f} words/s)",
        "passed": r["ours_wps"] >= 3 * r["proselint_wps"],
        "peer": f"proselint {r['proselint_version']} (English halves, 2 processes): "
                f"{r['proselint_wps']:.0f} words/s",
        "ratio": f"×{r['ours_wps'] / r['proselint_wps']:.2f}",
    }]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    r = run(args.count)
    print(f"{r['files']} releases, {r['words']} words ({r['english_words']} English); "
          f"{r['checks']} checks registered")
    print(f"  presspad:  {r['seconds']:6.2f} s  {r['ours_wps']:10.0f} words/s  ({r['how']})")
    print(f"  proselint: {r['proselint_seconds']:6.2f} s  {r['proselint_wps']:10.0f} words/s "
          f"(English halves)")
    print(f"  ratio ×{r['ours_wps'] / r['proselint_wps']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
