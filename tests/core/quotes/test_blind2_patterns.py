"""Regression tests for patterns the second blind set (tests/data/quotes_blind2) exposed."""

from __future__ import annotations

import pytest

from presspad.core.quotes.finder import find_quotes
from presspad.core.quotes.names import find_mentions, parse_person
from presspad.core.quotes.phrase import name_runs, tokenize


def speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(body, lang)]


def mentioned(text: str, lang: str) -> list[str]:
    return [ref.name for ref in find_mentions(text, 0, len(text), lang)]


# A sentence end stops a name: "… Олег Зуев. Участники семинара …" is not one name.
@pytest.mark.parametrize(("body", "speaker"), [
    ("Гостей встретил декан факультета Олег Зуев. Участники семинара осмотрели кампус.\n\n"
     "Зуев добавил: «Мы рады новым партнёрам».", "Олег Зуев"),
    ("Церемонию открыл ректор Павел Лосев. Ректор отметил: «Это важный день для вуза».",
     "Павел Лосев"),
])
def test_a_sentence_end_ends_a_russian_name(body, speaker):
    assert speakers(body, "ru") == [speaker]


def test_initials_and_abbreviations_do_not_end_a_run():
    tokens = tokenize("Dr. Anna K. Vogel spoke")
    assert (0, 4) in name_runs(tokens, lambda t: t[:1].isupper())
    tokens = tokenize("Петров. Группа")
    assert name_runs(tokens, lambda t: t[:1].isupper()) == [(0, 1), (1, 2)]


def test_an_introduced_name_after_the_verb_beats_a_word_of_an_institution():
    ref = parse_person("президент Университета имени Ибн-Сины доктор Омар Хаддад", "ru",
                       prefer="first")
    assert ref is not None and ref.name == "Омар Хаддад"
    body = ("«Мы открыты для студентов из России», — сказал проректор Университета "
            "короля Фейсала доктор Юсуф Аль-Амри.")
    assert speakers(body, "ru") == ["Юсуф Аль-Амри"]


def test_a_foreign_first_name_read_as_an_accusative_still_starts_the_name():
    text = "В делегацию вошла координатор программ обмена Ану Пиллаи."
    assert "Ану Пиллаи" in mentioned(text, "ru")


def test_a_plural_role_titles_nobody():
    # "среди студентов Бонна": a city after a plural noun is not a person.
    text = "Как отметила Ану Пиллаи, интерес растёт среди студентов Бонна."
    assert "Бонна" not in mentioned(text, "ru")
    body = ("В делегацию вошла координатор Ану Пиллаи. Как отметила Ану Пиллаи, интерес "
            "растёт среди студентов Бонна. «Заявок вдвое больше, чем мест», — сказала она.")
    assert speakers(body, "ru") == ["Ану Пиллаи"]


@pytest.mark.parametrize("text", [
    "Guests came from the Indian Institute of Technology Kanpur and Cairo University.",
    "Sunil Rao, Professor at IIT Kanpur, said the visit was useful.",
    "The partners include TU Graz and KTH.",
])
def test_a_word_ending_an_institution_name_is_not_a_person(text):
    assert not {"Kanpur", "Graz"} & set(mentioned(text, "en"))


def test_a_pronoun_after_an_institution_name_finds_the_person():
    body = ("Guests came from the Indian Institute of Technology Kanpur.\n\n"
            "Sunil Rao, Professor at IIT Kanpur, said his students would come in May. "
            "*“We have a lot to learn from each other,”* he stressed.")
    assert speakers(body, "en") == ["Sunil Rao"]


def test_professor_before_a_single_surname_still_titles_it():
    assert "Keller" in mentioned("The talk was given by Professor Keller of TU Graz.", "en")


def test_a_name_after_an_institution_with_and_keeps_its_title():
    text = ("The guests were met by Director of the Higher School of Physics and Optics "
            "Pavel Grin.")
    refs = find_mentions(text, 0, len(text), "en")
    assert [(r.name, r.title) for r in refs] == [
        ("Pavel Grin", "Director of the Higher School of Physics and Optics")]


def test_two_titled_people_joined_by_and_stay_apart():
    text = ("They were met by Vice-Rector for Science Olga Rud and Director of the "
            "Institute of Physics and Mechanics Ivan Lapin.")
    refs = {r.name: r.title for r in find_mentions(text, 0, len(text), "en")}
    assert refs == {"Olga Rud": "Vice-Rector for Science",
                    "Ivan Lapin": "Director of the Institute of Physics and Mechanics"}


def test_a_russian_title_stops_at_the_sentence_before():
    text = ("Гостей встретил декан Олег Зуев. Группу возглавила заведующая кафедрой "
            "оптики профессор Мэй Лин.")
    refs = {r.name: r.title for r in find_mentions(text, 0, len(text), "ru")}
    assert refs["Мэй Лин"] == "заведующая кафедрой оптики"


def test_a_role_word_that_opens_no_title_gives_way_to_the_next():
    text = "Куратором смены был ведущий инженер лаборатории Пётр Сомов."
    refs = find_mentions(text, 0, len(text), "ru")
    assert [(r.name, r.title) for r in refs] == [("Пётр Сомов", "ведущий инженер лаборатории")]


def test_a_fuller_title_wins_over_a_headline_short_form():
    body = ("Проректор Анна Лис: «Мы растём»\n\n"
            "Гостей встретила проректор по науке Анна Лис.\n\n"
            "«Мы растём и будем расти», — сказала Анна Лис.")
    quotes = find_quotes(body, "ru")
    assert quotes[-1].speaker == "Анна Лис"
    assert quotes[-1].title == "проректор по науке"


@pytest.mark.parametrize(("body", "lang", "speaker"), [
    ("Head of the Department of Optics Zhang Min welcomed the guests.\n\n"
     "In his welcoming speech, the rector emphasized: “We are open to new partners.”",
     "en", "rector"),
    ("Гостей приветствовал проректор по науке Юрий Фомин.\n\n"
     "В своём слове ректор подчеркнул: «Мы открыты для новых партнёров».", "ru", "ректор"),
])
def test_a_role_nobody_named_holds_is_not_the_last_person_named(body, lang, speaker):
    assert speakers(body, lang) == [speaker]


def test_a_role_still_finds_the_last_person_with_no_other_post():
    body = ("The guests were welcomed by Olga Rudova.\n\n"
            "The director noted: “We are open to new partners.”")
    assert speakers(body, "en") == ["Olga Rudova"]


def test_an_uninflectable_foreign_name_in_the_genitive_is_the_person_named_before():
    body = ("Гостей встретил профессор Университета Цинхуа Ли Вэй.\n\n"
            "По мнению профессора Ли Вэя, «студенты любят Петербург».")
    quotes = find_quotes(body, "ru")
    assert [q.speaker for q in quotes] == ["Ли Вэй"]


def test_husband_and_wife_surnames_are_not_merged():
    body = ("Выступили профессор Иван Иванов и доцент Мария Иванова.\n\n"
            "«Мы рады», — сказала Мария Иванова.")
    assert speakers(body, "ru") == ["Мария Иванова"]
