"""Patterns of real published text (issue: quotes on real releases), both languages."""

from __future__ import annotations

import pytest

from presspad.core.quotes.finder import find_quotes


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, lang)]


def test_shvydkoy_is_not_shvydkiy():
    # pymorphy3 puts «Швыдкого» back as «Швыдкий»; the text writes «Швыдкой».
    text = ("Министр культуры Михаил Швыдкой открыл фестиваль.\n\n"
            "По словам Михаила Швыдкого, «фестиваль станет ежегодным».\n\n"
            "«Мы рады гостям», — сказал Швыдкой.\n")
    assert speakers(text, "ru") == ["Михаил Швыдкой", "Михаил Швыдкой"]
    first_oblique = ("По словам Михаила Швыдкого, «фестиваль станет ежегодным».\n\n"
                     "Михаил Швыдкой добавил: «Мы рады гостям».\n")
    assert speakers(first_oblique, "ru") == ["Михаил Швыдкой", "Михаил Швыдкой"]


@pytest.mark.parametrize(("phrase", "speaker"), [
    ("По словам Ирины Валентиновны Береговой", "Ирина Валентиновна Береговая"),
    ("По мнению Степана Андреевича Лугового", "Степан Андреевич Луговой"),
    ("По словам Павла Орлова", "Павел Орлов"),
])
def test_adjectival_surnames_take_the_persons_gender_in_the_nominative(phrase, speaker):
    assert speakers(f"{phrase}, «работа только начинается».\n", "ru") == [speaker]


def test_an_organisation_is_not_the_she_who_explained():
    text = ("БПУ и Университет Литораль Аустраль проведут школу.\n\n"
            "Декан инженерного факультета Лусия Ферранте сообщила, что занятия пройдут "
            "на английском.\n\n«Мы не требуем свободного владения языком», — пояснила она.\n")
    assert speakers(text, "ru") == ["Лусия Ферранте"]


def test_a_sentence_ending_after_a_quote_ends_the_title_run():
    text = ("«Турбины работают на пределе», — сказал проректор Михаил Орехов. "
            "Декан факультета Лусия Ферранте добавила: «Ждём студентов».\n")
    quotes = find_quotes(text, "ru")
    assert quotes[1].speaker == "Лусия Ферранте"
    assert "Турбины" not in (quotes[1].title or "") and quotes[1].title.startswith("декан")
