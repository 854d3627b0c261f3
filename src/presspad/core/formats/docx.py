"""Importing a Word ``.docx`` draft with python-docx.

Writers draft in Word. We keep what a press release needs: paragraphs,
italics and bold (as Markdown ``*…*`` and ``**…**``), links (``[text](url)``),
list items and headings; quote marks and dashes stay the characters Word
typed. Tables become GitHub-style Markdown tables where they stood (the
first row is the header; a merged cell's text is in its first cell, the cells
it covers are left empty). The first non-empty paragraph is the title; a last
paragraph that starts like the site profile's credit line becomes the credit.
What cannot be brought over (a table of pictures only) is said in a warning.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage.textio import MiB, read_bytes, size_text
from presspad.core.text.language import detect_lang

logger = logging.getLogger(__name__)

# Characters that would start Markdown syntax if left bare in Word's text.
_ESCAPE_RE = re.compile(r"([\\`*_\[\]])")
_BLOCK_START_RE = re.compile(r"^(\s*)([#>]|\d+[.)]\s|[-+]\s)")


@dataclass
class _Piece:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


def import_docx(path: str | Path, lang: str | None = None,
                profile: str | None = None) -> Release:
    """Read a ``.docx`` file into a one-language release (what was lost is logged)."""
    release, warnings = read_docx(path, lang, profile)
    for warning in warnings:
        logger.warning("%s: %s", path, warning)
    return release


@dataclass
class _Block:
    """A paragraph or a table of the document: its plain text and its Markdown."""

    plain: str
    markdown: str
    table: bool = False


def read_docx(path: str | Path, lang: str | None = None,
              profile: str | None = None) -> tuple[Release, list[str]]:
    """Like :func:`import_docx`, with the warnings about lost content returned."""
    path = Path(path)
    document = _open(path)
    blocks, warnings = _blocks(document)
    if not any(not block.table for block in blocks):
        raise PresspadError("the Word document has no text", path=path,
                            hint="write the release in it, or import another file")
    lang = lang or detect_lang("\n".join(block.plain for block in blocks)[:3000])
    if lang is None:
        raise PresspadError("cannot tell whether this document is English or Russian",
                            path=path, hint="give --lang en or --lang ru")
    release = Release()
    if profile:
        release.profile = profile
    version = release.version(lang)
    first = next(i for i, block in enumerate(blocks) if not block.table)
    version.title = blocks[first].plain
    body = blocks[:first] + blocks[first + 1:]
    credit_prefixes = _credit_prefixes(release.profile, lang)
    if body and credit_prefixes and not body[-1].table and \
            body[-1].plain.startswith(credit_prefixes):
        version.credit = body.pop().plain
    version.body = "\n\n".join(block.markdown for block in body) + "\n" if body else ""
    return release, warnings


def _blocks(document: Any) -> tuple[list[_Block], list[str]]:
    """The non-empty paragraphs and tables in document order, and what was left out."""
    from docx.table import Table

    blocks: list[_Block] = []
    warnings: list[str] = []
    tables = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            tables += 1
            block, lost = _table_block(item)
            where = _where(tables, blocks)
            if block is None:
                warnings.append(f"table {where} was not imported: {lost}")
            else:
                blocks.append(block)
                if lost:
                    warnings.append(f"table {where}: {lost}")
            continue
        markdown = _paragraph_markdown(item)
        if markdown.strip():
            blocks.append(_Block(" ".join(item.text.split()), markdown))
    return blocks, warnings


def _where(number: int, before: list[_Block]) -> str:
    """``2 (after "Budget for 2024")``: which table, told by the paragraph before it."""
    previous = next((block.plain for block in reversed(before) if not block.table), None)
    if previous is None:
        return f"{number} (at the start of the document)"
    shown = previous if len(previous) <= 40 else previous[:40].rsplit(" ", 1)[0] + "…"
    return f'{number} (after "{shown}")'


def _table_block(table: Any) -> tuple[_Block | None, str]:
    """A pipe table for ``table`` (None when it holds no text), and what it lost."""
    rows: list[list[str]] = []
    above: list[Any] = []
    for row in table.rows:
        cells = [None] * row.grid_cols_before + list(row.cells) + [None] * row.grid_cols_after
        texts = []
        for column, cell in enumerate(cells):
            tc = None if cell is None else cell._tc
            merged = tc is not None and (
                (column and cells[column - 1] is not None and cells[column - 1]._tc is tc)
                or (column < len(above) and above[column] is tc))
            texts.append("" if tc is None or merged else _cell_markdown(cell))
        above = [None if cell is None else cell._tc for cell in cells]
        rows.append(texts)
    width = max((len(row) for row in rows), default=0)
    pictures = bool(table._tbl.xpath(".//w:drawing | .//w:pict"))
    lost = "its pictures were not imported" if pictures else ""
    if not any(text for row in rows for text in row):
        return None, "it holds no text" + (" (only pictures)" if pictures else "")
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = [_pipe_row(rows[0]), _pipe_row(["---"] * width)]
    lines += [_pipe_row(row) for row in rows[1:]]
    plain = " ".join(" ".join(cell.text.split()) for row in table.rows
                     for cell in _unique(row.cells))
    return _Block(plain, "\n".join(lines), table=True), lost


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell_markdown(cell: Any) -> str:
    """One cell's text on one line: its paragraphs joined by ``<br>``, ``|`` escaped.

    A table inside the cell is flattened to its cells' text, separated by spaces.
    """
    from docx.table import Table

    parts: list[str] = []
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            inner = " ".join(text for row in item.rows for text in
                             (_cell_markdown(cell) for cell in _unique(row.cells)) if text)
            if inner:
                parts.append(inner)
        else:
            text = _render(list(_pieces(item))).strip()
            if text:
                parts.append(text)
    # A line break inside a paragraph (Shift+Enter) is a break in the cell too.
    joined = "<br>".join(line.strip() for part in parts for line in part.split("\n"))
    return joined.replace("\t", " ").replace("|", "\\|")


def _unique(cells: Any) -> list[Any]:
    """The cells of a row, each merged cell once."""
    seen: list[Any] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


# A .docx is a zip: its parts are checked before python-docx inflates them, so
# a small file that expands to gigabytes (a zip bomb) is refused at once.
PART_LIMIT = 32 * MiB          # one part (document.xml, an image) uncompressed
TOTAL_LIMIT = 128 * MiB        # all parts together
RATIO_LIMIT = 100              # uncompressed / compressed, for parts over 1 MB


def _open(path: Path) -> Any:
    import io

    data = read_bytes(path, "docx")
    _check_parts(io.BytesIO(data), path)
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    # python-docx reports a damaged package with zipfile, KeyError, lxml and its
    # own exception types alike; every one of them means the same to the user.
    except Exception as exc:  # noqa: BLE001
        logger.debug("python-docx failed on %s: %r", path, exc)
        raise PresspadError("not a readable Word document (the file is truncated or damaged)",
                            path=path, hint="open it in Word and save it again as .docx") from None


def _check_parts(stream: Any, path: Path) -> None:
    """Refuse a package whose parts would inflate beyond the limits.

    zipfile stops inflating a part at its declared size, so the declared
    sizes bound what python-docx can be made to read.
    """
    import zipfile

    try:
        parts = zipfile.ZipFile(stream).infolist()
    # A damaged zip fails in many ways (BadZipFile, an unsupported version,
    # truncated structures): python-docx then says so in the user's words below.
    except Exception:  # noqa: BLE001
        return
    finally:
        stream.seek(0)
    total = 0
    for part in parts:
        total += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > PART_LIMIT or (part.file_size > MiB and ratio > RATIO_LIMIT):
            raise PresspadError(
                f"the Word file's part {part.filename} would unpack to "
                f"{size_text(part.file_size)} (presspad reads parts up to "
                f"{size_text(PART_LIMIT)}, packed at most {RATIO_LIMIT}:1)", path=path,
                hint="this is not an ordinary document; save it again from Word")
    if total > TOTAL_LIMIT:
        raise PresspadError(f"the Word file would unpack to {size_text(total)} (presspad "
                            f"reads up to {size_text(TOTAL_LIMIT)})", path=path,
                            hint="save it again from Word without embedded media")


def _credit_prefixes(profile_name: str, lang: str) -> tuple[str, ...]:
    from presspad.core.formats.site.profiles import load_profile

    try:
        return load_profile(profile_name).labels(lang).credit_prefixes
    except PresspadError:
        return ()


def _paragraph_markdown(paragraph: Any) -> str:
    pieces = list(_pieces(paragraph))
    text = _render(pieces).strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title" or style.startswith("Heading"):
        level = style.rsplit(" ", 1)[-1]
        hashes = "#" * (int(level) if level.isdigit() and 1 <= int(level) <= 6 else 1)
        return f"{hashes} {_strip_emphasis(text)}"
    if style.startswith("List"):
        return f"- {text}"
    return _BLOCK_START_RE.sub(lambda m: m[1] + "\\" + m[2], text, count=1)


def _strip_emphasis(text: str) -> str:
    return re.sub(r"(?<!\\)\*+", "", text)


def _run_flag(run: Any, name: str) -> bool:
    value = getattr(run, name)
    if value is None and run.style is not None:
        # Character styles such as "Emphasis" or "Strong" carry the formatting.
        value = getattr(run.style.font, name)
    return bool(value)


def _pieces(paragraph: Any) -> Any:
    from docx.text.hyperlink import Hyperlink

    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            url = item.url or None
            for run in item.runs:
                yield _Piece(run.text, _run_flag(run, "bold"), _run_flag(run, "italic"), url)
        else:
            yield _Piece(item.text, _run_flag(item, "bold"), _run_flag(item, "italic"))


def _render(pieces: list[_Piece]) -> str:
    """Markdown for formatted pieces: merge equal neighbours, then mark them up."""
    merged: list[_Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.url) == (piece.bold, piece.italic, piece.url):
            last.text += piece.text
        else:
            merged.append(_Piece(piece.text, piece.bold, piece.italic, piece.url))
    out: list[str] = []
    index = 0
    while index < len(merged):
        url = merged[index].url
        if url is None:
            out.append(_emphasis(merged[index]))
            index += 1
            continue
        group = []
        while index < len(merged) and merged[index].url == url:
            group.append(_emphasis(merged[index]))
            index += 1
        out.append(f"[{''.join(group)}]({url.replace(' ', '%20').replace(')', '%29')})")
    return "".join(out)


def _emphasis(piece: _Piece) -> str:
    text = _ESCAPE_RE.sub(r"\\\1", piece.text)
    core = text.strip()
    if not core or not (piece.bold or piece.italic):
        return text
    marker = "*" * ((2 if piece.bold else 0) + (1 if piece.italic else 0))
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{marker}{core}{marker}{trail}"
