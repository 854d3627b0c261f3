"""Reading English attributions: "said Elena Sorokina, Vice-Rector …", "the rector"."""

from __future__ import annotations

import logging
from functools import lru_cache

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.phrase import (
    INITIALS,
    PersonRef,
    acronym,
    bare_word,
    clean_name,
    clean_title,
    join_tokens,
    name_runs,
    tokenize,
)

logger = logging.getLogger(__name__)

# An introductory phrase, not a title: "After meeting with the Minister, X said".
_ADVERBIAL_STARTS = frozenset(
    "after before during in at on with for from by as when while following since to "
    "speaking opening closing addressing welcoming".split())
_EN_PLACE_PREPS = frozenset({"of", "at", "from", "in", "for", "on"})
@lru_cache(maxsize=20000)
def _en_namey(token: str) -> bool:
    if INITIALS.match(token):
        return True  # "A.I. Rudskoi"
    bare = bare_word(token)
    if not bare or not bare[0].isupper() or not bare[0].isalpha():
        return False
    low = bare.lower()
    if low in lex.EN_TITLE_WORDS or low in lex.EN_STOP_CAPS or low in lex.EN_HONORIFICS:
        return False
    if token.endswith(("’s", "'s")):
        return False
    parts = low.split("-")
    if any(p in lex.EN_TITLE_WORDS for p in parts):
        return False
    return not acronym(bare)  # BPU, SPbPU


def _en_candidate_runs(tokens: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Name runs; a long run after "of/at/from" is a place followed by a name."""
    out = []
    for i, j in name_runs(tokens, _en_namey):
        prev = bare_word(tokens[i - 1][0]).lower() if i > 0 else ""
        if (prev in _EN_PLACE_PREPS or (prev == "and" and _title_chain_before(tokens, i - 1))) \
                and j - i >= 3:
            # "Higher School of Automation and Robotics Dmitry Petrov": the last word
            # of an institution's name, then the person.
            # "The Mayor of St. Petersburg Alexander Beglov": 1-2 words of place first.
            i = j - max(2, j - i - 2)
            if _en_run_ok(tokens, i, j):
                out.append((i, j))
            continue
        if _en_run_ok(tokens, i, j):
            out.append((i, j))
    return out


def _title_chain_before(tokens: list[tuple[str, int]], k: int) -> bool:
    """Is the "and" at ``k`` inside a capitalised name with "of" ("School of X and Y")?

    At most two words between: "for International Affairs Elena Sokolova and" ends a
    person's name, not a name of an institution."""
    stop = max(0, k - 3)
    while k > stop:
        tok = tokens[k - 1][0]
        low = bare_word(tok).lower()
        if tok in (",", ";") or tok.endswith((",", ".", ":")):
            return False
        if low in ("of", "for"):
            return True
        if not tok[:1].isupper():
            return False
        k -= 1
    return False


def _en_run_ok(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    prev = bare_word(tokens[i - 1][0]).lower() if i > 0 else ""
    nxt = bare_word(tokens[j][0]) if j < len(tokens) else ""
    if prev in _EN_PLACE_PREPS:
        return False  # "at Lakeshore", "from Lyon", "of the Institute"
    if nxt and nxt[0].isupper() and nxt.lower() in lex.EN_TITLE_WORDS and \
            not tokens[j - 1][0].endswith(","):
        return False  # "Norwegian Arctic Institute", "Anna University"
    return j - i <= 4


_EN_CONNECTORS = frozenset({"of", "for", "at", "the", "and", "in", "on", "&"})


def _en_title_before(tokens: list[tuple[str, int]], i: int) -> str | None:
    """Capitalised or title words right before the name: "Director of the Institute"."""
    k = i
    while k > 0:
        tok = tokens[k - 1][0]
        bare = bare_word(tok)
        low = bare.lower()
        if tok in (",", ";") or tok.endswith((",", ".", ":")) and \
                low not in lex.EN_HONORIFICS and low not in ("st", "mt", "ft"):
            break
        if not (bare[:1].isupper() or low in _EN_CONNECTORS or low in lex.EN_TITLE_WORDS
                or low.split("-")[-1] in lex.EN_TITLE_WORDS):
            break
        if low == "and" and k >= 2 and _en_namey(tokens[k - 2][0]) and \
                not _title_chain_before(tokens, k - 1):
            break  # "X Siaguru and SCAU Vice President Y": the title of another person
        k -= 1
    while k < i and bare_word(tokens[k][0]).lower() in _EN_CONNECTORS:
        k += 1
    return clean_title(join_tokens(tokens, k, i), "en") if k < i else None


def _en_title_after(tokens: list[tuple[str, int]], j: int, has_before: bool) -> str | None:
    """An apposition after the name: ", Title," / " (Title)" / " of the Institute"."""
    rest = tokens[j:]
    if not rest:
        return None
    if rest[0][0].startswith("("):
        return clean_title(rest[0][0].strip("()"), "en")
    if rest[0][0] == ",":
        if len(rest) > 1 and _en_namey(rest[1][0]):
            return None  # "Mr. Lee, Alexander Masaltsev and others": a list of people
        stop = next((n for n, (t, _o) in enumerate(rest[1:], 1)
                     if lex.is_speech_verb(t, "en") or t in (",", ";")
                     or t.endswith((".", ";", ","))), len(rest))
        if stop < len(rest) and rest[stop][0].endswith((".", ";", ",")) and \
                rest[stop][0] not in (",", ";") and not lex.is_speech_verb(rest[stop][0], "en"):
            stop += 1
        return clean_title(" ".join(t for t, _o in rest[1:stop]), "en")
    if has_before and bare_word(rest[0][0]).lower() in ("of", "from", "at"):
        stop = 0
        while stop < len(rest) and (rest[stop][0][:1].isupper() or
                                    bare_word(rest[stop][0]).lower() in _EN_CONNECTORS | {"from"}):
            stop += 1
            if rest[stop - 1][0].endswith((",", ".")):
                break
        return " ".join(t for t, _o in rest[:stop]).strip(" ,.")
    return None


def _en_person_at(tokens: list[tuple[str, int]], i: int, j: int) -> PersonRef:
    before = _en_title_before(tokens, i)
    if before is None and i >= 2 and tokens[i - 1][0] == ",":
        # "the university’s rector, Andrei Volkov, said": the title stands before a comma.
        k = i - 1
        while k > 0 and tokens[k - 1][0] not in (",", ";") and \
                not lex.is_speech_verb(tokens[k - 1][0], "en"):
            k -= 1
        if k < i - 1 and bare_word(tokens[k][0]).lower() not in _ADVERBIAL_STARTS:
            before = clean_title(join_tokens(tokens, k, i - 1), "en")
    after = _en_title_after(tokens, j, before is not None)
    if before and after and after.split()[0].lower() in ("of", "from", "at"):
        title = f"{before} {after}"
    elif after and before and before.lower().rstrip(".") in lex.EN_HONORIFICS:
        title = after  # "Professor Markus Lindqvist, Dean of Engineering": the post is the title
    else:
        title = ", ".join(t for t in (before, after) if t) or None
    return PersonRef("name", name=clean_name(join_tokens(tokens, i, j)), title=title,
                     offset=tokens[i][1])


def parse_en(phrase: str, prefer: str) -> PersonRef | None:
    tokens = tokenize(phrase)
    if not tokens:
        return None
    first = bare_word(tokens[0][0]).lower()
    if first in lex.EN_PRONOUNS and len(tokens) <= 3:
        return PersonRef("pronoun", offset=tokens[0][1],
                         gender={"he": "masc", "she": "femn"}.get(first))
    subject = _role_subject_of_speech_verb(tokens)
    if subject is not None:
        return subject
    runs = [(i, j) for i, j in _en_candidate_runs(tokens) if not _opening_participle(tokens, i, j)]
    if not runs and len(tokens) >= 2 and bare_word(tokens[-2][0]).lower() in _DETERMINERS \
            and lex.role_of(tokens[-1][0], "en"):
        # "the “Erasmus+” programme, which the rector": the role right before the verb.
        return PersonRef("role", title=clean_title(tokens[-1][0], "en") or tokens[-1][0],
                         offset=tokens[-1][1])
    if not runs:
        text = phrase.strip(" ,.")
        if lex.role_of(text, "en") and len(tokens) <= 8:
            owner = next((n for n, (t, _o) in enumerate(tokens)
                          if t.endswith(("’s", "'s")) and lex.role_of(t, "en")), None)
            if owner is not None:
                # "The rector’s message was clear:": the owner of the words speaks.
                text = bare_word(join_tokens(tokens, 0, owner + 1))
            return PersonRef("role", title=clean_title(text, "en") or text,
                             offset=tokens[0][1])
        if lex.is_title_text(text, "en") and len(tokens) <= 6:
            # "the company said", "the ministry stated": an organisation speaks.
            return PersonRef("org", name=text, offset=tokens[0][1])
        return None
    i, j = runs[-1] if prefer == "last" else runs[0]
    if prefer == "last" and len(runs) >= 2:
        i, j = _appositive_owner(tokens, runs)
    tail = tokens[j:]
    if prefer == "last" and 2 <= len(tail) <= 6 and tail[0][0] != "," and \
            not tokens[j - 1][0].endswith(",") and \
            bare_word(tail[-2][0]).lower() in ("the", "its", "their", "our") and \
            lex.role_of(tail[-1][0], "en"):
        # "the “Erasmus+” programme, which the rector": the role right before the
        # verb is the subject, not a name earlier in the sentence.
        return PersonRef("role", title=clean_title(tail[-1][0], "en") or tail[-1][0],
                         offset=tail[-1][1])
    return _en_person_at(tokens, i, j)




_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her"})


def _appositive_owner(tokens: list[tuple[str, int]],
                      runs: list[tuple[int, int]]) -> tuple[int, int]:
    """"Dr. Javier Ortiz, Head of Economics at Universidad del Pacífico Sur, said":
    the names inside a title set off by commas after a person are the title's
    (its institution), and the person before the comma is the subject."""
    i, j = runs[-1]
    for pi, pj in reversed(runs[:-1]):
        if pj < len(tokens) and tokens[pj][0] == ",":
            clause = join_tokens(tokens, pj + 1, i)
            if lex.is_title_text(clause, "en") and "," not in clause:
                return pi, pj
            return i, j
    return i, j


def _role_subject_of_speech_verb(tokens: list[tuple[str, int]]) -> PersonRef | None:
    """"Opening the school at BPU, its scientific director told …": the role right
    before the speech verb is its subject, whatever was capitalised earlier."""
    verb = next((k for k, (t, _o) in enumerate(tokens) if lex.is_speech_verb(t, "en")), None)
    if verb is None or verb == 0:
        return None
    start = verb
    while start > 0 and not tokens[start - 1][0].endswith((",", ";", ":")) and verb - start < 5:
        start -= 1
    words = [bare_word(t) for t, _o in tokens[start:verb]]
    if len(words) < 2 or words[0].lower() not in _DETERMINERS:
        return None
    text = " ".join(words[1:])
    if lex.role_of(text, "en") is None or any(w[:1].isupper() for w in words[1:]):
        return None
    return PersonRef("role", title=clean_title(text, "en") or text, offset=tokens[start][1])


def _opening_participle(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    """"Opening the Winter School, …": a sentence-initial -ing word is no name."""
    word = bare_word(tokens[i][0])
    return i == 0 and j - i == 1 and word.lower().endswith("ing") and len(tokens) > 1 and \
        bare_word(tokens[1][0])[:1].islower()


def find_mentions_en(chunk: str, start: int, known=None) -> list[PersonRef]:
    """People named in an English stretch of text (see quote_names.find_mentions)."""
    tokens = tokenize(chunk)
    found: list[PersonRef] = []
    for i, j in _en_candidate_runs(tokens):
        prev = bare_word(tokens[i - 1][0]).lower() if i > 0 else ""
        titled = prev in lex.EN_TITLE_WORDS or prev in lex.EN_HONORIFICS or \
            prev.split("-")[-1] in lex.EN_TITLE_WORDS or _titled_run(tokens, i)
        appos = j < len(tokens) and tokens[j][0] == "," and \
            lex.is_title_text(" ".join(t for t, _o in tokens[j + 1:j + 7]), "en")
        if known is not None:
            if j - i == 1 and known(bare_word(tokens[i][0])):
                found.append(PersonRef("name", clean_name(tokens[i][0]), None,
                                       start + tokens[i][1]))
            continue
        speaks = j - i >= 2 and _speech_verb_follows(tokens, j)
        gender = _pronoun_after(tokens, j) or en_name_gender(join_tokens(tokens, i, j), prev)
        # "The award went to Aigul Sadykova for her study": no title, no verb, but
        # a first name and surname the text itself gives a gender is a person.
        gendered = j - i >= 2 and gender is not None and prev != "the"
        if not (titled or appos or speaks or gendered) or (j - i < 2 and not titled):
            continue
        if j - i == 1 and _institution_word(tokens, i, prev):
            continue
        ref = _en_person_at(tokens, i, j)
        found.append(PersonRef("name", ref.name, ref.title, start + tokens[i][1], gender))
    return found


_EN_PRONOUN_GENDER = {"he": "masc", "him": "masc", "his": "masc", "himself": "masc",
                      "she": "femn", "her": "femn", "hers": "femn", "herself": "femn"}
_EN_HONORIFIC_GENDER = {"mr": "masc", "ms": "femn", "mrs": "femn", "miss": "femn"}
# Russian and other Slavic surnames written in Latin letters carry the gender in
# their ending (Sadykova / Sadykov, Gorskaya / Gorsky); releases of Russian
# universities are full of them. Endings shared with common Western surnames
# (-in: Martin, Franklin) are left out.
_FEMN_SURNAME = ("ova", "eva", "yova", "ina", "yna", "skaya", "tskaya", "aya")
_MASC_SURNAME = ("ov", "ev", "yov", "sky", "skiy", "skii", "skyi")


def en_name_gender(name: str, before: str = "") -> str | None:
    """'masc'/'femn' from an honorific (Ms, Mr) or a Slavic surname ending, else None."""
    honorific = _EN_HONORIFIC_GENDER.get(before.lower().rstrip("."))
    if honorific:
        return honorific
    parts = [bare_word(w) for w in name.split()]
    if len(parts) < 2 or not parts[-1].isalpha():
        return None
    last = parts[-1].lower()
    if last.endswith(_FEMN_SURNAME) and len(last) > 4 and (
            not last.endswith(("ina", "yna")) or parts[0].lower().endswith(("a", "ya"))):
        # "-ina" is Slavic in Daria Kuzmina, Spanish in Javier Ortiz Molina: a
        # Russian woman's first name ends in -a or -ya too.
        return "femn"
    if last.endswith(_MASC_SURNAME) and len(last) > 3:
        return "masc"
    return None


def _pronoun_after(tokens: list[tuple[str, int]], j: int) -> str | None:
    """The gender of a pronoun that refers back to the name in its own clause
    ("went to Aigul Sadykova for her study"): the first he/his/she/her before
    the sentence ends or another capitalised name starts."""
    if j == 0 or tokens[j - 1][0].endswith((".", "!", "?", ";")):
        return None
    for n, (tok, _o) in enumerate(tokens[j:j + 10], j):
        low = bare_word(tok).lower()
        if low in _EN_PRONOUN_GENDER:
            return _EN_PRONOUN_GENDER[low]
        if tok.endswith((".", "!", "?", ";")) and low not in lex.EN_HONORIFICS:
            return None
        if _en_namey(tok) and n + 1 < len(tokens) and _en_namey(tokens[n + 1][0]):
            return None  # another person's name: the pronoun may be theirs
    return None


def _institution_word(tokens: list[tuple[str, int]], i: int, prev: str) -> bool:
    """A lone capitalised word that ends an institution's name, not a surname:
    "IIT Madras", "TU Dresden", "Indian Institute of Technology Madras"."""
    if i > 0 and acronym(bare_word(tokens[i - 1][0])):
        return True
    if prev in lex.EN_HONORIFICS or lex.role_of(prev, "en") is not None:
        return False
    title = _en_title_before(tokens, i)
    return title is not None and lex.role_of(title, "en") is None


def _titled_run(tokens: list[tuple[str, int]], i: int) -> bool:
    """Does a job title end right before the name ("Rector of NLU Sergei Belyakov")?"""
    title = _en_title_before(tokens, i)
    # The title must hold no name itself: in "Professor Vikram Nair of IIT Bombay"
    # "Bombay" is a place after a person, not a person after a title.
    if title is None or lex.role_of(title, "en") is None:
        return False
    # Capitalised words after "of" name the institution ("Director of the Higher
    # School of Physics and Optics Pavel Grin"); before it they name a person.
    words_ = title.split()
    namey = [n for n, word in enumerate(words_) if _en_namey(word)]
    connector = next((n for n, word in enumerate(words_) if word.lower() in ("of", "for")), None)
    return not namey or (connector is not None and connector < namey[0])


def _speech_verb_follows(tokens: list[tuple[str, int]], j: int) -> bool:
    """Is there a verb of speech later in the sentence ("X from Lyon explained")?"""
    for tok, _o in tokens[j:j + 12]:
        if lex.is_speech_verb(tok, "en"):
            return True
        if tok.endswith((".", "!", "?")) and bare_word(tok).lower() not in lex.EN_HONORIFICS:
            return False
    return False


