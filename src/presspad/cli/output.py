"""Printing results: JSON for scripts, plain text for people."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

logger = logging.getLogger(__name__)


def print_json(data: Any) -> None:
    """Print ``data`` as UTF-8 JSON (Cyrillic unescaped), one document, newline.

    Indented for a person at a terminal; compact when a program reads it: the
    same document, and json's C encoder (an indented dump runs in Python and
    cost a fifth of a batch check's time).
    """
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")
