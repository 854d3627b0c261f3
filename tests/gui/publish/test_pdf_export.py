"""The PDF writer: A4, the text of both languages, Cyrillic as real text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LangVersion, Release
from presspad.gui.publish.pdf_export import cyrillic_font, pdf_bytes, write_pdf

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_font_has_cyrillic(qapp):
    from PySide6.QtGui import QFontDatabase

    family = cyrillic_font().family()
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)


@needs_pdftotext
def test_both_languages_side_by_side(qapp, sample_path, tmp_path):
    release = load_any(sample_path, None)
    target = write_pdf(release, None, tmp_path / "both.pdf")
    text = " ".join(pdf_text(target).split())
    assert "Polytech Launches Research Projects with Korean Industry" in text
    assert "Политех запускает исследовательские проекты с корейской промышленностью" in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "(A4)" in info


@needs_pdftotext
def test_one_language(qapp, sample_path, tmp_path):
    release = load_any(sample_path, None)
    text = pdf_text(write_pdf(release, "ru", tmp_path / "ru.pdf"))
    assert "Политех" in text and "Polytech Launches" not in text


def test_missing_language_is_a_clear_error(qapp):
    release = Release(en=LangVersion(title="Only English", body="Text."))
    with pytest.raises(PresspadError, match="no Russian text"):
        pdf_bytes(release, "ru")
    assert pdf_bytes(release, None).startswith(b"%PDF")


def test_a_picture_without_a_source_raises_no_qt_file_warning(qapp, qtlog):
    from presspad.core.model.release import ImageRef

    # The sanitiser drops a javascript: source and leaves an <img> without src.
    release = Release(en=LangVersion(
        title="Pictures", body="Here ![the logo](javascript:alert(1)) and <img src=\"\">.",
        images=[ImageRef("javascript:alert(1)", "Campus", "Our campus"),
                ImageRef("file:", "Nothing")]))
    assert pdf_bytes(release, "en").startswith(b"%PDF")
    assert not [record.message for record in qtlog.records if "QFSFileEngine" in record.message]
