"""What the command line is pointed at: files, folders of releases, or standard input.

``-`` reads standard input (an editor integration or a pre-commit hook pipes
the buffer in): its content is kept in a private temporary file so that
every reader (release, Markdown, site page) handles it exactly as a file; its
type comes from ``--stdin-filename`` or, failing that, from the content (a
``.presspad`` release is TOML with a ``format`` key, anything else Markdown).
A folder stands for the releases under it, recursively (see :func:`expand`).
"""

from __future__ import annotations

import atexit
import logging
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from presspad.core.model.errors import PresspadError
from presspad.core.storage.textio import LIMITS, size_text

logger = logging.getLogger(__name__)

STDIN = "-"
# What a folder stands for: releases, and single-language files whose names say
# their language (NAME.en.md, NAME.site.ru.txt); a README.md in the same
# repository is not a release.
RELEASE_SUFFIX = ".presspad"
NAMED_LANGUAGE_SUFFIXES = (".en.md", ".ru.md", ".en.markdown", ".ru.markdown",
                           ".en.txt", ".ru.txt")


def expand(names: list[str]) -> list[str]:
    """Each name as given; a folder as the releases under it, sorted, hidden folders skipped."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name == STDIN or not path.is_dir():
            out.append(name)
            continue
        found = sorted(str(p) for p in path.rglob("*") if _is_release(p, path))
        if not found:
            raise PresspadError("no releases in this folder", path=path,
                                hint="presspad looks for *.presspad, NAME.en.md, NAME.ru.md "
                                     "and NAME.site.LANG.txt files")
        out.extend(found)
    return out


def _is_release(path: Path, root: Path) -> bool:
    if any(part.startswith(".") for part in path.relative_to(root).parts[:-1]):
        return False  # .git, .venv and other tools' folders
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and (
        name.endswith(RELEASE_SUFFIX) or name.endswith(NAMED_LANGUAGE_SUFFIXES))


_temporary: list[Path] = []


def stdin_as_file(stdin_filename: str | None) -> Path:
    """Standard input saved to a private temporary file with the right suffix."""
    limit = LIMITS["release"]
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise PresspadError(f"standard input is larger than {size_text(limit)}",
                            hint="a release is far smaller; check what is piped in")
    suffix = Path(stdin_filename).suffix.lower() if stdin_filename else _sniff(data)
    if not _temporary:
        folder = Path(tempfile.mkdtemp(prefix="presspad-stdin-"))
        _temporary.append(folder)
        atexit.register(shutil.rmtree, folder, True)
    name = Path(stdin_filename).name if stdin_filename else f"stdin{suffix}"
    path = _temporary[0] / name
    path.write_bytes(data)
    return path


def _sniff(data: bytes) -> str:
    """A release's suffix when the text is a release's TOML, else Markdown's."""
    from presspad.core.storage.textio import decode_bytes

    try:   # the same decoding as a file's (a byte order mark, UTF-16, cp1251)
        text, _encoding = decode_bytes(data)
        document = tomllib.loads(text.removeprefix("\ufeff"))
    except (PresspadError, tomllib.TOMLDecodeError):
        return ".md"
    return RELEASE_SUFFIX if "format" in document else ".md"
