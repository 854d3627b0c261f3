"""Finding the direct quotations of one language's body.

Marks are paired by :mod:`presspad.core.quotes.marks`; this module decides
which pairs hold speech (not «Газпром», the “Green Campus” initiative or a
coined “studio teaching”), splits a Russian quotation interrupted by its own
attribution («…, — сказала X. — …»), trims an unclosed quotation at its
attribution (“…, he said with a smile.), and picks up Russian speech
introduced by a dialogue dash. Who said each quote is the job of
:mod:`presspad.core.quotes.attribution`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.marks import MarkedSpan, ScanResult, scan_marks
from presspad.core.quotes.names import parse_person
from presspad.core.quotes.sentences import sentence_around, words
from presspad.core.quotes.unmarked import unmarked_speech
from presspad.core.text.paragraphs import paragraph_index, paragraph_spans
from presspad.core.text.wordlists import word_list

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Quote:
    """One direct quotation: where it is, its words, who said it."""

    lang: str
    start: int            # first character of the quoted words (after the mark)
    end: int              # just after the last quoted character (before the mark)
    text: str             # body[start:end]
    open_at: int          # the opening mark (== start for unmarked speech)
    close_end: int        # just after the closing mark (== end when there is none)
    paragraph: int        # 1-based, blank-line separated
    open_mark: str = ""
    close_mark: str = ""
    closed: bool = True
    marked: bool = True
    split_at: tuple[int, ...] = ()
    # Attribution written inside the marks or right after an unclosed quote.
    inner_attribution: tuple[int, int] | None = None
    speaker: str | None = None
    title: str | None = None
    how: str = ""          # how the speaker was found: after, before, pronoun, follow-on,
    #                        unnamed ("a spokesperson said": someone the text does not name) …
    attribution: tuple[int, int] | None = None
    # "body", or "title" for a headline's quote (offsets then count in the title).
    part: str = "body"


@dataclass
class Extraction:
    """Quotes plus the raw mark pairs (the checks need both)."""

    quotes: list[Quote]
    scan: ScanResult
    not_quotes: list[MarkedSpan] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


_EN_CLAUSE_WORDS = word_list("presspad.core.quotes", "en_clause_words")
_DASH = "—–"
# "According to X, “…”" / "По словам X, «…»": the words before make it speech.
_ACCORDING_ANY = {
    "en": re.compile(r"\b(?:according to|in the words of|in (?:his|her|their) words"
                     r"|as \w+ put it)\b", re.I),
    "ru": re.compile(r"(?:^|\s)по\s+(?:\w+\s+)?(?:словам|мнению)\b", re.I),
}
_ACCORDING_END = {
    "en": re.compile(r"\b(?:according to|in the words of)\b[^.!?]*,$", re.I),
    "ru": re.compile(r"(?:^|\s)(?:по\s+словам|по\s+мнению|как\s+отмечает|как\s+считает)\b"
                     r"[^.!?]*,$", re.I),
}
_RU_INNER_ATTR = re.compile(r"(?<=[,!?…])\s+[—–-]{1,2}\s+(?=\w)")
_CONTINUE = re.compile(r"[.,:]\s+[—–-]{1,2}\s+(?=\S)")
_EN_TRIM = re.compile(r"(?<=[,!?])\s+(?=(?:he|she|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
                      r"\s+(?:said|says|added|asked|noted|explained|told)\b)")
_EN_TRIM_VERB_FIRST = re.compile(r"(?<=[,!?])\s+(?=(?:said|says|added|asked)\s)")


def _clause_words(text: str, lang: str, limit: int) -> list[str]:
    return words(text)[-limit:]


def _has_clause(ws: list[str], lang: str) -> bool:
    if lang == "en":
        return any(w.lower() in _EN_CLAUSE_WORDS for w in ws)
    for w in ws:
        p = lex.parses(w.lower())[0]
        if p.tag.POS in ("VERB", "PRED") or p.normal_form in ("я", "мы", "вы", "наш", "мой"):
            return True
    return False


_FIRST_PERSON = {
    "en": frozenset("i we our my us me".split()),
    "ru": frozenset("я мы наш наша наше наши мой моя мое моё мои нас нам меня".split()),
}


def _has_person(ws: list[str], lang: str) -> bool:
    return any(w.lower() in _FIRST_PERSON[lang] for w in ws)


def _attributed_after(after: str, lang: str) -> bool:
    after = after.lstrip("*_ ")
    match = re.match(r"^[,.!?…]?\s*([—–-]{1,2})?\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?", after)
    if not match:
        return False
    dash, w1, w2, w3 = match.groups()
    cand = [w for w in (w1, w2, w3) if w]
    if any(lex.is_speech_verb(w, lang) for w in cand[:3]):
        return True
    if re.match(r"^[,.!?…]?\s*[—–-]{0,2}\s*(?:according\s+to|по\s+словам|по\s+мнению)\b",
                after, re.I):
        return True
    # "” — Saule Nurlanova, Class of 2012": a dash and a name.
    return bool(dash) and lang == "en" and w1[:1].isupper() and after.lstrip(",")[:1] in _DASH


def _credited_to_person(before: str, lang: str) -> bool:
    """Does a person's credit verb ("X called", "Y described … as", «Z назвал») end ``before``?"""
    tokens = list(re.finditer(r"\S+", before))[-4:]
    verb = next((t for t in reversed(tokens) if lex.is_credit_verb(t.group(), lang)), None)
    if verb is None:
        return False
    subject = parse_person(before[:verb.start()], lang, prefer="last")
    return subject is not None and subject.kind in ("name", "pronoun", "role")


def _cue(word: str, lang: str) -> bool:
    word = word.strip("*_,.:;()")
    if lang == "ru":
        return bool(word) and lex.is_ru_name_cue(word)
    return word.lower() in lex.EN_NAME_CUES


def _is_ru_verb(word: str) -> bool:
    """A finite verb, an infinitive or a short participle: what makes words a clause."""
    parses = lex.parses(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTS")


def _named_by_person_ru(before: str) -> bool:
    """«Проректор назвала проект „лабораторией будущего“»: one person's naming verb
    (назвал, охарактеризовала) right before; «называют» (people at large) is not."""
    for token in before.split()[-4:]:
        word = token.strip("*_,.:;").lower()
        if any(p.tag.POS == "VERB" and p.normal_form in lex.RU_CREDIT_LEMMAS
               for p in lex.parses(word)) and lex.ru_verb_gender(word):
            return True
    return False


def is_speech(text: str, span: MarkedSpan, lang: str, para: tuple[int, int]) -> bool:
    """Is the marked span speech (a quotation) rather than a name, title or term?"""
    inner = text[span.start:span.end]
    ws = words(inner)
    n = len(ws)
    if n == 0:
        return False
    if span.breaks:
        return True
    stripped = inner.strip().strip("*_")
    after = text[span.outer_end:para[1]][:80]
    sent = sentence_around(text, span.open_at, para, lang)
    before = text[min(sent[0], span.open_at):span.open_at].rstrip(" *_")
    before_words = words(before)
    colon_before = before.endswith(":") or (not before and _previous_paragraph_colon(text, para))
    attributed = _attributed_after(after, lang)
    # "the “Green Campus” initiative", "корпорация «Газпром»": a naming noun next to it.
    cue = any(_cue(w, lang) for w in before_words[-1:]) or (
        ws[0][0].isupper() and any(_cue(w, lang) for w in words(after.lstrip("*_ ”»\""))[:2]))
    end_punct = stripped[-1:] in ".,!?…;" if lang == "en" else stripped[-1:] in "!?…"
    title_case = n <= 6 and all(w[0].isupper() or len(w) <= 3 for w in ws if w[0].isalpha())
    content = [w for w in ws if len(w) > 3 and w[0].isalpha()]
    title_like = lang == "en" and len(content) >= 3 and \
        sum(w[0].isupper() for w in content) >= 0.8 * len(content)
    introduced = colon_before or attributed or _ACCORDING_END[lang].search(before)
    credited = ws[0][0].islower() and n <= 12 and _credited_to_person(before, lang)
    if lang == "ru" and not introduced and not _named_by_person_ru(before) \
            and ws[0][0].islower() and n <= 5 and not end_punct \
            and not any(_is_ru_verb(w) for w in ws):
        # «поблагодарил за „терпение и настойчивость“», «называют „северным мостом“»:
        # a few verbless lowercase words inside indirect speech are a scare quote,
        # unless a person gives them as a characterisation («назвал „лабораторией“»).
        return False
    if lang == "en" and not introduced and not credited and _scare_quote_en(ws, before,
                                                                          end_punct):
        return False
    if credited:
        # "Mägi called the agreement “overdue”" / «назвал проект «лабораторией …»»:
        # a characterisation a person gives, even one word, even after a naming
        # noun. Names start with a capital ("called the programme “Green Campus”"),
        # and an organisation's term is no speech ("the university calls it “…”").
        return True
    if lang == "ru" and n <= 8 and not end_punct and "." not in stripped and \
            not _has_person(ws, lang) and not any(_is_ru_verb(w) for w in ws) and (
            (cue and ws[0][0].isupper()) or (ws[0][0].isupper() and _cue(ws[0], lang))):
        # «конференции „Инженерное образование и устойчивое развитие …“», «„Вестника
        # Политеха“»: a name after (or opening with) a naming noun, even when the
        # sentence goes on to quote someone.
        return False
    if title_like and (cue or not introduced):
        return False  # “Images of the Past: Representations, Historiography and Memory.”
    if introduced:
        return not (cue and n <= 4 and not end_punct)
    if cue:
        # Names are short and capitalised; a long clause is speech even after
        # "назвал программу «…»" / "called the programme “…”".
        return (n >= 8 and (end_punct or ws[0][0].islower() or _has_clause(ws, lang))) or \
            (n >= 3 and end_punct and ws[0][0].islower())
    if title_case and stripped[-1:] not in ".!?…":
        return n >= 6 and _has_clause(ws, lang) and not all(w[0].isupper() for w in ws)
    if end_punct and n >= 2:
        return True
    if n == 1 and stripped[-1:] in ".!?…" and not before:
        return True  # “Nobody.” / «Да!» as a sentence of its own
    if n >= 3 and _has_person(ws, lang):
        return True  # «Мы подписали 37 соглашений»: someone speaks in the first person
    if n >= 12 or (n >= 5 and _has_clause(ws, lang)):
        return True
    if ws[0][0].islower() and n >= 2:
        recent = before_words[-15:]
        if any(lex.is_speech_verb(w, lang) for w in recent):
            return True
        if _ACCORDING_ANY[lang].search(before):
            return True
        if lang == "en" and any(w.lower() in ("that", "how") for w in recent[-8:]):
            return True
    return False


_EN_NAMING = frozenset({"call", "calls", "called", "calling", "dub", "dubbed", "nicknamed",
                        "so-called", "known", "termed", "labelled", "labeled", "branded"})
_EN_DETERMINERS = frozenset({"the", "a", "an"})


def _scare_quote_en(ws: list[str], before: str, end_punct: bool) -> bool:
    """A few lowercase words that name or grade something, not words someone said.

    "his students call the flume ‘the big bathtub’" (a naming verb just before)
    and "the organisers say the queue was “the longest in the festival’s
    history”" (a noun phrase with no verb, and nobody named who says it: "Prof.
    Vink said they came home with “a suitcase of ideas”" quotes her).
    """
    if not ws[0][0].islower() or len(ws) > 6 or end_punct or _has_person(ws, "en"):
        return False
    before_words = words(before)
    if any(w.lower() in _EN_NAMING for w in before_words[-6:]):
        return True
    verbish = any(w.lower().endswith(("ed", "ing")) or w.lower() in _EN_CLAUSE_WORDS
                  for w in ws[1:])
    if ws[0].lower() not in _EN_DETERMINERS or verbish:
        return False
    verbs = [m for m in re.finditer(r"\S+", before) if lex.is_speech_verb(m.group(), "en")]
    if not verbs:
        return True
    clauses = [c for c in re.split(r",|\band\b|\bbut\b", before[:verbs[-1].start()])
               if c.strip()]
    subject = parse_person(clauses[-1], "en", prefer="last") if clauses else None
    if subject is None and len(clauses) > 1:
        subject = parse_person(before[:verbs[-1].start()], "en", prefer="last")
    return subject is None or subject.kind not in ("name", "pronoun", "role")


def _previous_paragraph_colon(text: str, para: tuple[int, int]) -> bool:
    """Does the paragraph before ``para`` end with a colon ("X said:" then the quote)?"""
    return text[:para[0]].rstrip().rstrip("*_").endswith(":")


def _split_inner(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, tuple | None]]:
    """Split speech interrupted by its attribution: «A, — сказала X. — B»."""
    if lang == "ru":
        for match in _RU_INNER_ATTR.finditer(text, start, end):
            verb = words(text[match.end():match.end() + 40])[:2]
            if not any(lex.is_speech_verb(w, "ru") for w in verb):
                continue
            cont = _CONTINUE.search(text, match.end(), end)
            first = (start, match.start())
            if cont is None:
                return [(*first, (match.end(), end))]
            rest = _split_inner(text, cont.end(), end, lang)
            return [(*first, (match.end(), cont.start())), *rest]
        return [(start, end, None)]
    return [(start, end, None)]


def _trim_unclosed(text: str, span: MarkedSpan, lang: str) -> tuple[int, tuple | None]:
    """Where an unclosed quote really ends: before ", he said …" / ", — пояснил он"."""
    if lang == "en":
        match = _EN_TRIM.search(text, span.start, span.end) or \
            _EN_TRIM_VERB_FIRST.search(text, span.start, span.end)
        if match:
            return match.start(), (match.end(), span.end)
    return span.end, None


def _dash_speech(text: str, para: tuple[int, int], lang: str) -> list[tuple[int, int, tuple]]:
    """Russian dialogue: "— Speech, — говорит X. — More speech." without marks."""
    if lang != "ru" or text[para[0]] not in _DASH or text[para[0] + 1:para[0] + 2] != " ":
        return []
    parts = _split_inner(text, para[0] + 2, para[1], lang)
    # Without an attribution verb a dashed paragraph is more likely a list item.
    return parts if any(p[2] for p in parts) else []


def extract(text: str, lang: str) -> Extraction:
    """Every direct quotation in one language's body, in order, without speakers."""
    scan = scan_marks(text)
    paras = paragraph_spans(text)
    quotes: list[Quote] = []
    not_quotes: list[MarkedSpan] = []
    if not paras:
        return Extraction([], scan, [], paras)
    for span in scan.spans:
        if span.depth:
            continue
        pidx = paragraph_index(paras, span.open_at)
        if not is_speech(text, span, lang, paras[pidx]):
            not_quotes.append(span)
            continue
        end, trimmed_attr = (span.end, None) if span.closed else _trim_unclosed(text, span, lang)
        parts = _split_inner(text, span.start, end, lang)
        for n, (s, e, attr) in enumerate(parts):
            s, e = _strip(text, s, e)
            if e <= s:
                continue
            last = n == len(parts) - 1
            quotes.append(Quote(
                lang=lang, start=s, end=e, text=text[s:e],
                open_at=span.open_at if n == 0 else s,
                close_end=span.outer_end if last and span.closed else e,
                paragraph=pidx + 1, open_mark=span.open_mark if n == 0 else "",
                close_mark=(span.close_mark or "") if last else "",
                closed=span.closed or not last, split_at=tuple(span.split_at),
                inner_attribution=attr or (trimmed_attr if last else None)))
    for pidx, para in enumerate(paras):
        for s, e, attr in _dash_speech(text, para, lang):
            s, e = _strip(text, s, e)
            quotes.append(Quote(lang=lang, start=s, end=e, text=text[s:e], open_at=s,
                                close_end=e, paragraph=pidx + 1, marked=False,
                                inner_attribution=attr))
    quotes.extend(_missing_openers(text, scan, paras, lang, quotes))
    for found in unmarked_speech(text, paras, lang):
        s, e = _strip(text, found.start, found.end)
        if e <= s:
            continue
        # Marks inside unmarked speech are its own nested quotes or names:
        # "My supervisor never accepted “because the software says so” …".
        quotes = [q for q in quotes if not (s <= q.open_at and q.close_end <= e)]
        if not any(q.open_at < e and s < q.close_end for q in quotes):
            name, title = found.speaker or (None, None)
            quotes.append(Quote(lang=lang, start=s, end=e, text=text[s:e], open_at=s,
                                close_end=e, paragraph=paragraph_index(paras, s) + 1,
                                marked=False, inner_attribution=found.attribution,
                                speaker=name, title=title, how="layout" if name else ""))
    quotes.sort(key=lambda q: q.start)
    return Extraction(quotes, scan, not_quotes, paras)


def _missing_openers(text: str, scan: ScanResult, paras: list[tuple[int, int]],
                     lang: str, found_so_far: list[Quote]) -> list[Quote]:
    """"… agreed. Half of my slides were rewritten,” she said.": a closing mark
    with no opening one, then an attribution; the quote is its sentence up to the
    mark. (The checks report the missing mark; the quote still counts.)"""
    found = []
    for at, mark in scan.stray:
        if mark not in "”»" or at == 0:
            continue
        pidx = paragraph_index(paras, at)
        para = paras[pidx]
        if not _attributed_after(text[at + 1:para[1]][:80], lang):
            continue
        start = sentence_around(text, at - 1, para, lang)[0]
        # "He called it “a new start” and we agreed…,” she said.": the quote
        # starts after a marked quote earlier in its sentence, never around it.
        start = max([start, *(q.close_end for q in found_so_far if start <= q.close_end <= at)])
        s, e = _strip(text, start, at)
        if e - s < 2 or len(words(text[s:e])) < 3:
            continue
        found.append(Quote(lang=lang, start=s, end=e, text=text[s:e], open_at=s,
                           close_end=at + 1, paragraph=pidx + 1, close_mark=mark))
    return found


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n*_":
        s += 1
    while e > s and text[e - 1] in " \t\n*_":
        e -= 1
    return s, e
