"""The find bar: counts in one pane or both, options, invalid patterns, replace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from presspad.gui.editor.find_bar import BOTH_PANES, THIS_PANE
from presspad.gui.editor.selection_layers import layer
from presspad.gui.main_window import MainWindow

EN = "Polytech opened a lab. POLYTECH students and polytechnic staff met at Polytech."
RU = "Политех открыл лабораторию. В ПОЛИТЕХе и Политехе — политехнический день. Политех!"


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.panes["en"].set_content("Title", EN)
    win.panes["ru"].set_content("Заголовок", RU)
    yield win
    if win.review.live is not None:   # the directory opened after the first paint
        qtbot.waitUntil(lambda: not win.review.live.loading, timeout=10000)


def open_bar(window, lang="en", query="", replace=False, scope=THIS_PANE, **options):
    editor = window.panes[lang].editor
    editor.setFocus()
    QApplication.processEvents()
    bar = window.editor_tools.find_bar
    bar.open_bar(replace=replace)
    bar.scope.setCurrentIndex(scope)
    bar.case_box.setChecked(options.get("case", False))
    bar.word_box.setChecked(options.get("words", False))
    bar.regex_box.setChecked(options.get("regex", False))
    bar.query.setText(query)
    bar.search_now(move=True)
    return bar


def test_counts_in_this_pane_and_both(window):
    bar = open_bar(window, "en", "polytech")
    assert bar.match_count() == 4
    assert bar.status.text() == "1 of 4"
    assert len(layer(window.panes["en"].editor, "find")) == 4
    assert len(layer(window.panes["en"].editor, "find-current")) == 1
    assert layer(window.panes["ru"].editor, "find") == []
    bar.query.setText("политех")
    bar.search_now(move=True)
    assert bar.status.text() == "No matches"
    bar.scope.setCurrentIndex(BOTH_PANES)
    assert bar.match_count() == 5
    assert len(layer(window.panes["ru"].editor, "find")) == 5
    assert len(layer(window.panes["ru"].editor, "find-current")) == 1   # moved there


def test_match_case_and_whole_words(window):
    bar = open_bar(window, "en", "Polytech", case=True)
    assert bar.match_count() == 2
    bar.case_box.setChecked(False)
    bar.word_box.setChecked(True)
    assert bar.match_count() == 3          # not "polytechnic"


def test_whole_words_in_cyrillic(window):
    bar = open_bar(window, "ru", "политех", words=True)
    assert bar.match_count() == 2          # not ПОЛИТЕХе, Политехе, политехнический
    bar.word_box.setChecked(False)
    assert bar.match_count() == 5


def test_regex_and_invalid_regex(window):
    bar = open_bar(window, "en", r"\bPoly\w+", regex=True, case=True)
    assert bar.match_count() == 2
    bar.query.setText("(unclosed")
    bar.search_now(move=True)                # must not raise
    assert bar.match_count() == 0
    assert bar.error and bar.error in bar.query.toolTip()
    assert bar.status.text().startswith("Invalid pattern")
    assert "background" in bar.query.styleSheet()
    bar.query.setText("(closed)")
    bar.search_now()
    assert bar.query.styleSheet() == "" and not bar.error


def test_regex_caret_matches_at_each_paragraph(window):
    window.panes["en"].set_content("Title", "lab one\nlab two\n\nlab three")
    bar = open_bar(window, "en", "^lab", regex=True)
    assert bar.match_count() == 3


def test_next_previous_wrap_around(window):
    bar = open_bar(window, "en", "polytech")
    editor = window.panes["en"].editor
    starts = [i for i in range(len(EN)) if EN.lower().startswith("polytech", i)]
    assert editor.textCursor().selectionStart() == starts[0]
    bar.find_next()
    bar.find_next()
    bar.find_next()
    assert editor.textCursor().selectionStart() == starts[3]
    assert bar.status.text() == "4 of 4"
    bar.find_next()
    assert editor.textCursor().selectionStart() == starts[0]
    assert "wrapped" in bar.status.text()
    bar.find_previous()
    assert editor.textCursor().selectionStart() == starts[3]


def test_next_crosses_into_the_other_pane(window):
    bar = open_bar(window, "en", "polytech|политех", regex=True, scope=BOTH_PANES)
    assert bar.match_count() == 9
    for _ in range(4):
        bar.find_next()
    ru = window.panes["ru"].editor
    assert ru.textCursor().selectedText() == "Политех"
    assert bar.status.text() == "5 of 9"
    current = layer(ru, "find-current")
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in current] == [(0, 7)]
    assert layer(window.panes["en"].editor, "find-current") == []


def test_enter_and_shift_enter_in_the_query(window, qtbot):
    bar = open_bar(window, "en", "polytech")
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.status.text() == "2 of 4"
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == "1 of 4"


def test_replace_all_is_one_undo_step(window):
    bar = open_bar(window, "en", "polytech", replace=True, words=True)
    bar.replacement.setText("SPbPU")
    assert bar.replace_all() == 3
    editor = window.panes["en"].editor
    assert editor.toPlainText().count("SPbPU") == 3 and "polytechnic" in editor.toPlainText()
    assert "Replaced 3" in bar.status.text()
    editor.undo()
    assert editor.toPlainText() == EN


def test_replace_all_in_both_panes_reports_the_total(window):
    bar = open_bar(window, "en", "polytech|политех", replace=True, regex=True,
                   words=True, scope=BOTH_PANES)
    bar.replacement.setText("X")
    assert bar.replace_all() == 3 + 2
    assert window.panes["ru"].editor.toPlainText().count("X") == 2
    assert bar.status.text() == "Replaced 5 in both panes (one undo)"
    window.panes["ru"].editor.undo()
    assert window.panes["ru"].editor.toPlainText() == RU
    assert window.panes["en"].editor.toPlainText() == EN   # one step for both panes


def test_edit_undo_after_replace_all_in_both_panes_restores_both(window, qtbot):
    bar = open_bar(window, "en", "polytech|политех", replace=True, regex=True,
                   scope=BOTH_PANES)
    bar.replacement.setText("SPbPU")
    assert bar.replace_all() == 4 + 5
    window.panes["en"].editor.setFocus()
    qtbot.waitUntil(window.panes["en"].editor.hasFocus)
    window.act_undo.trigger()                       # Edit → Undo in the English pane
    assert window.panes["en"].editor.toPlainText() == EN
    assert window.panes["ru"].editor.toPlainText() == RU
    assert bar.replace_all() == 4 + 5
    ru = window.panes["ru"].editor
    ru.setFocus()
    qtbot.waitUntil(ru.hasFocus)
    qtbot.keyClick(ru, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # Ctrl+Z there
    assert window.panes["en"].editor.toPlainText() == EN
    assert ru.toPlainText() == RU


def test_an_edit_after_replace_all_unlinks_the_panes(window, qtbot):
    bar = open_bar(window, "en", "polytech|политех", replace=True, regex=True,
                   scope=BOTH_PANES)
    bar.replacement.setText("SPbPU")
    bar.replace_all()
    en, ru = window.panes["en"].editor, window.panes["ru"].editor
    replaced_en, replaced_ru = en.toPlainText(), ru.toPlainText()
    assert replaced_en != EN and replaced_ru != RU
    en.setFocus()
    qtbot.waitUntil(en.hasFocus)
    en.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(en, " ok")
    window.act_undo.trigger()                       # the typing only
    assert en.toPlainText() == replaced_en and ru.toPlainText() == replaced_ru
    window.act_undo.trigger()                       # then this pane's Replace All only
    assert en.toPlainText() == EN and ru.toPlainText() == replaced_ru


def test_regex_replacement_groups(window):
    bar = open_bar(window, "en", r"(?P<word>lab)\.", replace=True, regex=True)
    bar.replacement.setText(r"\g<word>oratory (\1).")
    assert bar.replace_all() == 1
    assert "laboratory (lab)." in window.panes["en"].editor.toPlainText()
    bar.replacement.setText(r"\9")
    bar.query.setText("(met)")
    bar.search_now()
    assert bar.replace_all() == 0                  # a bad group: said, never raised
    assert "Replacement" in bar.status.text()


def test_replace_current_then_next(window):
    bar = open_bar(window, "en", "Polytech", replace=True, case=True)
    bar.replacement.setText("Poly")
    assert bar.match_count() == 2 and bar.status.text() == "1 of 2"
    assert bar.replace_current()
    assert window.panes["en"].editor.toPlainText().startswith("Poly opened")
    assert bar.match_count() == 1
    assert window.panes["en"].editor.textCursor().selectedText() == "Polytech"


def test_edits_rehighlight_after_a_pause_and_escape_closes(window, qtbot):
    bar = open_bar(window, "en", "polytech")
    editor = window.panes["en"].editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" Polytech again.")
    qtbot.waitUntil(lambda: bar.match_count() == 5, timeout=2000)
    bar.query.setFocus()
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.is_open and bar.isHidden()
    assert layer(editor, "find") == [] and layer(editor, "find-current") == []
    assert editor.hasFocus()


def test_closed_bar_does_no_work_on_edits(window):
    bar = open_bar(window, "en", "polytech")
    bar.close_bar()
    window.panes["en"].editor.insertPlainText("Polytech ")
    assert not bar._timer.isActive()


def test_ctrl_f_and_ctrl_h_open_the_bar(window, qtbot):
    editor = window.panes["ru"].editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)     # "Политех"
    editor.setTextCursor(cursor)
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.editor_tools.find_bar
    assert bar.is_open and not bar.replace_visible()
    assert bar.query.text() == "Политех" and bar.query.hasFocus()
    assert bar.target is editor
    assert bar.status.text() == "1 of 5"
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.is_open and bar.replace_visible()
    qtbot.keyClick(bar.query, Qt.Key.Key_F3)
    assert bar.status.text() == "2 of 5"


def test_edit_menu_has_the_entries(window):
    texts = [a.text() for a in window.edit_menu.actions()]
    for text in ("&Find…", "Find &Next", "Find Pre&vious", "R&eplace…"):
        assert text in texts
    tools = window.editor_tools
    assert "Ctrl+H" in [k.toString() for k in tools.act_replace.shortcuts()]
    assert "F3" in [k.toString() for k in tools.act_find_next.shortcuts()]
