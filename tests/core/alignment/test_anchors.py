"""Numbers, amounts, links and dates extracted per language."""

from __future__ import annotations

import pytest

from presspad.core.alignment.anchors import AnchorCache, extract_anchors, normalise_url
from presspad.core.alignment.dates import DateValue, compatible, extract_dates


def numbers(text: str, lang: str, soft: bool = False) -> list[float]:
    return [a.value for a in extract_anchors(text, lang).numbers if a.soft == soft]


@pytest.mark.parametrize(("en", "ru", "value"), [
    ("a USD 5 million agreement", "соглашение на 5 млн долларов США", 5e6),
    ("the 30th anniversary", "30-летию", 30),
    ("3 more organizations", "ещё 3 организации", 3),
    ("10,000 visitors", "10 000 посетителей", 10000),
    ("1.5 tonnes", "1,5 тонны", 1.5),
    ("40 million rubles", "40 млн рублей", 4e7),
    ("USD 2.5 billion", "2,5 млрд долларов", 2.5e9),
    ("1,500 people", "1,5 тыс. человек", 1500),
    ("The world’s # 1 gas company", "Газовая компания № 1 в мире", 1),
])
def test_amounts_agree_across_languages(en, ru, value):
    assert numbers(en, "en") == [value]
    assert numbers(ru, "ru") == [value]


def test_decimal_comma_and_thousands_are_told_apart():
    assert numbers("1,5 and 1,500 and 12,5%", "en") == [1.5, 1500, 12.5]
    assert numbers("1,500 и 1.5", "ru") == [1.5, 1.5]


def test_number_words_are_soft():
    assert numbers("The first twenty students and ten years", "en", soft=True) == [1, 20, 10]
    assert numbers("Первые двадцать студентов, двух исследователей, двадцать пять", "ru",
                   soft=True) == [1, 20, 2, 25]
    assert numbers("twenty students", "en") == []


def test_dates_are_not_counted_as_numbers():
    anchors = extract_anchors("On October 26, 2020, 5 companies signed", "en")
    assert [a.value for a in anchors.numbers] == [5]
    assert [a.value for a in anchors.dates] == [DateValue(2020, 10, 26)]


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("On October 26, SPbPU", "en", [(None, 10, 26)]),
    ("26 октября СПбПУ", "ru", [(None, 10, 26)]),
    ("start in September 2027.", "en", [(2027, 9, None)]),
    ("начнут в сентябре 2027 года", "ru", [(2027, 9, None)]),
    ("from 6 to 24 July", "en", [(None, 7, 6), (None, 7, 24)]),
    ("с 6 по 24 июля", "ru", [(None, 7, 6), (None, 7, 24)]),
    ("open on 1 February", "en", [(None, 2, 1)]),
    ("в мае и к маю", "ru", [(None, 5, None), (None, 5, None)]),
    ("You may apply in May 2026", "en", [(2026, 5, None)]),
    ("Дата 2020.10.29 и 29.10.2020", "ru", [(2020, 10, 29), (2020, 10, 29)]),
    ("мало и мама", "ru", []),
])
def test_dates(text, lang, values):
    assert [tuple(d.value) for d in extract_dates(text, lang)] == values


def test_date_span_is_the_date():
    text = "Applications open on 1 February."
    (found,) = extract_dates(text, "en")
    assert text[found.start:found.end] == "1 February"


def test_compatible_dates():
    assert compatible(DateValue(None, 10, 26), DateValue(2020, 10, 26))
    assert not compatible(DateValue(None, 10, 26), DateValue(None, 10, 27))
    assert not compatible(DateValue(2027, 9, None), DateValue(2026, 9, None))


def test_links():
    text = "See [our news](https://english.spbstu.ru/news/12/) and www.gazprom.com."
    links = extract_anchors(text, "en").links
    assert [a.value for a in links] == ["spbstu.ru/news/12", "gazprom.com"]
    assert [a.value for a in extract_anchors("[x](#) [y](#anchor)", "en").links] == []
    # Numbers inside a link target are not numbers of the text.
    assert numbers("[report](https://x.org/2020/5)", "en") == []


def test_normalise_url_drops_language_parts():
    assert normalise_url("https://www.spbstu.ru/en/news/") == normalise_url(
        "http://spbstu.ru/ru/news")
    assert normalise_url("https://a.org/x") != normalise_url("https://a.org/y")


def test_cache_extracts_each_text_once():
    cache = AnchorCache()
    first = cache.get("5 million", "en")
    assert cache.get("5 million", "en") is first
    cache.get("5 million", "ru")
    assert cache.misses == 2


def test_compound_and_multiplicative_number_words():
    assert numbers("пятилетний проект, двухдневный семинар, вдвое больше", "ru",
                   soft=True) == [5, 2, 2]
    # Not measures: "трёхсторонний" (trilateral), "семинар", "одновременно".
    assert numbers("трёхстороннее соглашение, семинар, одновременно", "ru", soft=True) == []
    assert numbers("twice as many", "en", soft=True) == [2]


def test_ordinals_and_roman_numerals_are_soft():
    assert numbers("XII Международный конгресс, первый форум, в третьем квартале", "ru",
                   soft=True) == [12, 1, 3]
    assert numbers("the first forum, the twelfth congress", "en", soft=True) == [1, 12]
    assert numbers("Exoatlet и CIVIL", "ru", soft=True) == []


def test_currency_shorthand_and_cyrillic_roman_numerals():
    assert numbers("a $5m grant and €2.5bn, 5m long", "en") == [5e6, 2.5e9, 5]
    assert numbers("ХХ век и XXI век", "ru", soft=True) == [20, 21]


def test_space_grouped_thousands_in_english_too():
    assert numbers("10 000 people, 2020 300 students", "en") == [10000, 2020, 300]
