"""What the shell and other tools see of the CLI: pre-commit hooks, completion, presspad(1)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from presspad.cli.main import build_parser, route

REPO = Path(__file__).resolve().parents[2]


def presspad(*args: str, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "presspad", *args], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, **(env or {})), cwd=cwd)


# ---------------------------------------------------------------- pre-commit
HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("hook", HOOKS, ids=[h["id"] for h in HOOKS])
def test_each_hook_runs_a_real_command_on_release_files(hook):
    assert {"id", "name", "entry", "language", "files"} <= set(hook)
    command = shlex.split(hook["entry"])
    assert command[0] == "presspad"
    parser = build_parser()
    argv = route([*command[1:], *hook.get("args", []), "a.presspad", "b.en.md"],
                 set(parser.get_default("command_names")))
    args = parser.parse_args(argv)          # exits (fails the test) on an unknown option
    assert args.run is not None
    pattern = re.compile(hook["files"])
    assert pattern.search("news/2026/korea.presspad") and pattern.search("draft.ru.md")
    assert not pattern.search("README.md") and not pattern.search("setup.py")


def test_the_fix_hook_fails_when_it_changed_files(tmp_path):
    changed, clean = tmp_path / "a.en.md", tmp_path / "b.en.md"
    changed.write_text('Title\n\nHe said "yes" - twice.\n', encoding="utf-8")
    clean.write_text("Title\n\nNothing to fix here.\n", encoding="utf-8")
    out = presspad("fix", "--typography", "--exit-non-zero-on-fix", str(changed), str(clean))
    assert out.returncode == 1, out.stderr
    assert "“yes” — twice" in changed.read_text(encoding="utf-8")
    again = presspad("fix", "--typography", "--exit-non-zero-on-fix", str(changed), str(clean))
    assert again.returncode == 0


def test_fix_json_for_several_files(tmp_path):
    import json

    a, b = tmp_path / "a.en.md", tmp_path / "b.en.md"
    for path in (a, b):
        path.write_text('Title\n\nHe said "yes".\n', encoding="utf-8")
    report = json.loads(presspad("fix", "--typography", "--json", str(a), str(b)).stdout)
    assert [r["file"] for r in report["files"]] == [str(a), str(b)]
    assert all(r["fixes"] == {"en": 2} for r in report["files"])


# ---------------------------------------------------------------- completion
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell):
    out = presspad("completion", shell)
    assert out.returncode == 0 and "presspad" in out.stdout
    assert {"bash": "complete ", "zsh": "#compdef presspad",
            "fish": "complete --command presspad"}[shell] in out.stdout


def _complete(line: str, tmp_path: Path) -> list[str]:
    answer = tmp_path / "answer"
    env = {"_ARGCOMPLETE": "1", "COMP_LINE": line, "COMP_POINT": str(len(line)),
           "_ARGCOMPLETE_STDOUT_FILENAME": str(answer), "_ARGCOMPLETE_IFS": "\n"}
    presspad(env=env)
    return [word.strip() for word in answer.read_text(encoding="utf-8").split("\n")]


def test_the_shell_is_told_commands_and_options(tmp_path):
    assert "check" in _complete("presspad ch", tmp_path)
    assert "--format" in _complete("presspad check --fo", tmp_path)
    assert set(_complete("presspad check --format ", tmp_path)) >= {"sarif", "github"}


# ------------------------------------------------------------------ man page
def test_the_man_page_is_built_from_the_parser(tmp_path):
    page = tmp_path / "presspad.1"
    subprocess.run([sys.executable, str(REPO / "packaging" / "build-man.py"), str(page)],
                   check=True, timeout=60)
    text = page.read_text(encoding="utf-8")
    assert text.startswith(".TH PRESSPAD \"1\"")
    for command in build_parser().get_default("command_names"):
        assert f"'presspad {command}'" in text          # every command has its section
    assert r"\-\-fail\-on" in text and "EXAMPLES" in text.upper()


def test_every_help_shows_an_example():
    commands = build_parser().get_default("command_names")
    assert "examples:" in presspad("--help").stdout
    for command in commands:
        out = presspad(command, "--help")
        assert "examples:" in out.stdout and f"presspad {command}" in out.stdout.split(
            "examples:")[1] or command == "gui", command
