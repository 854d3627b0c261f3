"""Russian case forms of partner names (pymorphy3), for completion and the checks.

A Russian sentence needs a name in the case its grammar asks for: «подписали
с Владимиром Хижняком», «администрацией провинции Кёнгидо». We produce the six
case forms of a directory name:

* **people** — the first name (and a patronymic) through pymorphy3's lexicon of
  given names, gender-aware; the surname (last word) through pymorphy3 when it
  knows it as a surname of that gender, otherwise by the standard surname
  declension rules (-ов/-ин, adjectival -ский, consonant and -ь stems; women's
  consonant surnames and surnames in -о/-е/-и/-у do not decline). Words in
  between that are not Russian names (Korean "Ён") stay as they are, so
  «Ли Ён Чоль» gives «Ли Ён Чоля».
* **organisations** — the head noun (the first noun in the nominative) and the
  adjectives before it that agree with it; everything after the head
  (genitive complements, foreign or quoted names) stays: «Университет Ханьян»
  → «Университета Ханьян». A name that begins with a quoted name, an
  abbreviation (СПбПУ, ПАО) or a Latin word is not inflected at all.
"""

from __future__ import annotations

import functools
import logging
import re

from presspad.core.directory.model import ORG, Entry

logger = logging.getLogger(__name__)

CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# The question each case answers, for completion popups ("кого?" etc.).
CASE_LABELS = {
    "nomn": "именительный (кто? что?)",
    "gent": "родительный (кого? чего?)",
    "datv": "дательный (кому? чему?)",
    "accs": "винительный (кого? что?)",
    "ablt": "творительный (кем? чем?)",
    "loct": "предложный (о ком? о чём?)",
}

_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")
_VOWELS = set("аеёиоуыэюя")
_SIBILANTS = set("жшчщц")


def _morph():
    # One analyser per process (text.morphology), shared with the quote checks.
    from presspad.core.text.morphology import russian

    return russian()


@functools.lru_cache(maxsize=65536)
def _parse(word: str) -> tuple:
    """pymorphy3's analyses of ``word``; cached, as names repeat (Владимир, университет)."""
    return tuple(_morph().parse(word))


def _inflect(parse, grammemes: set[str]):
    """The form of ``parse``'s lexeme with ``grammemes`` closest to the word itself.

    pymorphy3's own ``inflect`` takes the first matching form, which for some
    lexemes is another variant: «высшая» → «высочайшей». Among the matching
    forms we keep the one sharing the longest beginning with the word.
    """
    word = parse.word
    wanted = set(grammemes)
    if parse.tag.gender and "plur" not in wanted:
        wanted.add(parse.tag.gender)   # a lexeme holds all genders of an adjective
    best, best_shared = None, -1
    for form in parse.lexeme:
        if not wanted <= form.tag.grammemes:
            continue
        shared = 0
        for a, b in zip(form.word, word, strict=False):
            if a != b:
                break
            shared += 1
        if shared > best_shared:
            best, best_shared = form, shared
    return best


def _same_case_shape(original: str, word: str) -> str:
    """Give ``word`` the capitalisation of ``original`` (per hyphenated part)."""
    parts_o, parts_w = original.split("-"), word.split("-")
    if len(parts_o) != len(parts_w):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    out = []
    for o, w in zip(parts_o, parts_w, strict=True):
        if o.isupper() and len(o) > 1:
            out.append(w.upper())
        elif o[:1].isupper():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return "-".join(out)


def _is_abbreviation(word: str) -> bool:
    # СПбПУ, ПАО; but not Санкт-Петербургский (one capital per hyphenated part).
    return any(sum(1 for c in part if c.isupper()) >= 2 for part in word.split("-"))


def _inflectable(word: str) -> bool:
    return bool(_CYRILLIC_WORD.match(word)) and not _is_abbreviation(word)


# -- people ----------------------------------------------------------------------


def guess_gender(name: str) -> str:
    """"m" or "f" for a Russian full name, from the first name (or the surname)."""
    words = name.split()
    if not words:
        return "m"
    for parse in _parse(words[0]):
        if "Name" in parse.tag and parse.tag.case == "nomn":
            return "f" if parse.tag.gender == "femn" else "m"
    last = words[-1].lower()
    if last.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")):
        return "f"
    return "m"


def _surname_rules(word: str, gender: str) -> dict[str, str]:
    """Standard declension of a Russian (or russified) surname."""
    low = word.lower()
    same = dict.fromkeys(CASES, word)

    def ends(*suffixes: str) -> bool:
        return low.endswith(suffixes)

    def build(stem: str, endings: tuple[str, str, str, str, str]) -> dict[str, str]:
        return {"nomn": word, **dict(zip(CASES[1:], (stem + e for e in endings), strict=True))}

    if gender == "f":
        if ends("ова", "ева", "ёва", "ина", "ына"):
            return build(word[:-1], ("ой", "ой", "у", "ой", "ой"))
        if ends("ская", "цкая", "ая"):
            return build(word[:-2], ("ой", "ой", "ую", "ой", "ой"))
        if ends("яя"):
            return build(word[:-2], ("ей", "ей", "юю", "ей", "ей"))
        if ends("а", "я") and not ends("ия"):
            return _a_stem(word)
        return same
    if ends("ов", "ев", "ёв", "ин", "ын"):
        return build(word, ("а", "у", "а", "ым", "е"))
    if ends("ский", "цкий", "кий", "гий", "хий"):
        return build(word[:-2], ("ого", "ому", "ого", "им", "ом"))
    if ends("ый", "ой") and len(low) > 3:
        return build(word[:-2], ("ого", "ому", "ого", "ым", "ом"))
    if ends("ий"):
        return build(word[:-2], ("ия", "ию", "ия", "ием", "ии"))
    if ends("ь", "й"):
        return build(word[:-1], ("я", "ю", "я", "ем", "е"))
    if ends("а", "я"):
        return _a_stem(word)
    if low[-1:] in _VOWELS:
        return same   # Шевченко, Гёте, Ли: indeclinable
    ablt = "ем" if low[-1] in _SIBILANTS else "ом"
    return build(word, ("а", "у", "а", ablt, "е"))


def _a_stem(word: str) -> dict[str, str]:
    stem, last = word[:-1], word[-1].lower()
    soft = last == "я" or stem[-1:].lower() in set("гкхжшчщ")
    gent = "и" if soft else "ы"
    if last == "я":
        return dict(zip(CASES, (word, stem + "и", stem + "е", stem + "ю", stem + "ей",
                                stem + "е"), strict=True))
    ablt = "ей" if stem[-1:].lower() in _SIBILANTS else "ой"
    return dict(zip(CASES, (word, stem + gent, stem + "е", stem + "у", stem + ablt,
                            stem + "е"), strict=True))


@functools.lru_cache(maxsize=16384)
def _surname_forms(word: str, gender: str) -> dict[str, str]:
    # Cached: callers only read the dict.
    if not _inflectable(word):
        return dict.fromkeys(CASES, word)
    if "-" in word:
        # Each part declines on its own: Петрова-Водкина, Склодовской-Кюри.
        parts = [_surname_forms(part, gender) for part in word.split("-")]
        return {case: "-".join(p[case] for p in parts) for case in CASES}
    morph_gender = "femn" if gender == "f" else "masc"
    for parse in _parse(word):
        tag = parse.tag
        if "Surn" in tag and tag.case == "nomn" and tag.gender == morph_gender \
                and tag.number == "sing":
            forms = {}
            for case in CASES:
                inflected = _inflect(parse, {case, "sing"})
                if inflected is None:
                    break
                forms[case] = _same_case_shape(word, inflected.word)
            else:
                return forms
    return _surname_rules(word, gender)


@functools.lru_cache(maxsize=4096)
def _given_name_forms(word: str, gender: str) -> dict[str, str] | None:
    """Forms of a first name or patronymic pymorphy3 knows, else None."""
    if not _inflectable(word):
        return None
    morph_gender = "femn" if gender == "f" else "masc"
    for parse in _parse(word):
        tag = parse.tag
        if ("Name" in tag or "Patr" in tag) and tag.case == "nomn" \
                and tag.gender == morph_gender and tag.number == "sing":
            forms = {}
            for case in CASES:
                inflected = _inflect(parse, {case, "sing"})
                forms[case] = _same_case_shape(word, inflected.word if inflected else word)
            return forms
    return None


def _is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in _parse(word))


def person_forms(name: str, gender: str = "") -> dict[str, str]:
    """The six case forms of a person's full name ("Имя [Отчество] Фамилия")."""
    words = name.split()
    if not words:
        return dict.fromkeys(CASES, name)
    gender = gender or guess_gender(name)
    # "Имя [Отчество] Фамилия" declines throughout; a name with a middle part
    # that is no patronymic (Ким Чен Ын, Ли Ён Чоль) declines only its end.
    russian_order = all(_is_patronymic(w) for w in words[1:-1])
    per_word: list[dict[str, str]] = []
    for index, word in enumerate(words):
        if index == len(words) - 1:
            per_word.append(_surname_forms(word, gender))
            continue
        forms = _given_name_forms(word, gender) if russian_order else None
        per_word.append(forms or dict.fromkeys(CASES, word))
    return {case: " ".join(w[case] for w in per_word) for case in CASES}


# -- organisations ---------------------------------------------------------------


def _noun_head(word: str):
    for parse in _parse(word):
        tag = parse.tag
        if tag.POS == "NOUN" and tag.case == "nomn" and "Fixd" not in tag:
            return parse
    return None


def _agreeing_adjective(word: str, head_tag):
    for parse in _parse(word):
        tag = parse.tag
        if tag.POS in ("ADJF", "PRTF") and tag.case == "nomn" and tag.number == head_tag.number \
                and (tag.number == "plur" or tag.gender == head_tag.gender):
            return parse
    return None


def org_forms(name: str) -> dict[str, str]:
    """The six case forms of an organisation's name (see the module docstring)."""
    same = dict.fromkeys(CASES, name)
    words = name.split(" ")
    head_index = None
    head = None
    for index, word in enumerate(words):
        if not _inflectable(word):
            return same   # a quoted name, an abbreviation or a Latin word comes first
        # A word that can be an adjective before another word is one (pymorphy3
        # guesses unknown "Ханьянский" as a surname noun too).
        if index + 1 < len(words) and _inflectable(words[index + 1]) and any(
                p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"
                for p in _parse(word)):
            continue
        head = _noun_head(word)
        if head is not None:
            head_index = index
        break
    if head is None or head_index is None:
        return same
    adjectives = [_agreeing_adjective(w, head.tag) for w in words[:head_index]]
    if any(a is None for a in adjectives):
        return same   # something before the head we do not understand: leave it
    animacy = head.tag.animacy or "inan"
    forms = {}
    for case in CASES:
        out = list(words)
        noun = _inflect(head, {case, head.tag.number})
        if noun is None:
            return same
        out[head_index] = _same_case_shape(words[head_index], noun.word)
        for index, adjective in enumerate(adjectives):
            wanted = {case, head.tag.number}
            if case == "accs" and (head.tag.number == "plur" or head.tag.gender == "masc"):
                wanted.add(animacy)   # only these accusatives depend on animacy
            inflected = (_inflect(adjective, wanted)
                         or _inflect(adjective, {case, head.tag.number}))
            if inflected is None:
                return same
            out[index] = _same_case_shape(words[index], inflected.word)
        forms[case] = " ".join(out)
    return forms


def case_forms(entry: Entry, name: str | None = None) -> dict[str, str]:
    """The six case forms of ``name`` (default: the entry's Russian name)."""
    name = entry.ru if name is None else name
    if not name:
        return {}
    try:
        if entry.kind == ORG:
            return org_forms(name)
        return person_forms(name, entry.gender)
    except Exception:  # noqa: BLE001 - a dictionary surprise must not break completion
        logger.exception("cannot inflect %r", name)
        return dict.fromkeys(CASES, name)


def loct_label(form: str) -> str:
    """The prepositional form as a reader says it: "о Владимире Хижняке"."""
    first = form[:1].lower()
    preposition = "об" if first in set("аиоуэ") else "о"
    return f"{preposition} {form}"
