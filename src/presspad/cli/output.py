"""Printing results: JSON for scripts, plain text for people."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

logger = logging.getLogger(__name__)


def print_json(data: Any) -> None:
    """Print ``data`` as UTF-8 JSON (Cyrillic unescaped), one document, newline."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
