"""Live checks in the window: findings panel, ignoring with a reason, partners, jump."""

from __future__ import annotations

import pytest

from presspad.core.storage import release_file as storage
from presspad.gui.main_window import MainWindow
from tests.gui.conftest import type_text


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    win.review.load_directory()
    # The directory opens in its own thread: wait until completion has it.
    qtbot.waitUntil(lambda: not win.review.live.loading, timeout=10000)
    return win


def panel_codes(window) -> list[str]:
    return [f.code for f in window.review.panel.findings()]


def wait_for_checks(qtbot, window, condition):
    window.review.runner.run_now()
    qtbot.waitUntil(lambda: condition(panel_codes(window)), timeout=10000)


def test_sample_findings_are_what_an_editor_would_flag(qtbot, window):
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    codes = panel_codes(window)
    assert "spelling" not in codes          # partner names are known words
    assert "quote-unattributed" not in codes  # the follow-on quote has its speaker
    assert any(f.params.get("rule") == "number-sign" for f in window.review.panel.findings())
    labels = [window.review.panel.model.data(window.review.panel.model.index(r, 4))
              for r in range(window.review.panel.model.rowCount())]
    assert "EN 3,4 ↔ RU 3" in labels


def test_typing_a_changed_amount_is_flagged(qtbot, window):
    editor = window.panes["ru"].editor
    text = window.panes["ru"].body().replace("на 5 млн", "на 50 млн")
    editor.set_text_keeping_undo(text)
    wait_for_checks(qtbot, window, lambda codes: "number-mismatch" in codes)


def test_ignore_with_reason_is_saved_and_stays_ignored(qtbot, window, tmp_path, monkeypatch):
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    finding = next(f for f in window.review.panel.findings() if f.code == "quote-split")
    from presspad.gui.dialogs import ignore_dialog

    monkeypatch.setattr(ignore_dialog, "ask_reason", lambda *a, **k: "as published on the site")
    window.review._ask_ignore(finding)
    assert window.isWindowModified()
    assert "quote-split" not in panel_codes(window)
    window.review.act_show_ignored.setChecked(True)
    assert "quote-split" in panel_codes(window)
    target = tmp_path / "reviewed.presspad"
    window.save_to(target)
    assert storage.load(target).ignored[0].reason == "as published on the site"


def test_clicking_a_finding_selects_its_text(qtbot, window):
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    finding = next(f for f in window.review.panel.findings() if f.code == "typography"
                   and f.params.get("rule") == "number-sign")
    window.review.go_to(finding)
    assert window.panes["en"].editor.textCursor().selectedText().startswith("#")
    window.review.apply_fix(finding)
    assert "No. 1" in window.panes["en"].body()


def test_partner_completion_in_the_window(qtbot, window):
    editor = window.panes["en"].editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    completer = window.review.completers["en"]
    completer.prepare()
    type_text(editor, " Khi")
    qtbot.waitUntil(lambda: completer.popup.isVisible(), timeout=3000)
    type_text(editor, "\n")
    assert window.panes["en"].body().rstrip().endswith("Vladimir Khizhnyak")


def test_quotes_tab_lists_each_quote_beside_its_counterpart(qtbot, window):
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    window.review.quotes_dock.raise_()
    model = window.review.quotes_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    speakers = {model.data(model.index(row, 1)) for row in range(model.rowCount())}
    assert speakers == {"Lee Yong Chol", "Vladimir Khizhnyak"}


def test_preview_pane_opens_wide_enough_and_keeps_the_editors_readable(qtbot, window):
    window.resize(1400, 900)
    window.publish.act_preview.setChecked(True)
    qtbot.waitUntil(lambda: window.publish.preview.width() > 400, timeout=3000)
    # A third pane of the splitter: the editors keep a readable width (the dock
    # it replaces left them ~330 px each).
    assert window.publish.preview.parent() is window.splitter
    assert min(window.panes[lang].editor.width() for lang in ("en", "ru")) > 400


def test_scrolling_and_quotes_tab_show_the_workers_results(qtbot, window):
    # Nothing in the GUI aligns or pairs by itself: what it shows is the check result.
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    result = window.review.last_result
    assert result.beads and window.review.scroller._beads() == result.beads
    window.review.quotes_dock.raise_()
    model = window.review.quotes_view.model
    qtbot.waitUntil(lambda: model.rowCount() == len(result.quote_pairs), timeout=5000)
    assert model.pairs == result.quote_pairs


def test_a_word_added_to_the_dictionary_does_not_lose_the_directory_words(qtbot, sample_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    with qtbot.waitSignal(win.review.lexicon_ready, timeout=30000):
        win.review.load_directory()
        win.review._dictionary_changed()   # before the worker's answer arrives
    assert "хижняка" in win.speller._known_sources["directory"]


def test_the_quotes_table_is_filled_only_while_its_tab_is_shown(qtbot, window, monkeypatch):
    calls = []
    original = window.review.quotes_view.set_pairs
    monkeypatch.setattr(window.review.quotes_view, "set_pairs",
                        lambda pairs: calls.append(len(pairs)) or original(pairs))
    window.review.findings_dock.raise_()
    qtbot.wait(50)
    wait_for_checks(qtbot, window, lambda codes: "quote-split" in codes)
    window.review.schedule()
    window.review.runner.run_now()
    window.review.runner.wait()
    qtbot.wait(100)
    assert calls == []                     # behind the Findings tab: no table work
    window.review.quotes_dock.raise_()
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
