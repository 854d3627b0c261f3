"""Word lists the quote checker reads releases with, and Russian morphology.

Speech verbs, pronouns, the nouns of job titles and organisations, and the
nouns that introduce a name in quote marks (programme, initiative, компания,
фонд …). Russian words are compared by lemma through pymorphy3, so every
inflected form counts («подчеркнула», «добавил», «корпорация/корпорации»).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)

EN_SPEECH_VERBS = word_list("presspad.core.quotes", "en_speech_verbs")

# Lemmas (pymorphy3 normal forms, ё written as е) of Russian verbs of speech.
RU_SPEECH_LEMMAS = word_list("presspad.core.quotes", "ru_speech_lemmas")

# Verbs that credit words without being plain verbs of speech ("Volkov called the
# programme “…”"): they name the speaker of a quote already known to be speech.
EN_CREDIT_VERBS = word_list("presspad.core.quotes", "en_credit_verbs")
RU_CREDIT_LEMMAS = word_list("presspad.core.quotes", "ru_credit_lemmas")

# Nouns of organisations that speak as a body ("— сообщили в пресс-службе").
RU_ORG_LEMMAS = word_list("presspad.core.quotes", "ru_org_lemmas")

EN_PRONOUNS = frozenset({"he", "she", "they"})
RU_PRONOUNS = frozenset({"он", "она", "они"})

# Words that make a capitalised run an organisation, a place or a job title,
# not a person ("International Students Office", "Vice-Rector").
EN_TITLE_WORDS = word_list("presspad.core.quotes", "en_title_words")

EN_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame",
                           "academician", "assoc", "asst", "assist",
                           "mr.", "mrs.", "ms.", "dr.", "prof.", "assoc.", "asst."})

EN_STOP_CAPS = word_list("presspad.core.quotes", "en_stop_caps")

# Nouns right before or after quote marks that make the quoted words a name.
EN_NAME_CUES = word_list("presspad.core.quotes", "en_name_cues")
RU_NAME_CUE_LEMMAS = word_list("presspad.core.quotes", "ru_name_cue_lemmas")

# Job titles by role, so that titles can be compared across the languages.
# Longest patterns first: "vice-rector" must not read as "rector".
ROLE_PATTERNS: list[tuple[str, str, str]] = [
    ("first-vice-rector", r"first\s+vice[- ]?rector|first\s+pro-?rector", r"первы\w*\s+проректор"),
    ("vice-rector", r"vice[- ]?rector|pro-?rector", r"проректор"),
    ("rector", r"rector", r"ректор"),
    ("vice-president", r"vice[- ]?president", r"вице-президент"),
    ("president", r"president", r"президент"),
    ("vice-governor", r"vice[- ]?governor|deputy\s+governor", r"вице-губернатор"),
    ("governor", r"governor", r"губернатор"),
    ("deputy-director", r"deputy\s+director", r"заместител\w*\s+директор"),
    ("director-general", r"director[- ]general|general\s+director|ceo|chief\s+executive",
     r"генеральн\w*\s+директор"),
    ("director", r"director", r"директор"),
    ("vice-dean", r"vice[- ]?dean|deputy\s+dean", r"замдекан|заместител\w*\s+декан"),
    ("dean", r"dean", r"декан"),
    ("head", r"head|chief(?!\s+engineer)|manager|leader",
     r"руководител|начальник|заведующ|глав[аы]\b"),
    ("associate-professor", r"associate\s+professor|docent", r"доцент"),
    ("professor", r"professor", r"профессор"),
    ("chief-engineer", r"chief\s+engineer", r"главн\w*\s+инженер"),
    # Not the adjective: «инженерной школы» is no engineer.
    ("engineer", r"engineer", r"инженер(?!н)"),
    ("researcher", r"research(?:er)?\s+fellow|researcher|scientist",
     r"научн\w*\s+сотрудник|исследовател|учён|учен"),
    ("lecturer", r"lecturer|teacher|instructor", r"преподавател|лектор|учител"),
    ("student", r"student|undergraduate|master's|postgraduate|phd",
     r"студент|магистрант|аспирант|слушател|бакалавр"),
    ("ambassador", r"ambassador", r"посол"),
    ("minister", r"minister", r"министр"),
    ("chair", r"chair(?:man|woman|person)?|co-chair", r"председател|сопредседател"),
    ("deputy", r"deputy", r"заместител"),
    ("coordinator", r"coordinator", r"координатор"),
    ("secretary", r"secretary", r"секретар"),
    ("academician", r"academician", r"академик"),
    ("captain", r"captain", r"капитан"),
]
_ROLE_RE = {
    "en": [(key, re.compile(rf"\b(?:{en})\b", re.I)) for key, en, _ru in ROLE_PATTERNS],
    "ru": [(key, re.compile(rf"(?<![\w-])(?:{ru})", re.I)) for key, _en, ru in ROLE_PATTERNS],
}


@lru_cache(maxsize=8192)
def role_of(title: str | None, lang: str) -> str | None:
    """The main role a title names ("vice-rector", "head" …), or None."""
    if not title:
        return None
    best: tuple[int, str] | None = None
    for key, pattern in _ROLE_RE[lang]:
        match = pattern.search(title)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), key)
    return best[1] if best else None


# Roles that are the same job under another name: a university's vice-president
# is what Russian calls проректор, its president the ректор.
_ROLE_GROUPS = {
    "first-vice-rector": "vice-rector", "vice-president": "vice-rector",
    "president": "rector", "director-general": "head", "director": "head",
    "vice-dean": "vice-dean", "chair": "head",
}
# Academic ranks go with any post ("Professor X" may be «декан X»): not compared.
RANKS = frozenset({"professor", "associate-professor", "academician"})


@lru_cache(maxsize=4096)
def roles_of(title: str | None, lang: str) -> frozenset[str]:
    """Every role a title names, as comparable groups ({"vice-rector", "professor"} …)."""
    if not title:
        return frozenset()
    found: set[str] = set()
    rest = title
    for key, pattern in _ROLE_RE[lang]:
        if pattern.search(rest):
            found.add(_ROLE_GROUPS.get(key, key))
            rest = pattern.sub(" ", rest)  # "vice-rector" must not also count as "rector"
    return frozenset(found)


def posts_of(title: str | None, lang: str) -> frozenset[str]:
    """The roles of a title that are posts, not academic ranks."""
    return roles_of(title, lang) - RANKS


def is_title_text(text: str, lang: str) -> bool:
    """Does ``text`` read like a job title or a role?"""
    return role_of(text, lang) is not None or (
        lang == "en" and any(w.lower().strip(",.") in EN_TITLE_WORDS for w in text.split()))


# ----------------------------------------------------------------------------- morphology

def morph():
    """The process's pymorphy3 analyser (text.morphology: shared with the directory)."""
    from presspad.core.text.morphology import russian

    return russian()


@lru_cache(maxsize=20000)
def parses(word: str):
    return tuple(morph().parse(word))


@lru_cache(maxsize=20000)
def ru_lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers for ``word`` (ё written as е)."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word.lower()))


# Predicatives that introduce an opinion like a verb of speech: «…», — уверен X.
RU_SPEECH_PREDICATIVES = frozenset({"уверенный", "убежденный", "убеждённый"})


@lru_cache(maxsize=20000)
def is_ru_speech_verb(word: str) -> bool:
    for p in parses(word.lower()):
        if p.tag.POS == "ADJS" and p.normal_form in RU_SPEECH_PREDICATIVES:
            return True
        if p.tag.POS in ("VERB", "INFN", "GRND") and \
                p.normal_form.replace("ё", "е") in RU_SPEECH_LEMMAS:
            return True
    return False


def is_speech_verb(word: str, lang: str) -> bool:
    word = word.strip("*_,.:;")
    if lang == "ru":
        return bool(word) and is_ru_speech_verb(word)
    return word.lower() in EN_SPEECH_VERBS


def is_credit_verb(word: str, lang: str) -> bool:
    """A verb of speech, or one that credits a characterisation ("called", «назвал»)."""
    if is_speech_verb(word, lang):
        return True
    word = word.strip("*_,.:;").lower()
    if lang == "ru":
        return any(p.tag.POS in ("VERB", "GRND") and p.normal_form in RU_CREDIT_LEMMAS
                   for p in parses(word))
    return word in EN_CREDIT_VERBS


def is_ru_name_cue(word: str) -> bool:
    return bool(ru_lemmas(word) & RU_NAME_CUE_LEMMAS)


@lru_cache(maxsize=20000)
def ru_word_kind(word: str) -> str:
    """'person' (a first name, surname, patronymic), 'place', 'noun' or 'other'."""
    best = parses(word)
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in best[:3]):
        return "person"
    top = best[0]
    if "Geox" in top.tag.grammemes and top.score >= 0.3:
        return "place"
    if "Orgn" in top.tag.grammemes and top.score >= 0.3:
        return "place"
    if top.tag.POS == "NOUN" and morph().word_is_known(word.lower()) and top.score >= 0.5 \
            and "Fixd" not in top.tag.grammemes:
        return "noun"
    return "other"


def ru_verb_gender(word: str) -> str | None:
    """'masc'/'femn' for a past-tense verb form ("сказал"/"сказала"), else None."""
    for p in parses(word.lower()):
        if p.tag.POS == "VERB" and p.tag.gender in ("masc", "femn"):
            return p.tag.gender
    return None
