"""Start-up time: process start to the main window shown with the sample open.

Runs presspad and a bare PySide6 two-editor window (bench/bare_window.py) in
turn, N times each, on the same display (an Xvfb started here when there is
no DISPLAY), and prints the median of each, the difference and the ratio.
Goal (issue 3): presspad within 150 ms of the bare window.

    .venv/bin/python bench/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from installed import compile_sources  # noqa: E402

SAMPLE = REPO / "resources" / "sample.presspad"


def start_xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    display = f":{90 + os.getpid() % 50}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-noreset",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return proc


def time_to_shown(command: list[str]) -> float:
    """Seconds from spawning ``command`` to the ``shown <t>`` line it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "xcb"))
    start = time.monotonic()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in out.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{command[0]} never showed its window: {out.stderr[-500:]}")


def run(runs: int) -> tuple[float, float]:
    """Median milliseconds to first paint: (presspad, bare window)."""
    compile_sources()
    xvfb = start_xvfb()
    python = sys.executable
    presspad = [python, "-m", "presspad.gui.app", str(SAMPLE), "--exit-when-shown"]
    bare = [python, str(REPO / "bench" / "bare_window.py"), str(SAMPLE)]
    try:
        time_to_shown(presspad), time_to_shown(bare)  # warm the file cache
        ours, floor = [], []
        for _ in range(runs):
            ours.append(time_to_shown(presspad))
            floor.append(time_to_shown(bare))
    finally:
        if xvfb:
            xvfb.terminate()
    return statistics.median(ours) * 1000, statistics.median(floor) * 1000


def measure(runs: int = 7) -> list[dict]:
    """The bench convention (bench/README.md): presspad's first paint vs the floor's."""
    ours_ms, floor_ms = run(runs)
    return [{"name": f"start-up to first paint, sample open (app's own probe, median of {runs})",
             "value": round(ours_ms, 1), "unit": "ms",
             "goal": f"≤ bare + 150 ms ({floor_ms + 150:.0f} ms)",
             "passed": ours_ms - floor_ms <= 150,
             "peer": f"bare PySide6 window: {floor_ms:.1f} ms",
             "ratio": f"×{ours_ms / floor_ms:.2f} bare"}]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    ours_ms, floor_ms = run(args.runs)
    print(f"start-up to window shown with the sample open ({args.runs} runs, median)")
    print(f"  bare PySide6 two-editor window: {floor_ms:7.1f} ms")
    print(f"  presspad:                       {ours_ms:7.1f} ms")
    print(f"  difference: {ours_ms - floor_ms:+.1f} ms (goal: within 150 ms); "
          f"ratio {ours_ms / floor_ms:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
