"""SourceMap: a body's lines found in the file they came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.text.source_map import SourceMap


def test_lines_after_a_header_and_inflated_blank_lines():
    body = "First paragraph.\n\nSecond one.\n"
    file_text = "---\nauthor: x\n---\n# Title\n\nFirst paragraph.\n\n\n\nSecond one.\n"
    source = SourceMap(file_text, body)
    assert source.position(1, 3).line == 6 and source.position(1, 3).column == 3
    assert source.position(3, 1).line == 10
    assert 7 <= source.position(2, 1).line <= 9    # the blank line lands between them


def test_an_indented_copy_shifts_the_column():
    source = SourceMap("body = '''\n    Indented text here.\n'''\n", "Indented text here.")
    assert (source.position(1, 1).line, source.position(1, 1).column) == (2, 5)


def test_a_toml_body_is_found_escaped_and_its_columns_counted_so():
    from presspad.core.formats.file_positions import toml_escaped

    body = 'One.\nHe said "yes" and \\ left.\nThree.'
    file_text = '[en]\nbody = """\nOne.\nHe said \\"yes\\" and \\\\ left.\nThree.\n"""'
    source = SourceMap(file_text, body, search_from=2, escape=toml_escaped)
    assert [source.position(k, 1).line for k in (1, 2, 3)] == [3, 4, 5]
    # "left" is column 21 in the body, 24 in the file (two \" and one \\ before it).
    at = source.position(2, 21)
    assert file_text.split("\n")[at.line - 1][at.column - 1:].startswith("left")


def test_a_line_written_otherwise_keeps_its_place_by_counting():
    body = "One.\nTwo, written otherwise.\nThree."
    file_text = 'x = """\nOne.\nTwo, as the file has it.\nThree.\n"""'
    source = SourceMap(file_text, body)
    assert [source.position(k, 1).line for k in (1, 2, 3)] == [2, 3, 4]


def test_the_nearest_line_wins_over_an_exact_copy_further_down():
    # A Markdown hard break (two trailing spaces) is dropped from the body.
    file_text = ("Title\n\nFor the press:  \nWrite to teh office\n\n"
                 "For the press:\nCall teh office\n")
    body = "For the press:\nWrite to teh office\n\nFor the press:\nCall teh office\n"
    source = SourceMap(file_text, body)
    assert [source.position(k, 1).line for k in (1, 2, 4, 5)] == [3, 4, 6, 7]


def test_search_from_skips_an_earlier_copy():
    file_text = "[en]\nSame line.\n[ru]\nSame line.\n"
    assert SourceMap(file_text, "Same line.", search_from=2).position(1, 1).line == 4


def test_an_empty_body_and_a_position_past_the_end():
    source = SourceMap("only\n", "")
    assert source.position(1, 1).line == 1
    assert SourceMap("a\nb\n", "a\nb\n").position(99, 1).line <= 3


_line = st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгд .,«»“”", min_size=1, max_size=30
                ).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(_line, min_size=1, max_size=12, unique=True),
       header=st.lists(st.sampled_from(["---", "title: Z", "# Heading", "", "[en]"]),
                       max_size=6),
       extra_blanks=st.lists(st.integers(0, 3), min_size=12, max_size=12))
def test_every_line_is_found_under_any_header_and_blank_lines(lines, header, extra_blanks):
    """Messy layouts: front matter, a title, site pages' runs of blank lines."""
    body = "\n\n".join(lines)
    file_lines = list(header)
    for n, line in enumerate(lines):
        file_lines.append(line)
        file_lines.extend([""] * (1 + extra_blanks[n]))
    file_text = "\n".join(file_lines)
    source = SourceMap(file_text, body)
    for k, line in enumerate(body.split("\n"), 1):
        if line.strip():
            at = source.position(k, 1)
            assert file_text.split("\n")[at.line - 1][at.column - 1:].startswith(line)
