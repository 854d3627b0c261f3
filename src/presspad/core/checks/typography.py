"""The ``typography`` check: one finding with a safe fix per typography slip.

Params ``rule``, ``text`` and ``fixed`` (the words around the slip before and
after the fix); the edits come from :mod:`presspad.core.typography.fixer`.
"""

from __future__ import annotations

import logging

from presspad.core.checks.context import CheckContext, check
from presspad.core.model.findings import Finding, Fix, Severity, Span
from presspad.core.model.release import Release
from presspad.core.typography.fixer import context_of, typography_edits

logger = logging.getLogger(__name__)

# An ordinary space where a no-break one belongs is invisible on screen and
# harmless unless the line breaks there: information, not a warning.
# Missing no-break spaces are minor, except after № where "№\n1" splitting over
# two lines is what an editor flags first (the sample's "№ 1").
_INFO_RULES = {"nbsp-short-word", "nbsp-initials", "nbsp-units", "nbsp-abbreviations",
               "nbsp-century", "digit-groups"}


@check(priority=30)
def check_typography(release: Release, context: CheckContext) -> list[Finding]:
    """The ``typography`` check: one finding with a fix per typography slip in each body.

    Visible slips (quotes, dashes, "# 1") are warnings; a missing no-break
    space is information.
    """
    findings: list[Finding] = []
    for lang in context.langs:
        off = context.options.get("typography_off", {}).get(lang, frozenset())
        findings.extend(body_findings(release.body(lang), lang, off))
    return findings


def body_findings(body: str, lang: str, off: frozenset[str] = frozenset()) -> list[Finding]:
    """The typography findings of one language's body (``off``: families switched off)."""
    findings: list[Finding] = []
    edits = list(typography_edits(body, lang, off))
    for index, edit in enumerate(edits):
        text, fixed = context_of(body, edit.start, edit.end, edit.replacement)
        span = Span(lang, edit.start, edit.end)
        severity = Severity.INFO if edit.rule in _INFO_RULES else Severity.WARNING
        params = {"rule": edit.rule, "text": text, "fixed": fixed}
        subject = _subject(body, edits, index)
        if subject != text:
            # The key of "ignore this" must not change when a neighbouring slip is fixed.
            params["subject"] = subject
        findings.append(Finding("typography", severity, span, params,
                                fix=Fix(span, edit.replacement)))
    return findings


def _subject(body: str, edits: list, index: int) -> str:
    """The excerpt around ``edits[index]`` with the other slips in it already fixed.

    This is what the finding is about whatever gets fixed around it: ignoring
    the dash of ``"best" -- ever`` must still hold once the quotes are curly.
    """
    from presspad.core.typography.fixer import context_bounds

    edit = edits[index]
    left, right = context_bounds(body, edit.start, edit.end)
    pieces, at = [], left
    for number in range(max(0, index - 8), min(len(edits), index + 9)):
        other = edits[number]
        if number == index or other.start < at or other.end > right:
            continue
        pieces.append(body[at:other.start])
        pieces.append(other.replacement)
        at = other.end
    pieces.append(body[at:right])
    return "".join(pieces).strip()


def open_body_fixes(release: Release, body: str, lang: str,
                    off: frozenset[str] = frozenset()) -> list[Finding]:
    """The typography findings of ``body`` a reviewer has not ignored in ``release``:
    what Fix All Typography and ``presspad fix`` apply (an ignored one is fixed by nothing).

    ``body`` is the text to fix (the editor's, which may be newer than the release's).
    """
    from presspad.core.checks.review import open_findings

    return open_findings(release, body_findings(body, lang, off))
