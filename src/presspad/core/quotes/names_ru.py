"""Reading Russian attributions: «сказала проректор Елена Сорокина», «по словам …».

Names and titles in the genitive (по словам директора Марины Ковалёвой) are
put in the nominative with pymorphy3.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.phrase import (
    INITIALS,
    RU_HONORIFICS,
    PersonRef,
    acronym,
    bare_word,
    clean_title,
    ends_run,
    name_runs,
    name_word,
    tokenize,
)
from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)

_RU_STOP = word_list("presspad.core.quotes", "ru_name_stop_words")


@lru_cache(maxsize=20000)
def _ru_namey(token: str) -> bool:
    if INITIALS.match(token):
        return True  # "А.И. Рудской"
    bare = bare_word(token)
    if not bare or not bare[0].isupper() or not bare[0].isalpha() or len(bare) < 2:
        return False
    if bare.lower() in _RU_STOP or bare.lower() in RU_HONORIFICS:
        return False
    if _function_word(bare.lower()):
        return False   # «Ранее Лавров заявил»: a capitalised adverb opens the sentence
    return not acronym(bare)


_FUNCTION_POS = frozenset({"ADVB", "COMP", "CONJ", "PRCL", "PRED", "PREP", "NPRO", "INTJ"})


def _function_word(word: str) -> bool:
    """An adverb, conjunction, particle, preposition or pronoun, and no name at all."""
    parses = lex.parses(word)
    return bool(parses) and parses[0].tag.POS in _FUNCTION_POS and not any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def _ru_name_start(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """Skip the words of a capitalised run that come before the name itself."""
    dropped_noun = False
    while j - i > 1 and _ru_not_name_start(bare_word(tokens[i][0])):
        dropped_noun = lex.ru_word_kind(bare_word(tokens[i][0])) == "noun"
        i += 1
    if dropped_noun and j - i > 2:
        i += 1  # "Университета Цинхуа Линь Яо": the institution's own name goes too
    return i


def _ru_not_name_start(word: str) -> bool:
    """A capitalised word before a name that is not part of it ("из Индонезии Сари …").

    A place, a role ("Ректор Андрей Волков" at a sentence start) or a common
    noun in an oblique case ("Университета Цинхуа"); a nominative common noun
    may well be a rare first name ("Ана Петрович").
    """
    kind = lex.ru_word_kind(word)
    if kind == "place" or lex.role_of(word, "ru"):
        return True
    # Only a case an institution takes before a name ("Университета Цинхуа"): a
    # word read as a bare accusative is more likely a foreign first name ("Ану Менон").
    grammemes = lex.parses(word.lower())[0].tag.grammemes
    return kind == "noun" and "nomn" not in grammemes and bool(grammemes & _INSTITUTION_CASES)


_INSTITUTION_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _ru_single_ok(word: str) -> bool:
    kind = lex.ru_word_kind(word)
    if kind == "person":
        return True
    if kind in ("noun", "place"):
        return False
    parses = lex.parses(word.lower())
    if lex.morph().word_is_known(word.lower()) and all(
            p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses):
        # "директор Ассоциации выпускников … Кваме Асанте": a thing, in whatever
        # case pymorphy is unsure of, is never a one-word name.
        return False
    top = parses[0]
    return top.tag.POS in (None, "NOUN") or "UNKN" in top.tag.grammemes


def nominative_name(words: list[str], case: str = "gent") -> tuple[list[str], str | None]:
    """Name words in ``case`` (genitive unless told) to the nominative, and the gender."""
    gender = None
    for word in words:
        for p in lex.parses(word.lower()):
            if {"Name", case} <= p.tag.grammemes:
                gender = p.tag.gender
                break
        if gender:
            break
    out = []
    for word in words:
        chosen = None
        # Surnames declined like adjectives («Береговой», «Луговым») parse as ADJF:
        # they take the nominative of the person's gender (Береговая, Луговой).
        for p in lex.parses(word.lower()):
            if case in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF") and \
                    (p.tag.POS == "NOUN" or "sing" in p.tag.grammemes) and \
                    (gender is None or p.tag.gender in (gender, None)):
                chosen = p
                break
        wanted = {"nomn", gender} if chosen is not None and chosen.tag.POS == "ADJF" and \
            gender in ("masc", "femn") else {"nomn"}
        form = chosen.inflect(wanted) if chosen is not None else None
        out.append(_match_case(word, form.word) if form is not None else word)
    return out, gender


_OBLIQUE = ("gent", "datv", "ablt", "loct")


def oblique_case(word: str) -> str | None:
    """«Павла» → gent, «Кристьяном» → ablt: the case of a first name that cannot be
    a nominative singular (accusative forms are read as the genitive they equal)."""
    if not lex.morph().word_is_known(word.lower()):
        return None   # a guess for a foreign name («Кваме» as if from «Квама»): as written
    names = [p for p in lex.parses(word.lower()) if "Name" in p.tag.grammemes]
    if any({"nomn", "sing"} <= p.tag.grammemes for p in names):
        return None
    return next((c for p in names for c in _OBLIQUE if c in p.tag.grammemes), None)


def _match_case(original: str, word: str) -> str:
    if "-" in original and "-" in word:
        return "-".join(_match_case(o, w) for o, w in zip(original.split("-"),
                                                           word.split("-"), strict=False))
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def nominative_title(title: str, case: str = "gent") -> str:
    """The head of an oblique title to the nominative ("директора Института" → "директор …")."""
    words = title.split()
    for n, word in enumerate(words):
        parsed = next((p for p in lex.parses(word.lower())
                       if case in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF", "PRTF")),
                      None)
        if parsed is None:
            break
        form = parsed.inflect({"nomn"})
        if form is not None:
            words[n] = _match_case(word, form.word)
        if parsed.tag.POS == "NOUN":
            break
    return " ".join(words)


def parse_ru(phrase: str, prefer: str, genitive: bool) -> PersonRef | None:
    tokens = tokenize(phrase)
    if not tokens:
        return None
    first = bare_word(tokens[0][0]).lower()
    if first in lex.RU_PRONOUNS or (len(tokens) <= 3 and any(
            bare_word(t).lower() in lex.RU_PRONOUNS for t, _o in tokens)):
        pron = next(bare_word(t).lower() for t, _o in tokens
                    if bare_word(t).lower() in lex.RU_PRONOUNS or t == tokens[0][0])
        gender = {"он": "masc", "она": "femn"}.get(pron)
        return PersonRef("pronoun", offset=tokens[0][1], gender=gender)
    head = next((t for t, _o in tokens if bare_word(t).lower() not in ("в", "во", "на")), "")
    if lex.ru_lemmas(bare_word(head)) & lex.RU_ORG_LEMMAS and len(tokens) <= 6:
        # «— сообщает пресс-служба Минобрнауки»: a body speaks, not a person.
        return PersonRef("org", name=phrase.strip(" ,."), offset=tokens[0][1])
    runs = []
    for i, j in name_runs(tokens, _ru_namey):
        i = _ru_name_start(tokens, i, j)
        if j - i == 1 and not _ru_single_ok(bare_word(tokens[i][0])):
            continue
        if j - i <= 4:
            runs.append((i, j))
    if not runs:
        text = phrase.strip(" ,.")
        if lex.role_of(text, "ru") and len(tokens) <= 10:
            return PersonRef("role", title=_ru_title(tokens, 0, len(tokens),
                                                     "gent" if genitive else None),
                             offset=tokens[0][1])
        head = next((t for t, _o in tokens if bare_word(t).lower() not in ("в", "во", "на")), "")
        if len(tokens) <= 6 and lex.ru_lemmas(bare_word(head)) & lex.RU_ORG_LEMMAS:
            return PersonRef("org", name=text, offset=tokens[0][1])  # «— сообщили в пресс-службе»
        return None
    i, j = runs[-1] if prefer == "last" else _first_person_run(tokens, runs)
    words = [name_word(t) for t, _o in tokens[i:j]]
    gender = None
    # "Слова ректора Павла Орлова были однозначны: «…»": a first name that can
    # only be oblique puts the name (and its title) in that case whatever the pattern.
    case = "gent" if genitive else (oblique_case(words[0]) if len(words) >= 2 else None)
    if case:
        words, gender = nominative_name(words, case)
    k = i
    while k > 0 and tokens[k - 1][0] not in (",", ";") and not ends_run(tokens[k - 1][0]):
        k -= 1
    title = _with_title_before(tokens, k, _ru_title(tokens, k, i, case), case)
    return PersonRef("name", name=" ".join(words), title=title, offset=tokens[i][1],
                     gender=gender, derived=bool(case))


def _with_title_before(tokens: list[tuple[str, int]], k: int, title: str | None,
                       case: str | None) -> str | None:
    """"ректор СПбПУ, академик РАН Андрей Рудской": two titles in a row, both kept."""
    if not title or k < 2 or tokens[k - 1][0] != ",":
        return title
    k2 = k - 1
    while k2 > 0 and tokens[k2 - 1][0] not in (",", ";") and not ends_run(tokens[k2 - 1][0]):
        k2 -= 1
    first = _ru_title(tokens, k2, k - 1, case)
    if first and tokens[k2][0].lower().startswith(first.split()[0].lower()[:4]):
        return f"{first}, {title}"
    return title


def _continues_a_name(token: str) -> bool:
    """A lowercase adjective or noun that carries an institution's name on."""
    word = bare_word(token)
    return bool(word) and word[0].islower() and \
        lex.parses(word)[0].tag.POS in ("ADJF", "PRTF", "NOUN")


def _introduced(tokens: list[tuple[str, int]], i: int) -> bool:
    """A name run right after an honorific or a role word ("доктор Халид Аль-Харби")."""
    prev = bare_word(tokens[i - 1][0]).lower() if i > 0 else ""
    return prev in RU_HONORIFICS or lex.role_of(prev, "ru") is not None


def _first_person_run(tokens: list[tuple[str, int]],
                      runs: list[tuple[int, int]]) -> tuple[int, int]:
    """The first run, unless it is one bare word and a later run is introduced as a
    person: in "вице-президент Университета короля Абдель-Азиза доктор Халид Аль-Харби"
    the single word belongs to the institution's name."""
    i, j = runs[0]
    if j - i == 1 and not _introduced(tokens, i):
        for later in runs[1:]:
            if _introduced(tokens, later[0]):
                return later
    return runs[0]


def _singular_role(word: str) -> bool:
    """A role word that can name one person: "студентов" (plural) titles nobody."""
    return lex.role_of(word, "ru") is not None and not all(
        "plur" in p.tag.grammemes for p in lex.parses(word)[:2])


def _ru_title(tokens: list[tuple[str, int]], k: int, i: int, case: str | None) -> str | None:
    """The title in ``tokens[k:i]``: from its first role word (or an adjective before it)."""
    for n in range(i - 1, k, -1):
        # "Проректор Елена Смирнова и декан Игорь Кузнецов": Кузнецов's title
        # starts after the other person's name and the "и" (not so in
        # "министр науки и высшего образования").
        before = tokens[n - 1][0]
        if tokens[n][0].lower() == "и" and _ru_namey(before) and \
                lex.ru_word_kind(bare_word(before)) == "person":
            k = n + 1
            break
    for start in range(k, i):
        if lex.role_of(tokens[start][0], "ru"):
            title = _ru_title_from(tokens, k, start, i, case)
            if title:
                # "Наставником группы был главный инженер проекта X": a role word
                # that does not open a title gives way to the next one.
                return title
    return None


def _ru_title_from(tokens: list[tuple[str, int]], k: int, start: int, i: int,
                   case: str | None) -> str | None:
    if start > k:
        prev = bare_word(tokens[start - 1][0]).lower()
        if any(p.tag.POS == "ADJF" for p in lex.parses(prev)[:1]):
            start -= 1
    text = " ".join(t for t, _o in tokens[start:i])
    if case:
        text = nominative_title(text, case)
    return clean_title(text, "ru")




def find_mentions_ru(chunk: str, start: int, known=None) -> list[PersonRef]:
    """People named in a Russian stretch of text (see quote_names.find_mentions)."""
    tokens = tokenize(chunk)
    found: list[PersonRef] = []
    for i, j in name_runs(tokens, _ru_namey):
        i = _ru_name_start(tokens, i, j)
        names = [name_word(t) for t, _o in tokens[i:j]]
        prev = bare_word(tokens[i - 1][0]).lower() if i > 0 else ""
        # A role or an honorific shortly before: "Аспирантка Университета Цинхуа Линь Яо".
        window = [bare_word(t).lower() for t, _o in tokens[max(0, i - 4):i]]
        if "," in window:
            window = window[len(window) - window[::-1].index(","):]
        titled = bool(prev) and (prev in RU_HONORIFICS or any(
            _singular_role(w) for w in window))
        personal = any(lex.ru_word_kind(w) == "person" for w in names)
        if lex.ru_lemmas(names[0]) & (lex.RU_ORG_LEMMAS | lex.RU_NAME_CUE_LEMMAS):
            continue  # «Университет Литораль Аустраль», «Ассоциации выпускников»: a body
        if known is not None:
            if j - i == 1 and known(names[0]):
                found.append(PersonRef("name", names[0], None, start + tokens[i][1]))
            continue
        if j - i > 4 or not (titled or (personal and j - i >= 2)):
            continue
        if j - i == 1 and not personal and not (prev in RU_HONORIFICS or lex.role_of(prev, "ru")):
            continue  # "провинции Кёнгидо": one unknown word needs a title right before it
        if j - i == 1 and not personal and j < len(tokens) and all(
                p.tag.POS in ("ADJF", "PRTF") for p in lex.parses(names[0].lower())[:3]) and \
                _continues_a_name(tokens[j][0]):
            # «Ректор Анатолийского морского университета»: an institution's adjective
            # (a lowercase adjective or noun goes on); «ректор Рудской добавил» is a name.
            continue
        k = i
        # The title stops at a comma or the sentence before ("… Петров. Группы гостей
        # возглавили декан Школы … Ван Лихуа": Ван Лихуа is the dean).
        while k > 0 and not ends_run(tokens[k - 1][0]) and tokens[k - 1][0] not in (",", ";"):
            k -= 1
        # "во главе с проректором Кристьяном Мяги": the register keeps nominatives.
        case = oblique_case(names[0]) if j - i >= 2 else None
        if case:
            names = nominative_name(names, case)[0]
        title = _with_title_before(tokens, k, _ru_title(tokens, k, i, case), case)
        found.append(PersonRef("name", " ".join(names), title,
                               start + tokens[i][1], derived=bool(case)))
    return found


