"""Anchors: what must read the same in both languages of a paragraph.

An anchor is a number or amount ("USD 5 million" = "5 млн долларов США" =
5 000 000), a date (see :mod:`presspad.core.alignment.dates`) or a link target; names
and acronyms (``Powel``, ``Кузнецов`` = ``Kuznetsov``) and the number of
quotations are also collected, but only to align paragraphs. Anchors are
extracted per paragraph with offsets relative to the paragraph, so that they
can be cached by paragraph text (:class:`AnchorCache`) while the user types.

Numbers written as words ("twenty", "двадцать", "двух") are *soft*: they can
answer a number written in digits on the other side, but are never reported
on their own (too many "one of them" in English).
"""

from __future__ import annotations

import logging
import re
from typing import NamedTuple
from urllib.parse import urlsplit

from presspad.core.alignment.dates import DateValue, extract_dates
from presspad.core.text.regextrie import trie_pattern

logger = logging.getLogger(__name__)


class Anchor(NamedTuple):
    """One anchor in a paragraph; offsets are relative to the paragraph start.

    A named tuple rather than a dataclass: thousands are made per release and
    tuples are several times cheaper to create.
    """

    kind: str           # "number", "date" or "link"
    start: int
    end: int
    text: str
    value: object       # float, DateValue or a normalised URL
    soft: bool = False  # a number written as a word: may match, never reported


class ParagraphAnchors(NamedTuple):
    """Everything anchored in one paragraph of one language."""

    numbers: tuple[Anchor, ...] = ()
    dates: tuple[Anchor, ...] = ()
    links: tuple[Anchor, ...] = ()
    # Keys of names and acronyms (see name_keys) and quotation count: alignment hints.
    names: frozenset[str] = frozenset()
    quotes: int = 0


# -- numbers ---------------------------------------------------------------

_MULTIPLIERS = {
    "en": [(r"thousand", 1e3), (r"million|mln", 1e6), (r"billion|bn", 1e9),
           (r"trillion", 1e12)],
    "ru": [(r"тыс\.?|тысяч[а-я]*", 1e3), (r"млн\.?|миллион[а-я]*", 1e6),
           (r"млрд\.?|миллиард[а-я]*", 1e9), (r"трлн\.?|триллион[а-я]*", 1e12)],
}

# Digits: "10 000" (Russian groups by spaces), "10,000" (English by commas),
# a decimal part with "." or "," ("1.5", "1,5"). A comma followed by exactly
# three digits groups thousands in English and is a decimal comma in Russian.
_DIGITS = {
    "en": (r"(?<![\w.,])(?P<int>\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
           r"(?!\d)|\d+)(?:(?:\.|,(?=\d{1,2}(?!\d)|\d{4,}))(?P<frac>\d+))?"),
    "ru": (r"(?<![\w.,])(?P<int>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)"
           r"(?:[.,](?P<frac>\d+))?"),
}
_ORDINAL_EN = r"(?:st|nd|rd|th)\b"

# Number words (soft anchors). Russian ones decline, so each entry is a stem
# with the endings it takes.
_WORDS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_WORDS_RU_FORMS = {
    1: "один одна одно одного одной одному одним одном одну",
    2: "два две двух двум двумя",
    3: "три трёх трех трём трем тремя",
    4: "четыре четырёх четырех четырём четырем четырьмя",
    40: "сорок сорока",
    90: "девяносто девяноста",
    100: "сто ста",
}
_WORDS_RU_STEMS = {  # stem + ь / и / ью
    5: "пят", 6: "шест", 7: "сем", 8: "восем|восьм", 9: "девят", 10: "десят",
    11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
    15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат",
    19: "девятнадцат", 20: "двадцат", 30: "тридцат",
}
# "пятилетний", "двухдневный", "десятилетия": a number as the first part of a word.
_RU_COMPOUND = {"одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4,
                "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
                "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50}
_RU_ONCE = {"вдвое": 2, "дважды": 2, "втрое": 3, "трижды": 3, "вчетверо": 4}
_EN_ONCE = {"twice": 2, "double": 2, "triple": 3, "thrice": 3}
# Ordinals: "the first", "первый", "XII Международный конгресс" = "the 12th".
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                "twelfth": 12, "twentieth": 20, "thirtieth": 30, "hundredth": 100}
_RU_ORDINAL_STEMS = {1: "перв", 2: "втор", 4: "четвёрт четверт", 5: "пят", 6: "шест",
                     7: "седьм", 8: "восьм", 9: "девят", 10: "десят", 11: "одиннадцат",
                     12: "двенадцат", 20: "двадцат", 30: "тридцат", 100: "сот"}
_RU_ADJECTIVE_ENDINGS = ("ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых",
                         "ыми", "ой")
_RU_THIRD = ("третий", "третья", "третье", "третьи", "третьего", "третьей", "третьему",
             "третьим", "третьем", "третью", "третьих", "третьими")
_ROMAN = re.compile(r"(?<![\w-])(?=[IVXLC]{1,7}(?![\w-]))(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"
                    r"(?![\w-])")
_WORDS_RU_TENS = {50: "пят", 60: "шест", 70: "сем", 80: "восем"}  # пятьдесят, пятидесяти


def _ru_word_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for value, forms in _WORDS_RU_FORMS.items():
        for form in forms.split():
            table[form] = value
    for value, stems in _WORDS_RU_STEMS.items():
        for stem in stems.split("|"):
            for ending in ("ь", "и", "ью"):
                table[stem + ending] = value
    for value, stem in _WORDS_RU_TENS.items():
        table[stem + "ьдесят"] = value
        table[stem + "идесяти"] = value
        table[stem + "ьюдесятью"] = value
    table["восьмидесяти"] = 80
    table.update(_RU_ONCE)
    for value, stems in _RU_ORDINAL_STEMS.items():
        for stem in stems.split():
            for ending in _RU_ADJECTIVE_ENDINGS:
                table.setdefault(stem + ending, value)
    table.update(dict.fromkeys(_RU_THIRD, 3))
    return table


_WORD_TABLES = {"en": {**_WORDS_EN, **_EN_ONCE, **_EN_ORDINALS}, "ru": _ru_word_table()}
# Only measures of time and size: "трёхсторонний" (trilateral) or "семинар" are no numbers.
_COMPOUND = re.compile(rf"\b({trie_pattern(_RU_COMPOUND)})(?=лет|днев|недел|месяч|час|кратн|"
                       rf"минут|этаж|процент)", re.IGNORECASE)

_COMPILED: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(digits pattern, number-words pattern) for ``lang``, compiled once."""
    if lang not in _COMPILED:
        multipliers = "|".join(f"(?:{p})" for p, _ in _MULTIPLIERS[lang])
        ordinal = _ORDINAL_EN if lang == "en" else ""
        digits = re.compile(
            rf"{_DIGITS[lang]}(?:{ordinal})?(?:[ \u00a0]?(?P<mult>{multipliers})(?![а-яёa-z]))?",
            re.IGNORECASE)
        words = trie_pattern(_WORD_TABLES[lang])
        word_re = re.compile(
            rf"\b(?P<word>{words})\b(?:[ \u00a0-](?P<unit>{words})\b)?"
            rf"(?:[ \u00a0](?P<mult>{multipliers})(?![а-яёa-z]))?",
            re.IGNORECASE)
        _COMPILED[lang] = (digits, word_re)
    return _COMPILED[lang]


def _multiplier(lang: str, text: str | None) -> float:
    if not text:
        return 1.0
    for pattern, factor in _MULTIPLIERS[lang]:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return factor
    return 1.0


def _digits_value(lang: str, match: re.Match[str]) -> float:
    integer = re.sub(r"[,\s\u00a0\u202f\u2009]", "", match.group("int"))
    frac = match.group("frac")
    value = float(f"{integer}.{frac}") if frac else float(integer)
    return value * _multiplier(lang, match.group("mult"))


def extract_numbers(text: str, lang: str, masked: list[tuple[int, int]]) -> list[Anchor]:
    """Numbers and amounts in ``text``, skipping the ``masked`` ranges (dates, URLs)."""
    digits, words = _patterns(lang)
    table = _WORD_TABLES[lang]
    found: list[Anchor] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in masked)

    if lang == "en" and ("$" in text or "€" in text or "£" in text):
        # "$5m", "€2.5bn": amounts whose short multiplier only a currency explains.
        masked = list(masked)
        for match in _SHORT_AMOUNT.finditer(text):
            if free(match.start(), match.end()):
                factor = _SHORT_MULTIPLIERS[match.group("mult").lower()]
                found.append(Anchor("number", match.start("num"), match.end(),
                                    text[match.start("num"):match.end()],
                                    float(match.group("num")) * factor))
                masked.append((match.start(), match.end()))
    for match in digits.finditer(text):
        if free(match.start(), match.end()):
            found.append(Anchor("number", match.start(), match.end(), match.group(),
                                _digits_value(lang, match)))
    for match in words.finditer(text):
        if not free(match.start(), match.end()):
            continue
        value = float(table[match.group("word").lower()])
        unit = match.group("unit")
        multiplier = _multiplier(lang, match.group("mult"))
        if unit:
            unit_value = table[unit.lower()]
            if value >= 20 and value % 10 == 0 and unit_value < 10:
                value += unit_value          # "twenty-five", "двадцать пять"
            elif unit_value == 100 and value < 10:
                value *= 100                 # "two hundred"
            else:                            # "first twenty": two numbers
                found.append(Anchor("number", match.start("word"), match.end("word"),
                                    match.group("word"), value, soft=True))
                found.append(Anchor("number", match.start("unit"), match.end(),
                                    text[match.start("unit"):match.end()],
                                    unit_value * multiplier, soft=True))
                continue
        found.append(Anchor("number", match.start(), match.end(), match.group(),
                            value * multiplier, soft=True))
    if lang == "ru":
        # Roman numerals are often typed with the Cyrillic "Х" (and "І").
        for match in _ROMAN.finditer(text.translate(_CYRILLIC_ROMAN)):
            if match.group() and free(match.start(), match.end()):
                found.append(Anchor("number", match.start(), match.end(), match.group(),
                                    float(_roman_value(match.group())), soft=True))
        for match in _COMPOUND.finditer(text):
            value = float(_RU_COMPOUND[match.group(1).lower()])
            found.append(Anchor("number", match.start(), match.end(), match.group(), value,
                                soft=True))
    found.sort(key=lambda a: a.start)
    return found


_CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})
_SHORT_AMOUNT = re.compile(r"[$€£]\s?(?P<num>\d+(?:\.\d+)?)\s?(?P<mult>m|bn|k)\b",
                           re.IGNORECASE)
_SHORT_MULTIPLIERS = {"k": 1e3, "m": 1e6, "bn": 1e9}


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for char, following in zip(numeral, numeral[1:] + " ", strict=True):
        value = values[char]
        total += -value if values.get(following, 0) > value else value
    return total


# -- links -----------------------------------------------------------------

_MD_LINK = re.compile(r"\[(?P<label>[^\]\n]*)\]\((?P<url><[^>\n]*>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
_BARE_URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]+)>?")
_LANG_SEGMENTS = {"en", "eng", "english", "ru", "rus", "russian"}


def normalise_url(url: str) -> str:
    """A comparable form of a link target: no scheme, "www.", language part or final "/"."""
    url = url.strip("<>").strip()
    if url.lower().startswith("www."):
        url = "http://" + url
    parts = urlsplit(url)
    if not parts.netloc:
        return url.rstrip("/")
    labels = parts.netloc.lower().split(".")
    while len(labels) > 2 and labels[0] in {"www", *_LANG_SEGMENTS}:
        labels.pop(0)
    segments = [s for s in parts.path.split("/") if s and s.lower() not in _LANG_SEGMENTS]
    normal = ".".join(labels) + ("/" + "/".join(segments) if segments else "")
    if parts.query:
        normal += "?" + parts.query
    return normal


def extract_links(text: str) -> tuple[list[Anchor], list[tuple[int, int]]]:
    """Link targets (Markdown links and bare URLs) and the ranges they cover."""
    links: list[Anchor] = []
    covered: list[tuple[int, int]] = []
    for match in _MD_LINK.finditer(text):
        covered.append((match.start("url"), match.end("url")))
        url = match.group("url").strip("<>")
        if url and not url.startswith("#"):    # "#": the site's anonymised placeholders
            links.append(Anchor("link", match.start(), match.end(), url, normalise_url(url)))
    for match in _BARE_URL.finditer(text):
        start, end = match.start("url"), match.end("url")
        if any(s <= start < e for s, e in covered):
            continue
        url = match.group("url").rstrip(".,;:!?»”\"'")
        end = start + len(url)
        covered.append((start, end))
        links.append(Anchor("link", start, end, url, normalise_url(url)))
    links.sort(key=lambda a: a.start)
    return links, covered


# -- alignment hints -------------------------------------------------------

# Capitalised words and acronyms, in either script ("Powel", "KOSDAQ", "Кузнецов").
_NAME_WORD = re.compile(r"\b(?:[A-ZА-ЯЁ][a-zа-яё]{3,}|[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ]"
                        r"[A-Za-zА-Яа-яЁё]*)\b")
# Spelling differences between an English spelling and a transliteration of
# the Russian one ("Lindqvist" / "Линдквист" -> "Lindkvist").
_NAME_FOLD = [("kh", "h"), ("ck", "k"), ("ph", "f"), ("c", "k"), ("q", "k"), ("w", "v"),
              ("x", "ks"), ("y", "i"), ("j", "i"), ("'", "")]
_VOWELS = str.maketrans("", "", "aeiou")
_DOUBLE = re.compile(r"(\w)\1")
_TRANSLIT: dict[int, str] = {}


def _translit_table() -> dict[int, str]:
    """Cyrillic letter -> Latin, from anyascii (the way English texts spell names)."""
    if not _TRANSLIT:
        from anyascii import anyascii

        _TRANSLIT.update({code: anyascii(chr(code)) for code in range(0x400, 0x500)})
    return _TRANSLIT


def name_keys(words: list[str]) -> list[str]:
    """Script-independent keys: "Kuznetsov" and "Кузнецов" both give "kzn".

    The key is the first letter and the consonant skeleton (vowels are where
    transliterations differ most: "Lakeshore" / "Лейкшор"), three letters long.
    Words are processed joined in one string: the C-level string methods then
    do the work once per paragraph rather than once per word.
    """
    joined = " ".join(words).translate(_translit_table()).lower()
    for old, new in _NAME_FOLD:
        joined = joined.replace(old, new)
    skeletons = " ".join(w[:1] + w[1:].translate(_VOWELS) for w in joined.split(" "))
    return [k[:3] for k in _DOUBLE.sub(r"\1", skeletons).split(" ")]


def _names(text: str) -> frozenset[str]:
    words = _NAME_WORD.findall(text)
    return frozenset(name_keys(words)) if words else frozenset()


def _count_quotes(text: str) -> int:
    """Opening quotation marks (straight double quotes count as pairs)."""
    return text.count("«") + text.count("“") + text.count("„") + text.count('"') // 2


def extract_anchors(text: str, lang: str) -> ParagraphAnchors:
    """All anchors of one paragraph (``lang`` is "en" or "ru")."""
    links, covered = extract_links(text)
    dates = [Anchor("date", d.start, d.end, d.text, d.value) for d in extract_dates(text, lang)]
    masked = covered + [(d.start, d.end) for d in dates]
    numbers = extract_numbers(text, lang, masked)
    return ParagraphAnchors(numbers=tuple(numbers), dates=tuple(dates), links=tuple(links),
                            names=_names(text),
                            quotes=_count_quotes(text))


class AnchorCache:
    """Per-paragraph anchors keyed by (language, paragraph text), bounded in size."""

    def __init__(self, max_size: int = 8000) -> None:
        self._data: dict[tuple[str, str], ParagraphAnchors] = {}
        self.max_size = max_size
        self.misses = 0

    def get(self, text: str, lang: str) -> ParagraphAnchors:
        key = (lang, text)
        found = self._data.get(key)
        if found is None:
            self.misses += 1
            if len(self._data) >= self.max_size:
                self._data.clear()   # rare; simpler and as fast as LRU bookkeeping here
            found = self._data[key] = extract_anchors(text, lang)
        return found


__all__ = ["Anchor", "AnchorCache", "DateValue", "ParagraphAnchors", "extract_anchors",
           "extract_links", "extract_numbers", "normalise_url"]
