"""The findings panel, the quotes view, the quote tint and the background checker."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QPlainTextEdit  # noqa: E402

from presspad.core.checks.registry import default_registry  # noqa: E402
from presspad.core.model.release import Release  # noqa: E402
from presspad.core.storage.release_file import load  # noqa: E402
from presspad.gui.editor.quote_tint import QuoteTinter  # noqa: E402
from presspad.gui.review.findings_panel import FindingsPanel, apply_fix, select_span  # noqa: E402
from presspad.gui.review.quotes_view import QuotesView  # noqa: E402

STRAIGHT = '"We started small," said Rector Andrei Volkov.\n'


def _release(en: str = "", ru: str = "") -> Release:
    release = Release()
    release.en.body, release.ru.body = en, ru
    return release


def _click(qtbot, view, row: int, column: int, double: bool = False) -> None:
    rect = view.visualRect(view.model().index(row, column))
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_panel_lists_findings_with_translated_headers(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    release = _release(en=STRAIGHT)
    # Typography reports the straight quotes too; this test is about one row.
    findings = default_registry().run(release, only=["quote-style"])
    panel.set_findings(release, findings)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Severity", "Code", "Language", "Message", "Paragraphs"]
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(4)]
    assert row[:3] == ["warning", "quote-style", "English"]
    assert "not English style" in row[3]


def test_click_activates_and_double_click_requests_the_fix(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    release = _release(en=STRAIGHT)
    panel.set_findings(release, default_registry().run(release))
    with qtbot.waitSignal(panel.finding_activated) as activated:
        _click(qtbot, panel.view, 0, 3)
    assert activated.args[0].code == "quote-style"
    with qtbot.waitSignal(panel.fix_requested) as requested:
        _click(qtbot, panel.view, 0, 3, double=True)
    finding = requested.args[0]
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(STRAIGHT)
    select_span(editor, finding.span.start, finding.span.end)
    assert editor.textCursor().selectedText().startswith('"We started small,"')
    assert apply_fix(editor, finding)
    assert editor.toPlainText().startswith("“We started small,”")
    editor.undo()
    assert editor.toPlainText() == STRAIGHT


def _worker_pairs(release):
    """The quote pairs as the check worker hands them to the app."""
    from presspad.core.checks.service import check_release

    return check_release(release, {"use_directory": False, "spelling": False}).quote_pairs


def test_quotes_view_pairs_the_sample(qtbot, sample_path):
    view = QuotesView()
    qtbot.addWidget(view)
    view.show()
    view.set_pairs(_worker_pairs(load(sample_path)))
    model = view.model
    assert model.rowCount() == 4
    assert [model.data(model.index(r, 4)) for r in range(4)] == ["matched"] * 4
    assert model.data(model.index(2, 3)) == "Владимир Хижняк"
    with qtbot.waitSignal(view.quote_activated) as activated:
        _click(qtbot, view.view, 0, 2)
    lang, start, end = activated.args
    assert lang == "ru" and load(sample_path).ru.body[start:end].startswith("всё больше")


def test_quotes_view_marks_a_missing_counterpart(qtbot):
    view = QuotesView()
    qtbot.addWidget(view)
    view.set_pairs(_worker_pairs(_release(
        en="“We start in May,” said Pavel Kuznetsov.\n\n“It is new,” said Ingrid Dahl.\n",
        ru="«Мы начинаем в мае», — сказал Павел Кузнецов.\n")))
    statuses = [view.model.data(view.model.index(r, 4)) for r in range(view.model.rowCount())]
    assert statuses == ["matched", "no Russian counterpart"]


def test_quote_tint_and_tooltip(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Intro.\n\n“Korea is a priority,” said Vladimir Khizhnyak, Head of "
                        "Department.\n")
    tinter = QuoteTinter(editor, "en")
    from presspad.core.quotes.finder import find_quotes

    tinter.set_quotes(find_quotes(editor.toPlainText(), "en"))   # as the worker sends them
    assert len(editor.extraSelections()) == 1
    quote = tinter.quote_at(editor.toPlainText().index("priority"))
    assert quote is not None and tinter.tooltip(quote) == \
        "Quote: Vladimir Khizhnyak, Head of Department"
    assert tinter.quote_at(0) is None


def test_quotes_view_says_unsure_when_nothing_links_the_speakers(qtbot):
    from PySide6.QtCore import Qt

    view = QuotesView()
    qtbot.addWidget(view)
    view.set_pairs(_worker_pairs(_release(
        en="“We start in May,” said the organisers.\n",
        ru="«Мы начинаем в мае», — сказал Павел Кузнецов.\n")))
    model = view.model
    assert model.data(model.index(0, 4)) == "unsure"
    why = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert why and ("No speaker" in why or "same person" in why)


def test_thousands_of_findings_are_sized_from_a_few_rows(qtbot, monkeypatch):
    from presspad.core.model.findings import Finding, Severity, Span
    from presspad.gui.review.findings_panel import FindingsModel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    findings = [Finding("spelling", Severity.WARNING, Span("en", i, i + 3), {"word": f"w{i}"})
                for i in range(3000)]
    calls = []
    original = FindingsModel.data
    monkeypatch.setattr(FindingsModel, "data",
                        lambda self, index, role=0: calls.append(1) or original(self, index,
                                                                                role))
    panel.set_findings(Release(), findings)
    qtbot.wait(50)
    # Sizing the columns from every row asked for ~96,000 cells (0.1–0.3 s).
    assert 0 < len(calls) < 20_000
