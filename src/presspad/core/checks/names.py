"""Checks of partner names against the directory: ``name-variant`` and ``name-mismatch``.

* ``name-variant`` (warning): a known wrong variant of a partner's name
  ("Powell Corporation") or a near miss of an accepted form ("Khizhniak"),
  with the canonical form as the fix — in Russian in the same grammatical
  case as written ("Владимиру Хижнику" → "Владимиру Хижняку").
* ``name-mismatch`` (warning): a partner named in one language's body but not
  in the other's (the Russian side is found in any case form). The finding
  points to the first mention; ``related`` is the matching paragraph of the
  other version when both have the same number of paragraphs.

Both get the directory from ``CheckContext.directory`` and return nothing
without one. They are pure: the directory snapshot is in memory.
"""

from __future__ import annotations

import logging

from presspad.core.checks.context import CheckContext, check
from presspad.core.directory.matching import Occurrence, matcher_for
from presspad.core.directory.snapshot import DirectorySnapshot, as_snapshot
from presspad.core.model.findings import Finding, Fix, Severity, Span
from presspad.core.model.release import LANGS, Release
from presspad.core.text.paragraphs import paragraph_spans
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)



def _occurrences(snapshot: DirectorySnapshot, release: Release, lang: str) -> list[Occurrence]:
    body = release.body(lang)
    if not body.strip():
        return []
    # Both name checks need the same scan: keep the last few per snapshot.
    cache = snapshot.cache.setdefault("name_occurrences", {})
    key = (lang, body)
    if key not in cache:
        if len(cache) >= 8:
            cache.pop(next(iter(cache)))
        cache[key] = matcher_for(snapshot, lang).find(body)
    return cache[key]


def _canonical_fix(occurrence: Occurrence, lang: str) -> str:
    """What a wrong form should read: the nearest accepted form, in the same case.

    A near miss already names its accepted form; a known variant is replaced by
    whichever of the entry's accepted forms is closest ("Powell Corporation" →
    the short form "Powel Corporation", not the full legal name).
    """
    form = occurrence.form
    if not occurrence.exact:
        return form.text    # the accepted form it nearly is, already in the right case
    entry = form.entry
    choices = entry.accepted(lang) or [form.text]
    if lang == "ru" and form.case:
        from presspad.core.directory.case_forms import case_forms

        choices = [case_forms(entry, c).get(form.case, c) for c in choices]
    from rapidfuzz.distance import Levenshtein

    return min(choices, key=lambda c: (Levenshtein.distance(fold(c), fold(occurrence.text)),
                                       choices.index(c)))


@check(priority=40)
def check_name_variant(release: Release, context: CheckContext) -> list[Finding]:
    """Known wrong variants and near misses of partner names."""
    snapshot = as_snapshot(context.directory)
    if snapshot is None:
        return []
    findings = []
    for lang in LANGS:
        for occ in _occurrences(snapshot, release, lang):
            if occ.exact and occ.form.role != "variant":
                continue
            fixed = _canonical_fix(occ, lang)
            if fixed == occ.text:
                continue
            span = Span(lang, occ.start, occ.end)
            findings.append(Finding(
                code="name-variant", severity=Severity.WARNING, span=span,
                params={"text": occ.text, "canonical": fixed,
                        "subject": occ.text, "partner": occ.form.entry.label(),
                        "known": occ.exact},
                fix=Fix(span, fixed)))
    return findings


@check(priority=35)
def check_name_mismatch(release: Release, context: CheckContext) -> list[Finding]:
    """Partners named in one language's body but not in the other's."""
    snapshot = as_snapshot(context.directory)
    if snapshot is None:
        return []
    present = [lang for lang in LANGS if release.body(lang).strip()]
    if len(present) < 2:
        return []   # a one-language draft: nothing to compare yet
    first_seen: dict[str, dict[int, Occurrence]] = {}
    for lang in LANGS:
        seen: dict[int, Occurrence] = {}
        for occ in _occurrences(snapshot, release, lang):
            # A title alone does not name the person ("the vice governor said").
            if occ.form.role != "title":
                seen.setdefault(id(occ.form.entry), occ)
        first_seen[lang] = seen
    paragraphs = {lang: paragraph_spans(release.body(lang)) for lang in LANGS}
    aligned = len(paragraphs["en"]) == len(paragraphs["ru"])
    findings = []
    for lang in LANGS:
        other = "ru" if lang == "en" else "en"
        for key, occ in first_seen[lang].items():
            if key in first_seen[other]:
                continue
            entry = occ.form.entry
            related = None
            if aligned:
                index = next((i for i, (s, e) in enumerate(paragraphs[lang])
                              if s <= occ.start < e), None)
                if index is not None:
                    start, end = paragraphs[other][index]
                    related = Span(other, start, end)
            findings.append(Finding(
                code="name-mismatch", severity=Severity.WARNING,
                span=Span(lang, occ.start, occ.end),
                params={"subject": entry.name(lang) or occ.text, "text": occ.text,
                        "other_name": entry.name(other)},
                related=related))
    return findings
