"""File → Export To → Word Document… / PDF… and File → Print… in the main window."""

from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from presspad.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    return win


def _answer(monkeypatch, window, choice_index: int, target) -> list:
    asked: list = []

    def get_item(parent, title, label, items, current=0, editable=True):
        asked.append(items)
        return items[choice_index], True

    def get_save(parent, caption, start, filters):
        asked.append(start)
        return str(target), filters
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return asked


def _cells_text(document) -> str:
    return "\n".join(cell.text for table in document.tables for row in table.rows
                     for cell in row.cells)


def test_menu_holds_word_pdf_and_print(window):
    exports = window.documents
    assert exports.menu.menuAction() in window.file_menu.actions()
    assert exports.act_print in window.file_menu.actions()
    assert exports.act_print.shortcut().toString() == "Ctrl+P"
    assert [a.text() for a in exports.menu.actions()] == ["&Word Document…", "&PDF…"]


def _row_of(document, text: str):
    return next(r for r in document.tables[0].rows if text in r.cells[0].text)


def test_word_both_languages_side_by_side(qtbot, window, monkeypatch, tmp_path):
    qtbot.waitUntil(lambda: window.review.last_result is not None, timeout=15000)
    target = tmp_path / "korea.docx"
    asked = _answer(monkeypatch, window, 0, target)
    window.documents.act_docx.trigger()
    document = docx.Document(io.BytesIO(target.read_bytes()))
    text = _cells_text(document)
    assert "Polytech Launches" in text and "Политех запускает" in text
    assert asked[1].endswith("sample.docx")
    # The English paragraph split in two (sample, ¶3–4) shares a row with its one
    # Russian paragraph: the rows follow the alignment, not the order.
    row = _row_of(document, "every year")
    assert "Russian-Korean center" in row.cells[0].text
    assert "не пожалеет ресурсов" in row.cells[1].text


def test_word_before_the_check_pairs_by_order(window, monkeypatch, tmp_path):
    # No check result for this text (yet): nothing is aligned in the GUI.
    window.review.last_result = None
    target = tmp_path / "korea.docx"
    _answer(monkeypatch, window, 0, target)
    window.documents.act_docx.trigger()
    row = _row_of(docx.Document(str(target)), "every year")
    assert "Политехнический университет стал первым" in row.cells[1].text


def test_word_english_only(window, monkeypatch, tmp_path):
    target = tmp_path / "korea-en"
    _answer(monkeypatch, window, 1, target)
    window.documents.act_docx.trigger()
    document = docx.Document(str(tmp_path / "korea-en.docx"))
    assert not document.tables
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Polytech Launches" in text and "Политех" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_russian(window, monkeypatch, tmp_path):
    target = tmp_path / "korea.pdf"
    _answer(monkeypatch, window, 2, target)
    window.documents.act_pdf.trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Политех" in text and "Polytech Launches" not in text


def test_export_failure_is_a_message_and_writes_nothing(window, monkeypatch, tmp_path,
                                                        _no_modal_dialogs):
    window.panes["ru"].set_content("", "")
    target = tmp_path / "empty.docx"
    _answer(monkeypatch, window, 2, target)
    window.documents.act_docx.trigger()
    assert not target.exists()
    assert _no_modal_dialogs[-1][0] == "warning" and "Russian" in _no_modal_dialogs[-1][1]


def test_cancelled_language_choice_asks_nothing_more(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("", False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: pytest.fail("asked where to save"))
    window.documents.act_pdf.trigger()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_goes_to_the_chosen_printer(window, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"
    _answer(monkeypatch, window, 0, target)

    class FakeDialog:
        def __init__(self, printer, parent):
            # What a user picking "Print to File (PDF)" sets up.
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self):
            return QDialog.DialogCode.Accepted
    import PySide6.QtPrintSupport

    monkeypatch.setattr(PySide6.QtPrintSupport, "QPrintDialog", FakeDialog)
    assert window.documents.print_dialog()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Polytech" in text and "Политех" in text
