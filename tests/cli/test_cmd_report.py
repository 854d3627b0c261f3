"""``presspad report`` run as a real subprocess on the bundled sample."""

from __future__ import annotations

import subprocess
import sys

import html5lib

from presspad.core.checks.registry import default_registry
from presspad.core.checks.review import ignore
from presspad.core.storage import release_file as storage
from tests.core.formats.test_sanitize import assert_harmless


def presspad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args],
                          capture_output=True, text=True, timeout=120)


QUIET = ("--no-directory", "--no-spelling")


def words(page: str) -> str:
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    return " ".join("".join(tree.find("body").itertext()).split())


def test_report_of_the_sample_to_a_file(sample_path, tmp_path):
    target = tmp_path / "report.html"
    out = presspad("report", str(sample_path), *QUIET, "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "" and "report.html" in out.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    text = words(page)
    assert "No open errors" in text and "Paragraph alignment" in text
    assert "¶3–4 As guests of honor" in text and "Ли Ён Чоль" in text
    assert "sample.presspad" in text and "Nothing ignored." in text
    assert_harmless(page, allowed_styles=1, allowed_metas=4)


def test_report_to_standard_output_lists_what_was_ignored(sample_path, tmp_path):
    release = storage.load(sample_path)
    release.ru.body = release.ru.body.replace("на 5 млн долларов", "на 50 млн долларов")
    (finding,) = [f for f in default_registry().run(release) if f.code == "number-mismatch"]
    ignore(release, finding, "the contract says 50", author="Anna")
    path = tmp_path / "reviewed.presspad"
    storage.save(release, path)
    out = presspad("report", str(path), *QUIET)
    assert out.returncode == 0, out.stderr
    text = words(out.stdout)
    assert "Ignored by reviewers" in text and "the contract says 50" in text and "Anna" in text


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    out = presspad("report", str(tmp_path / "missing.presspad"))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and "no such file" in out.stderr
    broken = tmp_path / "broken.presspad"
    broken.write_text("format = 1\n[en\n", encoding="utf-8")
    out = presspad("report", str(broken))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") == 0


def test_unwritable_output_is_one_line_and_exit_2(sample_path, tmp_path):
    out = presspad("report", str(sample_path), *QUIET, "-o", str(tmp_path / "no" / "r.html"))
    assert out.returncode == 2 and "cannot save" in out.stderr
    assert out.stderr.strip().count("\n") == 0


def test_help_has_an_example():
    out = presspad("report", "--help")
    assert out.returncode == 0 and "presspad report release.presspad -o report.html" in out.stdout


def test_a_markdown_draft_is_not_reported_for_its_missing_date(tmp_path):
    import subprocess
    import sys

    draft = tmp_path / "d.en.md"
    draft.write_text("Title\n\nNothing quoted here at all, only plain words.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "presspad", "report", str(draft)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "date-missing" not in out.stdout
    release = tmp_path / "d.presspad"
    subprocess.run([sys.executable, "-m", "presspad", "import", str(draft), "-o", str(release)],
                   capture_output=True, timeout=120, check=True)
    dated = subprocess.run([sys.executable, "-m", "presspad", "report", str(release)],
                           capture_output=True, text=True, timeout=120)
    assert "date-missing" in dated.stdout     # a release has a date field: say it is empty
