"""Smart quotes while typing: the right mark for the language and nesting level."""

from __future__ import annotations

import pytest

from presspad.core.typography.quote_style import quote_depth, smart_quote


def type_text(keys: str, lang: str) -> str:
    """What the editor holds after typing ``keys`` with smart quotes on."""
    text = ""
    for char in keys:
        text += smart_quote(text, char, lang)
    return text


@pytest.mark.parametrize("lang,keys,expected", [
    ("en", 'He said "yes".', "He said “yes”."),
    ("en", "\"It's the 'best' plan,\" she said.", "“It’s the ‘best’ plan,” she said."),
    ("en", 'He said "the "best" one"', "He said “the ‘best’ one”"),
    ("en", "The students' work", "The students’ work"),
    ("en", '("quoted")', "(“quoted”)"),
    ("en", '*"italic quote"*', "*“italic quote”*"),
    ("ru", 'Он сказал: "Да".', "Он сказал: «Да»."),
    ("ru", 'Он сказал: "Компания "Газпром" готова".', "Он сказал: «Компания „Газпром“ готова»."),
    ("ru", "Д'Артаньян", "Д’Артаньян"),
    ("ru", "'Газпром", "«Газпром"),  # after a letter ' stays an apostrophe
    ("ru", '"Корея — "один" из"', "«Корея — „один“ из»"),
])
def test_typing_produces_the_language_marks(lang, keys, expected):
    assert type_text(keys, lang) == expected


def test_other_characters_and_languages_pass_through():
    assert smart_quote("abc", "x", "en") == "x"
    assert smart_quote("abc", '"', "de") == '"'


def test_quote_depth_tracks_nesting_and_apostrophes():
    assert quote_depth("«Компания „Газпром", "ru") == (2, "„")
    assert quote_depth("«Компания „Газпром“", "ru") == (1, "«")
    assert quote_depth("“It’s ‘best", "en") == (2, "‘")
    assert quote_depth("“It’s ‘best’ plan,”", "en") == (0, None)
