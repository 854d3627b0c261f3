"""``presspad export --to docx|pdf`` end to end, as real subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import docx
import pytest

EN_TITLE = "Polytech Launches Research Projects with Korean Industry"
RU_TITLE = "Политех запускает исследовательские проекты с корейской промышленностью"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) not installed")


def presspad(*args, env: dict | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "presspad", *map(str, args)],
                          capture_output=True, timeout=120, env=env)


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_docx_holds_both_languages(sample_path, tmp_path):
    target = tmp_path / "x.docx"
    out = presspad("export", sample_path, "--to", "docx", "-o", target)
    assert out.returncode == 0, out.stderr
    document = docx.Document(str(target))
    text = _text(document)
    assert EN_TITLE in text and RU_TITLE in text
    assert len(document.tables) == 1 and len(document.tables[0].columns) == 2
    # Rows follow the checks' alignment: the English paragraph split in two shares a
    # row with the one Russian paragraph it translates.
    row = next(r for r in document.tables[0].rows if "every year" in r.cells[0].text)
    assert "Russian-Korean center" in row.cells[0].text
    assert "не пожалеет ресурсов" in row.cells[1].text


def test_docx_one_language_into_a_folder(sample_path, tmp_path):
    out = presspad("export", sample_path, "--to", "docx", "--lang", "ru", "-o", f"{tmp_path}/")
    assert out.returncode == 0, out.stderr
    text = _text(docx.Document(str(tmp_path / "sample.ru.docx")))
    assert RU_TITLE in text and EN_TITLE not in text


@needs_pdftotext
def test_pdf_holds_both_titles_and_cyrillic_without_a_display(sample_path, tmp_path):
    target = tmp_path / "x.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    out = presspad("export", sample_path, "--to", "pdf", "-o", target, env=env)
    assert out.returncode == 0, out.stderr
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert EN_TITLE in text and RU_TITLE in text


@needs_pdftotext
def test_pdf_to_stdout_one_language(sample_path):
    out = presspad("export", sample_path, "--to", "pdf", "--lang", "en")
    assert out.returncode == 0 and out.stdout.startswith(b"%PDF"), out.stderr


def test_missing_language_is_one_line(tmp_path):
    source = tmp_path / "only.en.md"
    source.write_text("# Only English\n\nText.\n", encoding="utf-8")
    for fmt in ("docx", "pdf"):
        target = tmp_path / f"x.{fmt}"
        out = presspad("export", source, "--to", fmt, "--lang", "ru", "-o", target)
        stderr = out.stderr.decode("utf-8")
        assert out.returncode == 2 and "no Russian text" in stderr, stderr
        assert stderr.strip().count("\n") == 0 and not target.exists()


def test_lang_both_is_refused_for_one_language_formats(sample_path):
    out = presspad("export", sample_path, "--to", "md", "--lang", "both")
    assert out.returncode == 2 and b"one language per file" in out.stderr


def test_docx_export_loads_no_qt(sample_path, tmp_path):
    # Only --to pdf needs Qt; a Word export stays as lean as every other command.
    target = tmp_path / "lean.docx"
    code = ("import sys; from presspad.cli.main import main; "
            "rc = main(['export', sys.argv[1], '--to', 'docx', '-o', sys.argv[2]]); "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), rc)")
    out = subprocess.run([sys.executable, "-c", code, str(sample_path), str(target)],
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "0"], out.stderr
    assert target.exists()
