"""PartnerCompleter on a plain QPlainTextEdit: type, pick, see the name inserted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from presspad.core.directory.snapshot import DirectorySnapshot, starter_entries
from presspad.gui.editor.completer import INSERT_ROLE, PartnerCompleter


@pytest.fixture(scope="module")
def snapshot():
    return DirectorySnapshot(starter_entries())


@pytest.fixture
def make_editor(qtbot, snapshot):
    def make(lang: str):
        editor = QPlainTextEdit()
        editor.lang = lang
        qtbot.addWidget(editor)
        editor.show()
        completer = PartnerCompleter(editor, snapshot)
        return editor, completer
    return make


def type_text(editor, text: str) -> None:
    """Type any text, Cyrillic included (QTest's keyClicks knows only ASCII keys)."""
    for char in text:
        key = ord(char.upper()) if char != " " else int(Qt.Key.Key_Space)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def rows(completer) -> list[str]:
    popup = completer.popup
    return [popup.item(i).data(INSERT_ROLE) for i in range(popup.count())]


def test_type_khi_pick_and_the_canonical_name_is_inserted(qtbot, make_editor):
    editor, completer = make_editor("en")
    with qtbot.waitSignal(completer.inserted) as inserted:
        qtbot.keyClicks(editor, "said Khi")
        assert completer.popup.isVisible()
        assert rows(completer)[0] == "Vladimir Khizhnyak"
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert inserted.args == ["Vladimir Khizhnyak"]
    assert editor.toPlainText() == "said Vladimir Khizhnyak"
    assert not completer.popup.isVisible()
    assert editor.textCursor().position() == len("said Vladimir Khizhnyak")


def test_one_letter_shows_nothing_until_ctrl_space(qtbot, make_editor):
    editor, completer = make_editor("en")
    qtbot.keyClicks(editor, "K")
    assert not completer.popup.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert completer.popup.isVisible() and "KOSDAQ" in rows(completer)
    assert editor.toPlainText() == "K"   # Ctrl+Space typed no space


def test_escape_closes_and_typing_on_updates(qtbot, make_editor):
    editor, completer = make_editor("en")
    qtbot.keyClicks(editor, "Gy")
    assert len(rows(completer)) == 3
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not completer.popup.isVisible() and editor.toPlainText() == "Gy"
    qtbot.keyClicks(editor, "eonggi-R")
    assert completer.popup.isVisible()
    assert rows(completer) == ["Gyeonggi-Russia Technology Cooperation Center"]
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "Gyeonggi-Russia Technology Cooperation Center"


def test_russian_offers_case_forms(qtbot, make_editor):
    editor, completer = make_editor("ru")
    type_text(editor, "благодаря Хиж")
    assert rows(completer) == ["Владимир Хижняк", "Владимира Хижняка", "Владимиру Хижняку",
                               "Владимиром Хижняком", "Владимире Хижняке"]
    assert completer.popup.item(4).text().strip() == "о Владимире Хижняке"
    assert completer.popup.currentRow() == 2   # «благодаря» asks for the dative
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "благодаря Владимиру Хижняку"


def test_words_already_typed_are_not_doubled(qtbot, make_editor):
    editor, completer = make_editor("ru")
    type_text(editor, "с администрацией провинции Кён")
    assert rows(completer)[:2] == ["администрация провинции Кёнгидо",
                                   "администрации провинции Кёнгидо"]
    completer.insert("администрацией провинции Кёнгидо")
    assert editor.toPlainText() == "с администрацией провинции Кёнгидо"


def test_works_on_a_live_directory_and_sees_new_partners(qtbot, tmp_path):
    from presspad.core.directory.model import ORG, Entry
    from presspad.core.directory.snapshot import open_default_directory

    with open_default_directory(tmp_path / "d.sqlite") as directory:
        editor = QPlainTextEdit()
        editor.lang = "en"
        qtbot.addWidget(editor)
        completer = PartnerCompleter(editor, directory)
        completer.prepare()
        directory.add(Entry(kind=ORG, en="Zylotech Labs"))
        qtbot.keyClicks(editor, "Zy")
        assert rows(completer) == ["Zylotech Labs"]


def test_text_set_by_the_program_opens_no_popup(qtbot, make_editor):
    editor, completer = make_editor("en")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)   # at the start: changes no text
    editor.insertPlainText("Khi")
    assert not completer.popup.isVisible()


def test_input_method_commits_are_typing(qtbot, make_editor):
    from PySide6.QtGui import QInputMethodEvent

    editor, completer = make_editor("ru")
    for char in "Хиж":
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(editor, event)
    assert editor.toPlainText() == "Хиж" and completer.popup.isVisible()


def test_language_follows_the_editor_and_no_directory_is_harmless(qtbot, make_editor):
    editor, completer = make_editor("ru")
    qtbot.keyClicks(editor, "Khi")
    assert not completer.popup.isVisible()
    completer.set_directory(None)
    editor.lang = "en"
    qtbot.keyClicks(editor, "z")
    assert not completer.popup.isVisible()


def test_the_case_the_preposition_asks_for_is_preselected(qtbot, make_editor):
    editor, completer = make_editor("ru")
    type_text(editor, "Встреча с Хиж")
    popup = completer.popup
    assert popup.currentItem().data(INSERT_ROLE) == "Владимиром Хижняком"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Встреча с Владимиром Хижняком"


def test_without_a_preposition_the_base_form_stays_first(qtbot, make_editor):
    editor, completer = make_editor("ru")
    type_text(editor, "Сказал Хиж")
    assert completer.popup.currentRow() == 0
    assert completer.popup.currentItem().data(INSERT_ROLE) == "Владимир Хижняк"


def test_the_popup_is_wide_enough_for_its_longest_row(qtbot, make_editor):
    editor, completer = make_editor("ru")
    type_text(editor, "благодаря Хиж")
    popup = completer.popup
    assert popup.isVisible() and popup.count() > 1
    longest = max(popup.fontMetrics().horizontalAdvance(popup.item(r).text())
                  for r in range(popup.count()))
    assert popup.viewport().width() >= longest
    assert popup.currentItem().toolTip().startswith("дательный")
    screen = editor.screen().availableGeometry()
    type_text(editor, " и Пол")   # the university's long names: as wide as the screen allows
    assert popup.isVisible() and popup.width() <= screen.width()
    assert popup.x() + popup.width() <= screen.right() + 1


def test_a_form_shared_by_two_cases_stands_for_both(qtbot, make_editor):
    from presspad.gui.editor.completer import CASE_ROLE

    editor, completer = make_editor("ru")
    type_text(editor, "Рассказали про Хиж")   # «про» asks for the accusative = the genitive
    popup = completer.popup
    assert rows(completer).count("Владимира Хижняка") == 1
    item = popup.currentItem()
    assert item.data(INSERT_ROLE) == "Владимира Хижняка"
    assert tuple(item.data(CASE_ROLE)) == ("gent", "accs")
    assert item.toolTip().startswith("родительный") and "винительный" in item.toolTip()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Рассказали про Владимира Хижняка"
