"""Which marked spans are quotations, and how they are cut."""

from __future__ import annotations

import pytest

from presspad.core.quotes.extract import extract


def texts(body: str, lang: str) -> list[str]:
    return [q.text for q in extract(body, lang).quotes]


@pytest.mark.parametrize(("body", "lang"), [
    ("Помимо СПбПУ, в том числе корпорация «Газпром», подписали соглашения.", "ru"),
    ("The programme is part of the “Green Campus” initiative, started in 2022.", "en"),
    ("The university calls the new format “studio teaching”: small groups.", "en"),
    ("Participants will visit the “Polar Star” research vessel.", "en"),
    ("Courses include «Digital Twins in Industry» and «Materials for Hydrogen Energy».", "en"),
    ("Программа входит в инициативу «Зелёный кампус», начатую в 2022 году.", "ru"),
    ("Открытие центра поддержал фонд «Русский мир».", "ru"),
    ("BPU joins the “Campus Europa” network and the “Mobility+” scheme.", "en"),
    ("A network called “Indo-Baltic Labs” will be coordinated from BPU.", "en"),
    ('The university hosted the conference "Images of the Past: Representations, '
     'Historiography, and Historical Memory." It lasted two days.', "en"),
    ("She gave a keynote, “Silence as a Cultural Choice, Algorithmic Bias, and Digital "
     "Commemoration.”", "en"),
])
def test_names_in_marks_are_not_quotes(body, lang):
    assert texts(body, lang) == []


def test_quote_inside_markdown_emphasis():
    body = "*“We want graduates who can start work on day one,”* Belov said."
    assert texts(body, "en") == ["We want graduates who can start work on day one,"]


def test_partial_russian_quote_after_a_speech_verb_is_speech():
    body = "Вице-губернатор подчеркнул, что провинция готова помочь и «не пожалеет ресурсов»."
    assert texts(body, "ru") == ["не пожалеет ресурсов"]


def test_russian_quote_split_by_its_own_attribution():
    body = ("«Десять лет мы работаем бок о бок, — сказала проректор Елена Сорокина. — "
            "Двойной диплом — естественный шаг».")
    quotes = extract(body, "ru").quotes
    assert [q.text for q in quotes] == ["Десять лет мы работаем бок о бок,",
                                        "Двойной диплом — естественный шаг"]
    assert body[slice(*quotes[0].inner_attribution)].startswith("сказала проректор")


def test_nested_quote_followed_by_a_dash_is_not_an_attribution():
    body = "Она вспомнила: «Коллега написал: „Давайте попробуем“, — и это стало лабораторией»."
    assert texts(body, "ru") == ["Коллега написал: „Давайте попробуем“, — и это стало лабораторией"]


def test_dialogue_dash_speech_without_marks():
    body = ("— Здесь тепло, даже зимой, — говорит студентка Сари Рахмавати. — "
            "Не хватает только кухни.\n\n— электроника;\n")
    quotes = extract(body, "ru").quotes
    assert [q.text for q in quotes] == ["Здесь тепло, даже зимой,", "Не хватает только кухни."]
    assert not any(q.marked for q in quotes)


def test_unclosed_quote_is_trimmed_at_its_attribution():
    body = "He showed the room. “We built it in eighteen months, he said with a smile.\n"
    (quote,) = extract(body, "en").quotes
    assert quote.text == "We built it in eighteen months," and not quote.closed


def test_offsets_point_at_the_words_without_marks():
    body = "Intro.\n\n“Korea is a priority,” said Vladimir Khizhnyak.\n"
    (quote,) = extract(body, "en").quotes
    assert body[quote.start:quote.end] == quote.text == "Korea is a priority,"
    assert quote.paragraph == 2 and body[quote.open_at] == "“"


def test_headline_style_quote_with_colon_after_is_speech():
    body = "“Our partners are our best ambassadors”: alumni meet in Almaty\n"
    assert texts(body, "en") == ["Our partners are our best ambassadors"]
