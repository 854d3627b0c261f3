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
from collections.abc import Callable
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
    """Body line -> (file line, column shift), built once per body and file.

    ``escape`` is how the file writes a body line (a TOML basic string doubles
    ``\\`` and escapes ``"``): lines are looked for escaped, and a column is
    counted over the escaped text before it.
    """

    def __init__(self, file_text: str, body: str, search_from: int = 0,
                 escape: Callable[[str], str] | None = None) -> None:
        file_lines = file_text.split("\n")
        self.body_lines = body.split("\n")
        self.escape = escape
        written = [escape(line) if escape else line for line in self.body_lines]
        rows: list[tuple[int, int] | None] = [None] * len(written)
        cursor = search_from
        for k, line in enumerate(written):
            if not line.strip():
                continue
            found = _find_line(file_lines, line, cursor)
            if found is not None:
                rows[k] = found
                cursor = found[0] + 1
        # Lines not found (blank, or written otherwise): one line after the
        # previous one, but never onto or past the next line that was found.
        following: list[int | None] = [None] * len(rows)
        upcoming = None
        for k in range(len(rows) - 1, -1, -1):
            following[k] = upcoming
            if rows[k] is not None:
                upcoming = rows[k][0]
        previous = search_from - 1
        for k, row in enumerate(rows):
            if row is None:
                line = previous + 1
                if following[k] is not None and line >= following[k]:
                    line = max(previous, following[k] - 1)
                row = rows[k] = (max(line, 0), 0)
            previous = row[0]
        self.rows: list[tuple[int, int]] = [r for r in rows if r is not None]
        self.end_of_file = max(len(file_lines) - 1, 0)

    def position(self, body_line: int, body_column: int) -> FilePosition:
        """The file position of the body's 1-based ``body_line`` and ``body_column``."""
        index = max(0, min(body_line - 1, len(self.rows) - 1))
        file_line, shift = self.rows[index] if self.rows else (0, 0)
        column = body_column
        if self.escape is not None and index < len(self.body_lines):
            column = len(self.escape(self.body_lines[index][:body_column - 1])) + 1
        return FilePosition(min(file_line, self.end_of_file) + 1, column + shift)


def _find_line(file_lines: list[str], line: str, cursor: int) -> tuple[int, int] | None:
    """The nearest file line from ``cursor`` that is ``line`` (trailing spaces aside, as
    a Markdown body drops them), else the nearest that holds it; with the shift."""
    stop = min(len(file_lines), cursor + _LOOKAHEAD)
    bare = line.rstrip()
    for q in range(cursor, stop):
        if file_lines[q].rstrip() == bare:
            return q, 0
    stripped = line.strip()
    for q in range(cursor, stop):
        where = file_lines[q].find(stripped)
        if where != -1:
            return q, where - (len(line) - len(line.lstrip()))
    return None
