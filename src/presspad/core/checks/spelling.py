"""The ``spelling`` check: unknown words in each body, as warnings."""

from __future__ import annotations

import logging
from typing import Any

from presspad.core.checks.context import check
from presspad.core.text.markup import Protected
from presspad.core.text.words import iter_words

logger = logging.getLogger(__name__)


@check(priority=20)
def check_spelling(release: Any, context: Any) -> list[Any]:
    """The ``spelling`` check: one warning per unknown word in each body.

    Uses ``context.speller`` (anything with ``misspelled(text, lang)``, or just
    ``check(lang, word)``); without one it reports nothing. No suggestions
    here: they cost tens of milliseconds a word.
    """
    from presspad.core.model.findings import Finding, Severity, Span

    speller = getattr(context, "speller", None)
    if speller is None:
        return []
    findings: list[Finding] = []
    for lang in context.langs:
        body = release.body(lang)
        if not body:
            continue
        if hasattr(speller, "misspelled"):
            found = speller.misspelled(body, lang)
        else:
            protected = Protected(body)
            found = ((s, e, w) for s, e, w in iter_words(body)
                     if not speller.check(lang, w) and not protected.overlaps(s, e))
        for start, end, word in found:
            # "text" makes Finding.key() per word, so ignoring one word
            # in a release does not ignore every spelling finding.
            findings.append(Finding("spelling", Severity.WARNING, Span(lang, start, end),
                                    {"word": word, "text": word}))
    return findings
