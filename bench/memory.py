"""Peak memory (RSS) of the app: with the sample open and with a 10,000-word release.

The app runs with ``--exit-when-checked`` (it quits once the first checks are
shown: the directory, spelling and the check worker are all up) on
the X server (an Xvfb started here when there is no DISPLAY); its peak RSS
is the child's ``ru_maxrss`` read with ``os.wait4``. The bare PySide6
two-editor window, run the same way on the sample, is the floor. Median of
three runs each. Goal (issue 21): at most the bare window + 60 MiB.

    .venv/bin/python bench/memory.py
"""

from __future__ import annotations

import logging
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_release  # noqa: E402
from installed import compile_sources  # noqa: E402
from xwindow import start_xvfb  # noqa: E402

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample.presspad"
RUNS = 3
GOAL_MIB_OVER_BARE = 60.0
BIG_WORDS_PER_LANG = 5100  # ~10,000 words in all by presspad's own count


def peak_rss_mib(command: list[str], env: dict[str, str]) -> float:
    """Run ``command`` to its end; its peak resident set in MiB."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read().decode(errors="replace")
    if proc.returncode != 0 or not ("shown " in out or "checked" in out):
        err = proc.stderr.read().decode(errors="replace")[-400:]
        raise RuntimeError(f"{command[-2]} did not show its window: {err}")
    return usage.ru_maxrss / 1024


def run() -> dict[str, float]:
    compile_sources()
    from presspad.core.storage import release_file as storage
    from presspad.core.text.stats import count_words

    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="presspad-mem-") as tmp:
            folder = Path(tmp)
            big = folder / "big.presspad"
            release = make_release(BIG_WORDS_PER_LANG, seed=10_000)
            storage.save(release, big)
            words = count_words(release.en.body) + count_words(release.ru.body)
            env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(folder),
                       XDG_CONFIG_HOME=str(folder / "config"),
                       XDG_DATA_HOME=str(folder / "data"))
            app = [sys.executable, "-m", "presspad.gui.app"]
            cases = {
                "sample": app + [str(SAMPLE), "--exit-when-checked"],
                "big": app + [str(big), "--exit-when-checked"],
                "bare": [sys.executable, str(REPO / "bench" / "bare_window.py"), str(SAMPLE)],
            }
            result = {name: statistics.median(peak_rss_mib(cmd, env) for _ in range(RUNS))
                      for name, cmd in cases.items()}
            result["big_words"] = words
            return result
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()


def measure() -> list[dict]:
    """The bench convention (bench/README.md)."""
    r = run()
    goal = r["bare"] + GOAL_MIB_OVER_BARE
    return [
        {"name": "peak RSS, app with the sample open and checked", "value": round(r["sample"], 1),
         "unit": "MiB", "goal": f"≤ bare + {GOAL_MIB_OVER_BARE:g} MiB ({goal:.0f} MiB)",
         "passed": r["sample"] <= goal,
         "peer": f"bare PySide6 window: {r['bare']:.1f} MiB",
         "ratio": f"×{r['sample'] / r['bare']:.2f} bare"},
        {"name": f"peak RSS, app with a {r['big_words']:,}-word release open and checked",
         "value": round(r["big"], 1), "unit": "MiB",
         # The goal is for the sample; a long release is shown against it.
         "goal": f"(the sample's goal: {goal:.0f} MiB)", "passed": None,
         "peer": f"bare PySide6 window: {r['bare']:.1f} MiB",
         "ratio": f"×{r['big'] / r['bare']:.2f} bare"},
    ]


def main() -> int:
    r = run()
    print(f"peak RSS (median of {RUNS}, --exit-when-checked, wait4 ru_maxrss)")
    print(f"  bare PySide6 window, sample: {r['bare']:7.1f} MiB")
    print(f"  presspad, sample:            {r['sample']:7.1f} MiB")
    print(f"  presspad, {r['big_words']:,}-word release: {r['big']:7.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
