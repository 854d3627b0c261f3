"""bench/compare.py: this run against the last, worse-by-20 % flagged (not a timed test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(tmp_path: Path, new: list[dict], old: list[dict]) -> subprocess.CompletedProcess:
    (tmp_path / "new.json").write_text(json.dumps({"rows": new}), encoding="utf-8")
    (tmp_path / "old.json").write_text(json.dumps({"rows": old}), encoding="utf-8")
    return subprocess.run([sys.executable, str(REPO / "bench" / "compare.py"),
                           str(tmp_path / "new.json"), str(tmp_path / "old.json")],
                          capture_output=True, text=True, timeout=60)


def test_a_slower_time_and_a_lower_rate_are_worse(tmp_path):
    old = [{"name": "start-up", "value": 300, "unit": "ms"},
           {"name": "batch check", "value": 100_000, "unit": "words/s"},
           {"name": "memory", "value": 100, "unit": "MiB"}]
    new = [{"name": "start-up", "value": 400, "unit": "ms"},
           {"name": "batch check", "value": 70_000, "unit": "words/s"},
           {"name": "memory", "value": 101, "unit": "MiB"},
           {"name": "a new figure", "value": 1, "unit": ""}]
    out = _run(tmp_path, new, old)
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert lines[0].startswith(" WORSE start-up: 300 → 400 ms (+33 %)")
    assert lines[1].startswith(" WORSE batch check")
    assert lines[2].startswith("  same memory")
    assert "no earlier figure" in lines[3] and "2 figure(s) worse" in lines[-1]


def test_no_change_exits_zero(tmp_path):
    rows = [{"name": "start-up", "value": 300, "unit": "ms"}]
    assert _run(tmp_path, rows, rows).returncode == 0
