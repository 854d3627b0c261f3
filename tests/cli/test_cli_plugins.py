"""A newsroom's house check, installed as its own package, shows up in `presspad check`.

The plugin below is laid out as pip installs a distribution (a module and its
``.dist-info`` with ``entry_points.txt``) on a folder put on ``PYTHONPATH``, and
``presspad check`` runs as a real subprocess that finds it the way it finds its
own checks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HOUSE_CHECK = '''
from presspad.core.checks.context import check
from presspad.core.model.findings import Finding, Severity, Span


@check(priority=95)
def check_no_exclamation(release, context):
    """House style: no exclamation marks in a release."""
    found = []
    for lang in context.langs:
        body = release.body(lang)
        start = body.find("!")
        while start != -1:
            found.append(Finding("house-exclamation", Severity.ERROR, Span(lang, start, start + 1),
                                 {"message": "House style: no exclamation marks", "text": "!"}))
            start = body.find("!", start + 1)
    return found
'''


def install_plugin(site: Path, name: str, module_source: str, entry: str) -> None:
    """Write a distribution as pip would: the module, METADATA and entry_points.txt."""
    (site / f"{name}.py").write_text(module_source, encoding="utf-8")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[presspad.checks]\n{entry}\n", encoding="utf-8")


def check(site: Path, release: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), *sys.path]))
    return subprocess.run([sys.executable, "-m", "presspad", "check", str(release), "--json",
                           "--no-directory", "--no-spelling"],
                          capture_output=True, text=True, timeout=120, env=env)


def make_release(tmp_path: Path) -> Path:
    from presspad.core.model.release import Release
    from presspad.core.storage.release_file import save

    release = Release()
    release.en.title, release.en.body = "Open day", "Come and see us! Everyone is welcome."
    release.ru.title, release.ru.body = "День открытых дверей", "Приходите к нам. Ждём всех."
    path = tmp_path / "open-day.presspad"
    save(release, path)
    return path


def test_house_check_from_an_entry_point_reports_findings(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "house_check", HOUSE_CHECK,
                   "house-exclamation = house_check:check_no_exclamation")
    out = check(site, make_release(tmp_path))
    assert out.returncode == 1, out.stderr   # the plugin's finding is an error
    findings = json.loads(out.stdout)["findings"]
    [house] = [f for f in findings if f["code"] == "house-exclamation"]
    assert house["lang"] == "en" and house["message"] == "House style: no exclamation marks"
    assert house["start"] == "Come and see us".__len__()
    assert any(f["code"] == "typography" for f in findings)  # built-in checks still run


def test_a_broken_plugin_is_left_out_and_the_rest_still_run(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "broken_check", "raise ImportError('needs a missing library')\n",
                   "broken = broken_check:check_x")
    out = check(site, make_release(tmp_path))
    assert out.returncode in (0, 1), out.stderr
    assert "broken" in out.stderr and "failed to load" in out.stderr
    assert any(f["code"] == "typography" for f in json.loads(out.stdout)["findings"])
