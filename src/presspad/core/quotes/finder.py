"""The quote checker's front door: the quotations of a body, with speakers.

``find_quotes(body, lang)`` is what the checks, the CLI and the GUI call. The
result is cached per (body, language) because several checks ask for the
same body in one run, and the GUI re-asks on every pause in typing.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache

from presspad.core.quotes.attribution import attribute
from presspad.core.quotes.extract import Extraction, Quote, extract
from presspad.core.quotes.sentences import words
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

__all__ = ["Quote", "Extraction", "analyse", "find_quotes", "quote_to_dict", "release_quotes"]


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


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(text))


def title_quotes(title: str, body: str, lang: str) -> list[Quote]:
    """The quotations of a headline, attributed with the body as their context.

    A headline quote is paired with its repetition in the body (the body quote
    holding all its words) and takes that quote's speaker, since a headline's
    clipped grammar ("Rector: “…” – …") names a role at best. It is listed as the
    headline's (``part == "title"``) beside that body quote; the checks pair
    body quotes only, so it never counts as a second quote missing its
    translation.
    """
    title = " ".join(title.split())
    if not title or not any(mark in title for mark in "“”«»\"„‘’'"):
        return []
    joined = title + "\n\n" + body
    extraction = analyse(joined, lang)
    body_quotes = [q for q in extraction.quotes if q.start >= len(title)]
    found = []
    for quote in extraction.quotes:
        if quote.start >= len(title):
            break
        own = _words(quote.text)
        speaker, speaker_title = quote.speaker, quote.title
        container = next((q for q in body_quotes if own and own <= _words(q.text)), None)
        if container is not None and container.speaker:
            # A headline's grammar is clipped ("Rector: “…” – X opens its House"):
            # the body, where the words are said in full, names the speaker better.
            speaker, speaker_title = container.speaker, container.title or speaker
        found.append(replace(quote, part="title", paragraph=0, speaker=speaker,
                             title=speaker_title, attribution=None))
    # A headline's words in marks that read like a name (“A bridge between two seas”:
    # …) are a quote all the same when the body quotes someone saying them.
    for span in extraction.not_quotes:
        if span.open_at >= len(title) or span.end > len(title):
            continue
        own = _words(joined[span.start:span.end])
        container = next((q for q in body_quotes if len(own) >= 2 and own <= _words(q.text)),
                         None)
        if container is None:
            continue
        found.append(Quote(lang=lang, start=span.start, end=span.end,
                           text=joined[span.start:span.end], open_at=span.open_at,
                           close_end=span.outer_end, paragraph=0, open_mark=span.open_mark,
                           close_mark=span.close_mark or "", speaker=container.speaker,
                           title=container.title, how="repeated", part="title"))
    found.sort(key=lambda q: q.start)
    return found


def release_quotes(release, lang: str) -> list[Quote]:
    """Every quotation of one language of ``release``: the headline's, then the body's."""
    version = release.version(lang)
    return title_quotes(version.title, version.body, lang) + find_quotes(version.body, lang)


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
        # Added keys (the seven above are the contract): where the quote stands,
        # and whether it has quote marks (unmarked speech: "Name, Title:" blocks …).
        "part": quote.part,
        "marked": quote.marked,
    }
