"""Quote marks per language: which mark belongs where, by context and nesting.

English uses “double” outside and ‘single’ inside; Russian «ёлочки» outside
and „лапки“ inside. Straight ``"`` marks (and the other language's marks) are
replaced by the right ones. A paragraph's marks are paired with a stack; when
the pairing is not certain (a mark with spaces on both sides, a closing mark
with nothing open, a mark left open at the end) the paragraph is left alone,
because a wrong "fix" is worse than none.

The same context rules drive :func:`smart_quote`, which picks the mark to
insert while the user types.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from presspad.core.text.paragraphs import PARAGRAPH_BREAK

logger = logging.getLogger(__name__)

# The quote-style table: (opening, closing) per nesting level, deeper levels
# reusing the inner pair. Every other module (the quote checks among them) reads it here.
MARKS = {
    "en": (("“", "”"), ("‘", "’")),
    "ru": (("«", "»"), ("„", "“")),
}
# Marks that take part in pairing. Curly single quotes are left out in English:
# ‘ ’ are a valid British outer style and ’ is mostly an apostrophe.
_PAIRED = {"en": '"«»„“”', "ru": '"«»„“”'}
_ALWAYS_OPEN = "«„"
_ALWAYS_CLOSE = "»"
_OPEN_BEFORE = "([{—–-/\u00a0" + "«„“‘"   # after these (or a space) a mark opens
_CLOSE_AFTER = ".,;:!?)]}…—–-" + "»”’“"  # before these (or a space) a mark closes
_TRANSPARENT = "*_~"                     # Markdown emphasis around quotes
_MARK_CHARS = {lang: re.compile(f"[{re.escape(marks)}]") for lang, marks in _PAIRED.items()}


_RUN = "\"“”„«»"   # marks that stand together ("„…“»", '""Двойные"'): one context


def _prev_char(text: str, index: int, floor: int = 0, through: str = "") -> str:
    """The character before ``index`` ignoring emphasis markers (and the marks in
    ``through``); "" at the start."""
    i = index - 1
    while i >= floor and (text[i] in _TRANSPARENT or text[i] in through):
        i -= 1
    return text[i] if i >= floor else ""


def _next_char(text: str, index: int, through: str = "") -> str:
    i = index + 1
    while i < len(text) and (text[i] in _TRANSPARENT or text[i] in through):
        i += 1
    return text[i] if i < len(text) else ""


def _after_dots(text: str, index: int) -> str:
    """The character after the dots that follow ``index`` ('"...и тогда"': "и")."""
    i = index + 1
    while i < len(text) and text[i] in ".…":
        i += 1
    return text[i] if i < len(text) else ""


def mark_role(text: str, index: int, floor: int = 0) -> str | None:
    """"open", "close" or None (cannot tell) for the quote mark at ``text[index]``."""
    char = text[index]
    if char in _ALWAYS_OPEN:
        return "open"
    if char in _ALWAYS_CLOSE:
        return "close"
    before = _prev_char(text, index, floor)
    after = _next_char(text, index)
    if char == '"' and (before in _RUN or after in _RUN):
        # Marks side by side share the context around the run: '"Фильм "Брат""'
        # closes twice, '""Двойные" кавычки"' opens twice.
        before = _prev_char(text, index, floor, _RUN)
        after = _next_char(text, index, _RUN)
    opens = before == "" or before.isspace() or before in _OPEN_BEFORE
    closes = after == "" or after.isspace() or after in _CLOSE_AFTER
    if opens and closes and after in ".…" and _after_dots(text, index).isalnum():
        return "open"   # '"...и тогда"': the quotation starts with an ellipsis
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def quote_edits(text: str, lang: str,
                skip: frozenset[int] = frozenset()) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, mark)`` for each quote mark that should be another mark.

    ``skip`` holds offsets of marks inside protected Markdown (code, URLs).
    """
    pairs = MARKS[lang]
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    stack = 0
    certain = True
    p_start = 0
    next_break = 0
    for match in _MARK_CHARS[lang].finditer(text):
        index = match.start()
        if next_break < len(breaks) and index >= breaks[next_break]:
            # A new paragraph: keep the last one's edits only if its pairing held.
            if certain and stack == 0:
                yield from edits
            edits, stack, certain = [], 0, True
            while next_break < len(breaks) and index >= breaks[next_break]:
                p_start = breaks[next_break]
                next_break += 1
        if not certain or index in skip:
            continue
        char = text[index]
        role = mark_role(text, index, p_start)
        if role is None:
            certain = False
            continue
        if role == "open":
            expected = pairs[min(stack, 1)][0]
            stack += 1
        else:
            if stack == 0:
                certain = False
                continue
            stack -= 1
            expected = pairs[min(stack, 1)][1]
        if char != expected:
            edits.append((index, index + 1, expected))
    if certain and stack == 0:
        yield from edits


def quote_depth(text: str, lang: str) -> tuple[int, str | None]:
    """How many quotes are open at the end of ``text``, and the innermost opening mark."""
    stack: list[str] = []
    for index, char in enumerate(text):
        if lang == "en" and char == "‘":
            stack.append(char)
            continue
        if lang == "en" and char == "’":
            # A closing single mark only when one is open and this is not
            # an apostrophe inside a word ("don’t").
            inside_word = 0 < index < len(text) - 1 and text[index - 1].isalpha() \
                and text[index + 1].isalpha()
            if stack and stack[-1] == "‘" and not inside_word:
                stack.pop()
            continue
        if char not in _PAIRED[lang]:
            continue
        role = mark_role(text, index)
        if role == "open":
            stack.append(char if char != '"' else MARKS[lang][min(len(stack), 1)][0])
        elif role == "close" and stack:
            stack.pop()
    return len(stack), (stack[-1] if stack else None)


def smart_quote(text_before_cursor: str, char: str, lang: str) -> str:
    """The mark to insert for a typed ``"`` or ``'`` given the text before the cursor.

    English: ``"`` gives “ or ” (‘ ’ when nested), ``'`` gives ’ after a letter
    (apostrophe) and ‘ at the start of a word. Russian: ``"`` gives « or »
    (and „ “ when nested); ``'`` gives ’ after a letter and otherwise acts as ``"``.
    Any other ``char`` is returned unchanged.
    """
    if char not in "\"'" or lang not in MARKS:
        return char
    before = _prev_char(text_before_cursor, len(text_before_cursor))
    at_word_start = before == "" or before.isspace() or before in _OPEN_BEFORE
    depth, innermost = quote_depth(text_before_cursor, lang)
    outer, inner = MARKS[lang]
    if char == "'":
        if not at_word_start:
            return "’"
        if lang == "en":
            return "‘"
    if at_word_start:
        return (outer if depth == 0 else inner)[0]
    if depth == 0:
        return outer[1]
    # Close the innermost open quote with its partner.
    for opening, closing in MARKS[lang]:
        if innermost == opening:
            return closing
    return outer[1] if depth == 1 else inner[1]
