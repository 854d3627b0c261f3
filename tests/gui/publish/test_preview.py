"""The preview pane and Copy as HTML, offscreen with pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from presspad.core.model.release import LangVersion, Release
from presspad.core.storage import release_file as storage
from presspad.gui.publish.preview import PreviewPane, copy_release_html, release_mime_data


@pytest.fixture
def sample(sample_path) -> Release:
    return storage.load(sample_path)


@pytest.fixture
def pane(qtbot) -> PreviewPane:
    widget = PreviewPane(delay_ms=20)
    qtbot.addWidget(widget)
    return widget


def test_one_language(pane, sample, qtbot):
    with qtbot.waitSignal(pane.rendered, timeout=1000):
        pane.update_from(sample, "ru")
    text = pane.toPlainText()
    assert "Политех запускает" in text and "Polytech Launches" not in text
    assert "Дата публикации: 2020.10.29" in text


def test_both_languages_side_by_side(pane, sample):
    pane.resize(1200, 700)
    pane.show()
    pane.update_from(sample, None)
    text = pane.toPlainText()
    assert "Polytech Launches" in text and "Политех запускает" in text
    assert "<table" in pane.html_source and pane.html_source.count("<article") == 2


def test_a_narrow_pane_puts_the_languages_one_under_the_other(pane, sample, qtbot):
    pane.resize(1200, 700)
    pane.show()
    pane.update_from(sample, None)
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        pane.resize(500, 700)            # a third of a laptop screen
    assert "<table" not in pane.html_source and pane.html_source.count("<article") == 2
    assert "<hr" in pane.html_source
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        pane.resize(1200, 700)
    assert "<table" in pane.html_source


def test_debounced_updates_keep_the_last(pane, sample, qtbot):
    other = Release(en=LangVersion(title="Another title", body="Text.\n"))
    pane.schedule_update(sample, "en")
    pane.schedule_update(other, "en")
    assert "Another title" not in pane.toPlainText()
    with qtbot.waitSignal(pane.rendered, timeout=1000):
        pass
    assert "Another title" in pane.toPlainText()


def test_a_scheduled_function_is_called_once_when_the_pause_is_over(pane, sample, qtbot):
    calls = []

    def snapshot():
        calls.append(1)
        return sample, "en"

    for _ in range(5):
        pane.schedule_update(snapshot)
    assert calls == []
    with qtbot.waitSignal(pane.rendered, timeout=1000):
        pass
    assert calls == [1] and "Polytech Launches" in pane.toPlainText()


def test_preview_is_sanitized(pane):
    evil = Release(en=LangVersion(
        title="T", body='<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n'
                        '[x](javascript:alert(1))\n'))
    pane.update_from(evil, "en")
    source = pane.html_source.lower()
    assert "<script" not in source and "onerror" not in source and "javascript:" not in source


def test_copy_as_html(qtbot, sample):
    mime = release_mime_data(sample, "en")
    assert mime.hasHtml() and mime.hasText()
    assert "<em>“Korean companies" in mime.html() and "<h1>" not in mime.html()
    assert mime.text().startswith("Polytech Launches Research Projects with Korean Industry\n")
    copy_release_html(sample, "ru")
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and "Материал подготовлен" in data.html()
