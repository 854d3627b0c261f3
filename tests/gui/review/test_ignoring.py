"""Ignored stays ignored in the app: Fix All, the status bar, the ignore list, undo."""

from __future__ import annotations

import pytest

from presspad.core.checks.registry import default_registry
from presspad.core.storage import release_file as storage
from presspad.gui.dialogs.ignored_list_dialog import IgnoredListDialog
from presspad.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    win.settings.author_name = "Anna Editor"
    return win


def finding_of(window, code: str, **params):
    release = window.current_release()
    release.ignored = []
    return next(f for f in default_registry().run(release) if f.code == code
                and all(f.params.get(k) == v for k, v in params.items()))


def plant_wrong_amount(window):
    editor = window.panes["ru"].editor
    editor.set_text_keeping_undo(window.panes["ru"].body().replace("на 5 млн", "на 50 млн"))
    return finding_of(window, "number-mismatch")


def test_fix_all_leaves_an_ignored_slip_alone(window):
    slip = finding_of(window, "typography", rule="nbsp-numero")
    assert window.review.ignoring.ignore(slip, "the site keeps this space")
    assert window.fix_all_typography() > 10
    body = window.panes["ru"].body()
    assert "№ 1" in body and "№\u00a01" not in body
    assert "с\u00a0меморандумом" in body           # everything else is fixed


def test_status_bar_counts_only_open_findings(qtbot, window):
    error = plant_wrong_amount(window)
    window.review.runner.run_now()
    qtbot.waitUntil(lambda: "1 errors" in window.check_label.text(), timeout=15000)
    assert window.review.errors_found()
    window.review.ignoring.ignore(error, "the contract says 50")
    assert window.check_label.text().startswith("0 errors")
    assert not window.review.errors_found()
    window.review.ignoring.act_undo.trigger()
    assert window.check_label.text().startswith("1 errors")


def test_ignore_is_signed_and_undone_and_redone(window, tmp_path):
    error = plant_wrong_amount(window)
    history = window.review.ignoring
    assert not history.act_undo.isEnabled()
    history.ignore(error, "the contract says 50")
    (entry,) = window.release.ignored
    assert entry.author == "Anna Editor" and entry.at is not None and entry.message
    assert window.isWindowModified() and history.act_undo.isEnabled()
    assert "number-mismatch" in history.act_undo.text()
    history.act_undo.trigger()
    assert window.release.ignored == [] and history.act_redo.isEnabled()
    history.act_redo.trigger()
    assert window.release.ignored == [entry]    # the same who, when and why
    window.save_to(tmp_path / "r.presspad")
    assert storage.load(tmp_path / "r.presspad").ignored[0].reason == "the contract says 50"
    history.act_undo.trigger()                   # undo after a save still works
    assert window.release.ignored == []


def test_an_empty_reason_is_refused(window):
    error = plant_wrong_amount(window)
    with pytest.raises(ValueError):
        window.review.ignoring.ignore(error, "  ")
    assert window.release.ignored == [] and not window.review.ignoring.act_undo.isEnabled()


def test_the_ignore_list_shows_who_what_why_and_stops_ignoring_with_undo(qtbot, window):
    history = window.review.ignoring
    error = plant_wrong_amount(window)
    slip = finding_of(window, "typography", rule="nbsp-numero")
    history.ignore(error, "the contract says 50")
    history.ignore(slip, "house style")
    dialog = IgnoredListDialog(history, window)
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(6)]
             for r in range(dialog.table.rowCount())]
    assert cells[0][0] == "number-mismatch" and cells[0][1] == "Russian"
    assert "50" in cells[0][2] and cells[0][3] == "Anna Editor"
    assert cells[0][4].endswith("UTC") and cells[0][5] == "the contract says 50"
    assert cells[1][5] == "house style"
    assert not dialog.stop_button.isEnabled()
    dialog.table.selectAll()
    assert dialog.stop_button.isEnabled()
    dialog.stop_button.click()
    assert window.release.ignored == [] and dialog.table.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)
    dialog.undo_button.click()                    # both come back in one step
    assert [e.reason for e in window.release.ignored] == ["the contract says 50",
                                                          "house style"]
    assert dialog.table.rowCount() == 2 and dialog.redo_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.stop_selected()
    assert [e.code for e in window.release.ignored] == ["number-mismatch"]


def test_the_menu_opens_the_list_and_a_new_release_forgets_the_history(window, monkeypatch):
    opened = []
    monkeypatch.setattr(IgnoredListDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.review.ignoring.act_list in window.review_menu.actions()
    window.review.ignoring.act_list.trigger()
    assert opened
    history = window.review.ignoring
    history.ignore(plant_wrong_amount(window), "the contract says 50")
    window.setWindowModified(False)
    window.new_release()
    assert not history.act_undo.isEnabled() and window.release.ignored == []
