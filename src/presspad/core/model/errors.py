"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations

import logging
from pathlib import Path

logger = logging.getLogger(__name__)


class PresspadError(Exception):
    """A problem the user can act on: what went wrong, where, and what to do."""

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None, hint: str | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.hint = hint
        super().__init__(self.user_message())

    def user_message(self) -> str:
        """The one-line message shown in the CLI and in the app's dialogs."""
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class UnsupportedFormatError(PresspadError):
    """The file was written by a newer presspad or is not a release at all."""


class DecodeError(PresspadError):
    """The file is binary or in an encoding we cannot recognise."""
