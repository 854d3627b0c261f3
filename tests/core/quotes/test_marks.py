"""Pairing quote marks: nesting, apostrophes, multi-paragraph and broken quotes."""

from __future__ import annotations

from presspad.core.quotes.marks import scan_marks


def _pairs(text: str):
    return [(s.open_mark, text[s.start:s.end], s.closed, s.depth) for s in scan_marks(text).spans]


def test_english_pair_with_nested_single_quotes():
    text = "He said: “We call it ‘the lab’ now.” Then left."
    assert _pairs(text) == [("“", "We call it ‘the lab’ now.", True, 0),
                            ("‘", "the lab", True, 1)]


def test_apostrophes_are_not_closing_marks():
    text = "“Don’t worry about the students’ visas,” she said. It’s fine."
    spans = scan_marks(text).spans
    assert len(spans) == 1 and spans[0].closed
    assert text[spans[0].start:spans[0].end] == "Don’t worry about the students’ visas,"


def test_russian_guillemets_with_nested_low_marks():
    text = "Он сказал: «Наш девиз „Знание — в дело“ появился не вчера»."
    assert _pairs(text) == [("«", "Наш девиз „Знание — в дело“ появился не вчера", True, 0),
                            ("„", "Знание — в дело", True, 1)]


def test_straight_quotes_pair_by_position():
    text = '"We started small," said Volkov. "Now we are eleven."'
    assert [p[1] for p in _pairs(text)] == ["We started small,", "Now we are eleven."]


def test_multi_paragraph_quote_in_english_convention_is_one_span():
    text = "She said: “First paragraph.\n\n“Second paragraph.”\n\nAfter."
    (span,) = scan_marks(text).spans
    assert span.closed and span.reopened and not span.split_at
    assert text[span.start:span.end] == "First paragraph.\n\n“Second paragraph."


def test_quote_broken_by_a_stray_paragraph_break_is_marked_split():
    text = "“Our students will work on\n\nreal projects,” said Park."
    (span,) = scan_marks(text).spans
    assert span.closed and span.split_at == [text.index("\n\n")]


def test_unclosed_quote_ends_at_its_paragraph():
    text = "He said: “We built it fast, he said.\n\nNext paragraph “closed” here."
    spans = scan_marks(text).spans
    assert not spans[0].closed and spans[0].end == text.index("\n\n")
    assert spans[1].closed


def test_closing_mark_without_opening_is_stray():
    result = scan_marks("Nothing opened here» at all.")
    assert result.spans == [] and result.stray == [(len("Nothing opened here"), "»")]
