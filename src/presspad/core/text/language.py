"""Telling English from Russian text by its script."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def detect_lang(text: str) -> str | None:
    """"ru" when most letters are Cyrillic, "en" when most are Latin, else None."""
    cyrillic = latin = 0
    for char in text[:20000]:
        if "\u0400" <= char <= "\u04ff":
            cyrillic += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    if cyrillic == latin == 0:
        return None
    return "ru" if cyrillic > latin else "en"
