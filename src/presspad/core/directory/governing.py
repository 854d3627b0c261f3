"""Which grammatical case the words before a Russian name ask for.

"встреча с Вла…" wants the instrumental (с Владимиром Хижняком), "благодаря
Вла…" the dative: the completion popup preselects that form, so Enter
inserts the name as the sentence needs it. Only prepositions are read (their
case is fixed, or nearly: «в»/«на» with a person or an organisation are far
more often prepositional than accusative); anything else gives no opinion and
the popup keeps the base form first. The word lists are data:
``core/directory/data/prepositions_<case>.txt``.
"""

from __future__ import annotations

import functools
import logging
import re

from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)

# case → the word list of prepositions asking for it (core/directory/data/)
_LISTS = {"gent": "prepositions_gent", "datv": "prepositions_datv",
          "accs": "prepositions_accs", "ablt": "prepositions_ablt",
          "loct": "prepositions_loct"}
# The last lowercase word before the name being typed (capitalised words are
# the name's own earlier words: "с Владимиром Х|").
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@functools.cache
def _case_of_word() -> dict[str, str]:
    table: dict[str, str] = {}
    for case, name in _LISTS.items():
        for word in word_list("presspad.core.directory", name):
            table[word] = case
    return table


def governed_case(text_before: str) -> str | None:
    """The case the words before the name ask for ("ablt"…), or None for no opinion.

    ``text_before`` is the text of the line up to the name being typed (the
    typed part of the name itself included or not).
    """
    words = _WORDS.findall(text_before[-80:])
    if words and text_before and not text_before[-1].isspace():
        words = words[:-1]             # the part of the name typed so far
    table = _case_of_word()
    for word in reversed(words):
        case = table.get(word.lower().replace("ё", "е"))
        if case is not None:
            return case                # «Благодаря» opening a sentence counts too
        if not word[:1].isupper():
            return None
        # else an earlier word of the same name: look further back
    return None
