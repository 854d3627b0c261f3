"""The presspad command run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from presspad import __version__


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=60)


def test_version():
    out = presspad("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"presspad {__version__}"


def test_info_json_on_sample(sample_path):
    out = presspad("info", str(sample_path), "--json")
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["date"] == "2020-10-29"
    assert info["languages"]["ru"]["title"].startswith("Политех")
    assert info["languages"]["en"]["words"] > 400


def test_info_text_on_sample(sample_path):
    out = presspad("info", str(sample_path))
    assert out.returncode == 0
    assert "Политех запускает" in out.stdout and "words:" in out.stdout


def test_missing_file_is_one_line_exit_2(tmp_path):
    out = presspad("info", str(tmp_path / "nope.presspad"))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "no such file" in out.stderr
    assert "Traceback" not in out.stderr


def test_usage_error_is_argparse_style():
    out = presspad("info")
    assert out.returncode == 2 and "usage: presspad info" in out.stderr


def test_unknown_suffix(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    out = presspad("info", str(path))
    assert out.returncode == 2 and "unknown file type" in out.stderr


def test_json_is_compact_for_a_program_and_the_same_document(sample_path):
    import json as _json
    import subprocess as _subprocess
    import sys as _sys

    out = _subprocess.run([_sys.executable, "-m", "presspad", "check", str(sample_path), "--json",
                           "--no-spelling"], capture_output=True, text=True, timeout=60)
    assert out.stdout.count("\n") == 1   # one line: compact when piped
    assert set(_json.loads(out.stdout)) == {"findings"}
