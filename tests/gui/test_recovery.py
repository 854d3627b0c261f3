"""Autosave, crash recovery (a real process killed with SIGKILL) and disk changes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from PySide6.QtWidgets import QMessageBox

from presspad.core.storage import release_file as storage
from presspad.core.storage.recovery import pending_recoveries
from presspad.gui.autosave import offer_recovery
from presspad.gui.main_window import MainWindow
from tests.gui.conftest import type_text

# A real presspad window in its own process: it opens the sample, types, and
# says when the autosave has been written; the test then kills it with -9.
EDITING_PROCESS = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from presspad.core.storage import paths
    paths.override_roots(config=sys.argv[1], data=sys.argv[2])
    from presspad.core.storage.settings import Settings
    from presspad.gui.main_window import MainWindow
    from tests.gui.conftest import type_text
    app = QApplication([])
    window = MainWindow(Settings(autosave_seconds=1))
    window.open_path(sys.argv[3])
    window.show()
    type_text(window.panes["ru"].editor, "Несохранённый абзац.")
    deadline = time.monotonic() + 20
    while not list(paths.recovery_dir().glob("*.presspad")) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    print("autosaved", flush=True)
    type_text(window.panes["en"].editor, "typed after the autosave")
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_recovery_after_kill_9(qtbot, tmp_path, sample_path, _isolated_paths, monkeypatch):
    from presspad.core.storage import paths

    config, data = paths.config_dir(), paths.data_dir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(sample_path.parents[1]), *sys.path]))
    proc = subprocess.Popen([sys.executable, "-c", EDITING_PROCESS, str(config), str(data),
                             str(sample_path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "autosaved"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

    recoveries = pending_recoveries()
    assert len(recoveries) == 1 and recoveries[0].original == sample_path
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(window)
    assert window.panes["ru"].body().startswith("Несохранённый абзац.")
    assert window.isWindowModified()
    assert pending_recoveries() == []


def test_autosave_written_and_cleared_on_save(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.autosaver.set_interval(1)
    type_text(window.panes["en"].editor, "draft")
    qtbot.waitUntil(lambda: window.autosaver.slot.path.exists(), timeout=3000)
    assert storage.load(window.autosaver.slot.path).en.body == "draft"
    window.save_to(tmp_path / "saved.presspad")
    assert not window.autosaver.slot.path.exists()


def test_live_process_autosave_is_not_offered(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    type_text(window.panes["en"].editor, "draft")
    window.autosaver.autosave_now(wait=True)
    assert pending_recoveries() == []  # it belongs to this running process


def _changed_by_another_program(path, body: str) -> None:
    other = storage.load(path)
    other.en.body = body
    time.sleep(0.01)
    storage.save(other, path)  # another program, replacing the file by rename


def test_file_changed_on_disk_with_nothing_unsaved_is_reloaded_without_asking(
        qtbot, tmp_path, monkeypatch):
    from presspad.gui.dialogs.disk_changed_dialog import DiskChange

    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    type_text(window.panes["en"].editor, "mine")
    window.save_to(path)
    asked = []
    monkeypatch.setattr(DiskChange, "ask_what_to_do", lambda self, p: asked.append(p))
    _changed_by_another_program(path, "theirs")
    qtbot.waitUntil(lambda: window.panes["en"].body() == "theirs", timeout=5000)
    assert asked == [] and not window.isWindowModified()
    assert "has been reloaded" in window.statusBar().currentMessage()


def test_unsaved_changes_ask_and_reload_replaces_them(qtbot, tmp_path, monkeypatch):
    from presspad.gui.dialogs.disk_changed_dialog import RELOAD, DiskChange

    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    window.save_to(path)
    type_text(window.panes["en"].editor, "unsaved")
    asked = []
    monkeypatch.setattr(DiskChange, "ask_what_to_do",
                        lambda self, p: asked.append(p) or RELOAD)
    _changed_by_another_program(path, "theirs")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert window.panes["en"].body() == "theirs" and not window.isWindowModified()


def test_keep_mine_marks_unsaved(qtbot, tmp_path, monkeypatch):
    from presspad.gui.dialogs.disk_changed_dialog import KEEP, DiskChange

    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    window.save_to(path)
    type_text(window.panes["en"].editor, "mine")
    monkeypatch.setattr(DiskChange, "ask_what_to_do", lambda self, p: KEEP)
    with qtbot.waitSignal(window.disk_watcher.changed_on_disk, timeout=5000):
        _changed_by_another_program(path, "theirs")
    assert window.panes["en"].body() == "mine" and window.isWindowModified()


def test_the_question_says_what_each_choice_does_and_compare_shows_the_difference(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from presspad.gui.dialogs import disk_changed_dialog as module

    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    window.save_to(path)
    type_text(window.panes["en"].editor, "mine")
    _changed_by_another_program(path, "theirs")
    seen, compared = {}, []

    def fake_box_exec(box):
        seen["text"] = box.text() + " " + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        wanted = "Compare…" if not compared else "Keep Mine"
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == wanted)
        return 0

    def fake_dialog_exec(dialog):
        compared.append(dialog.view.toPlainText())
        dialog.choice = None   # closed with Cancel: asked again
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QMessageBox, "exec", fake_box_exec)
    monkeypatch.setattr(module.CompareDialog, "exec", fake_dialog_exec)
    assert module.DiskChange(window).handle(path) == module.KEEP
    assert "unsaved changes" in seen["text"] and "are lost" in seen["text"]
    assert sorted(seen["buttons"]) == ["Compare…", "Keep Mine", "Reload"]
    assert "-theirs" in compared[0] and "+mine" in compared[0]
    assert window.panes["en"].body() == "mine"


def test_a_broken_file_on_disk_keeps_the_text_here(qtbot, tmp_path):
    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    type_text(window.panes["en"].editor, "mine")
    window.save_to(path)
    with qtbot.waitSignal(window.disk_watcher.changed_on_disk, timeout=5000):
        path.write_text("format = [broken", encoding="utf-8")
    assert window.panes["en"].body() == "mine" and window.isWindowModified()


def test_own_save_does_not_trigger_prompt(qtbot, tmp_path):
    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    window.save_to(path)
    hits = []
    window.disk_watcher.changed_on_disk.connect(hits.append)
    type_text(window.panes["en"].editor, "more")
    window.save_to(path)
    qtbot.wait(500)
    assert hits == []


def test_a_file_deleted_on_disk_makes_the_text_here_unsaved(qtbot, tmp_path):
    path = tmp_path / "r.presspad"
    window = MainWindow()
    qtbot.addWidget(window)
    type_text(window.panes["en"].editor, "mine")
    window.save_to(path)
    assert not window.isWindowModified()
    with qtbot.waitSignal(window.disk_watcher.changed_on_disk, timeout=5000):
        path.unlink()
    assert window.isWindowModified() and window.panes["en"].body() == "mine"
    assert "deleted or moved" in window.statusBar().currentMessage()
    assert window.save_to(path) and path.exists()
