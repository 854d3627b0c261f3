"""The main window: open the sample, type in both panes, save, reopen, compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from presspad.core.storage import release_file as storage
from presspad.core.storage.settings import load_settings
from presspad.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_sample_opens_in_both_panes(qtbot, sample_path):
    window = make_window(qtbot)
    assert window.open_path(sample_path)
    assert window.panes["en"].title().startswith("Polytech Launches")
    assert "Владимир Хижняк" in window.panes["ru"].body()
    assert not window.isWindowModified()
    window.update_counts()
    assert "465 words" in window.count_labels["en"].text()


def test_type_save_reopen(qtbot, sample_path, tmp_path):
    window = make_window(qtbot)
    window.open_path(sample_path)
    for lang, typed in (("en", "Added line."), ("ru", "Новая строка «цитата».")):
        editor = window.panes[lang].editor
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        type_text(editor, typed)
    window.panes["ru"].title_edit.end(False)   # a loaded title shows its start
    qtbot.keyClicks(window.panes["ru"].title_edit, "!")
    assert window.isWindowModified()

    target = tmp_path / "edited.presspad"
    assert window.save_to(target)
    assert not window.isWindowModified()
    assert str(target.resolve()) == load_settings().recent_files[0]

    reopened = make_window(qtbot)
    assert reopened.open_path(target)
    assert reopened.panes["en"].body().endswith("Added line.")
    assert reopened.panes["ru"].body().endswith("Новая строка «цитата».")
    assert reopened.panes["ru"].title().endswith("промышленностью!")
    saved = storage.load(target)
    original = storage.load(sample_path)
    assert saved.date == original.date and saved.en.media == original.en.media


def test_undo_is_per_pane(qtbot):
    window = make_window(qtbot)
    qtbot.keyClicks(window.panes["en"].editor, "english")
    type_text(window.panes["ru"].editor, "русский")
    window.panes["en"].editor.setFocus()
    window.panes["en"].editor.undo()
    assert window.panes["en"].body() == ""
    assert window.panes["ru"].body() == "русский"


def test_unsaved_changes_prompt_before_new(qtbot, _no_modal_dialogs):
    window = make_window(qtbot)
    qtbot.keyClicks(window.panes["en"].editor, "draft")
    window.new_release()  # the stub answers "Discard"
    assert _no_modal_dialogs[-1][0] == "question"
    assert window.panes["en"].body() == ""


def test_cancel_keeps_the_text(qtbot, monkeypatch):
    window = make_window(qtbot)
    qtbot.keyClicks(window.panes["en"].editor, "draft")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.new_release()
    assert window.panes["en"].body() == "draft"


def test_broken_file_keeps_open_release(qtbot, sample_path, tmp_path, _no_modal_dialogs):
    window = make_window(qtbot)
    window.open_path(sample_path)
    bad = tmp_path / "bad.presspad"
    bad.write_text("format = 99\n", encoding="utf-8")
    assert not window.open_path(bad)
    assert "newer presspad" in _no_modal_dialogs[-1][1]
    assert window.panes["en"].title().startswith("Polytech")


def test_failed_save_keeps_text_and_modified_state(qtbot, tmp_path, _no_modal_dialogs):
    window = make_window(qtbot)
    qtbot.keyClicks(window.panes["en"].editor, "precious")
    target = tmp_path / "ro.presspad"
    storage.save(window.current_release(), target)
    target.chmod(0o444)
    assert not window.save_to(target)
    assert _no_modal_dialogs[-1][0] == "critical"
    assert window.isWindowModified() and window.panes["en"].body() == "precious"


def test_geometry_is_remembered(qtbot):
    window = make_window(qtbot)
    window.resize(700, 500)
    window.close()
    again = make_window(qtbot)
    assert (again.width(), again.height()) == (700, 500)


def test_shortcuts():
    window = MainWindow()
    assert window.act_save.shortcut().toString() == "Ctrl+S"
    assert window.act_open.shortcut().toString() == "Ctrl+O"
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    window.deleteLater()
    assert Qt.ShortcutContext.WidgetShortcut == window.act_undo.shortcutContext()


def test_a_missing_presspad_opens_a_new_release_saved_there(qtbot, tmp_path):
    window = make_window(qtbot)
    target = tmp_path / "new.presspad"
    assert window.open_path(target)
    assert window.path == target and not target.exists()
    type_text(window.panes["en"].editor, "A first line.")
    assert window.save()
    assert storage.load(target).en.body.startswith("A first line.")


def test_a_missing_file_of_another_type_is_still_an_error(qtbot, tmp_path):
    window = make_window(qtbot)
    errors: list[str] = []
    assert not window.open_path(tmp_path / "missing.md", on_error=errors.append)
    assert errors and "no such file" in errors[0]


def test_opening_a_release_records_it_among_the_recent_ones(qtbot, tmp_path):
    """The write of the settings is left until the window is up; it still happens."""
    from presspad.core.model.release import Release

    path = tmp_path / "opened.presspad"
    storage.save(Release(), path)
    window = make_window(qtbot)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: load_settings().recent_files[:1] == [str(path.resolve())],
                    timeout=3000)
