"""The quote checks: pure functions from a release to findings.

Codes (public contracts): ``quote-unbalanced`` (error), ``quote-style``
(warning), ``quote-unattributed`` (warning), ``quote-split`` (warning),
``quote-missing-translation`` (error), ``speaker-mismatch`` and
``title-mismatch`` (error). The texts users read are in
:mod:`presspad.core.model.messages`.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import replace

from presspad.core.checks.context import CheckContext, check
from presspad.core.model.findings import Finding, Fix, Severity, Span
from presspad.core.model.release import Release
from presspad.core.quotes import lexicon as lex
from presspad.core.quotes.finder import Quote, analyse
from presspad.core.quotes.marks import STRAIGHT, MarkedSpan
from presspad.core.quotes.pairing import QuotePair, covered_by_neighbour, pair_quotes, same_person
from presspad.core.quotes.sentences import ends_sentence, sentence_around
from presspad.core.text.paragraphs import paragraph_spans
from presspad.core.typography.quote_style import MARKS

logger = logging.getLogger(__name__)

_DOUBLE_OPENERS = frozenset("“«„\"")


def snippet(text: str, limit: int = 60) -> str:
    """The start of a quote for a message, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _bodies(release: Release, context: CheckContext):
    for lang in context.langs:
        body = release.body(lang)
        if body.strip():
            yield lang, body


# ----------------------------------------------------------------------------- marks

@check(priority=90)
def check_quote_marks(release: Release, context: CheckContext) -> list[Finding]:
    """quote-unbalanced: an opening mark never closed, or a closing mark never opened."""
    findings: list[Finding] = []
    for lang, body in _bodies(release, context):
        extraction = analyse(body, lang)
        for span in extraction.scan.spans:
            if span.closed or span.open_mark not in _DOUBLE_OPENERS:
                continue
            partner = {"“": "”", "«": "»", "„": "“", '"': '"'}[span.open_mark]
            findings.append(Finding(
                "quote-unbalanced", Severity.ERROR, Span(lang, span.open_at, span.open_at + 1),
                {"mark": span.open_mark, "partner": partner,
                 "text": snippet(body[span.start:span.end])}))
        for at, mark in extraction.scan.stray:
            # "Подробнее »" after a space is an arrow, not a closing quote.
            if mark in "”»" and at > 0 and not body[at - 1].isspace():
                partner = {"”": "“", "»": "«"}[mark]
                findings.append(Finding(
                    "quote-unbalanced", Severity.ERROR, Span(lang, at, at + 1),
                    {"mark": mark, "partner": partner, "text": snippet(body[max(0, at - 40):at])}))
    return findings


def _restyled(body: str, span: MarkedSpan, inner_spans: list[MarkedSpan], lang: str) -> str:
    """The span re-marked in the language's style, nested quotes one level down."""
    chars = list(body[span.open_at:span.close_at + 1])
    base = span.open_at
    for inner in [span, *inner_spans]:
        level = min(inner.depth - span.depth, 1) if inner is not span else 0
        opening, closing = MARKS[lang][level]
        chars[inner.open_at - base] = opening
        chars[inner.close_at - base] = closing
    return "".join(chars)


@check(priority=85)
def check_quote_style(release: Release, context: CheckContext) -> list[Finding]:
    """quote-style: straight quotes, or English marks around a Russian quote."""
    findings: list[Finding] = []
    for lang, body in _bodies(release, context):
        extraction = analyse(body, lang)
        spans = extraction.scan.spans
        speech = {q.open_at for q in extraction.quotes}
        opens = [s.open_at for s in spans]   # scan_marks sorts the spans by opening
        for span in spans:
            if span.depth:
                continue
            # Straight marks anywhere; English marks in Russian; guillemets around
            # English speech (not around a course title: some offices do that on purpose).
            wrong = span.open_mark in STRAIGHT or (lang == "ru" and span.open_mark == "“") or \
                (lang == "en" and span.open_mark == "«" and span.open_at in speech)
            # Spans nested in this one open after it and before its end: a slice.
            inner = [s for s in spans[bisect.bisect_right(opens, span.open_at):
                                      bisect.bisect_left(opens, span.end)] if s.closed]
            wrong_inner = any(s.open_mark in STRAIGHT for s in inner)
            if not (wrong or wrong_inner):
                continue
            opening, closing = MARKS[lang][0]
            fix = None
            if span.closed and not span.breaks:
                fix = Fix(Span(lang, span.open_at, span.close_at + 1),
                          _restyled(body, span, inner, lang))
            marks = f"{span.open_mark}…{span.close_mark or ''}"
            if not wrong:
                bad = next(s for s in inner if s.open_mark in STRAIGHT)
                marks = f"{bad.open_mark}…{bad.close_mark}"
            findings.append(Finding(
                "quote-style", Severity.WARNING, Span(lang, span.open_at, span.outer_end),
                {"marks": marks, "expected": f"{opening}…{closing}",
                 "text": snippet(body[span.start:span.end])}, fix=fix))
    return findings


# ----------------------------------------------------------------------------- attribution

@check(priority=75)
def check_quote_attribution(release: Release, context: CheckContext) -> list[Finding]:
    """quote-unattributed: speech with no speaker anywhere near it."""
    findings: list[Finding] = []
    for lang, body in _bodies(release, context):
        for q in analyse(body, lang).quotes:
            if q.speaker is None:
                findings.append(Finding("quote-unattributed", Severity.WARNING,
                                        Span(lang, q.open_at, q.close_end),
                                        {"text": snippet(q.text)}))
    return findings


@check(priority=80)
def check_quote_split(release: Release, context: CheckContext) -> list[Finding]:
    """quote-split: a paragraph break in the middle of a sentence that holds a quote."""
    findings: list[Finding] = []
    for lang, body in _bodies(release, context):
        extraction = analyse(body, lang)
        quotes = extraction.quotes
        paras = extraction.paragraphs or paragraph_spans(body)
        for n in range(len(paras) - 1):
            before, after = paras[n], paras[n + 1]
            if ends_sentence(body[before[0]:before[1]]):
                continue
            inside = next((q for q in quotes if q.start < before[1] and q.end > after[0]), None)
            first_char = body[after[0]:after[0] + 1]
            if inside is None and not first_char.islower():
                continue
            quote = inside or _quote_in_sentence(body, quotes, before, after, lang)
            if quote is None:
                continue
            gap = Span(lang, before[1], after[0])
            findings.append(Finding("quote-split", Severity.WARNING, gap,
                                    {"text": snippet(quote.text)}, fix=Fix(gap, " ")))
    return findings


def _quote_in_sentence(body: str, quotes: list[Quote], before: tuple[int, int],
                       after: tuple[int, int], lang: str) -> Quote | None:
    """A quote in the sentence the break cuts: the last one of ``before`` + first of ``after``."""
    head = sentence_around(body, max(before[1] - 1, before[0]), before, lang)
    tail = sentence_around(body, after[0], after, lang)
    for q in quotes:
        if head[0] <= q.open_at < head[1] or tail[0] <= q.open_at < tail[1]:
            return q
    return None


# ----------------------------------------------------------------------------- translation

def quote_pairs(release: Release, context: CheckContext) -> list[QuotePair]:
    """Each English quote beside its Russian counterpart (None where there is none).

    Kept in the context for the texts it was computed on, so the check service
    hands the app the very pairs the checks judged, without pairing twice.
    """
    en_body, ru_body = release.body("en"), release.body("ru")
    key = (en_body, ru_body, id(context.directory))
    cached = context.options.get("quote_pairs")
    if cached is not None and cached[0] == key:
        return cached[1]
    pairs = [_judged(pair, context.directory)
             for pair in pair_quotes(analyse(en_body, "en").quotes, analyse(ru_body, "ru").quotes,
                                     len(en_body), len(ru_body), context.directory)]
    context.options["quote_pairs"] = (key, pairs)
    return pairs


def _judged(pair: QuotePair, directory) -> QuotePair:
    """The pair with its speakers compared (None: cannot tell)."""
    if pair.en is None or pair.ru is None or "document" in (pair.en.how, pair.ru.how):
        # A document as the source ("the joint statement" / «совместное заявление»)
        # is no person to compare across the languages.
        return pair
    return replace(pair, same_speaker=same_person(pair.en.speaker, pair.ru.speaker, directory))


@check(priority=70)
def check_quote_translation(release: Release, context: CheckContext) -> list[Finding]:
    """quote-missing-translation, speaker-mismatch and title-mismatch between the versions."""
    en_body, ru_body = release.body("en"), release.body("ru")
    if not en_body.strip() or not ru_body.strip():
        return []
    pairs = quote_pairs(release, context)
    findings: list[Finding] = []
    titles_seen: set[str] = set()
    for n, pair in enumerate(pairs):
        if pair.en is None or pair.ru is None:
            if covered_by_neighbour(pairs, n):
                continue
            q = pair.en or pair.ru
            # Speech found without marks (a testimonial block, ", she added.") is our
            # reading of the layout: worth a look, never an error that fails a build.
            severity = Severity.ERROR if q.marked else Severity.WARNING
            findings.append(Finding("quote-missing-translation", severity,
                                    Span(q.lang, q.open_at, q.close_end),
                                    {"text": snippet(q.text)},
                                    related=_nearby_counterpart(pairs, n)))
            continue
        e, r = pair.en, pair.ru
        verdict = pair.same_speaker
        where = Span("ru", *(r.attribution or (r.open_at, r.close_end)))
        related = Span("en", *(e.attribution or (e.open_at, e.close_end)))
        if verdict is False:
            findings.append(Finding("speaker-mismatch", Severity.ERROR, where,
                                    {"speaker": r.speaker, "other_speaker": e.speaker,
                                     "subject": r.speaker, "text": snippet(r.text)},
                                    related=related))
            continue
        role_en, role_ru = lex.posts_of(e.title, "en"), lex.posts_of(r.title, "ru")
        # Only roles that cannot be the same job: "Rector" against «проректор».
        if verdict and role_en and role_ru and not role_en & role_ru and \
                r.speaker not in titles_seen:
            titles_seen.add(r.speaker)
            findings.append(Finding("title-mismatch", Severity.ERROR, where,
                                    {"speaker": r.speaker, "title": r.title,
                                     "other_title": e.title, "subject": r.speaker},
                                    related=related))
    return findings


def _nearby_counterpart(pairs, index: int) -> Span | None:
    """Where the missing quote would go: after the counterpart of the quote before it."""
    lone = pairs[index].en or pairs[index].ru
    other = "ru" if lone.lang == "en" else "en"
    for k in range(index - 1, -1, -1):
        partner = getattr(pairs[k], other)
        if partner is not None and pairs[k].en is not None and pairs[k].ru is not None:
            return Span(other, partner.close_end, partner.close_end)
    return None
