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
from dataclasses import dataclass

from presspad.core import quote_lexicon as lex

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"«[^»]*»|„[^“]*“|“[^”]*”|\([^)]*\)|[^\s,;()]+|[,;]")
_EN_PLACE_PREPS = frozenset({"of", "at", "from", "in", "for", "on"})
_RU_HONORIFICS = frozenset({"г-н", "г-жа", "господин", "госпожа", "доктор", "профессор",
                            "д-р", "проф.", "академик", "г.", "mr.", "dr."})
_RU_STOP = frozenset("""
в во на по с со к о об от для из за при как кроме после перед также однако помимо
это этот эта эти его её их их наш наша наши мы я вы он она они когда если сегодня вчера
""".split())


@dataclass(frozen=True)
class PersonRef:
    """Someone a phrase points at."""

    kind: str                 # "name", "pronoun" or "role"
    name: str | None = None
    title: str | None = None
    offset: int = 0           # where the reference starts in the body
    gender: str | None = None


def _tokens(phrase: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _TOKEN.finditer(phrase)]


def _bare(token: str) -> str:
    return token.strip("*_.:!?\"“”«»").removesuffix("’s").removesuffix("'s")


# ----------------------------------------------------------------------------- English

_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.){1,3}$")


def _en_namey(token: str) -> bool:
    if _INITIALS.match(token):
        return True  # "A.I. Rudskoi"
    bare = _bare(token)
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
    return not _acronym(bare)  # BPU, SPbPU


def _runs(tokens: list[tuple[str, int]], namey) -> list[tuple[int, int]]:
    """Index ranges [i, j) of consecutive name-like tokens (a comma ends a run)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if namey(tokens[i][0]):
            j = i + 1
            while j < len(tokens) and namey(tokens[j][0]) and not tokens[j - 1][0].endswith(","):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _en_run_ok(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    prev = _bare(tokens[i - 1][0]).lower() if i > 0 else ""
    nxt = _bare(tokens[j][0]) if j < len(tokens) else ""
    if prev in _EN_PLACE_PREPS:
        return False  # "at Lakeshore", "from Lyon", "of the Institute"
    if nxt and nxt[0].isupper() and nxt.lower() in lex.EN_TITLE_WORDS and \
            not tokens[j - 1][0].endswith(","):
        return False  # "Norwegian Arctic Institute", "Anna University"
    return j - i <= 4


def _join(tokens: list[tuple[str, int]], i: int, j: int) -> str:
    return " ".join(t for t, _ in tokens[i:j])


def _clean_title(text: str, lang: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-*_.")
    text = re.sub(r"^(?:the|a|an|and|by|led by)\s+", "", text, flags=re.I)
    text = re.sub(r"\s*\b(?:Mr|Mrs|Ms|Dr|Prof)\.?$", "", text)
    text = re.sub(r"\s+,", ",", text)
    if lang == "ru":
        words = text.split()
        while words and words[-1].lower() in _RU_HONORIFICS:
            words.pop()
        text = " ".join(words)
        if text and not (len(text.split()[0]) > 1 and text.split()[0].isupper()):
            text = text[0].lower() + text[1:]
    text = text.strip(" ,;:")
    if not text or not lex.is_title_text(text, lang):
        return None
    return text


_EN_CONNECTORS = frozenset({"of", "for", "at", "the", "and", "in", "on", "&"})


def _en_title_before(tokens: list[tuple[str, int]], i: int) -> str | None:
    """Capitalised or title words right before the name: "Director of the Institute"."""
    k = i
    while k > 0:
        tok = tokens[k - 1][0]
        bare = _bare(tok)
        low = bare.lower()
        if tok in (",", ";") or tok.endswith((",", ".", ":")) and low not in lex.EN_HONORIFICS:
            break
        if not (bare[:1].isupper() or low in _EN_CONNECTORS or low in lex.EN_TITLE_WORDS
                or low.split("-")[-1] in lex.EN_TITLE_WORDS):
            break
        k -= 1
    while k < i and _bare(tokens[k][0]).lower() in _EN_CONNECTORS:
        k += 1
    return _clean_title(_join(tokens, k, i), "en") if k < i else None


def _en_title_after(tokens: list[tuple[str, int]], j: int, has_before: bool) -> str | None:
    """An apposition after the name: ", Title," / " (Title)" / " of the Institute"."""
    rest = tokens[j:]
    if not rest:
        return None
    if rest[0][0].startswith("("):
        return _clean_title(rest[0][0].strip("()"), "en")
    if rest[0][0] == ",":
        if len(rest) > 1 and _en_namey(rest[1][0]):
            return None  # "Mr. Lee, Alexander Masaltsev and others": a list of people
        stop = next((n for n, (t, _o) in enumerate(rest[1:], 1)
                     if lex.is_speech_verb(t, "en") or t in (",", ";")
                     or t.endswith((".", ";", ","))), len(rest))
        if stop < len(rest) and rest[stop][0].endswith((".", ";", ",")) and \
                rest[stop][0] not in (",", ";") and not lex.is_speech_verb(rest[stop][0], "en"):
            stop += 1
        return _clean_title(" ".join(t for t, _o in rest[1:stop]), "en")
    if has_before and _bare(rest[0][0]).lower() in ("of", "from", "at"):
        stop = 0
        while stop < len(rest) and (rest[stop][0][:1].isupper() or
                                    _bare(rest[stop][0]).lower() in _EN_CONNECTORS | {"from"}):
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
        before = _clean_title(_join(tokens, k, i - 1), "en")
    after = _en_title_after(tokens, j, before is not None)
    if before and after and after.split()[0].lower() in ("of", "from", "at"):
        title = f"{before} {after}"
    elif after and before and before.lower().rstrip(".") in lex.EN_HONORIFICS:
        title = after  # "Professor Markus Lindqvist, Dean of Engineering": the post is the title
    else:
        title = ", ".join(t for t in (before, after) if t) or None
    return PersonRef("name", name=_clean_name(_join(tokens, i, j)), title=title,
                     offset=tokens[i][1])


def _parse_en(phrase: str, prefer: str) -> PersonRef | None:
    tokens = _tokens(phrase)
    if not tokens:
        return None
    first = _bare(tokens[0][0]).lower()
    if first in lex.EN_PRONOUNS and len(tokens) <= 3:
        return PersonRef("pronoun", offset=tokens[0][1],
                         gender={"he": "masc", "she": "femn"}.get(first))
    runs = [r for r in _runs(tokens, _en_namey) if _en_run_ok(tokens, *r)]
    if not runs:
        text = phrase.strip(" ,.")
        if lex.role_of(text, "en") and len(tokens) <= 8:
            return PersonRef("role", title=_clean_title(text, "en") or text,
                             offset=tokens[0][1])
        if lex.is_title_text(text, "en") and len(tokens) <= 6:
            # "the company said", "the ministry stated": an organisation speaks.
            return PersonRef("org", name=text, offset=tokens[0][1])
        return None
    i, j = runs[-1] if prefer == "last" else runs[0]
    return _en_person_at(tokens, i, j)


# ----------------------------------------------------------------------------- Russian

def _name_word(token: str) -> str:
    return token if _INITIALS.match(token) else _bare(token)


def _ru_namey(token: str) -> bool:
    if _INITIALS.match(token):
        return True  # "А.И. Рудской"
    bare = _bare(token)
    if not bare or not bare[0].isupper() or not bare[0].isalpha() or len(bare) < 2:
        return False
    if bare.lower() in _RU_STOP or bare.lower() in _RU_HONORIFICS:
        return False
    return not _acronym(bare)


def _acronym(word: str) -> bool:
    """BPU, СПбПУ, SPbPU: two or more capitals not starting hyphenated parts."""
    caps = sum(1 for n, ch in enumerate(word) if ch.isupper() and (n == 0 or word[n - 1] != "-"))
    return caps >= 2


def _ru_name_start(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """Skip the words of a capitalised run that come before the name itself."""
    dropped_noun = False
    while j - i > 1 and _ru_not_name_start(_bare(tokens[i][0])):
        dropped_noun = lex.ru_word_kind(_bare(tokens[i][0])) == "noun"
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
    return kind == "noun" and "nomn" not in lex.parses(word.lower())[0].tag.grammemes


def _ru_single_ok(word: str) -> bool:
    kind = lex.ru_word_kind(word)
    if kind == "person":
        return True
    if kind in ("noun", "place"):
        return False
    top = lex.parses(word.lower())[0]
    return top.tag.POS in (None, "NOUN") or "UNKN" in top.tag.grammemes


def nominative_name(words: list[str]) -> tuple[list[str], str | None]:
    """Genitive name words to the nominative; returns the words and the gender."""
    gender = None
    for word in words:
        for p in lex.parses(word.lower()):
            if {"Name", "gent"} <= p.tag.grammemes:
                gender = p.tag.gender
                break
        if gender:
            break
    out = []
    for word in words:
        chosen = None
        for p in lex.parses(word.lower()):
            if "gent" in p.tag.grammemes and p.tag.POS == "NOUN" and \
                    (gender is None or p.tag.gender in (gender, None)):
                chosen = p
                break
        form = chosen.inflect({"nomn"}) if chosen is not None else None
        out.append(_match_case(word, form.word) if form is not None else word)
    return out, gender


def _match_case(original: str, word: str) -> str:
    if "-" in original and "-" in word:
        return "-".join(_match_case(o, w) for o, w in zip(original.split("-"),
                                                           word.split("-"), strict=False))
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def nominative_title(title: str) -> str:
    """The head of a genitive title to the nominative ("директора Института" → "директор …")."""
    words = title.split()
    for n, word in enumerate(words):
        parsed = next((p for p in lex.parses(word.lower())
                       if "gent" in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF", "PRTF")),
                      None)
        if parsed is None:
            break
        form = parsed.inflect({"nomn"})
        if form is not None:
            words[n] = _match_case(word, form.word)
        if parsed.tag.POS == "NOUN":
            break
    return " ".join(words)


def _parse_ru(phrase: str, prefer: str, genitive: bool) -> PersonRef | None:
    tokens = _tokens(phrase)
    if not tokens:
        return None
    first = _bare(tokens[0][0]).lower()
    if first in lex.RU_PRONOUNS or (len(tokens) <= 3 and any(
            _bare(t).lower() in lex.RU_PRONOUNS for t, _o in tokens)):
        pron = next(_bare(t).lower() for t, _o in tokens if _bare(t).lower() in lex.RU_PRONOUNS
                    or t == tokens[0][0])
        gender = {"он": "masc", "она": "femn"}.get(pron)
        return PersonRef("pronoun", offset=tokens[0][1], gender=gender)
    runs = []
    for i, j in _runs(tokens, _ru_namey):
        i = _ru_name_start(tokens, i, j)
        if j - i == 1 and not _ru_single_ok(_bare(tokens[i][0])):
            continue
        if j - i <= 4:
            runs.append((i, j))
    if not runs:
        text = phrase.strip(" ,.")
        if lex.role_of(text, "ru") and len(tokens) <= 10:
            return PersonRef("role", title=_ru_title(tokens, 0, len(tokens), genitive),
                             offset=tokens[0][1])
        head = next((t for t, _o in tokens if _bare(t).lower() not in ("в", "во", "на")), "")
        if len(tokens) <= 6 and lex.ru_lemmas(_bare(head)) & lex.RU_ORG_LEMMAS:
            return PersonRef("org", name=text, offset=tokens[0][1])  # «— сообщили в пресс-службе»
        return None
    i, j = runs[-1] if prefer == "last" else runs[0]
    words = [_name_word(t) for t, _o in tokens[i:j]]
    gender = None
    if genitive:
        words, gender = nominative_name(words)
    k = i
    while k > 0 and tokens[k - 1][0] not in (",", ";") and not tokens[k - 1][0].endswith(","):
        k -= 1
    title = _ru_title(tokens, k, i, genitive)
    if title and k >= 2 and tokens[k - 1][0] == ",":
        # "ректор СПбПУ, академик РАН Андрей Рудской": two titles in a row.
        k2 = k - 1
        while k2 > 0 and tokens[k2 - 1][0] not in (",", ";"):
            k2 -= 1
        first = _ru_title(tokens, k2, k - 1, genitive)
        if first and tokens[k2][0].lower().startswith(first.split()[0].lower()[:4]):
            title = f"{first}, {title}"
    return PersonRef("name", name=" ".join(words), title=title, offset=tokens[i][1],
                     gender=gender)


def _ru_title(tokens: list[tuple[str, int]], k: int, i: int, genitive: bool) -> str | None:
    """The title in ``tokens[k:i]``: from its first role word (or an adjective before it)."""
    start = None
    for n in range(k, i):
        if lex.role_of(tokens[n][0], "ru"):
            start = n
            break
    if start is None:
        return None
    if start > k:
        prev = _bare(tokens[start - 1][0]).lower()
        if any(p.tag.POS == "ADJF" for p in lex.parses(prev)[:1]):
            start -= 1
    text = " ".join(t for t, _o in tokens[start:i])
    if genitive:
        text = nominative_title(text)
    return _clean_title(text, "ru")


def parse_person(phrase: str, lang: str, *, prefer: str = "last",
                 genitive: bool = False, base: int = 0) -> PersonRef | None:
    """The person ``phrase`` names; offsets are shifted by ``base``."""
    ref = _parse_ru(phrase, prefer, genitive) if lang == "ru" else _parse_en(phrase, prefer)
    if ref is None:
        return None
    return PersonRef(ref.kind, ref.name, ref.title, ref.offset + base, ref.gender)


def name_gender(name: str, lang: str) -> str | None:
    """'masc'/'femn' when a Russian first name, patronymic or surname tells, else None."""
    if lang != "ru":
        return None
    # A first name or patronymic tells in any case; a surname only in the
    # nominative (Сорокина is a woman, or the genitive of Сорокин).
    for grammeme in ("Name", "Patr", "Surn"):
        for word in name.split():
            for p in lex.parses(word.lower())[:2]:
                if grammeme in p.tag.grammemes and p.tag.gender in ("masc", "femn") and \
                        (grammeme != "Surn" or "nomn" in p.tag.grammemes):
                    return p.tag.gender
    return None


def surname_key(name: str, lang: str) -> str:
    """What two mentions of one person share: the last word, case-folded (lemma in Russian)."""
    last = name.split()[-1].strip(".,").casefold().replace("ё", "е")
    if lang == "ru":
        for p in lex.parses(last):
            if "Surn" in p.tag.grammemes:
                return p.normal_form.replace("ё", "е")
    return last


# ----------------------------------------------------------------------------- mentions

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
    tokens = _tokens(chunk)
    found: list[PersonRef] = []
    if lang == "en":
        for i, j in _runs(tokens, _en_namey):
            if not _en_run_ok(tokens, i, j):
                continue
            prev = _bare(tokens[i - 1][0]).lower() if i > 0 else ""
            titled = prev in lex.EN_TITLE_WORDS or prev in lex.EN_HONORIFICS or \
                prev.split("-")[-1] in lex.EN_TITLE_WORDS
            appos = j < len(tokens) and tokens[j][0] == "," and \
                lex.is_title_text(" ".join(t for t, _o in tokens[j + 1:j + 7]), "en")
            if known is not None:
                if j - i == 1 and known(_bare(tokens[i][0])):
                    found.append(PersonRef("name", _clean_name(tokens[i][0]), None,
                                           start + tokens[i][1]))
                continue
            speaks = j - i >= 2 and _speech_verb_follows(tokens, j)
            if not (titled or appos or speaks) or (j - i < 2 and not titled):
                continue
            ref = _en_person_at(tokens, i, j)
            found.append(PersonRef("name", ref.name, ref.title, start + tokens[i][1]))
        return found
    for i, j in _runs(tokens, _ru_namey):
        i = _ru_name_start(tokens, i, j)
        names = [_name_word(t) for t, _o in tokens[i:j]]
        prev = _bare(tokens[i - 1][0]).lower() if i > 0 else ""
        # A role or an honorific shortly before: "Аспирантка Университета Цинхуа Линь Яо".
        window = [_bare(t).lower() for t, _o in tokens[max(0, i - 4):i]]
        if "," in window:
            window = window[len(window) - window[::-1].index(","):]
        titled = bool(prev) and (prev in _RU_HONORIFICS or any(
            lex.role_of(w, "ru") is not None for w in window))
        personal = any(lex.ru_word_kind(w) == "person" for w in names)
        if known is not None:
            if j - i == 1 and known(names[0]):
                found.append(PersonRef("name", names[0], None, start + tokens[i][1]))
            continue
        if j - i > 4 or not (titled or (personal and j - i >= 2)):
            continue
        k = i
        while k > 0 and not tokens[k - 1][0].endswith(",") and tokens[k - 1][0] != ",":
            k -= 1
        found.append(PersonRef("name", " ".join(names), _ru_title(tokens, k, i, False),
                               start + tokens[i][1]))
    return found


def _speech_verb_follows(tokens: list[tuple[str, int]], j: int) -> bool:
    """Is there a verb of speech later in the sentence ("X from Lyon explained")?"""
    for tok, _o in tokens[j:j + 12]:
        if lex.is_speech_verb(tok, "en"):
            return True
        if tok.endswith((".", "!", "?")) and _bare(tok).lower() not in lex.EN_HONORIFICS:
            return False
    return False


def _clean_name(name: str) -> str:
    return re.sub(r"[’']s$", "", name).strip("*_.,:;“”\"()")
