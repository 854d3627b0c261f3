"""Reading the phrases around quotations: tokens, name-like runs, titles.

Shared by the English and Russian readers of :mod:`presspad.core.quotes.names`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from presspad.core.quotes import lexicon as lex
from presspad.core.text.words import ABBREVIATIONS

logger = logging.getLogger(__name__)

TOKEN = re.compile(r"«[^»]*»|„[^“]*“|“[^”]*”|\([^)]*\)|[^\s,;()]+|[,;]")
RU_HONORIFICS = frozenset({"г-н", "г-жа", "господин", "госпожа", "доктор", "профессор",
                            "д-р", "проф.", "академик", "г.", "mr.", "dr."})
@dataclass(frozen=True)
class PersonRef:
    """Someone a phrase points at."""

    kind: str                 # "name", "pronoun", "role" or "org"
    name: str | None = None
    title: str | None = None
    offset: int = 0           # where the reference starts in the body
    gender: str | None = None
    # The name was put in the nominative by us (the text had «Михаила Швыдкого»):
    # a nominative the text itself writes («Михаил Швыдкой») is surer.
    derived: bool = False


def tokenize(phrase: str) -> list[tuple[str, int]]:
    return list(_tokenize(phrase))


@lru_cache(maxsize=2048)
def _tokenize(phrase: str) -> tuple[tuple[str, int], ...]:
    return tuple((m.group(), m.start()) for m in TOKEN.finditer(phrase))


@lru_cache(maxsize=20000)
def bare_word(token: str) -> str:
    return token.strip("*_.:!?\"“”«»").removesuffix("’s").removesuffix("'s")


INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.){1,3}$")


def name_word(token: str) -> str:
    return token if INITIALS.match(token) else bare_word(token)


def _upper_surname(token: str) -> bool:
    """A surname in capitals after a first name or initials: "A.I. RUDSKOY"."""
    word = bare_word(token)
    return len(word) >= 4 and word.isalpha() and word.isupper()




def ends_run(token: str) -> bool:
    """A comma, or a sentence end: "… Дмитрий Петров. Группы гостей …" are two runs."""
    if token.endswith(","):
        return True
    if not token.rstrip("*_»”\"'").endswith((".", "!", "?")) or INITIALS.match(token):
        return False
    bare = bare_word(token)
    if not bare:
        return True   # a stop of its own ("» ."): the sentence has ended
    return len(bare) > 1 and bare.lower() not in ABBREVIATIONS


_NAMED_AFTER = frozenset({"им", "имени", "named"})
_OPENING_MARKS = "“«„\"‘"
_CLOSING_MARKS = ("”", "»", "“", "\"", "’")


def name_runs(tokens: list[tuple[str, int]], namey) -> list[tuple[int, int]]:
    """Index ranges [i, j) of consecutive name-like tokens (a comma or a sentence end
    ends a run)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if i > 0 and bare_word(tokens[i - 1][0]).lower() in _NAMED_AFTER:
            # «Институт … им. В. А. Корсунского Фёдора Лёвина»: the initials and the
            # surname after «им.» are the institution's namesake, not a person here.
            while i < len(tokens) and INITIALS.match(tokens[i][0]):
                i += 1
            i += 1
            continue
        if tokens[i][0][:1] in _OPENING_MARKS:
            # “Bridges North”, «Инженерное образование …»: a name in quote marks is a
            # programme, an event or a journal, never the person who speaks.
            j = i
            while j < len(tokens) and j - i < 15 and \
                    not tokens[j][0].rstrip(".,;:!?)").endswith(_CLOSING_MARKS):
                j += 1
            i = j + 1
            continue
        if namey(tokens[i][0]):
            j = i + 1
            while j < len(tokens) and not ends_run(tokens[j - 1][0]) and \
                    (namey(tokens[j][0]) or _upper_surname(tokens[j][0])):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def join_tokens(tokens: list[tuple[str, int]], i: int, j: int) -> str:
    return " ".join(t for t, _ in tokens[i:j])


def clean_title(text: str, lang: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-*_.")
    text = re.sub(r"^(?:the|a|an|and|by|led by)\s+", "", text, flags=re.I)
    owner = re.match(r"^([a-z]+)[’']s\s+(?=\S)", text)
    if lang == "en" and owner and owner.group(1) in lex.EN_TITLE_WORDS:
        text = text[owner.end():]  # "the university’s rector" is the rector
    # A trailing honorific belongs to the name ("Head of the Lab Professor"), but
    # "Associate Professor" is a rank in its own right.
    text = re.sub(r"(?<!Associate)(?<!Assistant)(?<!Visiting)(?<!Full)(?<!Adjunct)"
                  r"(?:\s+\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Academician)\.?)+$", "", text)
    text = re.sub(r"\s+,", ",", text)
    if lang == "ru":
        words = text.split()
        while words and words[-1].lower() in RU_HONORIFICS:
            words.pop()
        text = " ".join(words)
        if text and not (len(text.split()[0]) > 1 and text.split()[0].isupper()):
            text = text[0].lower() + text[1:]
    text = text.strip(" ,;:")
    if not text or not lex.is_title_text(text, lang):
        return None
    return text


def acronym(word: str) -> bool:
    """BPU, СПбПУ, SPbPU, ТашГТУ: mostly capitals (not McDonald, O'Brien, Ji-Hoon)."""
    letters = [ch for ch in word if ch.isalpha()]
    caps = sum(1 for n, ch in enumerate(word)
               if ch.isupper() and (n == 0 or word[n - 1] not in "-'’"))
    return caps >= 2 and caps * 2 >= len(letters)


def clean_name(name: str) -> str:
    return re.sub(r"[’']s$", "", name).strip("*_.,:;“”\"()")
