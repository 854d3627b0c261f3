"""Completion lookup: prefixes of any word, ё = е, best first, Russian case forms."""

from __future__ import annotations

import pytest

from presspad.core.directory.completion import CompletionIndex, current_prefix, replacement_start
from presspad.core.directory.model import ORG, Entry
from presspad.core.directory.snapshot import DirectorySnapshot, starter_entries


@pytest.fixture(scope="module")
def index() -> CompletionIndex:
    return CompletionIndex(starter_entries())


def texts(results) -> list[str]:
    return [r.text for r in results]


def test_prefix_of_a_later_word_finds_the_person(index):
    assert texts(index.lookup("Khi", "en")) == ["Vladimir Khizhnyak"]
    assert texts(index.lookup("khizh", "en")) == ["Vladimir Khizhnyak"]


def test_one_letter_is_not_enough(index):
    assert index.lookup("K", "en") == []


def test_yo_and_case_are_ignored(index):
    found = texts(index.lookup("КЕН", "ru"))
    assert "администрация провинции Кёнгидо" in found
    assert texts(index.lookup("кён", "ru")) == found


def test_language_is_respected(index):
    assert index.lookup("Хиж", "en") == []
    assert texts(index.lookup("Хиж", "ru")) == ["Владимир Хижняк"]


def test_best_first_name_start_then_canonical_then_short(index):
    found = texts(index.lookup("gy", "en"))
    assert found[:2] == ["Gyeonggi Province Administration",
                         "Gyeonggi-Russia Technology Cooperation Center"]
    assert found.index("Gyeonggi Provincial Administration") == 2
    polytech = texts(index.lookup("poly", "en"))
    # Names that start with the word come before those that only contain it.
    assert polytech.index("Polytech") < polytech.index(
        "Peter the Great St. Petersburg Polytechnic University")


def test_a_short_form_match_is_followed_by_the_canonical_name(index):
    assert texts(index.lookup("SPb", "en")) == [
        "SPbPU", "Peter the Great St. Petersburg Polytechnic University"]
    found = index.lookup("спб", "ru")
    assert texts(found) == [
        "СПбПУ", "Санкт-Петербургский политехнический университет Петра Великого"]
    assert found[1].role == "canonical"
    assert found[1].forms["gent"].startswith("Санкт-Петербургского политехнического")


def test_russian_results_carry_case_forms(index):
    [result] = index.lookup("Хиж", "ru")
    assert result.forms["datv"] == "Владимиру Хижняку"
    assert result.forms["ablt"] == "Владимиром Хижняком"
    assert result.canonical == "Владимир Хижняк" and result.other == "Vladimir Khizhnyak"
    assert index.lookup("Khi", "en")[0].forms == {}


def test_several_typed_words_narrow_the_names(index):
    assert texts(index.lookup("Gyeonggi-R", "en")) == [
        "Gyeonggi-Russia Technology Cooperation Center"]
    assert texts(index.lookup("Vladimir Kh", "en")) == ["Vladimir Khizhnyak"]
    assert texts(index.lookup("провинции кён", "ru")) == [
        "администрация провинции Кёнгидо",
        "Российско-корейский центр технологического сотрудничества провинции Кёнгидо"]
    assert index.lookup("Vladimir Kx", "en") == []


def test_limit_and_duplicates():
    entries = [Entry(kind=ORG, en=f"Alpha Alpine {i}") for i in range(30)]
    found = CompletionIndex(entries).lookup("al", "en", limit=7)
    assert len(found) == 7 and len({r.text for r in found}) == 7


def test_snapshot_builds_the_index_once():
    snap = DirectorySnapshot(starter_entries())
    assert snap.completion is snap.completion


def test_replacement_start_covers_the_typed_words():
    assert replacement_start("said Vladimir Kh", "Vladimir Khizhnyak") == 5
    # The typed word is replaced even when it only matches a later word of the name.
    assert replacement_start("said Kh", "Vladimir Khizhnyak") == 5
    assert replacement_start("said khi", "Khizhnyak") == 5
    assert replacement_start("Кёнгидо и адм", "администрация провинции Кёнгидо") == 10
    # Never from the middle of a word.
    assert replacement_start("said Vladimir Khizh", "Khizhnyak") == 14


def test_current_prefix():
    assert current_prefix("said Vladimir Khi") == "Khi"
    assert current_prefix("центр Кён") == "Кён"
    assert current_prefix("Gyeonggi-Ru") == "Gyeonggi-Ru"
    assert current_prefix("end. ") == ""


def test_forms_computed_elsewhere_are_used_before_computing():
    from presspad.core.directory import completion

    entries = starter_entries()
    table = completion.forms_table(entries)
    person = next(e for e in entries if e.ru == "Владимир Хижняк")
    assert dict(table[(person.kind, person.gender, "Владимир Хижняк")])["datv"] == \
        "Владимиру Хижняку"
    # A learned table wins: the app's process takes the worker's forms as they are.
    learned = dict(table)
    learned[(person.kind, person.gender, "Владимир Хижняк")] = (("datv", "ЗНАЕМ ИЗВНЕ"),)
    completion.learn_forms(learned)
    try:
        result = CompletionIndex(entries).lookup("Хиж", "ru")[0]
        assert result.forms == {"datv": "ЗНАЕМ ИЗВНЕ"}
    finally:
        completion.learn_forms({})
    assert CompletionIndex(entries).lookup("Хиж", "ru")[0].forms["datv"] == "Владимиру Хижняку"


def test_updating_the_index_in_place_equals_rebuilding_it():
    """Random edits applied with update() answer every prefix as a fresh index does."""
    import random

    from presspad.core.directory.completion import CompletionIndex
    from presspad.core.directory.model import ORG, PERSON, Entry

    rng = random.Random(3)
    syllables = ["ka", "lo", "mi", "ne", "ra", "han", "yang", "ки", "ло", "хан", "ян"]

    def name() -> str:
        return " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3)))
                        .capitalize() for _ in range(rng.randint(1, 3)))

    entries = {n: Entry(kind=rng.choice([ORG, PERSON]), en=name(), ru=name(), id=n,
                        short_en=[name()] if rng.random() < 0.3 else [])
               for n in range(1, 300)}
    index = CompletionIndex(list(entries.values()))
    next_id = 300
    for _round in range(40):
        changed, removed = [], set()
        for _ in range(rng.randint(1, 8)):
            action = rng.random()
            if action < 0.3 and entries:
                victim = rng.choice(sorted(entries))
                removed.add(victim)
                entries.pop(victim)
            elif action < 0.7 and entries:
                target = rng.choice(sorted(entries))
                entries[target] = Entry(kind=ORG, en=name(), ru=name(), id=target)
                changed.append(entries[target])
            else:
                entries[next_id] = Entry(kind=PERSON, en=name(), ru=name(), id=next_id)
                changed.append(entries[next_id])
                next_id += 1
        changed = [e for e in changed if e.id not in removed]
        index.update(changed, removed)
        fresh = CompletionIndex(sorted(entries.values(), key=lambda e: e.id))
        assert len(index) == len(fresh)
        for prefix in ("ka", "han", "Hanya", "ки", "хан", "yang ka", "lo mi"):
            for lang in ("en", "ru"):
                # Every match (equal ranks may come in another order: ids differ).
                got = [(c.entry.id, c.text) for c in index.lookup(
                    prefix, lang, limit=10_000, with_forms=False)]
                want = [(c.entry.id, c.text) for c in fresh.lookup(
                    prefix, lang, limit=10_000, with_forms=False)]
                assert sorted(got) == sorted(want), (prefix, lang)
