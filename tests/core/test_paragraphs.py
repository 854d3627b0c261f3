"""Paragraph splitting agrees with findings.locate's paragraph numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presspad.core.model.findings import locate
from presspad.core.text.paragraphs import paragraph_at, split_paragraphs


def test_blank_lines_separate_paragraphs():
    body = "\n\nFirst line\nsecond line\n\n  \n\nSecond\n\n\n\nThird\n"
    paragraphs = split_paragraphs(body)
    assert [p.text for p in paragraphs] == ["First line\nsecond line", "Second", "Third"]
    for p in paragraphs:
        assert body[p.start:p.end] == p.text
    assert [p.index for p in paragraphs] == [0, 1, 2]


def test_paragraph_at():
    paragraphs = split_paragraphs("a\n\nbb\n\nccc")
    assert paragraph_at(paragraphs, 0) == 0
    assert paragraph_at(paragraphs, 4) == 1
    assert paragraph_at(paragraphs, 8) == 2


@given(st.lists(st.sampled_from(["", " ", "\t", "text", "more words", "  indented"]),
                max_size=12))
def test_numbering_matches_locate(lines):
    body = "\n".join(lines)
    for p in split_paragraphs(body):
        # (locate counts a line from its first non-blank character on.)
        first_char = p.start + len(p.text) - len(p.text.lstrip())
        assert locate(body, first_char).paragraph == p.index + 1
        assert locate(body, p.end - 1).paragraph == p.index + 1
