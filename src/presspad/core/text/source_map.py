"""Where a body's lines stand in the file it was read from.

A check reports offsets in a language's body (the Markdown after the title);
an editor jumping to ``release.md:12:5`` needs the line and column in the
file the user gave, where a title line, front matter, the other language or
the TOML around a ``.presspad`` body come first, and where a site page may
put three blank lines between paragraphs that the body keeps as one.

:class:`SourceMap` finds each non-blank body line in the file, in order
(exactly, or inside a longer line: an indented or quoted copy), and places
blank lines between their neighbours. A line the file writes differently (a
TOML escape) keeps its place by counting from the last line found, so a
position is never far off and never before the body's start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# How far ahead (in file lines) a body line is looked for before it is placed by
# counting: far enough for a front matter or a title block, not the whole file.
_LOOKAHEAD = 400


@dataclass(frozen=True)
class FilePosition:
    line: int     # 1-based, in the file
    column: int   # 1-based, in characters


class SourceMap:
    """Body line -> (file line, column shift), built once per body and file."""

    def __init__(self, file_text: str, body: str, search_from: int = 0) -> None:
        file_lines = file_text.split("\n")
        body_lines = body.split("\n")
        rows: list[tuple[int, int] | None] = [None] * len(body_lines)
        cursor = search_from
        for k, line in enumerate(body_lines):
            if not line.strip():
                continue
            found = _find_line(file_lines, line, cursor)
            if found is not None:
                rows[k] = found
                cursor = found[0] + 1
        # Lines not found (blank, or written otherwise): one line after the
        # previous one, but never onto or past the next line that was found.
        previous = (search_from - 1, 0)
        for k, row in enumerate(rows):
            if row is not None:
                previous = row
                continue
            following = next((r for r in rows[k + 1:] if r is not None), None)
            line = previous[0] + 1
            if following is not None and line >= following[0]:
                line = max(previous[0], following[0] - 1)
            rows[k] = (max(line, 0), 0)
            previous = rows[k]
        self.rows: list[tuple[int, int]] = [r for r in rows if r is not None]
        self.end_of_file = max(len(file_lines) - 1, 0)

    def position(self, body_line: int, body_column: int) -> FilePosition:
        """The file position of the body's 1-based ``body_line`` and ``body_column``."""
        index = max(0, min(body_line - 1, len(self.rows) - 1))
        file_line, shift = self.rows[index] if self.rows else (0, 0)
        return FilePosition(min(file_line, self.end_of_file) + 1, body_column + shift)

    def first_line(self) -> int:
        """The 1-based file line where the body begins."""
        return self.position(1, 1).line


def _find_line(file_lines: list[str], line: str, cursor: int) -> tuple[int, int] | None:
    """The first file line from ``cursor`` that is ``line``, or holds it; with the shift."""
    stop = min(len(file_lines), cursor + _LOOKAHEAD)
    for q in range(cursor, stop):
        if file_lines[q] == line:
            return q, 0
    stripped = line.strip()
    for q in range(cursor, stop):
        where = file_lines[q].find(stripped)
        if where != -1:
            return q, where - (len(line) - len(line.lstrip()))
    return None
