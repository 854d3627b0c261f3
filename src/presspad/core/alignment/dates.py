"""Dates in running text, per language, with month names from babel's locale data.

"On October 26", "26 October 2020", "6 to 24 July", "September 2027" in
English; "26 октября", "с 6 по 24 июля", "в сентябре 2027 года" in Russian;
and numeric "2020.10.29" / "29.10.2020" in both. Month names (English wide
and abbreviated; Russian genitive, nominative and their prepositional and
other case forms) come from CLDR through ``babel.Locale``, not from lists
of our own.

A date may lack parts ("October 26" has no year); two dates *agree* when
their months are the same and their days and years are the same wherever
both sides give them (see :func:`compatible`).

dateparser was measured as the alternative (1.5.0, on this machine): its
``search_dates`` takes about 3 ms per paragraph (1.7 s for a 10,000-word
pair, against ~6 ms here) plus 0.2 s to import, and reads "the 30th
anniversary" as a date; so the patterns below are built from babel's data.
"""

from __future__ import annotations

import logging
import re
from typing import NamedTuple

from presspad.core.text.regextrie import trie_pattern

logger = logging.getLogger(__name__)


class DateValue(NamedTuple):
    """A calendar date with optional parts."""

    year: int | None
    month: int | None
    day: int | None


class FoundDate(NamedTuple):
    """A date found in a text: where, as written, and its value."""

    start: int
    end: int
    text: str
    value: DateValue


def compatible(a: DateValue, b: DateValue) -> bool:
    """True when ``a`` and ``b`` can be the same date (missing parts agree with anything)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


_ORD = r"(?:st|nd|rd|th)?"
_DAY = r"(?<![\d.,])\d{1,2}(?![\d.,]\d)"
_SEP = {"en": r"\s*(?:–|—|-|to|and|through)\s*", "ru": r"\s*(?:–|—|-|по|и|до)\s*"}
_YEAR_RU = r"(?:\s*(?:г\.|года|году|год)(?![а-яё]))?"



class _Patterns(NamedTuple):
    date: re.Pattern[str]       # a date around a month word
    month: re.Pattern[str]      # a month word alone: finds where to look
    numeric: re.Pattern[str]    # 2020.10.29, 29.10.2020
    words: dict[str, int]
    need_day: set[str]


_CACHE: dict[str, _Patterns] = {}
_WINDOW = 24     # characters around a month word that a date can span
_NUMERIC_HINT = re.compile(r"\d[./-]\d")


def _ru_case_forms(nominative: str) -> list[str]:
    """Prepositional, dative and instrumental forms of a Russian month name.

    babel gives the nominative ("май") and genitive ("мая"); "в мае",
    "к маю", "маем" follow the regular declension of the nominative's ending.
    """
    if nominative[-1] in "ьй":
        stem = nominative[:-1]
        return [stem + "е", stem + "ю", stem + "ем", stem + "ём"]
    return [nominative + "е", nominative + "у", nominative + "ом"]


def _month_words(lang: str) -> tuple[dict[str, int], set[str]]:
    """Every month word of ``lang`` (lower case) -> month, and the words that need a day."""
    from babel import Locale  # lazily: babel's data loads in ~20 ms

    months = Locale(lang).months
    words: dict[str, int] = {}
    need_day: set[str] = set()
    for number, name in months["format"]["abbreviated"].items():
        name = name.rstrip(".").lower()
        if name:
            words.setdefault(name, number)
            need_day.add(name)
    for number in range(1, 13):
        genitive = months["format"]["wide"][number].lower()
        nominative = months["stand-alone"]["wide"][number].lower()
        words[genitive] = words[nominative] = number
        need_day.discard(genitive)
        need_day.discard(nominative)
        if lang == "ru":
            words.update(dict.fromkeys(_ru_case_forms(nominative), number))
    if lang == "en":
        need_day.add("may")          # "may" is a verb far more often than a month
    return words, need_day


def _pattern(lang: str) -> _Patterns:
    if lang not in _CACHE:
        words, need_day = _month_words(lang)
        month = trie_pattern(words)
        sep = _SEP[lang]
        if lang == "en":
            body = (rf"(?:(?P<d1>{_DAY}){_ORD}(?:{sep}(?P<d2>{_DAY}){_ORD})?\s+(?:of\s+)?)?"
                    rf"\b(?P<month>{month})\b(?:\.(?=\s+\d))?"
                    rf"(?:\s+(?P<d3>{_DAY}){_ORD}(?:{sep}(?P<d4>{_DAY}){_ORD})?\b)?"
                    rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?")
        else:
            body = (rf"(?:(?P<d1>{_DAY})(?:{sep}(?P<d2>{_DAY}))?\s+)?"
                    rf"(?<![а-яёА-ЯЁ])(?P<month>{month})(?![а-яёА-ЯЁ])(?:\.(?=\s+\d))?"
                    rf"(?:\s+(?P<year>\d{{4}})(?!\d){_YEAR_RU})?")
        numeric = (r"(?<![\d.])(?:(?P<ny>\d{4})[.\-/](?P<nm>\d{1,2})[.\-/](?P<nd>\d{1,2})"
                   r"|(?P<rd>\d{1,2})\.(?P<rm>\d{1,2})\.(?P<ry>\d{4}))(?![\d])")
        numeric = "(?:" + numeric + ")"
        flags = re.IGNORECASE if lang == "ru" else 0
        # English month names are capitalised; matching them case-sensitively
        # keeps "march" and "may" (verbs) out.
        month_cap = trie_pattern(w.capitalize() for w in words)
        if lang == "en":
            body = body.replace(f"(?P<month>{month})", f"(?P<month>{month_cap})")
        month_re = (rf"\b(?:{month_cap})\b" if lang == "en"
                    else rf"(?<![а-яёА-ЯЁ])(?:{month})(?![а-яёА-ЯЁ])")
        _CACHE[lang] = _Patterns(re.compile(body, flags), re.compile(month_re, flags),
                                 re.compile(numeric), words, need_day)
    return _CACHE[lang]


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def extract_dates(text: str, lang: str) -> list[FoundDate]:
    """Dates in ``text``: one per day of a range ("6 to 24 July" gives two)."""
    patterns = _pattern(lang)
    found: list[FoundDate] = []
    if _NUMERIC_HINT.search(text):
        for match in patterns.numeric.finditer(text):
            year = _int(match.group("ny") or match.group("ry"))
            month = _int(match.group("nm") or match.group("rm"))
            day = _int(match.group("nd") or match.group("rd"))
            if 1 <= (month or 0) <= 12 and 1 <= (day or 0) <= 31:
                found.append(FoundDate(match.start(), match.end(), match.group(),
                                       DateValue(year, month, day)))
    # Find month words first (one cheap scan), then read the date around each.
    for hit in patterns.month.finditer(text):
        lo, hi = max(0, hit.start() - _WINDOW), min(len(text), hit.end() + _WINDOW)
        for match in patterns.date.finditer(text, lo, hi):
            if match.start("month") == hit.start():
                found.extend(_month_date(match, patterns))
                break
    found.sort(key=lambda d: d.start)
    return found


def _month_date(match: re.Match[str], patterns: _Patterns) -> list[FoundDate]:
    groups = match.groupdict()
    word = groups["month"].lower()
    month = patterns.words[word]
    days = [_int(groups.get(k)) for k in ("d1", "d2", "d3", "d4")]
    days = [d for d in days if d is not None and 1 <= d <= 31]
    year = _int(groups["year"])
    if not days and year is None and word in patterns.need_day:
        return []
    return [FoundDate(match.start(), match.end(), match.group(), DateValue(year, month, day))
            for day in days or [None]]
