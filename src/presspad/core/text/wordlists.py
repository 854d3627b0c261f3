"""Word lists kept as data files: one word per line, sorted, no duplicates.

A package's lists live in its ``data/`` folder (``quotes/data/en_speech_verbs.txt``)
and are read from the installed package's folder (``package_data``). Lines
starting with ``#`` say what the list is for. Editors and linguists change these
files, not code; a test keeps them sorted and free of duplicates.
"""

from __future__ import annotations

import logging
from functools import cache

from presspad.core.model.package_data import package_file

logger = logging.getLogger(__name__)


def parse_word_list(text: str) -> list[str]:
    """The words of a list file's ``text``, in file order (comments and blanks skipped)."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@cache
def word_list(package: str, name: str) -> frozenset[str]:
    """The words of ``<package>/data/<name>.txt``."""
    text = package_file(package, "data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(parse_word_list(text))
