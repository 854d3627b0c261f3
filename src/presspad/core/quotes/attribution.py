"""Who said each quotation, and in what role.

For every quote the attribution is looked for, in order: inside the marks
(«…, — сказала X. — …»), right after the quote (“…,” said X, Title. /
«…», — добавил он), before it in the same sentence (X, Title, said: “…” /
According to X, “…” / По словам X, «…» / X подчеркнул, что «…» / X: «…»).
A pronoun ("she said", "добавил он") means the person named last; a bare
role ("the vice governor", "проректор") the person with that title; a quote
with no attribution of its own follows on from the previous speaker.
Everyone named is kept in a register (quote_register), so a surname alone ("Kuznetsov
noted") gets the full name and the title given at first mention.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from dataclasses import replace

from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.documents import document_source
from presspad.core.quotes.extract import Quote
from presspad.core.quotes.names import PersonRef, find_mentions, parse_person, surname_key
from presspad.core.quotes.register import Person, Register
from presspad.core.quotes.sentences import ends_sentence, sentence_around, words
from presspad.core.text.paragraphs import paragraph_index
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

ACCORDING = {
    "en": re.compile(r"\b(?:according to|in the words of)\s+(.+?),?\s*$", re.I | re.S),
    "ru": re.compile(r"(?:^|\s)(?:по\s+словам|по\s+мнению|как\s+отмечает|как\s+считает)\s+"
                     r"(.+?),?\s*$", re.I | re.S),
}
# "По её словам" / "по его мнению": a possessive pronoun names the last person.
_POSSESSIVE = {
    "en": re.compile(r"\bin\s+(?:his|her|their)\s+words\b", re.I),
    "ru": re.compile(r"\bпо\s+(?:его|её|ее|их)\s+(?:словам|мнению)\b", re.I),
}


def _after_clause(text: str, q: Quote, para: tuple[int, int], limit: int) -> tuple[int, int]:
    """From the closing mark to the end of its sentence (not into the next quote)."""
    start = q.close_end
    while start < para[1] and text[start] in "*_":
        start += 1
    s, e = sentence_around(text, min(start, para[1] - 1), para, q.lang)
    if e <= start:  # the quote closed its sentence: "….” She said" is another one
        e = start
    # "asked Professor Ole Hansen. “Nobody.”": a new quoted sentence is not the name.
    new_quote = re.compile(r"[.!?…]\s+[“«„\"]").search(text, start, max(start, e))
    if new_quote:
        e = new_quote.start() + 1
    return start, min(e, limit, para[1])


def _before_clause(text: str, q: Quote, para: tuple[int, int], prev_end: int,
                   paras: list[tuple[int, int]], pidx: int) -> tuple[int, int]:
    s, _e = sentence_around(text, q.open_at, para, q.lang)
    s = max(s, prev_end, para[0])
    previous = text[paras[pidx - 1][0]:paras[pidx - 1][1]].rstrip(" *_") if pidx > 0 else ""
    if s == para[0] == q.open_at and previous.endswith(":"):
        # "X summed up the year:" + a paragraph that is the quote.
        prev_para = paras[pidx - 1]
        return max(sentence_around(text, prev_para[1] - 1, prev_para, q.lang)[0],
                   prev_end), prev_para[1]
    if s == para[0] and pidx > 0 and not ends_sentence(text[paras[pidx - 1][0]:para[0]]):
        # A sentence broken by a stray paragraph break starts in the paragraph before.
        prev_para = paras[pidx - 1]
        s = max(sentence_around(text, prev_para[1] - 1, prev_para, q.lang)[0], prev_end)
    return s, q.open_at


def _ref_after(clause: str, lang: str, base: int, continues: bool = True) -> PersonRef | None:
    """The attribution after a quote: ", said X" / ", — добавил он" / " — X, Title".

    ``continues`` is False when the quote closed its own sentence (“….”), so
    that only a verb-led attribution ("….” said X) may follow it.
    """
    stripped = clause.lstrip("*_ ")
    lead = re.match(r"^[,.!?…;:]*\s*([—–-]{1,2})?\s*", stripped)
    dash = bool(lead.group(1))
    rest = stripped[lead.end():]
    base += len(clause) - len(rest)
    ws = rest.split()
    if not ws:
        return None
    if lang == "en" and not dash and not continues and lead.group(0).strip() in (".", "") \
            and not lex.is_speech_verb(ws[0], lang) and \
            not (len(ws) > 1 and lex.is_speech_verb(ws[1], lang)):
        return None
    for n, word in enumerate(ws[:12]):
        if lex.is_speech_verb(word, lang):
            after = rest[rest.find(word) + len(word):]
            after_ref = parse_person(_cut_adverbials(after, lang), lang, prefer="first",
                                     base=base + rest.find(word) + len(word)
                                     + (len(after) - len(after.lstrip())))
            if n == 0:
                return after_ref
            subject = parse_person(" ".join(ws[:n]), lang, prefer="last", base=base)
            if n > 6 and (subject is None or subject.kind != "name"):
                return None  # too far from the quote to be its attribution
            # "— со смехом добавляет Линь Яо": no one before the verb, look after it.
            return subject or after_ref
    according = re.match(r"(?:according\s+to|по\s+словам|по\s+мнению)\s+", rest, re.I)
    if according:
        return parse_person(_cut_adverbials(rest[according.end():], lang), lang, prefer="first",
                            genitive=lang == "ru", base=base + according.end())
    if dash and lang == "en":
        return parse_person(rest, lang, prefer="first", base=base)
    return None


# "“…” That is how Rector X summed up the year." / «…» — такими словами X открыл …:
# the words point back at the quote and the person follows.
_POINTS_BACK = {
    "en": re.compile(r"^\s*(?:(?:that|this)\s+(?:is|was)\s+how|with\s+(?:these|those)\s+words,?"
                     r"|(?:these|those)\s+were\s+the\s+words\s+of)\s+", re.I),
    "ru": re.compile(r"^[\s,]*[—–-]{0,2}\s*(?:такими|этими)\s+словами\s+", re.I),
}


def _next_sentence(text: str, q: Quote, para: tuple[int, int], limit: int) -> tuple[int, int]:
    """The sentence right after a quote that closed its own sentence."""
    start = q.close_end
    while start < min(limit, para[1]) and text[start] in " *_":
        start += 1
    if start >= min(limit, para[1]):
        return start, start
    _s, e = sentence_around(text, start, para, q.lang)
    return start, min(max(e, start), limit)


def _ref_next(clause: str, lang: str, base: int) -> PersonRef | None:
    match = _POINTS_BACK[lang].match(clause)
    if match is None:
        return None
    return parse_person(_cut_adverbials(clause[match.end():], lang), lang, prefer="first",
                        base=base + match.end())


def _cut_adverbials(phrase: str, lang: str) -> str:
    """"BPU Rector Andrei Volkov in his opening speech." → the person part only."""
    if lang == "en":
        match = re.search(r"\s+(?:in|at|during|with|after|before|on|when|while)\s+"
                          r"(?:his|her|their|the|a|an)\b", phrase)
        if match:
            phrase = phrase[:match.start()]
    else:
        match = re.search(r"(?:^|\s+)(?:в|на|во|после|перед|при)\s+(?:конце|начале|ходе|своём"
                          r"|своем|завершение|рамках|интервью|выступлении)\b", phrase)
        if match and not phrase[:match.start()].strip():
            # "— сказал в интервью журналу «…» профессор X": the subject follows
            # the adverbial; blank it out (offsets stay) up to the first role
            # word or name outside quote marks.
            subject = _subject_after(phrase, match.end())
            phrase = " " * subject + phrase[subject:] if subject is not None else ""
        elif match:
            phrase = phrase[:match.start()]
    return phrase.rstrip(" .")


def _subject_after(phrase: str, start: int) -> int | None:
    depth = 0
    for word in re.finditer(r"[«»]|[^\s«»,.]+", phrase[start:]):
        token = word.group()
        if token in "«»":
            depth += 1 if token == "«" else -1
        elif depth <= 0 and (lex.role_of(token, "ru") or (
                token[0].isupper() and lex.ru_word_kind(token) == "person")):
            return start + word.start()
    return None


_AUXILIARY = re.compile(r"\b(?:had|has|have|was|were|is|are|been|would|will|could)\b", re.I)


def _ref_before(clause: str, lang: str, base: int) -> PersonRef | None:
    """The attribution before a quote: "X, Title, said:" / "По словам X," / "X: "."""
    body = clause.rstrip(" *_")
    if not body:
        return None
    possessive = _POSSESSIVE[lang].search(body)
    if possessive:
        return PersonRef("pronoun", offset=base + possessive.start())
    according = ACCORDING[lang].search(body)
    if according:
        return parse_person(according.group(1), lang, prefer="first",
                            genitive=lang == "ru", base=base + according.start(1))
    tokens = list(re.finditer(r"\S+", body))
    verb_at = None
    for match in reversed(tokens):
        if lex.is_credit_verb(match.group(), lang):
            verb_at = match
            break
    if verb_at is not None:
        subject = body[:verb_at.start()]
        # "Kuznetsov noted that …": the subject is the last clause before the verb,
        # but an apposition ("X, Title, said") belongs to it.
        ref = parse_person(subject, lang, prefer="last", base=base)
        if ref is None:
            # "Как отметила Title Name, «…»" / "As Name put it": the subject follows.
            after = body[verb_at.end():]
            after = re.split(r",\s*(?:что|that)\b|\s+(?:что|that)\s", after)[0]
            ref = parse_person(after, lang, prefer="first", base=base + verb_at.end())
            if ref is not None and ref.kind == "org" and _AUXILIARY.search(after):
                # "said the committee had been “…”": the reported clause's subject
                # is what was said about, not who said it.
                ref = None
            if ref is None and len(subject.split()) >= 2:
                # "A spokesperson for the cup's committee said …": someone the text
                # does not name speaks; not whoever spoke before.
                return PersonRef("unnamed", offset=base)
        return ref
    that = re.search(r"^(.*\S)\s*,?\s+(?:that|что)\s", body, re.I | re.S)
    if that:
        # "X reminded the audience that … “…”" / "X напомнил, что … «…»": any verb
        # that reports speech before "that"; the quote is already known to be speech.
        ref = parse_person(that.group(1), lang, prefer="last", base=base)
        if ref is not None:
            return ref
    put_it = re.search(r"\bas\s+(.+?)\s+put\s+it\b", body, re.I)
    if put_it and lang == "en":
        return parse_person(put_it.group(1), lang, prefer="first", base=base + put_it.start(1))
    if body.endswith(":"):
        return parse_person(body[:-1], lang, prefer="last", base=base)
    return None


def attribute(text: str, quotes: list[Quote], paras: list[tuple[int, int]]) -> list[Quote]:
    """Fill in ``speaker``, ``title`` and ``how`` for each quote."""
    if not quotes:
        return quotes
    lang = quotes[0].lang
    register = Register(lang)
    quoted = [(q.open_at, q.close_end) for q in quotes]
    for ref in _mentions_outside(text, paras, quoted, lang):
        register.add(ref)
    # Second pass: a surname alone ("Volkov added …") is a mention once the name is known.
    for ref in _mentions_outside(text, paras, quoted, lang, register.knows):
        if len(ref.name.split()) == 1:
            register.add(ref)
    register.mentions.sort()
    out: list[Quote] = []
    prev_end = 0
    for n, q in enumerate(quotes):
        if q.how == "layout":
            # "Name, Title:" / "— Name, Title": the layout named the speaker.
            register.add(PersonRef("name", q.speaker, q.title, q.open_at), attributed=True)
            out.append(q)
            prev_end = max(prev_end, q.close_end)
            continue
        pidx = q.paragraph - 1
        para = paras[pidx]
        close_para = paras[paragraph_index(paras, max(q.close_end - 1, 0))]
        limit = quotes[n + 1].open_at if n + 1 < len(quotes) else close_para[1]
        document = document_source(text[max(para[0], prev_end):q.open_at], lang) \
            if q.marked else None
        if document is not None:
            # "The memorandum … states: “…”": the document speaks, not the person nearby.
            out.append(replace(q, speaker=document, title=None, how="document",
                               attribution=(max(para[0], prev_end), q.open_at)))
            prev_end = max(prev_end, q.close_end)
            continue
        ref, how, span = None, "", None
        if q.inner_attribution:
            s, e = q.inner_attribution
            ref = _ref_after(text[s:e], lang, s)
            how, span = "inside", (s, e)
        if ref is None and q.marked:
            s, e = _after_clause(text, q, close_para, limit)
            ref = _ref_after(text[s:e], lang, s,
                             continues=lang == "ru" or q.text.rstrip("*_ ")[-1:] in ",—–-")
            how, span = "after", (s, e)
        if ref is None and q.marked:
            s, e = _before_clause(text, q, para, prev_end, paras, pidx)
            ref = _ref_before(text[s:e], lang, s)
            how, span = "before", (s, e)
        if ref is None and q.marked:
            s, e = _next_sentence(text, q, close_para, limit)
            ref = _ref_next(text[s:e], lang, s)
            how, span = "next", (s, e)
        person = _resolve(ref, register, q, para[0])
        if ref is not None and ref.kind == "unnamed":
            out.append(replace(q, how="unnamed", attribution=span))
            prev_end = max(prev_end, q.close_end)
            continue
        if ref is not None and ref.kind == "pronoun" and person is not None:
            person = _sentence_subject(text, register, person, q, para, ref.gender) or person
        if person is None:
            prev = out[-1] if out else None
            # Whoever is named after the previous quote (or since the paragraph
            # before) may be the new speaker: "… Khizhnyak said. “…”" stays his,
            # "Koirala spoke about the plans. “…”" is hers.
            since = prev.close_end if prev is not None and prev.paragraph == q.paragraph \
                else paras[max(pidx - 1, 0)][0]
            context = register.last_between(since, q.open_at)
            # A document's words go on only where it is quoted; the next quote is a person's.
            if prev is not None and prev.speaker and prev.how != "document" and \
                    q.paragraph - prev.paragraph <= 1 and \
                    (context is None or context.key == surname_key(prev.speaker, lang)):
                out.append(replace(q, speaker=prev.speaker, title=prev.title, how="follow-on",
                                   attribution=prev.attribution))
            elif context is not None and context.key:
                # "Andrei Rudskoi addressed the guests." + a quote paragraph: the
                # person just named speaks.
                out.append(replace(q, speaker=context.name, title=context.title,
                                   how="context"))
            else:
                out.append(q)
        else:
            how = ref.kind if ref.kind not in ("name", "org") else how
            out.append(replace(q, speaker=person.name, title=person.title, how=how,
                               attribution=span))
        prev_end = max(prev_end, q.close_end)
    return _headline_quotes(_refresh(out, register))


def _resolve(ref: PersonRef | None, register: Register, q: Quote, para: int) -> Person | None:
    if ref is None:
        return None
    if ref.kind == "name":
        return register.add(ref, attributed=True)
    if ref.kind == "pronoun":
        return register.last_before(q.open_at, ref.gender, para)
    if ref.kind == "role":
        # "the vice governor": the person with that title; else whoever was named
        # last; with nobody named at all, the role itself ("the Rector") speaks.
        found = register.with_role(ref.title, q.open_at)
        if found is None:
            last = register.last_before(q.open_at)
            # Whoever was named last, unless their own title names another post:
            # "Head of Department Zhang Min … The rector emphasized:" is not Zhang Min.
            if last is not None and not (lex.posts_of(last.title, register.lang) and
                                         lex.posts_of(ref.title, register.lang) and
                                         lex.posts_of(last.title, register.lang).isdisjoint(
                                             lex.posts_of(ref.title, register.lang))):
                found = last
        if found is None:
            found = register.with_role_after(ref.title, q.close_end)
        if found is None and ref.title:
            # "In his welcoming speech, the rector": the role is the last clause.
            title = re.sub(r"^(?:the|a|an)\s+", "", ref.title.rsplit(",", 1)[-1].strip(),
                           flags=re.I)
            role = title[:1].lower() + title[1:]
            return Person(role, title, "")
        return found
    if ref.kind == "org":
        return Person(ref.name, None, "")
    return None


def _sentence_subject(text: str, register: Register, person: Person, q: Quote,
                      para: tuple[int, int], gender: str | None) -> Person | None:
    """"Rector Shvets thanked … and invited Prof. Menon … “…,” he said.": a pronoun
    takes up the subject of the sentence before, not the person it spoke to.

    Only when the last person named before the quote shares a sentence of the
    quote's paragraph with someone named in its first words (the subject).
    """
    last = max((at for at, key in register.mentions
                if key == person.key and para[0] <= at < q.open_at), default=None)
    if last is None:
        return None
    start, _end = sentence_around(text, last, para, register.lang)
    for at, key in register.mentions:
        if start <= at < last and key != person.key:
            subject = register.people[key]
            lead = text[start:at].split()
            if len(lead) <= 2 and all(w[:1].isupper() for w in lead) and \
                    (gender is None or subject.gender in (None, gender)) and \
                    (gender is None or person.gender != gender or subject.gender == gender):
                return subject
            return None
    return None


def _refresh(quotes: list[Quote], register: Register) -> list[Quote]:
    """Give every quote its speaker's fullest name and title known anywhere in the text."""
    out = []
    for q in quotes:
        if q.speaker:
            person = register.people.get(surname_key(q.speaker, q.lang))
            if person is not None:
                q = replace(q, speaker=person.name, title=q.title or person.title)
        out.append(q)
    return out


def _headline_quotes(quotes: list[Quote]) -> list[Quote]:
    """An unattributed quote repeated later (a headline quote) has the later speaker."""
    out = list(quotes)
    for i, q in enumerate(out):
        if q.speaker:
            continue
        key = _norm(q.text)
        for later in out[i + 1:]:
            if later.speaker and (key in _norm(later.text) or _norm(later.text) in key) and key:
                out[i] = replace(q, speaker=later.speaker, title=later.title, how="repeated")
                break
    return out


def _norm(text: str) -> str:
    return " ".join(fold(w) for w in words(text))


def _mentions_outside(text: str, paras: list[tuple[int, int]],
                      quoted: list[tuple[int, int]], lang: str, known=None) -> list[PersonRef]:
    """Everyone named in the text outside the quotations."""
    refs: list[PersonRef] = []
    cuts = sorted(quoted)
    # Quotes sorted by start: each paragraph looks only from the first quote that
    # may end inside it (a scan of every quote per paragraph was quadratic).
    ends = [qe for _qs, qe in cuts]
    reach = list(itertools.accumulate(ends, max)) if ends else []
    for start, end in paras:
        pos = start
        first = bisect.bisect_right(reach, start)
        for qs, qe in cuts[first:]:
            if qs >= end:
                break
            if qe <= start:
                continue
            if qs > pos:
                refs.extend(find_mentions(text, pos, qs, lang, known))
            pos = max(pos, qe)
        if pos < end:
            refs.extend(find_mentions(text, pos, end, lang, known))
    return refs
