"""``presspad ARG``: the command word first, then a file to open (a new .presspad too)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from presspad.cli.main import build_parser, route

COMMANDS = set(build_parser().get_default("command_names"))


def test_the_command_word_decides_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check").write_text("a file named like a command", encoding="utf-8")
    assert route(["check", "x.presspad"], COMMANDS) == ["check", "x.presspad"]
    assert route(["--version"], COMMANDS) == ["--version"]


def test_a_path_like_argument_opens_the_app(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    assert route(["new.presspad"], COMMANDS) == ["gui", "new.presspad"]
    assert route(["draft.md", "--screenshot", "a.png"], COMMANDS)[0] == "gui"
    assert route(["folder/release"], COMMANDS)[0] == "gui"
    assert route(["notes"], COMMANDS) == ["gui", "notes"]   # an existing file
    assert route(["chek"], COMMANDS) == ["chek"]             # a typo: the parser says so


def test_a_typo_of_a_command_is_named_by_the_parser():
    out = subprocess.run([sys.executable, "-m", "presspad", "chek", "x"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2 and "invalid choice: 'chek'" in out.stderr


def test_a_new_presspad_opens_the_app_on_a_new_release(tmp_path):
    target = tmp_path / "new.presspad"
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    command = [sys.executable, "-m", "presspad", str(target), "--screenshot",
               str(tmp_path / "new.png")]
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -noreset", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"opened {target}" in out.stdout and "Cannot Open" not in out.stderr
    assert not target.exists()   # nothing is written until the user saves


def test_global_options_before_a_file():
    assert route(["-v", "draft.md"], COMMANDS) == ["-v", "gui", "draft.md"]
    assert route(["-v", "check", "x.md"], COMMANDS) == ["-v", "check", "x.md"]
    assert route(["-v"], COMMANDS) == ["-v"]
