"""Text helpers for the quote checker: sentences and words.

Paragraphs come from the one splitter, :mod:`presspad.core.text.paragraphs`.

Russian sentences are found with razdel (a maintained Russian tokenizer that
knows abbreviations such as «г-н» and «т. е.»); English ones with a small
splitter that knows the abbreviations releases use in names (Mr., Dr.,
Prof., St., Co., Ltd.).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from presspad.core.text.words import ABBREVIATIONS

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
_INITIAL = re.compile(r"(?:[^\W\d_]\.){0,3}[^\W\d_]")   # "A", "A.I" before the final dot
_EN_END = re.compile(r"[.!?…]+[”’\"»)*_]*(?=\s|$)")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, with inner hyphens and apostrophes)."""
    return _WORD.findall(text)


def _en_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _EN_END.finditer(text, start, end):
        word_start = match.start()
        while word_start > start and not text[word_start - 1].isspace():
            word_start -= 1
        token = text[word_start:match.start()].lower().strip("(“‘\"*")
        if token in ABBREVIATIONS or _INITIAL.fullmatch(token):
            continue  # "Mr. Lee", "A. Petrov": not a sentence end
        spans.append((pos, match.end()))
        pos = match.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append((pos, end))
    return spans


@lru_cache(maxsize=256)
def _ru_sentences_cached(paragraph: str) -> tuple[tuple[int, int], ...]:
    from razdel import sentenize

    return tuple((s.start, s.stop) for s in sentenize(paragraph))


def sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), as absolute offsets."""
    if lang == "ru":
        return [(start + s, start + e) for s, e in _ru_sentences_cached(text[start:end])]
    return _en_sentences(text, start, end)


def sentence_around(text: str, offset: int, para: tuple[int, int],
                    lang: str) -> tuple[int, int]:
    """The sentence of paragraph ``para`` that holds ``offset``."""
    spans = sentences(text, para[0], para[1], lang)
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return (spans[-1] if spans and offset >= spans[-1][0] else (para[0], para[1]))


def ends_sentence(paragraph_text: str) -> bool:
    """Does a paragraph end like a finished sentence (or a heading/list line)?"""
    stripped = paragraph_text.rstrip().rstrip("*_")
    return not stripped or stripped[-1] in ".!?…:;”»\"’)]" or stripped.lstrip()[:1] in "#-*>|"
