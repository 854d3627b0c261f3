"""Find and replace over plain text: the matching rules of the editors' find bar.

A :class:`Query` is what the user typed plus the three options (match case,
whole words, regular expression). :func:`compile_query` turns it into a Python
``re`` pattern, Unicode-aware, so "whole words" works on Cyrillic as on Latin
text, and a regular expression's ``^`` and ``$`` match at every line; a bad
regular expression raises :class:`SearchError` carrying ``re``'s
message. :func:`find_all` lists the non-empty matches (an empty match, as of
``^`` or ``x*``, is nothing to show or replace), and :func:`replacement` is the
text one match becomes: the replacement as typed, or, for a regular
expression, with ``\\1`` and ``\\g<name>`` filled in.

Offsets are Python string offsets; the GUI converts them to Qt positions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)


class SearchError(ValueError):
    """A query or replacement that cannot be used; ``str(error)`` says why."""


@dataclass(frozen=True)
class Query:
    """The text to find and how to match it."""

    text: str
    match_case: bool = False
    whole_words: bool = False
    regex: bool = False


def compile_query(query: Query) -> re.Pattern[str] | None:
    """The pattern for ``query``; None for an empty query; SearchError if it is invalid."""
    if not query.text:
        return None
    body = query.text if query.regex else re.escape(query.text)
    if query.whole_words:
        # Not \b: a query may begin or end with a non-word character ("«Ростех").
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.UNICODE | (0 if query.match_case else re.IGNORECASE)
    if query.regex:   # ^ and $ at each line of the pane, not only at its two ends
        flags |= re.MULTILINE
    try:
        return re.compile(body, flags)
    except re.error as exc:
        raise SearchError(str(exc)) from exc
    except (OverflowError, RecursionError) as exc:   # absurd repeats or nesting
        raise SearchError(str(exc) or type(exc).__name__) from exc


def find_all(pattern: re.Pattern[str] | None, text: str) -> list[re.Match[str]]:
    """Every non-empty, non-overlapping match of ``pattern`` in ``text``, in order."""
    if pattern is None:
        return []
    return [m for m in pattern.finditer(text) if m.end() > m.start()]


def replacement(match: re.Match[str], template: str, regex: bool) -> str:
    """What ``match`` is replaced with: ``template`` itself, or expanded for a regex."""
    if not regex:
        return template
    try:
        return match.expand(template)
    except (re.error, IndexError) as exc:
        raise SearchError(str(exc)) from exc


def check_template(pattern: re.Pattern[str], template: str) -> None:
    """Raise SearchError if ``template`` cannot be expanded for ``pattern`` (a bad \\N)."""
    try:
        pattern.sub(template, "")   # parses the template even when nothing matches
    except (re.error, IndexError) as exc:
        raise SearchError(str(exc)) from exc
