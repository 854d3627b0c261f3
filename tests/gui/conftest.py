"""GUI test fixtures: no modal dialog ever blocks a test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """Record message boxes instead of showing them; answer "Discard" to questions."""
    shown: list[tuple[str, str]] = []

    def record(kind, answer):
        def _box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return _box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question",
                        record("question", QMessageBox.StandardButton.Discard))
    return shown


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included, as real key events ("\b" is Backspace).

    ``qtbot.keyClicks`` only knows ASCII (QTest asserts on other characters),
    so each character is sent as a key press/release carrying its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    special = {"\n": Qt.Key.Key_Return, "\b": Qt.Key.Key_Backspace}
    for char in text:
        key = special.get(char, Qt.Key.Key_unknown)
        shown = "" if char == "\b" else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     shown))


@pytest.fixture(autouse=True)
def _clear_clipboard_after_test(qapp):
    """Empty the clipboard after each test: a QMimeData still owned by the
    offscreen clipboard when QApplication is destroyed at exit segfaults the
    interpreter (exit 139 after every test passed)."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def _delete_windows_after_test(qapp):
    """Delete the windows each test made when the test ends, not whenever the garbage
    collector reaches them: a window collected in the middle of a later test (its
    timers, its check runner, its watchers still running) took the interpreter down
    with it now and then (a segfault in GC or in a dead window's timer)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    def pointers() -> set[int]:
        return {Shiboken.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}

    before = pointers()
    yield
    from presspad.gui.main_window import MainWindow

    made = [w for w in QApplication.topLevelWidgets()
            if Shiboken.getCppPointer(w)[0] not in before and w.parent() is None]
    for widget in made:
        if isinstance(widget, MainWindow):
            widget.setWindowModified(False)   # nothing to ask about: the test is over
            widget.close()
            widget.review.shut_down()
        widget.deleteLater()
    if made:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
