"""An ignored finding counts nowhere on the command line: exit code, summary, every
``--format``, and ``presspad fix`` leaves an ignored slip as it is."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from presspad.core.checks.registry import default_registry
from presspad.core.checks.review import ignore, stop_ignoring
from presspad.core.storage import release_file as storage


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=120)


QUIET = ("--no-directory", "--no-spelling")


@pytest.fixture
def reviewed(sample_path, tmp_path):
    """The sample with a wrong amount in Russian (an error) that a reviewer ignored."""
    release = storage.load(sample_path)
    release.ru.body = release.ru.body.replace("на 5 млн долларов", "на 50 млн долларов")
    (finding,) = [f for f in default_registry().run(release) if f.code == "number-mismatch"]
    assert finding.severity.value == "error"
    ignore(release, finding, "the contract says 50", author="Anna")
    path = tmp_path / "reviewed.presspad"
    storage.save(release, path)
    return path, release, finding


def test_only_ignored_errors_left_exit_0_and_none_counted(reviewed):
    path, _release, _finding = reviewed
    out = presspad("check", str(path), *QUIET)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "number-mismatch" not in out.stdout
    assert out.stdout.strip().splitlines()[-1].endswith("0 error(s) in 1 file(s)")
    for shape in ("json", "json-lines", "github", "sarif"):
        shown = presspad("check", str(path), *QUIET, "--format", shape)
        assert shown.returncode == 0, (shape, shown.stderr)
        assert "number-mismatch" not in shown.stdout, shape
        assert shown.stdout.strip(), shape   # the other findings are still there
    document = json.loads(presspad("check", str(path), *QUIET, "--json").stdout)
    assert all(item["severity"] != "error" for item in document["findings"])


def test_the_error_counts_again_once_no_longer_ignored(reviewed):
    path, release, finding = reviewed
    assert stop_ignoring(release, finding.code, finding.key())
    storage.save(release, path)
    out = presspad("check", str(path), *QUIET)
    assert out.returncode == 1
    assert "number-mismatch" in out.stdout and "1 error(s) in 1 file(s)" in out.stdout
    sarif = json.loads(presspad("check", str(path), *QUIET, "--format", "sarif").stdout)
    assert "number-mismatch" in {r["ruleId"] for r in sarif["runs"][0]["results"]}


def test_fix_leaves_an_ignored_slip_alone(sample_path, tmp_path):
    release = storage.load(sample_path)
    (finding,) = [f for f in default_registry().run(release)
                  if f.code == "typography" and f.params["rule"] == "nbsp-numero"]
    ignore(release, finding, "the site's style keeps this space", author="Anna")
    path = tmp_path / "r.presspad"
    storage.save(release, path)
    out = presspad("fix", str(path), "--typography", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert "nbsp-numero" not in report["rules"]["ru"]
    assert report["rules"]["ru"]["nbsp-short-word"] > 5      # the others are fixed
    fixed = storage.load(path)
    assert "№ 1" in fixed.ru.body and "№\u00a01" not in fixed.ru.body
    assert "с\u00a0меморандумом" in fixed.ru.body
    assert fixed.ignored[0].reason == "the site's style keeps this space"
