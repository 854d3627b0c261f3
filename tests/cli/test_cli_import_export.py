"""``presspad import`` and ``presspad export`` run as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO.parent / "shared" / "samples"
EN = SAMPLES / "polytech-korea.site.en.txt"
RU = SAMPLES / "polytech-korea.site.ru.txt"
needs_samples = pytest.mark.skipif(not EN.exists() or not RU.exists(),
                                   reason="../shared/samples is not available")

GOOD_PAGE = "\n\nTitle\n\nBody text.\n\nДата публикации: 2021.03.04"


def presspad(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "presspad", *map(str, args)],
                          capture_output=True, timeout=60)


def assert_one_line_error(out: subprocess.CompletedProcess[bytes], *parts: str) -> None:
    stderr = out.stderr.decode("utf-8")
    assert out.returncode == 2, stderr
    assert stderr.strip().count("\n") == 0 and "Traceback" not in stderr
    for part in parts:
        assert part in stderr, stderr


@needs_samples
def test_import_then_export_site_round_trip(tmp_path):
    release = tmp_path / "korea.presspad"
    out = presspad("import", EN, RU, "-o", release)
    assert out.returncode == 0, out.stderr
    assert b"English, Russian" in out.stdout and release.exists()
    folder = tmp_path / "site"
    out = presspad("export", release, "--to", "site", "-o", f"{folder}/")
    assert out.returncode == 0, out.stderr
    assert (folder / "korea.site.en.txt").read_bytes() == EN.read_bytes()
    assert (folder / "korea.site.ru.txt").read_bytes() == RU.read_bytes()
    out = presspad("export", release, "--to", "site", "--lang", "ru")
    assert out.returncode == 0 and out.stdout == RU.read_bytes()


def test_export_formats_to_stdout_and_file(sample_path, tmp_path):
    out = presspad("export", sample_path, "--to", "html")
    page = out.stdout.decode("utf-8")
    assert out.returncode == 0 and page.startswith("<!DOCTYPE html>")
    assert 'lang="en"' in page and 'lang="ru"' in page
    target = tmp_path / "ru.md"
    out = presspad("export", sample_path, "--to", "md", "--lang", "ru", "-o", target)
    assert out.returncode == 0 and out.stdout == b""
    assert target.read_text(encoding="utf-8").startswith("# Политех запускает")


def test_export_two_languages_to_stdout_needs_lang(sample_path, tmp_path):
    target = tmp_path / "x.txt"
    out = presspad("export", sample_path, "--to", "site", "-o", target)
    assert_one_line_error(out, str(sample_path), "--lang en or --lang ru")
    assert not target.exists()


def test_unknown_format(tmp_path):
    source = tmp_path / "release.pdf"
    source.write_bytes(b"%PDF-1.4")
    target = tmp_path / "out.presspad"
    assert_one_line_error(presspad("import", source, "-o", target),
                          str(source), "unknown file type '.pdf'")
    assert not target.exists()


def test_truncated_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("Title")
    document.add_paragraph("Some text of the release.")
    whole = tmp_path / "whole.docx"
    document.save(whole)
    source = tmp_path / "cut.docx"
    source.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    target = tmp_path / "out.presspad"
    assert_one_line_error(presspad("import", source, "-o", target),
                          str(source), "truncated or damaged")
    assert not target.exists()


def test_page_missing_its_title(tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(GOOD_PAGE.replace("Title\n\n", ""), encoding="utf-8")
    target = tmp_path / "out.presspad"
    assert_one_line_error(presspad("import", source, "-o", target),
                          f"{source}:3:", "missing its title")
    assert not target.exists()


def test_date_that_is_not_a_date(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Заголовок\n\nТекст.\n", encoding="utf-8")
    source = tmp_path / "page.txt"
    source.write_text(GOOD_PAGE.replace("2021.03.04", "2021.02.30"), encoding="utf-8")
    target = tmp_path / "out.presspad"
    assert_one_line_error(presspad("import", good, source, "-o", target),
                          f"{source}:7:", "'2021.02.30' is not a date", "YYYY.MM.DD")
    assert not target.exists()


def test_failed_import_leaves_an_existing_release_alone(tmp_path):
    target = tmp_path / "out.presspad"
    target.write_bytes(b"old")
    source = tmp_path / "page.txt"
    source.write_text(GOOD_PAGE.replace("2021.03.04", "soon"), encoding="utf-8")
    assert_one_line_error(presspad("import", source, "-o", target), str(source))
    assert target.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == sorted([source, target])  # no temporary left


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_exports_and_imports_get_the_umask_mode(sample_path, tmp_path, mask, mode):
    def run(*args: str | Path) -> None:
        out = subprocess.run([sys.executable, "-m", "presspad", *map(str, args)],
                             capture_output=True, timeout=60, umask=mask)
        assert out.returncode == 0, out.stderr

    folder = tmp_path / "out"
    run("export", sample_path, "--to", "site", "-o", f"{folder}/")
    run("export", sample_path, "--to", "md", "-o", f"{folder}/")
    run("export", sample_path, "--to", "html", "-o", folder / "sample.html")
    source = tmp_path / "en.md"
    source.write_text("# Title\n\nBody text.\n", encoding="utf-8")
    run("import", source, "-o", folder / "imported.presspad")
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["imported.presspad", "sample.en.md", "sample.html", "sample.ru.md",
                       "sample.site.en.txt", "sample.site.ru.txt"]
    assert {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()} == \
        dict.fromkeys(written, mode)
    assert folder.stat().st_mode & 0o777 == 0o777 & ~mask   # the folder made for them

