"""``presspad quotes`` and ``presspad check`` end to end, as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys

QUOTE_KEYS = {"lang", "text", "speaker", "title", "paragraph", "start", "end"}
FINDING_KEYS = {"code", "severity", "lang", "paragraph", "line", "column", "message"}


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=60)


def test_quotes_json_on_the_sample(sample_path):
    from presspad.core.storage.release_file import load

    out = presspad("quotes", str(sample_path), "--json")
    assert out.returncode == 0, out.stderr
    quotes = json.loads(out.stdout)["quotes"]
    assert all(QUOTE_KEYS <= set(q) for q in quotes)   # the contract; keys may be added
    assert all(q["part"] == "body" and q["marked"] is True for q in quotes)
    assert [(q["lang"], q["speaker"]) for q in quotes] == (
        [("en", "Lee Yong Chol")] * 2 + [("en", "Vladimir Khizhnyak")] * 2
        + [("ru", "Ли Ён Чоль")] * 2 + [("ru", "Владимир Хижняк")] * 2)
    release = load(sample_path)
    for q in quotes:
        assert release.body(q["lang"])[q["start"]:q["end"]] == q["text"]
    assert quotes[1]["text"] == "will not grudge resources."
    assert quotes[0]["paragraph"] == 4


def test_quotes_one_language_and_unknown_speaker_is_null(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("A note\n\nThe line on the wall: “we will build it together, and soon.”\n",
                    encoding="utf-8")
    out = presspad("quotes", str(path), "--lang", "en", "--json")
    assert out.returncode == 0, out.stderr
    (quote,) = json.loads(out.stdout)["quotes"]
    assert quote["speaker"] is None and quote["title"] is None and quote["lang"] == "en"


def test_quotes_text_form(sample_path):
    out = presspad("quotes", str(sample_path), "--lang", "ru")
    assert out.returncode == 0
    assert "Владимир Хижняк" in out.stdout and "не пожалеет ресурсов" in out.stdout
    assert "Lee Yong Chol" not in out.stdout


def test_check_json_on_the_sample_has_only_warnings(sample_path):
    out = presspad("check", str(sample_path), "--json")
    assert out.returncode == 0, out.stderr
    findings = json.loads(out.stdout)["findings"]
    assert all(FINDING_KEYS <= set(f) for f in findings)
    split = [f for f in findings if f["code"] == "quote-split"]
    assert len(split) == 1 and split[0]["lang"] == "en" and split[0]["severity"] == "warning"
    # Line 14 of the file (after the TOML header and the English title), line 5 of the body.
    assert split[0]["file"] == str(sample_path) and split[0]["line"] == 14
    assert split[0]["body_line"] == 5 and split[0]["column"] == split[0]["body_column"]


def test_check_errors_exit_1_and_report_file_line_column(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("Заголовок\n\n«Они уже два года работают с данными, — пояснил доцент "
                    "Олег Фролов.\n\nПриз — стажировка.\n", encoding="utf-8")
    out = presspad("check", str(path))
    assert out.returncode == 1, out.stdout + out.stderr
    # The title line and the blank line after it come first in the file.
    assert f"{path}:3:1: error quote-unbalanced" in out.stdout


def test_check_several_files_json(tmp_path, sample_path):
    clean = tmp_path / "clean.md"
    clean.write_text("Title\n\nNothing quoted here at all, only plain words.\n", encoding="utf-8")
    out = presspad("check", str(clean), str(sample_path), "--json")
    assert out.returncode == 0
    files = {f["file"] for f in json.loads(out.stdout)["findings"]}
    assert files == {str(sample_path)}


def test_check_bad_input_exits_2_with_one_line(tmp_path):
    out = presspad("check", str(tmp_path / "missing.presspad"), "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and "no such file" in out.stderr
