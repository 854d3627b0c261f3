"""The quote checker's front door: the quotations of a body, with speakers.

``find_quotes(body, lang)`` is what the checks, the CLI and the GUI call. The
result is cached per (body, language) because several checks ask for the
same body in one run, and the GUI re-asks on every pause in typing.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from presspad.core.quotes.attribution import attribute
from presspad.core.quotes.extract import Extraction, Quote, extract

logger = logging.getLogger(__name__)

__all__ = ["Quote", "Extraction", "analyse", "find_quotes", "quote_to_dict"]


@lru_cache(maxsize=16)
def analyse(body: str, lang: str) -> Extraction:
    """Quotes with speakers plus the raw mark pairs of ``body`` (cached)."""
    extraction = extract(body, lang)
    extraction.quotes = attribute(body, extraction.quotes, extraction.paragraphs)
    return extraction


def find_quotes(body: str, lang: str) -> list[Quote]:
    """Every direct quotation of ``body`` in order, with speaker and title when known."""
    if lang not in ("en", "ru"):
        raise ValueError(f"unknown language {lang!r}")
    return list(analyse(body, lang).quotes)


def quote_to_dict(quote: Quote) -> dict:
    """The public JSON shape of a quote (``presspad quotes --json``)."""
    return {
        "lang": quote.lang,
        "text": quote.text,
        "speaker": quote.speaker,
        "title": quote.title,
        "paragraph": quote.paragraph,
        "start": quote.start,
        "end": quote.end,
    }
