"""Matching speakers across scripts and pairing the two versions' quotes."""

from __future__ import annotations

import pytest

from presspad.core.quotes.finder import find_quotes
from presspad.core.quotes.pairing import pair_quotes, same_person


@pytest.mark.parametrize(("en", "ru"), [
    ("Vladimir Khizhnyak", "Владимир Хижняк"),
    ("Lee Yong Chol", "Ли Ён Чоль"),
    ("Viktor Semin", "Виктор Сёмин"),
    ("Markus Lindqvist", "Маркус Линдквист"),
    ("Nguyen Thi Lan", "Нгуен Тхи Лан"),
    ("Kuznetsov", "Павел Кузнецов"),
    ("Park Ji-hoon", "Пак Джи Хун"),
    ("Zhang Wei", "Чжан Вэй"),
    ("Andrei Rudskoi", "Андрей Рудской"),
])
def test_same_person_across_scripts(en, ru):
    assert same_person(en, ru) is True


def test_different_people_do_not_match():
    assert same_person("Elena Sorokina", "Андрей Волков") is False
    assert same_person("Andrei Volkov", "Андрей Смирнов") is False
    assert same_person(None, "Андрей Волков") is None


def test_directory_verdict_wins():
    class Directory:
        def same_person(self, en, ru):
            return en == "Jim Smith" and ru == "Джеймс Смит-Младший"

    assert same_person("Jim Smith", "Джеймс Смит-Младший", Directory()) is True
    assert same_person("Jim Smith", "Иван Смит", Directory()) is False


def test_partner_directory_entries_decide(monkeypatch):
    import sys
    import types
    from dataclasses import dataclass

    @dataclass
    class Entry:
        id: int
        kind: str
        en: str
        ru: str

    entries = [Entry(1, "person", "Jim Smith", "Джеймс Смит-Младший"),
               Entry(2, "person", "Ivan Smith", "Иван Смит")]

    def find_entries(directory, text):
        return [e for e in directory if text in (e.en, e.ru)]

    module = types.ModuleType("presspad.core.directory.snapshot")
    module.find_entries = find_entries
    monkeypatch.setitem(sys.modules, "presspad.core.directory.snapshot", module)
    assert same_person("Jim Smith", "Джеймс Смит-Младший", entries) is True
    assert same_person("Jim Smith", "Иван Смит", entries) is False
    # Not in the directory: transliteration decides.
    assert same_person("Pavel Kuznetsov", "Павел Кузнецов", entries) is True


def test_pairing_leaves_the_untranslated_quotes_alone():
    en = ("“We start in May,” said Pavel Kuznetsov, Head of the Laboratory.\n\n"
          "“There are very few such schools,” said Ingrid Dahl, Associate Professor. "
          "“This is one of them.”\n")
    ru = "«Мы начинаем в мае», — сказал заведующий лабораторией Павел Кузнецов.\n"
    pairs = pair_quotes(find_quotes(en, "en"), find_quotes(ru, "ru"), len(en), len(ru))
    assert [(p.en is not None, p.ru is not None) for p in pairs] == [
        (True, True), (True, False), (True, False)]
