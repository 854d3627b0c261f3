"""Paragraph splitting agrees with findings.locate's paragraph numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presspad.core.text.paragraphs import paragraph_at, split_paragraphs
from presspad.core.text.positions import locate


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


NBSP_LINE = "First paragraph says «раз».\n\u00a0\nSecond “one” here.\n \u00a0 \t\nThird.\n"
MESSY = ["", "\n\n  Indented start\nand more  \n\n\n", NBSP_LINE, "One\n\u00a0\u00a0\nTwo",
         "Only one paragraph, no newline", "a\n\n\n\nb  \n  c\n\n"]


def test_a_line_of_no_break_spaces_separates_paragraphs():
    assert [p.text for p in split_paragraphs(NBSP_LINE)] == [
        "First paragraph says «раз».", "Second “one” here.", "Third."]


def test_spans_hold_no_leading_or_trailing_white_space():
    for body in MESSY:
        for p in split_paragraphs(body):
            assert body[p.start:p.end] == p.text == p.text.strip()


def test_every_former_caller_gets_the_splitters_paragraphs():
    # The quote extractor, the consistency analysis, the findings' positions and
    # the name checks each had a splitter of their own; they now share this one.
    from presspad.core.alignment.consistency import ConsistencySession
    from presspad.core.quotes.finder import analyse
    from presspad.core.text.paragraphs import paragraph_spans

    for body in MESSY:
        spans = [(p.start, p.end) for p in split_paragraphs(body)]
        assert paragraph_spans(body) == spans
        for lang in ("en", "ru"):
            assert analyse(body, lang).paragraphs == spans
        analysis = ConsistencySession().analyse(body, body)
        assert [(p.start, p.end) for p in analysis.en.paragraphs] == spans
        for p in split_paragraphs(body):
            assert locate(body, p.start).paragraph == p.index + 1
            assert locate(body, p.end - 1).paragraph == p.index + 1


def test_name_mismatch_points_at_the_splitters_counterpart_paragraph():
    from presspad.core.checks.context import CheckContext
    from presspad.core.checks.names import check_name_mismatch
    from presspad.core.directory.model import ORG, Entry
    from presspad.core.directory.snapshot import DirectorySnapshot
    from presspad.core.model.release import Release

    release = Release()
    release.en.body = "Intro.\n\u00a0\nWe met Acme Corp today."
    release.ru.body = "Вступление.\n\u00a0\nМы встретились сегодня."
    snapshot = DirectorySnapshot([Entry(kind=ORG, en="Acme Corp", ru="Акме")])
    [finding] = check_name_mismatch(release, CheckContext(directory=snapshot))
    second = split_paragraphs(release.ru.body)[1]
    assert (finding.related.start, finding.related.end) == (second.start, second.end)


def test_no_other_module_splits_paragraphs():
    # A blank-line pattern anywhere else in the code base is a second splitter.
    import re
    from pathlib import Path

    src = Path(__file__).resolve().parents[3] / "src" / "presspad"
    blank_line = re.compile(r"""\\n\[ \\t\]\*\\n|\\n\\s\*\\n|split\(["']\\n\\n["']\)""")
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if p.name != "paragraphs.py" and blank_line.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
