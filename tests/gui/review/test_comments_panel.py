"""The Comments panel on its own: rows, states, buttons and the resolved filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from presspad.core.model.release import Comment
from presspad.gui.review.comments_panel import CommentsPanel, short_time

WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def comments() -> list[Comment]:
    return [Comment("a", "en", "new  laboratory", "Which one?", author="Anna", created=WHEN),
            Comment("b", "ru", "лаборатория", "Падеж", author="Борис", resolved=True),
            Comment("c", "en", "gone words", "Lost", author="")]


def test_rows_show_author_time_quote_comment_and_state(qtbot):
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.set_comments(comments(), detached=["c"])
    assert panel.shown_ids() == ["a", "c"]   # the resolved one is hidden
    author, when, quote, text, state = panel.row_texts("a")
    assert (author, quote, text, state) == ("Anna", "EN: “new laboratory”", "Which one?",
                                            "open")
    assert when == short_time(WHEN) and when
    assert panel.row_texts("c")[0] == "—" and "detached" in panel.row_texts("c")[4]
    panel.show_resolved.setChecked(True)
    assert panel.shown_ids() == ["a", "b", "c"]
    assert panel.row_texts("b")[4] == "resolved"


def test_short_time_is_local_and_short():
    local = WHEN.astimezone()
    shown = short_time(WHEN)
    assert str(local.minute).zfill(2) in shown
    assert shown == short_time(WHEN.replace(tzinfo=None))   # a naive time is UTC
    assert short_time(None) == ""
    assert shown == QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                                 QTime(local.hour, local.minute)),
                                       QLocale.FormatType.ShortFormat)


def test_buttons_act_on_the_current_comment(qtbot):
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.set_comments(comments())
    assert not panel.edit_button.isEnabled()
    asked = []
    for signal in (panel.edit_requested, panel.resolve_requested, panel.delete_requested):
        signal.connect(asked.append)
    panel.show_resolved.setChecked(True)
    panel.select("b")
    assert panel.resolve_button.text() == "Reopen"
    for button in (panel.edit_button, panel.resolve_button, panel.delete_button):
        button.click()
    assert asked == ["b", "b", "b"]
    panel.select("a")
    assert panel.resolve_button.text() == "Resolve"
