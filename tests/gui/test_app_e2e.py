"""The real app as a user starts it: a subprocess on the sample release."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def run_app(*args: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    command = [sys.executable, "-m", "presspad", "gui", *args]
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -noreset", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_app_opens_sample_and_screenshots(sample_path, tmp_path):
    png = tmp_path / "shot.png"
    out = run_app(str(sample_path), "--screenshot", str(png), tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Политех запускает" in out.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a real picture of text, not an empty frame


def test_app_reports_broken_file_and_still_runs(tmp_path):
    bad = tmp_path / "bad.presspad"
    bad.write_bytes(b"\x00\x01binary")
    png = tmp_path / "shot.png"
    out = run_app(str(bad), "--screenshot", str(png), tmp_path=tmp_path)
    assert out.returncode == 0
    assert "binary file" in out.stderr and str(bad) in out.stderr
    assert "Traceback" not in out.stderr
    assert "opened a new release" in out.stdout and png.exists()
