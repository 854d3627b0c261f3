"""Find and replace rules: case, whole words (Cyrillic too), regular expressions."""

from __future__ import annotations

import pytest

from presspad.core.text.search import (
    Query,
    SearchError,
    check_template,
    compile_query,
    find_all,
    replacement,
)


def spans(query: Query, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in find_all(compile_query(query), text)]


def test_plain_text_ignores_case_unless_asked():
    text = "Polytech and POLYTECH and polytechnic"
    assert len(spans(Query("polytech"), text)) == 3
    assert spans(Query("POLYTECH", match_case=True), text) == [(13, 21)]


def test_whole_words_latin_and_cyrillic():
    text = "Политех, политехнический; ПОЛИТЕХ и мегаполитех"
    assert spans(Query("политех", whole_words=True), text) == [(0, 7), (26, 33)]
    assert len(spans(Query("политех"), text)) == 4
    assert spans(Query("art", whole_words=True), "art, party, art.") == [(0, 3), (12, 15)]


def test_whole_words_with_a_query_ending_in_punctuation():
    assert spans(Query("«Ростех", whole_words=True), "«Ростех» и «Ростехно»") == [(0, 7)]


def test_special_characters_are_literal_without_regex():
    assert spans(Query("a.b"), "axb a.b") == [(4, 7)]
    assert spans(Query("a.b", regex=True), "axb a.b") == [(0, 3), (4, 7)]


def test_empty_query_and_empty_matches_find_nothing():
    assert compile_query(Query("")) is None
    assert find_all(None, "text") == []
    assert spans(Query("x*", regex=True), "abc") == []
    assert spans(Query("b*", regex=True), "abbc") == [(1, 3)]


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "(?P<x>a)(?P<x>b)"])
def test_invalid_regex_says_why(pattern):
    with pytest.raises(SearchError) as info:
        compile_query(Query(pattern, regex=True))
    assert str(info.value)


def test_replacement_groups_only_in_regex_mode():
    query = Query(r"(\w+) (?P<last>\w+)", regex=True)
    match = find_all(compile_query(query), "Vladimir Khizhnyak")[0]
    assert replacement(match, r"\g<last>, \1", regex=True) == "Khizhnyak, Vladimir"
    assert replacement(match, r"\g<last>, \1", regex=False) == r"\g<last>, \1"


def test_bad_templates_are_errors():
    pattern = compile_query(Query("(a)", regex=True))
    check_template(pattern, r"\1")
    for bad in (r"\2", "x\\", r"\g<nope>"):
        with pytest.raises(SearchError):
            check_template(pattern, bad)
    match = find_all(pattern, "a")[0]
    with pytest.raises(SearchError):
        replacement(match, r"\g<nope>", regex=True)


def test_regex_anchors_match_at_each_line():
    text = "lab one\nlab two\n\nlab three"
    assert spans(Query("^lab", regex=True), text) == [(0, 3), (8, 11), (17, 20)]
    assert spans(Query("e$", regex=True), text) == [(6, 7), (25, 26)]
    assert spans(Query("^lab"), "^lab lab") == [(0, 4)]   # literal without regex
