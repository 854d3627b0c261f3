"""The ``.presspad`` file: one UTF-8 TOML document per release.

TOML keeps the file readable and diff-friendly in git: metadata as plain keys,
each body as a multi-line string. It is read with the standard library's
``tomllib`` and written with ``tomli_w`` (its maintained counterpart).

Layout (format 1)::

    format = 1
    profile = "spbpu"
    date = 2020-10-29

    [en]
    title = "..."
    credit = "..."
    body = \"\"\"
    Markdown...
    \"\"\"

    [[en.media]]
    text = "..."
    url = "..."

    [[en.images]]
    src = "photo.jpg"
    alt = "..."

    [ru]
    ...

    [[ignored]]
    code = "number-mismatch"
    key = "..."
    reason = "..."
    author = "..."
    at = 2026-12-04T10:00:00Z

    [[comments]]
    id = "c1"
    lang = "en"
    quote = "the text commented on"
    text = "the comment"
    start = 120
    prefix = "..."
    suffix = "..."

Keys added later (images, the author and time of an ignore, comments) are
optional, so a file written before them still opens, and an older presspad
reading a newer file ignores what it does not know.
"""

from __future__ import annotations

import datetime as _dt
import logging
import tomllib
from pathlib import Path
from typing import Any

from presspad.core.model.errors import DecodeError, PresspadError, UnsupportedFormatError
from presspad.core.model.release import (
    LANGS,
    Comment,
    IgnoredFinding,
    ImageRef,
    LangVersion,
    MediaLink,
    Release,
)
from presspad.core.storage.textio import (
    atomic_write_text,
    decode_bytes,
    read_bytes,
    remove_stale_temporaries,
)

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
SUFFIX = ".presspad"
_BROKEN_HINT = "the file is damaged; restore it from a backup or fix it in a text editor"


def dumps(release: Release) -> str:
    """Serialise a release to the text of a ``.presspad`` file."""
    import tomli_w

    data: dict[str, Any] = {"format": FORMAT_VERSION, "profile": release.profile}
    if release.date is not None:
        data["date"] = release.date
    for lang in LANGS:
        version = release.version(lang)
        table: dict[str, Any] = {"title": version.title, "credit": version.credit,
                                 "body": version.body}
        if version.media:
            table["media"] = [{"text": m.text, "url": m.url} for m in version.media]
        if version.images:
            table["images"] = [_without_empty({"src": i.src, "alt": i.alt, "caption": i.caption})
                               for i in version.images]
        if version.layout:
            table["layout"] = version.layout
        data[lang] = table
    if release.ignored:
        data["ignored"] = [_without_empty({
            "code": i.code, "key": i.key, "reason": i.reason, "author": i.author, "at": i.at,
            "message": i.message, "lang": i.lang}, keep=("reason",)) for i in release.ignored]
    if release.comments:
        data["comments"] = [_without_empty({
            "id": c.id, "lang": c.lang, "quote": c.quote, "text": c.text, "start": c.start,
            "prefix": c.prefix, "suffix": c.suffix, "author": c.author, "created": c.created,
            "resolved": c.resolved}, keep=("quote", "text")) for c in release.comments]
    header = "# presspad release: English and Russian Markdown bodies, edit with presspad\n"
    return header + tomli_w.dumps(data, multiline_strings=True)


def _without_empty(table: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """``table`` without its unset values (TOML has no null), short to read in a diff."""
    return {k: v for k, v in table.items()
            if k in keep or (v is not None and v != "" and v is not False)}


def loads(text: str, path: str | Path | None = None) -> Release:
    """Parse the text of a ``.presspad`` file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _error_line(str(exc))
        raise PresspadError(f"not a valid presspad release ({exc})", path=path, line=line,
                            hint=_BROKEN_HINT) from None
    except RecursionError:
        # tomllib recurses per nesting level; thousands of "[" exhaust the stack.
        raise PresspadError("not a valid presspad release (nested too deeply)", path=path,
                            hint=_BROKEN_HINT) from None
    fmt = data.get("format")
    if not isinstance(fmt, int):
        raise PresspadError("not a presspad release (no format version)", path=path,
                            hint="open a .presspad file, or use 'presspad import' for text")
    if fmt > FORMAT_VERSION:
        raise UnsupportedFormatError(
            f"written by a newer presspad (format {fmt}; this version reads up to "
            f"{FORMAT_VERSION})", path=path, hint="update presspad to open it")
    try:
        return _release_from_data(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise PresspadError(f"not a valid presspad release ({exc})", path=path,
                            hint=_BROKEN_HINT) from None


def _error_line(message: str) -> int | None:
    marker = "(at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].rstrip(")")
        if digits.isdigit():
            return int(digits)
    return None


def _release_from_data(data: dict[str, Any]) -> Release:
    date = data.get("date")
    if date is not None and not isinstance(date, _dt.date):
        date = _dt.date.fromisoformat(str(date))
    release = Release(date=date, profile=str(data.get("profile", "spbpu")))
    for lang in LANGS:
        table = data.get(lang, {})
        if not isinstance(table, dict):
            raise ValueError(f"[{lang}] must be a table")
        setattr(release, lang, LangVersion(
            title=_str(table, "title"),
            body=_str(table, "body"),
            credit=_str(table, "credit"),
            media=[MediaLink(text=str(m["text"]), url=str(m["url"]))
                   for m in table.get("media", [])],
            images=[ImageRef(src=str(i["src"]), alt=str(i.get("alt", "")),
                             caption=str(i.get("caption", "")))
                    for i in table.get("images", [])],
            layout=dict(table.get("layout", {})),
        ))
    release.ignored = [IgnoredFinding(code=str(i["code"]), key=str(i["key"]),
                                      reason=str(i.get("reason", "")),
                                      author=str(i.get("author", "")), at=_when(i.get("at")),
                                      message=str(i.get("message", "")),
                                      lang=str(i.get("lang", "")))
                       for i in data.get("ignored", [])]
    release.comments = [Comment(id=str(c["id"]), lang=_lang(c.get("lang")),
                                quote=str(c["quote"]), text=str(c["text"]),
                                start=int(c.get("start", 0)), prefix=str(c.get("prefix", "")),
                                suffix=str(c.get("suffix", "")), author=str(c.get("author", "")),
                                created=_when(c.get("created")),
                                resolved=bool(c.get("resolved", False)))
                        for c in data.get("comments", [])]
    return release


def _when(value: Any) -> _dt.datetime | None:
    """A TOML date-time (or its ISO text) as a datetime; None when absent."""
    if value is None or isinstance(value, _dt.datetime):
        return value
    return _dt.datetime.fromisoformat(str(value))


def _lang(value: Any) -> str:
    if value not in LANGS:
        raise ValueError(f"a comment's lang must be one of {', '.join(LANGS)}")
    return str(value)


def _str(table: dict[str, Any], key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def load(path: str | Path) -> Release:
    """Read a ``.presspad`` file; every problem is a :class:`PresspadError`."""
    path = Path(path)
    data = read_bytes(path, "release")
    remove_stale_temporaries(path)   # a save killed last time left its temporary behind
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            _, encoding = decode_bytes(data, path)
        except DecodeError as exc:
            raise exc from None
        raise DecodeError(f"a release must be UTF-8 but this file is {encoding}", path=path,
                          hint="re-save it as UTF-8, or import it with 'presspad import'") from None
    if "\x00" in text:
        raise DecodeError("this is a binary file, not a release", path=path,
                          hint="open a .presspad file")
    return loads(text.removeprefix("\ufeff"), path)


def save(release: Release, path: str | Path) -> None:
    """Write a release atomically: the file on disk is always complete."""
    atomic_write_text(path, dumps(release))
