"""Who a phrase names: a person (name and title), a pronoun or a bare role.

:func:`parse_person` reads the phrase next to a quotation ("said Elena
Sorokina, Vice-Rector for International Affairs", "по словам директора
Института Марины Ковалёвой", "добавил он", "the vice governor") and returns
a :class:`PersonRef`. Russian names and titles in the genitive are put in the
nominative with pymorphy3.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.names_en import en_name_gender, find_mentions_en, parse_en
from presspad.core.quotes.names_ru import (
    find_mentions_ru,
    nominative_name,
    nominative_title,
    parse_ru,
)
from presspad.core.quotes.phrase import PersonRef
from presspad.core.text.words import fold

__all__ = ["PersonRef", "find_mentions", "is_first_and_patronymic", "name_gender",
           "nominative_name", "nominative_title", "parse_person", "surname_key"]

logger = logging.getLogger(__name__)


def parse_person(phrase: str, lang: str, *, prefer: str = "last",
                 genitive: bool = False, base: int = 0) -> PersonRef | None:
    """The person ``phrase`` names; offsets are shifted by ``base``."""
    ref = parse_ru(phrase, prefer, genitive) if lang == "ru" else parse_en(phrase, prefer)
    if ref is None:
        return None
    return replace(ref, offset=ref.offset + base)


def name_gender(name: str, lang: str) -> str | None:
    """'masc'/'femn' when a first name, patronymic or surname tells, else None."""
    if lang != "ru":
        return en_name_gender(name)
    # A first name or patronymic tells in any case; a surname only in the
    # nominative (Сорокина is a woman, or the genitive of Сорокин).
    for grammeme in ("Name", "Patr", "Surn"):
        for word in name.split():
            for p in lex.parses(word.lower())[:2]:
                if grammeme in p.tag.grammemes and p.tag.gender in ("masc", "femn") and \
                        (grammeme != "Surn" or "nomn" in p.tag.grammemes):
                    return p.tag.gender
    return None


def is_first_and_patronymic(name: str) -> bool:
    """«Андрей Иванович»: a first name and a patronymic, no surname."""
    parts = name.split()
    return len(parts) == 2 and any("Patr" in p.tag.grammemes
                                   for p in lex.parses(parts[1].lower())[:2])


def surname_key(name: str, lang: str) -> str:
    """What two mentions of one person share: the last word, case-folded (lemma in Russian)."""
    last = fold(name.split()[-1].strip(".,"))
    if lang == "ru":
        parses = lex.parses(last)
        adjectival = _ADJECTIVAL_SURNAME.match(last)
        if adjectival and any(p.tag.POS == "ADJF" for p in parses):
            # Declined like an adjective, a surname's nominative is a guess (Швыдкой or
            # Швыдкий for «Швыдкого»): every form of it shares the stem.
            return adjectival.group(1) + "-adj"
        for p in parses:
            if "Surn" in p.tag.grammemes:
                return p.normal_form.replace("ё", "е")
    return last


_ADJECTIVAL_SURNAME = re.compile(r"^(\w{3,}?)(?:ий|ый|ой|ая|яя|ого|его|ому|ему|ым|им|ую|юю)$")


def find_mentions(text: str, start: int, end: int, lang: str, known=None) -> list[PersonRef]:
    """People named in ``text[start:end]`` (no quotations in it), with their titles.

    A capitalised run counts as a person when a title or an honorific stands
    right before it or a title follows it in apposition ("Mei Chen, a
    second-year student") or a verb of speech follows it in the sentence
    ("Ana Petrović from Belgrade explained"); in Russian also when pymorphy3
    knows a word of it as a first name, surname or patronymic. With ``known``
    (a predicate), single words that name a known person count too.
    """
    chunk = text[start:end]
    if lang == "en":
        return find_mentions_en(chunk, start, known)
    return find_mentions_ru(chunk, start, known)
