"""``presspad fix --typography`` run as a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys

from presspad.core.storage.release_file import load


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=60)


def test_fix_sample_to_output_and_again(sample_path, tmp_path):
    before = sample_path.read_bytes()
    out_path = tmp_path / "fixed.presspad"
    out = presspad("fix", str(sample_path), "--typography", "-o", str(out_path), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["fixes"]["en"] == 2 and report["fixes"]["ru"] > 10
    assert report["rules"]["en"] == {"apostrophe": 1, "number-sign": 1}
    assert report["rules"]["ru"]["nbsp-numero"] == 1
    assert sample_path.read_bytes() == before
    release = load(out_path)
    assert "world’s No. 1 gas" in release.body("en")
    assert "№\u00a01" in release.body("ru")
    again = presspad("fix", str(out_path), "--typography")
    assert again.returncode == 0
    assert "0 in English, 0 in Russian" in again.stdout and "unchanged" in again.stdout


def test_fix_in_place_text_file_keeps_its_encoding(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes('Заголовок\n\nКомпания "Газпром" - лидер № 1.\n'.encode("cp1251"))
    out = presspad("fix", str(path), "--typography")
    assert out.returncode == 0, out.stderr
    assert "in Russian" in out.stdout
    text = path.read_bytes().decode("cp1251")
    assert text == "Заголовок\n\nКомпания «Газпром»\u00a0— лидер №\u00a01.\n"


def test_failure_leaves_the_old_file_intact(sample_path, tmp_path):
    path = tmp_path / "readonly.presspad"
    shutil.copy(sample_path, path)
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR)
    try:
        out = presspad("fix", str(path), "--typography")
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "read-only" in out.stderr
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["readonly.presspad"]


def test_fix_needs_a_kind_and_a_writable_format(sample_path, tmp_path):
    out = presspad("fix", str(sample_path))
    assert out.returncode == 2 and "give --typography" in out.stderr
    out = presspad("fix", str(sample_path), "--typography", "-o", str(tmp_path / "x.docx"))
    assert out.returncode == 2 and ".presspad" in out.stderr
    out = presspad("fix", str(tmp_path / "missing.presspad"), "--typography")
    assert out.returncode == 2 and "no such file" in out.stderr


def test_skip_family_and_settings_leave_those_rules_alone(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text('Мы шли в парк - "и дальше".\n', encoding="utf-8")
    out = presspad("fix", str(path), "--typography", "--lang", "ru", "--json",
                   "--skip-family", "spaces", "--skip-family", "quotes")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["rules"] == {"ru": {"dash-nbsp": 1}}
    assert path.read_text(encoding="utf-8") == 'Мы шли в парк\u00a0— "и дальше".\n'
    bad = presspad("fix", str(path), "--typography", "--skip-family", "commas")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_check_skips_a_family_and_ignores_the_apps_settings(tmp_path):
    config = tmp_path / "xdg"
    (config / "presspad").mkdir(parents=True)
    (config / "presspad" / "settings.json").write_text(
        json.dumps({"typography_off": {"ru": ["dashes"]}}), encoding="utf-8")
    release = tmp_path / "r.md"
    release.write_text("Заголовок\n\nМы шли в парк - и дальше.\n", encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(config)}

    def rules(*extra: str) -> set[str]:
        out = subprocess.run([sys.executable, "-m", "presspad", "check", str(release), "--lang",
                              "ru", "--json", "--no-spelling", "--no-directory", *extra],
                             capture_output=True, text=True, timeout=60, env=env)
        assert out.returncode in (0, 1), out.stderr
        findings = json.loads(out.stdout)["findings"]
        return {f["rule"] for f in findings if f["code"] == "typography"}

    # The same findings on every machine: the app's Settings do not reach the CLI.
    assert rules() == {"dash-nbsp", "nbsp-short-word"}
    assert rules("--skip-family", "spaces") == {"dash-nbsp"}


def test_fixing_in_place_keeps_the_files_mode_and_a_new_output_gets_the_umasks(tmp_path):
    source = tmp_path / "ru.md"
    source.write_text("# Заголовок\n\nОн сказал: \"Привет\".\n", encoding="utf-8")
    source.chmod(0o664)
    for args in (["fix", str(source), "--typography"],
                 ["fix", str(source), "--typography", "-o", str(tmp_path / "out.md")]):
        out = subprocess.run([sys.executable, "-m", "presspad", *args],
                             capture_output=True, text=True, timeout=60, umask=0o027)
        assert out.returncode == 0, out.stderr
    assert "«Привет»" in source.read_text(encoding="utf-8")   # it was written
    assert stat.S_IMODE(source.stat().st_mode) == 0o664
    assert stat.S_IMODE((tmp_path / "out.md").stat().st_mode) == 0o640
