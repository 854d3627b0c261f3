"""Speech published without quote marks, in the layouts real releases use.

- A testimonial block: a line "Name, Title:" and the speech on the next line.
- Speech signed on the next line: "— Name, Title".
- A paragraph of speech ending ", said X." or ", she added." (English).

Each needs two pieces of evidence, so that ordinary prose is left alone: the
"Name, Title:" line and a paragraph that ends like a sentence, or else the
layout and speech in the first person (I, we, our … / я, мы, наш …).
Such quotes come out with ``marked=False``: the Quotes view lists them, and no
check reports a missing mark as an error.
"""

from __future__ import annotations

import logging
import re
from typing import NamedTuple

from presspad.core.quotes import lexicon as lex

logger = logging.getLogger(__name__)

# Marks that open or close a quotation (single quotes are mostly apostrophes).
_DOUBLE_MARKS = "“”«»\"„"
_DASHES = "—–-"
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|we|we're|we’re|our|ours|us)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:я|меня|мне|мной|мой|моя|моё|мое|мои|мы|нас|нам|нами|наш|наша|"
                     r"наше|наши)(?!\w)", re.I),
}
# "Nguyen Van Duc, Class of 2016, lead engineer …:": two to five capitalised words, a comma.
_INTRO = re.compile(r"^(?:[A-ZА-ЯЁ][\w’'.-]*\s+){1,4}[A-ZА-ЯЁ][\w’'.-]*,\s+[^\n]{2,200}:$")
_SIGNATURE = re.compile(rf"^[{_DASHES}]\s*((?:[A-ZА-ЯЁ][\w’'.-]*\s+){{1,4}}[A-ZА-ЯЁ][\w’'.-]*"
                        rf"(?:,[^\n]{{0,200}})?)$")
# ", said its head, Ksenia Morozova." / ", she added." at the end of a sentence.
_SAID_AT_END = re.compile(r",\s+((?:(?:he|she|they)\s+(\w+))|"
                          r"(?:(\w+)\s+(?:[^,.;:!?]|\.(?=\s*[A-Z])){2,80}?))"  # "Prof. Stern"
                          r"\.\s*$")


def _first_person(text: str, lang: str) -> bool:
    return bool(_FIRST_PERSON[lang].search(text))


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in _DOUBLE_MARKS)


class Unmarked(NamedTuple):
    """One quotation without marks: its words, where it is attributed, and the
    speaker a layout names outright (None for ", said X.": attribution reads it)."""

    start: int
    end: int
    attribution: tuple[int, int]
    speaker: tuple[str, str | None] | None = None   # (name, title)


def _by_layout(text: str, start: int, end: int, line: tuple[int, int]) -> Unmarked:
    return Unmarked(start, end, line, layout_speaker(text[line[0]:line[1]]))


def unmarked_speech(text: str, paras: list[tuple[int, int]], lang: str) -> list[Unmarked]:
    """Each unmarked quotation of ``text``, in order."""
    found: list[Unmarked] = []
    for n, (start, end) in enumerate(paras):
        paragraph = text[start:end]
        following = paras[n + 1] if n + 1 < len(paras) else None
        previous = paras[n - 1] if n else None
        # The "Name, Title:" line is evidence enough: what follows is what they say,
        # advice in the imperative included ("Bring warm boots …").
        if previous is not None and _INTRO.match(text[previous[0]:previous[1]]) \
                and not _has_marks(paragraph[:1]) and not _INTRO.match(paragraph) \
                and not _SIGNATURE.match(paragraph) and paragraph.rstrip("*_ ")[-1:] in ".!?…":
            found.append(_by_layout(text, start, end, (previous[0], previous[1] - 1)))  # no ':'
            continue
        if following is not None and not _has_marks(paragraph[:1]) \
                and _first_person(paragraph, lang):
            signature = _SIGNATURE.match(text[following[0]:following[1]])
            if signature:
                found.append(_by_layout(text, start, end,
                                        (following[0] + signature.start(1), following[1])))
                continue
        if lang == "en" and not _has_marks(paragraph):
            found.extend(_said_at_end(text, start, end, paragraph))
    return found


def _said_at_end(text: str, start: int, end: int, paragraph: str) -> list[Unmarked]:
    """First-person speech closing a paragraph with "…, said X." / "…, she added.".

    The speech goes back sentence by sentence to the last one that carries an
    attribution of its own ("…, said its head, Ksenia Morozova."), which is
    reported speech, not this quote.
    """
    from presspad.core.quotes.sentences import sentences

    match = _SAID_AT_END.search(paragraph)
    if match is None:
        return []
    verb = match.group(2) or match.group(3) or ""
    if not lex.is_speech_verb(verb, "en"):
        return []
    cut = start + match.start()
    first = start
    for s, e in sentences(text, start, end, "en"):
        if e <= cut and any(lex.is_speech_verb(w, "en") for w in text[s:e].split()):
            first = e
    while first < cut and text[first].isspace():
        first += 1
    if first >= cut:
        return []
    if not _first_person(text[first:cut], "en") and not _named_speaker(match.group(1)):
        # Without "I"/"we" only a person named right there ("…, said Prof.
        # Stern.") makes a paragraph speech; "…, said the ministry." reports it.
        return []
    return [Unmarked(first, cut, (start + match.start(1), start + match.end(1)))]


def _named_speaker(attribution: str) -> bool:
    """", said Prof. Stern" / ", Stern added": the attribution names a person."""
    from presspad.core.quotes.names import parse_person

    ref = parse_person(attribution, "en", prefer="first")
    return ref is not None and ref.kind == "name"


_NAME_AND_TITLE = re.compile(r"^[—–-]?\s*((?:[A-ZА-ЯЁ][\w’'.-]*\s+){1,4}[A-ZА-ЯЁ][\w’'.-]*)"
                             r"(?:,\s*([^,:]+))?")


def layout_speaker(line: str) -> tuple[str, str | None] | None:
    """Name and title of a "Name, Title:" line or a "— Name, Title" signature."""
    match = _NAME_AND_TITLE.match(line.strip())
    if match is None:
        return None
    title = match.group(2).strip() if match.group(2) else None
    return match.group(1), title
