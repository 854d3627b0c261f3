"""Importing a Word ``.docx`` draft with python-docx.

Writers draft in Word. We keep what a press release needs: paragraphs,
italics and bold (as Markdown ``*…*`` and ``**…**``), links (``[text](url)``),
list items and headings; quote marks and dashes stay the characters Word
typed. The first non-empty paragraph is the title; a last paragraph that
starts like the site profile's credit line becomes the credit.
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
    """Read a ``.docx`` file into a one-language release."""
    path = Path(path)
    document = _open(path)
    items: list[tuple[str, str]] = []  # (plain text, Markdown) of each non-empty paragraph
    for paragraph in document.paragraphs:
        markdown = _paragraph_markdown(paragraph)
        if markdown.strip():
            items.append((" ".join(paragraph.text.split()), markdown))
    if not items:
        raise PresspadError("the Word document has no text", path=path,
                            hint="write the release in it, or import another file")
    lang = lang or detect_lang("\n".join(plain for plain, _ in items)[:3000])
    if lang is None:
        raise PresspadError("cannot tell whether this document is English or Russian",
                            path=path, hint="give --lang en or --lang ru")
    release = Release()
    if profile:
        release.profile = profile
    version = release.version(lang)
    version.title = items[0][0]
    body = items[1:]
    credit_prefixes = _credit_prefixes(release.profile, lang)
    if body and credit_prefixes and body[-1][0].startswith(credit_prefixes):
        version.credit = body.pop()[0]
    version.body = "\n\n".join(markdown for _, markdown in body) + "\n" if body else ""
    return release


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
