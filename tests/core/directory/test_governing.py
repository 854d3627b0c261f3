"""The case a preposition before a name asks for (the completion popup preselects it)."""

from __future__ import annotations

import pytest

from presspad.core.directory.governing import governed_case


@pytest.mark.parametrize(("before", "case"), [
    ("Встреча с Вл", "ablt"),
    ("Встреча со ", "ablt"),
    ("Благодаря Вла", "datv"),
    ("письмо к ", "datv"),
    ("по словам ", None),                 # «словам» governs, not «по»: no opinion
    ("выступил директор ", None),
    ("подарок для Влад", "gent"),
    ("у ", "gent"),
    ("рассказал о Владимире Х", "loct"),
    ("в Полит", "loct"),
    ("через ", "accs"),
    ("", None),
    ("Влад", None),
    ("между Политехом и ", None),         # «и»: no case of its own
])
def test_prepositions_govern_the_name(before, case):
    assert governed_case(before) == case


def test_the_name_s_earlier_words_are_skipped():
    assert governed_case("переговоры с Владимиром Хиж") == "ablt"
    assert governed_case("переговоры с Владимиром ") == "ablt"
