"""Reviewer comments in the window: add, list, highlight, follow edits, save, resolve, delete."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from presspad.core.storage import release_file as storage
from presspad.core.storage.settings import load_settings
from presspad.gui.dialogs import comment_dialog
from presspad.gui.main_window import MainWindow

WORDS = "memorandum of cooperation"


@pytest.fixture
def window(qtbot, sample_path, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    win.review.load_directory()
    qtbot.waitUntil(lambda: not win.review.live.loading, timeout=10000)
    win.settings.author_name = "Anna Reviewer"
    typed: list[str] = []
    monkeypatch.setattr(comment_dialog, "ask_comment_text",
                        lambda parent, quote, text="": typed.pop(0) if typed else None)
    win.typed = typed   # what the comment dialog "types" next
    return win


def select(window, lang: str, words: str) -> None:
    editor = window.panes[lang].editor
    start = window.panes[lang].body().index(words)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def add(window, lang: str, words: str, text: str):
    select(window, lang, words)
    window.typed.append(text)
    return window.comments.add()


def test_a_comment_on_a_selection_is_listed_highlighted_and_marks_the_release(window):
    comment = add(window, "en", WORDS, "Is it signed already?")
    assert comment is not None and comment.author == "Anna Reviewer"
    panel = window.comments.panel
    assert panel.shown_ids() == [comment.id]
    row = panel.row_texts(comment.id)
    assert row[0] == "Anna Reviewer" and row[1]   # author and a time
    assert WORDS in row[2] and row[3] == "Is it signed already?" and row[4] == "open"
    start = window.panes["en"].body().index(WORDS)
    assert window.comments.highlighted("en") == [(start, start + len(WORDS))]
    assert window.comments.highlighted("ru") == []
    assert window.isWindowModified()


def test_clicking_a_comment_selects_its_words(window):
    comment = add(window, "en", WORDS, "Check")
    window.panes["en"].editor.moveCursor(QTextCursor.MoveOperation.End)
    window.comments.go_to(comment.id)
    assert window.panes["en"].editor.textCursor().selectedText() == WORDS


def test_edits_before_the_words_keep_the_anchor_in_the_saved_file(qtbot, window, tmp_path):
    add(window, "en", WORDS, "Check")
    editor = window.panes["en"].editor
    cursor = QTextCursor(editor.document())
    cursor.insertText("Embargoed until Monday.\n\n")
    body = window.panes["en"].body()
    # Saved at once, before the live tracking's timer: the save anchors them itself.
    target = tmp_path / "commented.presspad"
    assert window.save_to(target)
    saved = storage.load(target).comments[0]
    assert saved.quote == WORDS and saved.start == body.index(WORDS)
    assert body[saved.start:saved.start + len(WORDS)] == WORDS
    assert saved.prefix.endswith("signed a ") and saved.text == "Check"
    # The highlight followed the words too.
    qtbot.waitUntil(lambda: window.comments.highlighted("en") == [
        (body.index(WORDS), body.index(WORDS) + len(WORDS))], timeout=3000)


def test_duplicate_words_keep_the_one_commented_on(window, tmp_path):
    body = window.panes["ru"].body()
    words = "провинции Кёнгидо"
    assert body.count(words) >= 2, "the sample needs the words twice"
    second = body.index(words, body.index(words) + 1)
    editor = window.panes["ru"].editor
    cursor = editor.textCursor()
    cursor.setPosition(second)
    cursor.setPosition(second + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.typed.append("Проверить")
    window.comments.add(editor)
    QTextCursor(editor.document()).insertText("Новый абзац в начале.\n\n")
    window.save_to(tmp_path / "ru.presspad")
    saved = storage.load(tmp_path / "ru.presspad").comments[0]
    assert saved.start == second + len("Новый абзац в начале.\n\n")


def test_deleting_the_words_detaches_the_comment_but_keeps_it(window, tmp_path):
    comment = add(window, "en", WORDS, "Check")
    editor = window.panes["en"].editor
    editor.set_text_keeping_undo(window.panes["en"].body().replace(WORDS + ".", "deal."))
    window.comments.refresh()
    assert "detached" in window.comments.panel.row_texts(comment.id)[4]
    assert window.comments.highlighted("en") == []
    window.save_to(tmp_path / "detached.presspad")
    assert storage.load(tmp_path / "detached.presspad").comments[0].quote == WORDS
    editor.undo()   # the words are back: so is the anchor
    window.comments.refresh()
    assert window.comments.panel.row_texts(comment.id)[4] == "open"
    assert len(window.comments.highlighted("en")) == 1


def test_resolve_hides_the_comment_unless_resolved_ones_are_shown(window, tmp_path):
    comment = add(window, "en", WORDS, "Check")
    window.save_to(tmp_path / "r.presspad")
    panel = window.comments.panel
    panel.select(comment.id)
    panel.resolve_button.click()
    assert window.isWindowModified()
    assert panel.shown_ids() == [] and window.comments.highlighted("en") == []
    panel.show_resolved.setChecked(True)
    assert panel.shown_ids() == [comment.id]
    assert panel.row_texts(comment.id)[4] == "resolved"
    assert len(window.comments.highlighted("en")) == 1
    panel.select(comment.id)
    assert panel.resolve_button.text() == "Reopen"
    window.save_to(tmp_path / "r.presspad")
    assert storage.load(tmp_path / "r.presspad").comments[0].resolved
    panel.resolve_button.click()
    assert not window.release.comments[0].resolved


def test_edit_and_delete(window, monkeypatch, tmp_path):
    comment = add(window, "en", WORDS, "Check")
    other = add(window, "ru", "провинции Кёнгидо", "Падеж?")
    panel = window.comments.panel
    window.typed.append("Check the date")
    window.comments.edit(comment.id)
    assert panel.row_texts(comment.id)[3] == "Check the date"
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    panel.select(comment.id)
    panel.delete_button.click()          # answered No: kept
    assert panel.shown_ids() == [comment.id, other.id]
    panel.delete_button.click()
    assert panel.shown_ids() == [other.id]
    assert window.comments.highlighted("en") == []
    window.save_to(tmp_path / "d.presspad")
    assert [c.text for c in storage.load(tmp_path / "d.presspad").comments] == ["Падеж?"]


def test_without_a_selection_nothing_is_added_and_it_says_why(window):
    window.panes["en"].editor.moveCursor(QTextCursor.MoveOperation.End)
    window.panes["ru"].editor.moveCursor(QTextCursor.MoveOperation.End)
    window.typed.append("never asked")
    assert window.comments.add() is None
    assert "Select the text" in window.statusBar().currentMessage()
    assert window.release.comments == [] and not window.isWindowModified()


def test_the_editors_context_menu_offers_it_only_for_a_selection(window):
    editor = window.panes["en"].editor
    editor.moveCursor(QTextCursor.MoveOperation.End)

    menus = []   # kept alive: the actions belong to them

    def entry():
        menu = QMenu()
        menus.append(menu)
        for extend in editor.menu_extenders:
            extend(menu)
        return next(a for a in menu.actions() if a.text() == "Add &Comment…")

    assert not entry().isEnabled()
    select(window, "en", WORDS)
    action = entry()
    assert action.isEnabled()
    window.typed.append("From the menu")
    action.trigger()
    assert [c.text for c in window.release.comments] == ["From the menu"]


def test_the_menu_action_has_its_shortcut(window):
    assert window.comments.act_add in window.review_menu.actions()
    assert window.comments.act_add.shortcut().toString() == "Ctrl+Alt+M"


def test_an_empty_name_is_asked_once_and_kept_in_the_settings(window, monkeypatch):
    window.settings.author_name = ""
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(1), (" Борис ", True))[1])
    assert add(window, "en", WORDS, "Check").author == "Борис"
    assert add(window, "en", "Republic of Korea", "Again").author == "Борис"
    assert len(asked) == 1
    assert load_settings().author_name == "Борис"


def test_cancelling_the_name_adds_nothing(window, monkeypatch):
    window.settings.author_name = ""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert add(window, "en", WORDS, "Check") is None
    assert window.release.comments == []


def test_a_saved_comment_is_shown_when_the_release_opens_and_another_release_clears_it(
        qtbot, window, tmp_path, sample_path):
    comment = add(window, "en", WORDS, "Check")
    path = tmp_path / "c.presspad"
    window.save_to(path)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: window.comments.panel.shown_ids() == [], timeout=3000)
    assert window.comments.highlighted("en") == []
    window.open_path(path)
    qtbot.waitUntil(lambda: window.comments.panel.shown_ids() == [comment.id], timeout=3000)
    assert len(window.comments.highlighted("en")) == 1


def test_typing_inside_the_words_moves_the_highlight_with_them(qtbot, window):
    from tests.gui.conftest import type_text

    comment = add(window, "en", WORDS, "Check")
    editor = window.panes["en"].editor
    cursor = editor.textCursor()
    cursor.setPosition(window.panes["en"].body().index(WORDS) + len("memorandum of "))
    editor.setTextCursor(cursor)
    type_text(editor, "close ")
    edited = "memorandum of close cooperation"
    start = window.panes["en"].body().index(edited)
    with qtbot.waitSignal(window.comments.changed, timeout=3000):
        pass
    assert window.comments.highlighted("en") == [(start, start + len(edited))]
    assert window.release.comments[0].quote == edited
    assert window.comments.panel.row_texts(comment.id)[4] == "open"


def test_the_highlight_is_combined_with_the_quote_tint(qtbot, window):
    from presspad.gui.editor.quote_tint import _QUOTE_MARK

    editor = window.panes["en"].editor

    def quote_tints() -> int:
        return sum(1 for s in editor.extraSelections()
                   if s.format.property(_QUOTE_MARK) is not None)

    window.review.runner.run_now()
    qtbot.waitUntil(lambda: quote_tints() > 0, timeout=15000)
    before = quote_tints()
    add(window, "en", "Korea is one of the priority regions", "Source?")
    assert quote_tints() == before and len(window.comments.highlighted("en")) == 1
    with qtbot.waitSignal(window.review.runner.results_ready, timeout=15000):
        window.review.runner.run_now()
    assert quote_tints() == before and len(window.comments.highlighted("en")) == 1
    # Drawn last, over the quote's tint.
    assert editor.extraSelections()[-1].format.property(_QUOTE_MARK) is None


def test_find_matches_stay_above_the_comment_tint_after_a_check_run(qtbot, window):
    from presspad.gui.editor import find_bar as find
    from presspad.gui.editor.selection_layers import layer_of
    from presspad.gui.review.comments_controller import TINT

    add(window, "en", WORDS, "Signed?")
    editor = window.panes["en"].editor
    editor.setFocus()
    bar = window.editor_tools.find_bar
    bar.open_bar(focus=False)
    bar.query.setText("cooperation")      # inside the commented words
    bar.search_now(move=True)
    with qtbot.waitSignal(window.review.runner.results_ready, timeout=15000):
        window.review.runner.run_now()
    qtbot.wait(50)
    start = editor.textCursor().selectionStart()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    editor.setTextCursor(cursor)   # no selection: it would paint over the match
    cursor.setPosition(start + 3)  # inside the current match
    rect = editor.cursorRect(cursor)
    image = editor.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    colours = {image.pixelColor(int(rect.x() * ratio) + dx, int(y * ratio)).name()
               for dx in range(1, 4) for y in range(rect.top() + 1, rect.bottom())}
    assert find.CURRENT_COLOR.name() in colours
    assert TINT.name() not in colours
    order = [layer_of(s) for s in editor.extraSelections()]
    assert "comment" in order and "find-current" in order
    assert order.index("find-current") > max(i for i, n in enumerate(order) if n == "comment")
    assert order.index("find") > max(i for i, n in enumerate(order) if n == "comment")
