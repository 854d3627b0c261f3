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

    [ru]
    ...

    [[ignored]]
    code = "number-mismatch"
    key = "..."
    reason = "..."
"""

from __future__ import annotations

import datetime as _dt
import logging
import tomllib
from pathlib import Path
from typing import Any

from presspad.core.model.errors import DecodeError, PresspadError, UnsupportedFormatError
from presspad.core.model.release import LANGS, IgnoredFinding, LangVersion, MediaLink, Release
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
        if version.layout:
            table["layout"] = version.layout
        data[lang] = table
    if release.ignored:
        data["ignored"] = [{"code": i.code, "key": i.key, "reason": i.reason}
                           for i in release.ignored]
    header = "# presspad release: English and Russian Markdown bodies, edit with presspad\n"
    return header + tomli_w.dumps(data, multiline_strings=True)


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
            layout=dict(table.get("layout", {})),
        ))
    release.ignored = [IgnoredFinding(code=str(i["code"]), key=str(i["key"]),
                                      reason=str(i.get("reason", "")))
                       for i in data.get("ignored", [])]
    return release


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
