"""A release with every header field, comments and an ignored finding, end to end in the app.

The sample has no pictures, comments or ignores; this one (tests/data/releases/
all_fields.presspad) has them all, so each part of the day's work is tried on it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from presspad.core.storage import release_file as storage
from presspad.gui.main_window import MainWindow

ALL_FIELDS = Path(__file__).resolve().parents[1] / "data" / "releases" / "all_fields.presspad"


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(ALL_FIELDS)
    qtbot.waitUntil(lambda: win.review.last_result is not None
                    and not win.review.live.loading, timeout=20000)
    return win


def test_every_field_is_shown(window):
    en, ru = window.panes["en"].header, window.panes["ru"].header
    assert en.images.rowCount() == 2 and ru.images.rowCount() == 1
    assert en.images.item(0, 1).text().startswith("Vladimir Khizhnyak and Lee Yong Chol")
    assert ru.links.rowCount() == 2 and en.links.rowCount() == 3
    assert "pictures: 2" in en.summary.full_text
    assert len(window.comments.panel.shown_ids()) == 2


def test_header_findings_and_the_ignored_one(window):
    codes = {(f.code, f.lang) for f in window.review.last_findings}
    assert ("image-alt-missing", "en") in codes          # korea-campus.jpg has no alt text
    assert ("related-link-mismatch", "en") in codes      # three links against two
    ignored = {(i.code, i.key) for i in window.release.ignored}
    listed = window.review.panel.model._findings
    assert listed and not [f for f in listed if (f.code, f.key()) in ignored]
    assert len(ignored) == 1 and any((f.code, f.key()) in ignored
                                     for f in window.review.last_findings)
    summary = window.check_label.text()
    open_warnings = sum(1 for f in window.review.last_findings
                        if f.severity.value == "warning" and (f.code, f.key()) not in ignored)
    assert f"{open_warnings} warnings" in summary


def test_save_keeps_everything(window, tmp_path):
    target = tmp_path / "copy.presspad"
    window.panes["en"].editor.moveCursor(window.panes["en"].editor.textCursor().MoveOperation.Start)
    from tests.gui.conftest import type_text

    type_text(window.panes["en"].editor, "Update: ")
    assert window.save_to(target)
    saved, original = storage.load(target), storage.load(ALL_FIELDS)
    assert saved.en.images == original.en.images and saved.ru.media == original.ru.media
    assert saved.ignored == original.ignored and saved.date == original.date
    # The comment moved with its words.
    comment = next(c for c in saved.comments if c.lang == "en")
    assert saved.en.body[comment.start:comment.start + len(comment.quote)] == "Powel Corporation"


def test_word_export_carries_the_header_and_no_comment(window, tmp_path):
    import docx

    target = tmp_path / "release.docx"
    assert window.documents.export_to(target, "docx", None)
    document = docx.Document(io.BytesIO(target.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    assert "Polytech Launches" in text and "Политех запускает" in text
    assert "Prepared by the SPbPU International Office" in text
    assert "rector's office" not in text      # a comment's text never leaves the app


def test_review_report_shows_the_ignored_reason(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.publish.act_export_report.trigger()
    page = target.read_text(encoding="utf-8")
    assert "The partner&#x27;s own slogan" in page or "The partner's own slogan" in page
    assert "Anna Petrova" in page and "<script" not in page
