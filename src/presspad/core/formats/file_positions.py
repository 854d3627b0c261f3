"""Findings' positions in the file a release was read from, not in its bodies.

``FileLocator(path, release).locate(lang, offset)`` gives the line and column
in the file the user named (a ``.presspad``, a Markdown or a site page), so
an editor or a CI annotation jumps to the right place. A file that is not
text (a ``.docx``) has no lines to point at: its positions count in the body,
as the app shows it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS, Release
from presspad.core.storage.textio import read_text
from presspad.core.text.positions import locate
from presspad.core.text.source_map import SourceMap

logger = logging.getLogger(__name__)

# Files whose lines a body is copied from; others (.docx) are reported in body terms.
TEXT_SUFFIXES = {".presspad", ".md", ".markdown", ".txt"}


@dataclass(frozen=True)
class Where:
    paragraph: int    # in the language's body, as the app numbers paragraphs
    line: int         # in the file (in the body when the file is not text)
    column: int
    body_line: int    # in the language's body
    body_column: int


class FileLocator:
    """Turns body offsets of ``release`` into positions in the file at ``path``."""

    def __init__(self, path: str | Path, release: Release) -> None:
        self.release = release
        self._maps: dict[str, SourceMap] = {}
        text = _file_text(Path(path))
        if text is None:
            return
        release_file = Path(path).suffix.lower() == ".presspad"
        for lang in LANGS:
            body = release.body(lang)
            if body:
                start, escape = _body_start(text, lang) if release_file else (0, None)
                self._maps[lang] = SourceMap(text, body, start, escape=escape)

    def locate(self, lang: str, offset: int) -> Where:
        spot = locate(self.release.body(lang), offset)
        source = self._maps.get(lang)
        if source is None:
            return Where(spot.paragraph, spot.line, spot.column, spot.line, spot.column)
        at = source.position(spot.line, spot.column)
        return Where(spot.paragraph, at.line, at.column, spot.line, spot.column)


def _file_text(path: Path) -> str | None:
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return None
    try:
        text, _encoding = read_text(path)
    except PresspadError:  # it was read a moment ago; if it is gone, say body positions
        logger.warning("cannot reread %s for positions", path)
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def toml_escaped(line: str) -> str:
    """A body line as tomli-w writes it inside ``body = \"\"\"…\"\"\"``."""
    return line.replace("\\", "\\\\").replace('"', '\\"')


def _body_start(text: str, lang: str) -> tuple[int, Callable[[str], str] | None]:
    """In a .presspad file, the first line of the ``[lang]`` table's body string and
    how that string writes a line (escaped in a basic string, as is in a literal one)."""
    header = re.search(rf"^\[{lang}\][ \t]*$", text, re.MULTILINE)
    start = header.end() if header else 0
    body = re.compile(r'^body[ \t]*=[ \t]*("""|\'\'\')', re.MULTILINE).search(text, start)
    if body is None:
        return text.count("\n", 0, start), toml_escaped
    escape = toml_escaped if body.group(1) == '"""' else None
    # TOML drops the newline right after the opening quotes.
    after = body.end()
    line = text.count("\n", 0, after)
    return (line + 1 if text[after:after + 1] == "\n" else line), escape
