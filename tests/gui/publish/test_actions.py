"""File → Import / Export, Copy as HTML and the preview dock in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from presspad.gui.main_window import MainWindow
from tests.gui.conftest import type_text

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    return win


def test_export_site_page_writes_the_published_bytes(window, tmp_path):
    if not SAMPLES.exists():
        pytest.skip("shared samples not present")
    target = tmp_path / "korea"
    assert window.publish.export_to(target, "site", "ru")
    written = target.with_suffix(".txt").read_bytes()
    assert written == (SAMPLES / "polytech-korea.site.ru.txt").read_bytes()


def test_export_html_both_languages(window, tmp_path):
    target = tmp_path / "korea.html"
    assert window.publish.export_to(target, "html", None)
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Политех" in html and "Polytech" in html


def test_exports_and_a_save_get_the_umask_mode(window, tmp_path, umask):
    umask(0o022)
    for name, fmt, lang in [("a.txt", "site", "en"), ("a.html", "html", None),
                            ("a.md", "md", "ru")]:
        assert window.publish.export_to(tmp_path / name, fmt, lang)
    assert window.save_to(tmp_path / "a.presspad")
    assert {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()} == \
        dict.fromkeys(["a.txt", "a.html", "a.md", "a.presspad"], 0o644)


def test_export_failure_writes_nothing(window, tmp_path, _no_modal_dialogs):
    window.panes["ru"].set_content("", "")
    target = tmp_path / "empty.md"
    assert not window.publish.export_to(target, "md", "ru")
    assert not target.exists() and _no_modal_dialogs[-1][0] == "warning"


def test_import_two_site_pages_as_new_release(qtbot, tmp_path):
    if not SAMPLES.exists():
        pytest.skip("shared samples not present")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.publish.import_paths([str(SAMPLES / "polytech-korea.site.en.txt"),
                                     str(SAMPLES / "polytech-korea.site.ru.txt")])
    assert win.panes["ru"].title().startswith("Политех")
    assert win.path is None and win.isWindowModified()


def test_copy_as_html_puts_sanitized_html_on_clipboard(window):
    type_text(window.panes["en"].editor, '<script>alert(1)</script>')
    window.publish.copy_html("en")
    mime = QApplication.clipboard().mimeData()
    assert "Polytech" in mime.html() and "<script" not in mime.html()


def test_preview_follows_typing(qtbot, window):
    window.publish.act_preview.setChecked(True)
    assert window.publish.preview.isVisible()
    type_text(window.panes["ru"].editor, "Превью ")
    qtbot.waitUntil(lambda: "Превью" in window.publish.preview.html_source, timeout=3000)


def test_typing_with_the_preview_shown_makes_no_snapshot_per_key(qtbot, window, monkeypatch):
    from presspad.core.model import comments as core_comments

    body = window.panes["en"].body()
    window.release.comments = [core_comments.new_comment(body, "en", 10, 60, "Why?", "me")]
    window.comments.refresh()
    window.publish.act_preview.setChecked(True)
    located, reanchored = [], []
    locate = core_comments.locate
    monkeypatch.setattr(core_comments, "locate",
                        lambda *a, **k: located.append(1) or locate(*a, **k))
    anchor = window.comments.reanchored
    monkeypatch.setattr(window.comments, "reanchored",
                        lambda release: reanchored.append(1) or anchor(release))
    editor = window.panes["en"].editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " abcdefghij")
    assert located == [] and reanchored == []          # nothing until the pause
    qtbot.waitUntil(lambda: "abcdefghij" in window.publish.preview.html_source, timeout=3000)
    assert reanchored == []                            # the preview shows no comments


def test_the_preview_pane_and_its_language_are_remembered(qtbot, window):
    from presspad.gui.main_window import MainWindow

    window.publish.act_preview.setChecked(True)
    window.publish.preview_langs["ru"].trigger()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.publish.act_preview.isChecked() and again.publish.preview.isVisible()
    assert again.publish.preview_lang == "ru"
    assert again.publish.preview_langs["ru"].isChecked()
    again.publish.act_preview.setChecked(False)
    again.close()
    third = MainWindow()
    qtbot.addWidget(third)
    assert not third.publish.act_preview.isChecked()


def test_the_preview_is_made_when_first_shown_and_keeps_its_width(qtbot, window):
    from presspad.gui.main_window import MainWindow

    assert window.publish._preview is None     # nothing of it before the first paint
    window.resize(1400, 900)
    window.publish.act_preview.setChecked(True)
    qtbot.waitUntil(lambda: window.publish.preview.width() > 400, timeout=3000)
    window.splitter.setSizes([500, 500, 300])
    qtbot.waitUntil(lambda: abs(window.splitter.sizes()[2] - 300) < 30, timeout=3000)
    share = window.splitter.sizes()[2] / sum(window.splitter.sizes())
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.publish.preview.isVisible(), timeout=3000)
    sizes = again.splitter.sizes()
    assert abs(sizes[2] / sum(sizes) - share) < 0.03      # its share, not reset to a third


def test_site_export_of_unsafe_html_removes_it_and_says_so(window, tmp_path, _no_modal_dialogs):
    window.panes["en"].set_content("A title", "Text <script>alert(1)</script> here.\n")
    target = tmp_path / "page.txt"
    assert window.publish.export_to(target, "site", "en")
    assert "<script" not in target.read_text(encoding="utf-8")
    assert _no_modal_dialogs[-1][0] == "information"


def test_export_review_report_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from presspad.core.checks.registry import default_registry

    assert window.publish.act_export_report in window.file_menu.actions()
    release = window.current_release()
    slip = next(f for f in default_registry().run(release)
                if f.code == "typography" and f.params.get("rule") == "nbsp-numero")
    window.review.ignoring.ignore(slip, "house <b>style</b>")
    target = tmp_path / "review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "HTML page (*.html)"))
    with qtbot.waitSignal(window.publish.report_written, timeout=30000):
        window.publish.act_export_report.trigger()      # no check has run yet: one is made
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Paragraph alignment" in page
    assert "Ли Ён Чоль" in page and "house &lt;b&gt;style&lt;/b&gt;" in page
    assert "<b>" not in page


def test_export_review_report_uses_the_last_check_and_says_why_it_failed(
        qtbot, window, tmp_path, _no_modal_dialogs):
    window.review.runner.run_now()
    qtbot.waitUntil(lambda: window.review.last_result is not None, timeout=30000)
    asked = []
    window.review.runner.ask = lambda *a, **k: asked.append(a)
    target = tmp_path / "r.html"
    with qtbot.waitSignal(window.publish.report_written, timeout=5000):
        window.publish.export_report_to(target)
    assert asked == [] and "Review report" in target.read_text(encoding="utf-8")
    window.publish.export_report_to(tmp_path / "missing" / "r.html")
    assert _no_modal_dialogs and "cannot save" in _no_modal_dialogs[-1][1]
