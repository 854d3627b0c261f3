"""Zoom In/Out/Reset: both panes together, remembered in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from presspad.core.storage.settings import Settings, load_settings, save_settings
from presspad.gui.editor.zoom import ZOOM_MAX, ZOOM_MIN
from presspad.gui.main_window import MainWindow


def make_window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def sizes(win) -> list[float]:
    return [pane.editor.font().pointSizeF() for pane in win.panes.values()]


@pytest.fixture
def font_settings():
    settings = Settings(editor_font="DejaVu Sans,12,-1,5,400,0,0,0,0,0,0,0,0,0,0,1")
    save_settings(settings)
    return settings


def test_zoom_in_out_reset_both_panes_and_persisted(qtbot, font_settings):
    win = make_window(qtbot)
    zoom = win.editor_tools.zoom
    assert sizes(win) == [12.0, 12.0]
    zoom.act_in.trigger()
    zoom.act_in.trigger()
    assert sizes(win) == [14.0, 14.0]
    assert load_settings().editor_zoom == 2
    zoom.act_out.trigger()
    assert sizes(win) == [13.0, 13.0] and load_settings().editor_zoom == 1

    again = make_window(qtbot)              # a new window starts zoomed
    assert sizes(again) == [13.0, 13.0]
    again.editor_tools.zoom.act_reset.trigger()
    assert sizes(again) == [12.0, 12.0] and load_settings().editor_zoom == 0


def test_zoom_is_clamped(qtbot, font_settings):
    win = make_window(qtbot)
    zoom = win.editor_tools.zoom
    zoom.set_zoom(1000)
    assert load_settings().editor_zoom == ZOOM_MAX and not zoom.act_in.isEnabled()
    zoom.set_zoom(-1000)
    assert load_settings().editor_zoom == ZOOM_MIN and not zoom.act_out.isEnabled()
    assert min(sizes(win)) >= 4


def test_font_setting_stays_the_base(qtbot, font_settings):
    win = make_window(qtbot)
    win.editor_tools.zoom.set_zoom(3)
    new = load_settings()
    new.editor_font = "DejaVu Sans,20,-1,5,400,0,0,0,0,0,0,0,0,0,0,1"
    win.apply_settings(new)
    assert sizes(win) == [23.0, 23.0]


def test_keyboard_shortcuts(qtbot, font_settings):
    win = make_window(qtbot)
    win.show()
    qtbot.waitExposed(win)
    editor = win.panes["en"].editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert sizes(win) == [13.0, 13.0]
    qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert sizes(win) == [11.0, 11.0]
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert sizes(win) == [12.0, 12.0]
    if win.review.live is not None:
        qtbot.waitUntil(lambda: not win.review.live.loading, timeout=10000)


def test_ctrl_wheel_zooms_both_panes(qtbot, font_settings):
    win = make_window(qtbot)
    editor = win.panes["ru"].editor
    event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(editor.viewport(), event)
    assert sizes(win) == [13.0, 13.0] and load_settings().editor_zoom == 1
