"""Russian case forms of the sample's people and organisations (pymorphy3)."""

from __future__ import annotations

import pytest

from presspad.core.directory.case_forms import (
    CASES,
    case_forms,
    guess_gender,
    loct_label,
    org_forms,
    person_forms,
)
from presspad.core.directory.model import ORG, PERSON, Entry

PEOPLE = {
    "Владимир Хижняк": ("Владимира Хижняка", "Владимиру Хижняку", "Владимира Хижняка",
                        "Владимиром Хижняком", "Владимире Хижняке"),
    "Александр Масальцев": ("Александра Масальцева", "Александру Масальцеву",
                            "Александра Масальцева", "Александром Масальцевым",
                            "Александре Масальцеве"),
    # Korean name: only the final part declines (as «Ким Ир Сена»).
    "Ли Ён Чоль": ("Ли Ён Чоля", "Ли Ён Чолю", "Ли Ён Чоля", "Ли Ён Чолем", "Ли Ён Чоле"),
}


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_sample_people_in_all_six_cases(name):
    forms = person_forms(name, "m")
    assert forms == dict(zip(CASES, (name, *PEOPLE[name]), strict=True))


def test_gender_is_guessed_from_the_first_name():
    assert guess_gender("Владимир Хижняк") == "m"
    assert guess_gender("Мария Иванова") == "f"
    assert person_forms("Мария Иванова")["ablt"] == "Марией Ивановой"
    # A woman's consonant-final surname does not decline; a man's does.
    assert person_forms("Анна Шевчук")["gent"] == "Анны Шевчук"
    assert person_forms("Олег Шевчук")["gent"] == "Олега Шевчука"


def test_loct_label_adds_the_preposition():
    assert loct_label(person_forms("Владимир Хижняк")["loct"]) == "о Владимире Хижняке"
    assert loct_label("Александре Масальцеве") == "об Александре Масальцеве"


@pytest.mark.parametrize("name, case, expected", [
    ("администрация провинции Кёнгидо", "gent", "администрации провинции Кёнгидо"),
    ("администрация провинции Кёнгидо", "ablt", "администрацией провинции Кёнгидо"),
    ("Университет Ханьян", "gent", "Университета Ханьян"),
    ("Российско-корейский центр технологического сотрудничества провинции Кёнгидо", "gent",
     "Российско-корейского центра технологического сотрудничества провинции Кёнгидо"),
    ("Посольство Российской Федерации в Республике Корея", "gent",
     "Посольства Российской Федерации в Республике Корея"),
    ("Политехнический университет", "ablt", "Политехническим университетом"),
    ("Политехнический университет", "accs", "Политехнический университет"),
    ("корпорация «Газпром»", "datv", "корпорации «Газпром»"),
    ("Санкт-Петербургский политехнический университет Петра Великого", "loct",
     "Санкт-Петербургском политехническом университете Петра Великого"),
])
def test_organisation_head_and_agreeing_adjectives_inflect(name, case, expected):
    assert org_forms(name)[case] == expected


@pytest.mark.parametrize("name", ["«Газпром»", "СПбПУ", "Exoatlet Global",
                                  "Powel Corporation Co., Ltd.", "ПАО «Газпром»"])
def test_quoted_foreign_and_abbreviated_names_stay(name):
    assert set(org_forms(name).values()) == {name}


def test_case_forms_dispatch_on_kind():
    assert case_forms(Entry(kind=PERSON, ru="Владимир Хижняк"))["datv"] == "Владимиру Хижняку"
    assert case_forms(Entry(kind=ORG, ru="Университет Ханьян"))["datv"] == "Университету Ханьян"
    assert case_forms(Entry(kind=ORG, en="KOSDAQ")) == {}


@pytest.mark.parametrize("name, case, expected", [
    ("Анна Сергеевна Петрова", "accs", "Анну Сергеевну Петрову"),
    ("Владимир Владимирович Хижняк", "ablt", "Владимиром Владимировичем Хижняком"),
    ("Мария Склодовская-Кюри", "gent", "Марии Склодовской-Кюри"),
    ("Кузьма Петров-Водкин", "ablt", "Кузьмой Петровым-Водкиным"),
    ("Ким Чен Ын", "gent", "Ким Чен Ына"),   # East-Asian order: only the end declines
    ("Лев Толстой", "ablt", "Львом Толстым"),
    ("В. Хижняк", "datv", "В. Хижняку"),
])
def test_more_people(name, case, expected):
    assert person_forms(name)[case] == expected


@pytest.mark.parametrize("name, case, expected", [
    # The closest form of the lexeme, not pymorphy3's first pick («Высочайшей»).
    ("Высшая школа экономики", "gent", "Высшей школы экономики"),
    ("Высшая школа экономики", "accs", "Высшую школу экономики"),
    ("Российская академия наук", "accs", "Российскую академию наук"),
    ("Ханьянский университет", "gent", "Ханьянского университета"),
])
def test_more_organisations(name, case, expected):
    assert org_forms(name)[case] == expected
