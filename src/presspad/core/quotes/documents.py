"""A document as the source of a quotation: "The memorandum … states: “…”".

A release often quotes a memorandum, a joint statement or a resolution. The
speaker is then the document as the text names it ("the joint statement";
in Russian in the nominative, «совместное заявление», «резолюция первого
дня»), never the person named nearby.
"""

from __future__ import annotations

import logging
import re

from presspad.core.quotes import lexicon as lex
from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)

EN_DOCUMENT_NOUNS = word_list("presspad.core.quotes", "en_document_nouns")
RU_DOCUMENT_LEMMAS = word_list("presspad.core.quotes", "ru_document_lemmas")

_EN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\w-]+\s+){0,3}?(?:" +
    "|".join(sorted(map(re.escape, EN_DOCUMENT_NOUNS), key=len, reverse=True)) +
    r"))\b[^.:;!?“”\"«»]{0,100}?\b(?:states|stated|reads|read|says|said|notes|noted|declares|"
    r"declared|stipulates|specifies)\s*(?::|,?\s*that)?\s*$")
_RU = re.compile(
    r"(?:^|\s)[Вв]о?\s+((?:[\w-]+\s+){0,3}?[\w-]+)((?:\s+[^\s,.:;«»]+){0,3}?)"
    r"(?:,[^:«»]{0,120}?,)?\s+(?:говорится|сказано|отмечается|указано|указывается|"
    r"подчёркивается|подчеркивается|сообщается)\s*(?::|,\s*что)?\s*$")


def document_source(before: str, lang: str) -> str | None:
    """The document that the words right before a quotation cite as its source."""
    before = before[-240:]
    if lang == "en":
        match = _EN.search(before)
        return f"the {match.group(1)}" if match else None
    match = _RU.search(before)
    if match is None:
        return None
    words = match.group(1).split() + match.group(2).split()
    noun = next((i for i, w in enumerate(words)
                 if lex.ru_lemmas(w) & RU_DOCUMENT_LEMMAS), None)
    if noun is None:
        return None
    return " ".join(_nominative(words[:noun + 1]) + words[noun + 1:])


def _nominative(words: list[str]) -> list[str]:
    """«совместном заявлении» -> «совместное заявление»: the phrase's head to the nominative."""
    head = next((p for p in lex.parses(words[-1].lower()) if p.tag.POS == "NOUN"
                 and "loct" in p.tag.grammemes), None)
    if head is None:
        return words
    gender = head.tag.gender
    out = []
    for word in words[:-1]:
        parse = next((p for p in lex.parses(word.lower()) if p.tag.POS == "ADJF"
                      and "loct" in p.tag.grammemes), None)
        form = parse.inflect({"nomn", "sing", gender}) if parse is not None and gender else None
        out.append(form.word if form else word)
    form = head.inflect({"nomn", "sing"})
    out.append(form.word if form else words[-1])
    return out
