"""The typography rules, per language, each a generator of edits.

A rule takes a body and yields ``(start, end, replacement)`` for each place
it would change; :mod:`presspad.core.typography.fixer` drops the edits that touch
Markdown syntax, URLs or code and turns the rest into findings. Every rule
must leave its own output alone (fixing twice changes nothing), and rules
must not produce overlapping edits, so that all fixes apply in one pass.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator

from presspad.core.typography.quote_style import quote_edits

logger = logging.getLogger(__name__)

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: also right inside numbers
EM_DASH = "—"

Edit = tuple[int, int, str]
Rule = Callable[[str], Iterator[Edit]]
# The apostrophe rules replace one character by one character: the quote
# rules rely on it (see presspad.core.typography.fixer.typography_edits).


def _sub_edits(pattern: re.Pattern[str], text: str,
               replace: Callable[[re.Match[str]], str]) -> Iterator[Edit]:
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement != match.group():
            yield match.start(), match.end(), replacement


# -- both languages -----------------------------------------------------------

# Patterns start with the character they are about, not with a look-behind:
# Python's re then skips quickly to candidates instead of trying every position.
_ELLIPSIS = re.compile(r"\.\.\.(?<!\.\.\.\.)(?!\.)")


def ellipsis(text: str) -> Iterator[Edit]:
    """Three dots are one ellipsis character: "..." → "…"."""
    return _sub_edits(_ELLIPSIS, text, lambda m: "…")


# A number grouped by spaces ("10 000", "1 500 000"), not part of a longer
# digit run ("2020 300" is two numbers) nor of a decimal.
_GROUPED = re.compile(r"\d{1,3}(?:[ \t\u2009\u00a0\u202f]\d{3})+(?![\d\u00a0\u202f])(?![ \t]\d)")
_NOT_BEFORE_NUMBER = set("0123456789.,…")
_GROUP_SPACE = re.compile(r"[ \t\u2009]")


def digit_groups(text: str) -> Iterator[Edit]:
    """Spaces inside "10 000" must not break: a no-break space (a narrow one is fine too)."""
    for match in _GROUPED.finditer(text):
        start = match.start()
        before = text[start - 1] if start else ""
        if (before and before in _NOT_BEFORE_NUMBER) or (
                start >= 2 and before in " \u00a0\u202f" and text[start - 2].isdigit()):
            continue  # part of a longer number, a decimal or a run of numbers
        fixed = _GROUP_SPACE.sub(NBSP, match.group())
        if fixed != match.group():
            yield start, match.end(), fixed


# -- English --------------------------------------------------------------------

def en_quotes(text: str) -> Iterator[Edit]:
    """Straight, Russian or nested double quotes → “…” with ‘…’ inside."""
    return quote_edits(text, "en")


# ' inside or at the end of a word is an apostrophe or a closing mark (’);
# at the start of a word it opens a quote (‘), except in '90s.
_APOSTROPHE = re.compile(r"'(?<=[^\W_]')|'(?=\d\d)"
                         r"|'(?<![^\s(\[{—–\-\"“”„«»*_]')(?=[^\s.…,;:!?)\]}'\"’”»])")


def en_apostrophe(text: str) -> Iterator[Edit]:
    """Straight ' → ’ (apostrophe, closing) or ‘ (opening single quote)."""
    for match in _APOSTROPHE.finditer(text):
        start = match.start()
        before = text[start - 1] if start else ""
        after = text[start + 1] if start + 1 < len(text) else ""
        if before.isalnum() or after.isdigit():
            yield start, start + 1, "’"
        else:
            yield start, start + 1, "‘"


# Two or three hyphens between words, or a hyphen with spaces on both sides
# (not between digits: "5 - 3" is a minus).
_EN_DASH_TIGHT = re.compile(r"--(?<=[^\W\d_]--)-?(?=[^\s\-\d])")
_EN_DASH_SPACED = re.compile(r"([ \t]+)-{1,3}([ \t]+)(?=[^\s\-—–])")
_NOT_BEFORE_DASH = set(" \t\n\r\u00a0-—–")


def en_em_dash(text: str) -> Iterator[Edit]:
    """"--" and a spaced hyphen " - " are an em dash (the spacing is kept)."""
    yield from _sub_edits(_EN_DASH_TIGHT, text, lambda m: EM_DASH)
    for match in _EN_DASH_SPACED.finditer(text):
        start, end = match.span()
        if start == 0 or text[start - 1] in _NOT_BEFORE_DASH or text[start - 1].isspace():
            continue
        if text[start - 1].isdigit() and text[end].isdigit():
            continue
        yield start, end, f"{match.group(1)}{EM_DASH}{match.group(2)}"


_NUMBER_SIGN = re.compile(r"#(?<![\w#&/]#)[ \t]?(?=\d)")


def en_number_sign(text: str) -> Iterator[Edit]:
    """"# 1" is not English typography: "No. 1"."""
    return _sub_edits(_NUMBER_SIGN, text, lambda m: "No. ")


# -- Russian --------------------------------------------------------------------

def ru_quotes(text: str) -> Iterator[Edit]:
    """Straight or English quotes → «ёлочки», with „лапки“ inside."""
    return quote_edits(text, "ru")


_RU_APOSTROPHE = re.compile(r"'(?<=[^\W\d_]')(?=[^\W\d_])")


def ru_apostrophe(text: str) -> Iterator[Edit]:
    """An apostrophe inside a name is ’ (Д’Артаньян)."""
    return _sub_edits(_RU_APOSTROPHE, text, lambda m: "’")


# A dash between words: spaced hyphen, en dash, double hyphen or an em dash
# with ordinary spaces; "--" without spaces too. Always "\u00a0— ".
_RU_DASH_SPACED = re.compile(r"[ \t\u00a0]+(?:-{1,3}|–|—)[ \t\u00a0]+(?=[^\s\-—–])")
_RU_DASH_TIGHT = _EN_DASH_TIGHT
RU_DASH = f"{NBSP}{EM_DASH} "


def ru_dash(text: str) -> Iterator[Edit]:
    """A dash between words is an em dash with a no-break space before it."""
    for match in _RU_DASH_SPACED.finditer(text):
        start, end = match.span()
        if start == 0 or text[start - 1] in _NOT_BEFORE_DASH or text[start - 1].isspace():
            continue
        if text[start - 1].isdigit() and text[end].isdigit():
            continue  # a minus or a range of numbers
        if match.group() != RU_DASH:
            yield start, end, RU_DASH
    yield from _sub_edits(_RU_DASH_TIGHT, text, lambda m: RU_DASH)


_NUMERO = re.compile(r"([№§])[ \t]*(?=\d)")


def ru_nbsp_numero(text: str) -> Iterator[Edit]:
    """"№ 1" and "§ 2" take a no-break space."""
    return _sub_edits(_NUMERO, text, lambda m: m.group(1) + NBSP)


# A one-letter preposition or conjunction standing alone, then ordinary spaces.
# Any word or quote mark may follow (the quote rule may change the mark).
_SHORT_WORD = re.compile(
    r"([вксуоиаяВКСУОИАЯ])(?<![\w.…’'][вксуоиаяВКСУОИАЯ])(?<!\w-[вксуоиаяВКСУОИАЯ])"
    r"([ \t]+)(?=[^\s\-—–.,;:!?…])")


def ru_nbsp_short_word(text: str) -> Iterator[Edit]:
    """After "в", "к", "с", "у", "о", "и", "а", "я" the space must not break."""
    for match in _SHORT_WORD.finditer(text):
        yield match.start(2), match.end(2), NBSP


# Initials then a surname ("В. В. Путин", "А. Масальцев"), or a surname then
# two initials ("Путин В. В."). Only the ordinary spaces inside change.
_INITIALS_FIRST = re.compile(
    r"[А-ЯЁ]\.(?<![\w.…][А-ЯЁ]\.)(?:[ \t\u00a0]*[А-ЯЁ]\.)?[ \t\u00a0]*(?=[А-ЯЁ][а-яё])")
_INITIALS_AFTER = re.compile(
    r"[А-ЯЁ](?<![\w.…][А-ЯЁ])[а-яё]+([ \t\u00a0]+[А-ЯЁ]\.[ \t\u00a0]*[А-ЯЁ]\.)(?!\w)")
_PLAIN_SPACES = re.compile(r"[ \t]+")


def ru_nbsp_initials(text: str) -> Iterator[Edit]:
    """No line break between initials and the surname."""
    seen: set[int] = set()
    for pattern in (_INITIALS_FIRST, _INITIALS_AFTER):
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            offset = match.start(group)
            for space in _PLAIN_SPACES.finditer(match.group(group)):
                if offset + space.start() not in seen:
                    seen.add(offset + space.start())
                    yield offset + space.start(), offset + space.end(), NBSP


_UNITS = (r"млрд|млн|трлн|тыс|руб|долл|евро|коп|чел|шт|экз|кв|куб|км|см|мм|мкм|кг|мг|га|"
          r"гг|вв|мин|сек|ч|м|г|т|л|кВт|МВт|ГВт|Вт|кВ|Гц|МГц|ГГц|ГБ|Гб|МБ|Мб|ТБ|Тб|°C|°С|°|%|"
          r"₽|€|\$")
_NUMBER_UNIT = re.compile(rf"\d([ \t]+)(?=(?:{_UNITS})(?![а-яёА-ЯЁ\w]))")


def ru_nbsp_units(text: str) -> Iterator[Edit]:
    """A number and its unit stay together: "5 млн", "10 км", "2020 г."."""
    for match in _NUMBER_UNIT.finditer(text):
        yield match.start(1), match.end(1), NBSP


RULES: dict[str, list[tuple[str, Rule]]] = {
    "en": [
        ("apostrophe", en_apostrophe),   # before the quotes: see typography_edits
        ("curly-quotes", en_quotes),
        ("em-dash", en_em_dash),
        ("number-sign", en_number_sign),
        ("ellipsis", ellipsis),
        ("digit-groups", digit_groups),
    ],
    "ru": [
        ("apostrophe", ru_apostrophe),
        ("guillemets", ru_quotes),
        ("dash-nbsp", ru_dash),
        ("nbsp-numero", ru_nbsp_numero),
        ("nbsp-short-word", ru_nbsp_short_word),
        ("nbsp-initials", ru_nbsp_initials),
        ("nbsp-units", ru_nbsp_units),
        ("ellipsis", ellipsis),
        ("digit-groups", digit_groups),
    ],
}
