"""Regression tests for patterns the blind set (tests/data/quotes_blind) exposed."""

from __future__ import annotations

import pytest

from presspad.core.quotes.extract import extract


def texts(body: str, lang: str) -> list[str]:
    return [q.text for q in extract(body, lang).quotes]


@pytest.mark.parametrize(("body", "lang", "quote"), [
    ("Mägi called the agreement “overdue”. It was signed in May.", "en", "overdue"),
    ("Professor Dahl described the course as “a bridge between labs”.", "en",
     "a bridge between labs"),
    ("Её модератор, доцент Игорь Мальцев, назвал проект «лабораторией под открытым небом».",
     "ru", "лабораторией под открытым небом"),
    ('Профессор Кэнто Мори назвал работу "образцовой".', "ru", "образцовой"),
])
def test_a_characterisation_credited_to_a_person_is_a_quote(body, lang, quote):
    assert texts(body, lang) == [quote]


@pytest.mark.parametrize(("body", "lang"), [
    ("The university calls the new format “studio teaching”: small groups.", "en"),
    ("Rector Ivan Petrov called the programme “Green Campus” in 2020.", "en"),
    ("Так называемый «летний трек» проведёт студентов через станцию.", "ru"),
    ("The so-called “summer track” takes students to the field station.", "en"),
])
def test_names_and_terms_after_naming_words_stay_not_quotes(body, lang):
    assert texts(body, lang) == []


def speakers(body: str, lang: str) -> list[str | None]:
    from presspad.core.quotes.finder import find_quotes

    return [q.speaker for q in find_quotes(body, lang)]


def test_title_of_acronym_before_a_name_makes_a_mention_a_pronoun_can_point_to():
    body = ("The delegation was led by Vice-Rector Kristjan Mägi.\n\n"
            "Rector of NLU Sergei Belyakov opened the meeting. “For ten years we have sampled "
            "the same lakes,” he said.\n\n"
            "“We are building it for the next generation,” the rector said.")
    assert speakers(body, "en") == ["Sergei Belyakov", "Sergei Belyakov"]


def test_a_place_after_a_titled_person_is_not_a_person():
    body = ("“The best teams were mixed,” noted jury chair Professor Vikram Nair of IIT Bombay. "
            "“Nobody had all the answers.”")
    assert speakers(body, "en") == ["Vikram Nair", "Vikram Nair"]


def test_she_means_the_woman_not_the_man_quoted_last():
    body = ("The school was led by Associate Professor Natalia Vorontsova and Professor "
            "Ole Hansen.\n\n"
            "“On land, students read about plankton,” Hansen said.\n\n"
            "She agrees: “Nothing replaces a week of rough weather.”")
    assert speakers(body, "en") == ["Ole Hansen", "Natalia Vorontsova"]


def test_a_person_of_unknown_gender_named_in_the_same_paragraph_keeps_the_pronoun():
    body = ("Rector Sergei Belyakov opened the meeting.\n\n"
            "Mägi called the agreement “overdue”. “We waited since 2019,” he explained.")
    assert speakers(body, "en") == ["Mägi", "Mägi"]


def test_an_untitled_name_the_text_genders_is_a_mention():
    body = ("A round table was moderated by Professor Rustem Nabiullin.\n\n"
            "The best paper award went to Aigul Sadykova for her study of old newspapers. "
            "“I spent a year with microfilms,” she told the conference.")
    assert speakers(body, "en") == ["Aigul Sadykova"]


def test_a_place_is_not_gendered_by_the_next_sentence():
    from presspad.core.quotes.names import find_mentions

    text = "She got access to test sites on the Kola Peninsula. As she put it, it was cold."
    assert [r.name for r in find_mentions(text, 0, len(text), "en")] == []


@pytest.mark.parametrize(("name", "before", "gender"), [
    ("Aigul Sadykova", "", "femn"), ("Natalia Vorontsova", "", "femn"),
    ("Olga Gorskaya", "", "femn"), ("Timur Gainullov", "", "masc"),
    ("Pavel Kovalevsky", "", "masc"), ("Helen Carter", "Ms", "femn"),
    ("John Martin", "Mr.", "masc"), ("Helen Carter", "", None), ("John Martin", "", None),
    ("Vorontsova", "", None),
])
def test_english_name_gender(name, before, gender):
    from presspad.core.quotes.names_en import en_name_gender

    assert en_name_gender(name, before) == gender


BLIND = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "quotes_blind"


def _words(text: str) -> set[str]:
    import re

    return {w.casefold().replace("ё", "е") for w in re.findall(r"[^\W_]+(?:[-’'][^\W_]+)*", text)}


@pytest.mark.parametrize("name", sorted(p.stem for p in BLIND.glob("*.txt")))
def test_blind_release_quotes_and_speakers(name):
    """Every gold quote of the blind set is found, with its speaker; nothing else is."""
    import json

    gold = json.loads((BLIND / f"{name}.json").read_text(encoding="utf-8"))
    from presspad.core.quotes.finder import find_quotes

    found = find_quotes((BLIND / f"{name}.txt").read_text(encoding="utf-8"), gold["lang"])
    assert len(found) == len(gold["quotes"])
    for q, g in zip(found, gold["quotes"], strict=True):
        a, b = _words(q.text), _words(g["quote"])
        assert len(a & b) >= 0.7 * min(len(a), len(b)), (q.text, g["quote"])
        assert (q.speaker or "").split()[-1].casefold() == g["speaker"].split()[-1].casefold()


def test_russian_title_stops_at_the_previous_persons_name():
    from presspad.core.quotes.finder import find_quotes

    body = ("Проректор Елена Смирнова и декан Игорь Кузнецов встретили гостей.\n\n"
            "«Мы ждали этого визита год», — сказала Смирнова.\n\n"
            "«А мы — два года», — пошутил Кузнецов.")
    assert [(q.speaker, q.title) for q in find_quotes(body, "ru")] == [
        ("Елена Смирнова", "проректор"), ("Игорь Кузнецов", "декан")]


def test_russian_title_keeps_an_and_inside_an_organisation_name():
    from presspad.core.quotes.finder import find_quotes

    body = "«Это важный шаг», — сказал министр науки и высшего образования Иван Петров."
    assert [q.title for q in find_quotes(body, "ru")] == ["министр науки и высшего образования"]


def test_the_role_right_before_a_credit_verb_is_the_speaker_not_a_quoted_name():
    body = ("The exchange is part of the “Erasmus+” programme, which the rector called "
            "“a lifeline”.")
    assert speakers(body, "en") == ["rector"]


def test_a_genitive_name_before_a_colon_is_given_in_the_nominative():
    from presspad.core.quotes.finder import find_quotes

    body = "Слова ректора Павла Орлова были однозначны: «Каждый студент должен учиться за рубежом»."
    assert [(q.speaker, q.title) for q in find_quotes(body, "ru")] == [("Павел Орлов", "ректор")]


def test_the_owner_of_the_words_speaks():
    body = "The rector’s message was clear: “Every student should study abroad at least once.”"
    assert speakers(body, "en") == ["rector"]


@pytest.mark.parametrize(("body", "lang"), [
    ('Студенты будут жить в общежитии "Маяк", сообщил проректор Иван Сидоров.', "ru"),
    ("Students will live in the “Mayak” dormitory, the vice-rector said.", "en"),
])
def test_building_names_are_not_quotes(body, lang):
    assert texts(body, lang) == []


def test_a_name_first_met_in_the_instrumental_is_kept_in_the_nominative():
    from presspad.core.quotes.finder import find_quotes

    body = ("Документ подписан во время визита делегации во главе с проректором по научной "
            "работе Кристьяном Мяги.\n\nМяги назвал соглашение «запоздалым».")
    assert [(q.speaker, q.title) for q in find_quotes(body, "ru")] == [
        ("Кристьян Мяги", "проректор по научной работе")]


def test_names_with_diacritics_match_their_russian_spelling():
    from presspad.core.quotes.pairing import same_person

    assert same_person("Kristjan Mägi", "Кристьян Мяги") is True
    assert same_person("Ana Petrović", "Ана Петрович") is True
    assert same_person("Kristjan Mägi", "Сергей Беляков") is False


@pytest.mark.parametrize(("body", "lang", "speaker"), [
    ("“We have waited for this day.” That is how Rector Ivan Petrov summed up the year.",
     "en", "Ivan Petrov"),
    ("“We are ready.” With these words, Dean Anna Lee opened the forum.", "en", "Anna Lee"),
    ("«Мы ждали этого дня десять лет» — такими словами ректор Иван Петров открыл конференцию.",
     "ru", "Иван Петров"),
])
def test_an_attribution_that_points_back_at_the_quote(body, lang, speaker):
    assert speakers(body, lang) == [speaker]


def test_a_plain_next_sentence_does_not_attribute():
    body = "Rector Ivan Petrov opened the forum.\n\n“It was cold.” Anna Lee arrived later."
    assert speakers(body, "en") == ["Ivan Petrov"]


@pytest.mark.parametrize(("raw", "title"), [
    ("Associate Professor", "Associate Professor"),
    ("Assistant Professor", "Assistant Professor"),
    ("Head of the Lab Professor", "Head of the Lab"),
    ("the university’s rector", "rector"),
    ("Dr. Aalto’s deputy", "Dr. Aalto’s deputy"),
])
def test_english_title_cleaning(raw, title):
    from presspad.core.quotes.phrase import clean_title

    assert clean_title(raw, "en") == title


def test_associate_professor_keeps_the_rank_as_title():
    from presspad.core.quotes.finder import find_quotes

    body = ("Their supervisor, Associate Professor Dmitry Zaitsev, travelled with them.\n\n"
            "“The students simply froze,” Zaitsev recalled.")
    assert [q.title for q in find_quotes(body, "en")] == ["Associate Professor"]


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("«Учиться никогда не поздно», — улыбнулся декан Олег Ким.", "ru", ["Олег Ким"]),
    ("“It was worth it,” she laughed. Rector Anna Lee opened the forum.", "en", [None]),
    ("Dean Anna Lee met them. “It was worth it,” she laughed.", "en", ["Anna Lee"]),
    ("“Who else would host it?” asked Professor Ole Hansen. “Nobody.”", "en",
     ["Ole Hansen", "Ole Hansen"]),
])
def test_smile_and_laugh_attributions_and_one_word_sentences(body, lang, expected):
    assert speakers(body, lang) == expected
