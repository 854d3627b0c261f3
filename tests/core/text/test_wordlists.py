"""Word lists are data files: one word per line, sorted, no duplicates, all read."""

from __future__ import annotations

from pathlib import Path

import pytest

from presspad.core.text.wordlists import parse_word_list, word_list

SRC = Path(__file__).resolve().parents[3] / "src" / "presspad"
LISTS = sorted(SRC.glob("core/*/data/*.txt"))


def test_the_lexicons_are_data_files():
    assert len(LISTS) >= 12


@pytest.mark.parametrize("path", LISTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_word_list_is_sorted_unique_one_word_per_line(path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    lines = text.splitlines()
    assert lines[0].startswith("#"), "a list starts by saying what it is for"
    words = parse_word_list(text)
    assert words == sorted(set(words)), "sorted, without duplicates"
    assert all(w == w.strip() and " " not in w and w == w.lower() for w in words)


@pytest.mark.parametrize("path", LISTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_word_list_is_read_by_its_package(path):
    package = "presspad.core." + path.parent.parent.name
    assert word_list(package, path.stem) == frozenset(parse_word_list(path.read_text("utf-8")))
    module_texts = "".join(p.read_text(encoding="utf-8") for p in path.parent.parent.glob("*.py"))
    assert f'"{path.stem}"' in module_texts, "every list is read somewhere"


def test_lexicon_reads_its_lists():
    from presspad.core.quotes import lexicon

    assert "said" in lexicon.EN_SPEECH_VERBS and "сказать" in lexicon.RU_SPEECH_LEMMAS
    assert "rector" in lexicon.EN_TITLE_WORDS
