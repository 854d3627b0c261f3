"""Files dropped on the editors or the window are opened or imported; text is still pasted."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from presspad.core.model.release import LangVersion, Release
from presspad.core.storage import release_file as storage
from presspad.gui.main_window import MainWindow
from presspad.gui.publish.drops import FileDrops


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.ready, timeout=5000)   # the panes are watched from then on
    return win


def drop(widget, mime: QMimeData) -> QDropEvent:
    """Drag ``mime`` over ``widget`` and drop it there, as a real drag does (Qt delivers
    a drop only to a widget that a drag entered)."""
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, event)
    return event


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    return mime


def text(value: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(value)
    return mime


@pytest.fixture
def asked(monkeypatch):
    """Answer the "which pane?" question with ``asked.answer``; record what was asked."""
    class Asked(list):
        answer: str | None = "ru"

    questions = Asked()

    def ask(self, path, default, found):
        questions.append((path.name, default, found))
        return questions.answer

    monkeypatch.setattr(FileDrops, "ask_pane", ask)
    return questions


def test_a_dropped_release_opens_as_open_does(window, tmp_path, asked, _no_modal_dialogs):
    path = tmp_path / "r.presspad"
    storage.save(Release(en=LangVersion(title="Dropped", body="English text.\n"),
                         ru=LangVersion(title="Брошенный", body="Русский текст.\n")), path)
    window.panes["en"].editor.setPlainText("Unsaved work.")
    mime = files(path)
    event = drop(window.panes["en"].editor.viewport(), mime)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    # Unsaved changes were asked about first (the fixture answers "Discard").
    assert [kind for kind, _ in _no_modal_dialogs] == ["question"]
    assert window.path == path and window.panes["ru"].title() == "Брошенный"
    assert window.panes["en"].body() == "English text.\n" and asked == []
    assert not window.isWindowModified()


def test_a_one_language_file_goes_into_the_chosen_pane(window, tmp_path, asked):
    window.panes["en"].set_content("Kept", "The English text stays.\n")
    path = tmp_path / "draft.md"
    path.write_text("# Политех открывает набор\n\nПодать документы можно до июля.\n",
                    encoding="utf-8")
    drop(window.panes["en"].editor.viewport(), files(path))
    # Asked, with the pane it was dropped on first and the language it reads as said.
    assert asked == [("draft.md", "en", "ru")]
    assert window.panes["ru"].title() == "Политех открывает набор"
    assert window.panes["ru"].body() == "Подать документы можно до июля.\n"
    assert window.panes["en"].body() == "The English text stays.\n"
    assert window.isWindowModified() and window.path is None
    window.panes["ru"].editor.undo()
    assert window.panes["ru"].body() == ""   # the pane's text comes back with Undo


def test_a_file_dropped_outside_the_editors_defaults_to_its_language(window, tmp_path, asked):
    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("Polytech opens admissions")
    document.add_paragraph("Applications are accepted until July.")
    document.save(path)
    asked.answer = "en"
    drop(window, files(path))
    assert asked == [("draft.docx", "en", "en")]
    assert window.panes["en"].title() == "Polytech opens admissions"
    asked.answer = None   # cancelled: nothing changes
    window.panes["ru"].set_content("", "")
    drop(window.panes["ru"].title_edit, files(path))
    assert asked[-1] == ("draft.docx", "ru", "en") and window.panes["ru"].body() == ""


def test_a_file_put_in_the_other_languages_pane_is_read_as_that_language(window, tmp_path,
                                                                         asked):
    figures = tmp_path / "figures.txt"
    figures.write_text("2024 — 15 %\n", encoding="utf-8")   # no words to tell the language by
    drop(window.panes["en"].editor.viewport(), files(figures))
    assert asked == [("figures.txt", "en", None)]
    assert window.panes["ru"].body() == "2024 — 15 %\n" and window.panes["en"].body() == ""
    english = tmp_path / "english.md"
    english.write_text("# Polytech opens admissions\n\nApply by July.\n", encoding="utf-8")
    drop(window.panes["ru"].editor.viewport(), files(english))
    assert asked[-1] == ("english.md", "ru", "en")
    assert window.panes["ru"].title() == "Polytech opens admissions"   # the user said so


def test_dropped_text_is_still_pasted(window):
    editor = window.panes["en"].editor
    drop(editor.viewport(), text("Pasted words"))
    assert editor.text() == "Pasted words"
    drop(editor.viewport(), text("https://example.org/news"))
    assert "https://example.org/news" in editor.text()


def test_an_unsupported_file_is_refused_and_nothing_is_inserted(window, tmp_path, asked,
                                                                _no_modal_dialogs):
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    editor = window.panes["ru"].editor
    editor.setPlainText("Текст.")
    drop(editor.viewport(), files(picture))
    assert editor.text() == "Текст." and asked == []
    assert _no_modal_dialogs[-1][0] == "warning" and "logo.png" in _no_modal_dialogs[-1][1]
    assert "logo.png" in window.statusBar().currentMessage()


def test_a_damaged_word_file_is_a_clear_message(window, tmp_path, asked, _no_modal_dialogs):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    drop(window.panes["en"].editor.viewport(), files(path))
    assert asked == [] and window.panes["en"].body() == ""
    assert _no_modal_dialogs[-1][0] == "warning"
    assert "not a readable Word document" in _no_modal_dialogs[-1][1]


def test_two_files_are_imported_together(window, tmp_path, asked):
    en, ru = tmp_path / "en.md", tmp_path / "ru.md"
    en.write_text("# Polytech opens admissions\n\nApply by July.\n", encoding="utf-8")
    ru.write_text("# Политех открывает набор\n\nДо июля.\n", encoding="utf-8")
    drop(window, files(en, ru))
    assert asked == [] and window.panes["en"].title() == "Polytech opens admissions"
    assert window.panes["ru"].title() == "Политех открывает набор"


def test_the_question_offers_both_panes_with_the_default_first(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def answer(button_text: str | None) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text()
        seen["informative"] = box.informativeText()
        if button_text is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, lambda: answer("Russian"))
    assert window.publish.drops.ask_pane(Path("a.md"), "en", "ru") == "ru"
    assert seen == {"default": "English", "informative": "It reads as Russian."}
    QTimer.singleShot(0, lambda: answer(None))
    assert window.publish.drops.ask_pane(Path("a.md"), "ru", None) is None
    assert seen["default"] == "Russian" and seen["informative"] == ""


def test_a_dropped_site_page_brings_its_header_as_one_undo_step(window, tmp_path, asked,
                                                                  sample_path):
    from presspad.core.formats.exporting import render_with_warnings
    from presspad.core.formats.loading import load_any

    page = tmp_path / "page.txt"
    page.write_text(render_with_warnings(load_any(sample_path), "site", "en")[0],
                    encoding="utf-8")
    asked.answer = "en"
    drop(window.panes["en"].editor.viewport(), files(page))
    header = window.panes["en"].header
    assert len(window.release.en.media) == 3 and header.links.rowCount() == 3
    assert window.release.en.credit == header.credit_edit.text() == (
        "Prepared by the SPbPU International Office")
    assert window.release.date is not None and "links: 3" in header.summary.full_text
    window.header.stack.undo()
    assert window.release.en.media == [] and window.release.date is None
    assert header.links.rowCount() == 0 and header.credit_edit.text() == ""
