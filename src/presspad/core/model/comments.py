"""Reviewer comments anchored to text: making one, finding it again after edits.

A :class:`~presspad.core.model.release.Comment` remembers the words it covers
(``quote``), a little text either side (``prefix``, ``suffix``) and where it
was last seen (``start``). :func:`locate` finds those words again in an
edited body: the exact quote where its context fits best (nearest the last
place among equals), else a lightly edited version of it; None when the
words are gone (the comment is "detached" and kept, not lost).
:func:`reanchor` refreshes the anchors before a release is saved.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import logging
import uuid
from collections.abc import Iterable, Mapping

from presspad.core.model.release import LANGS, Comment

logger = logging.getLogger(__name__)

CONTEXT = 32              # characters of context kept either side of the quote
# A fuzzy match must be at least this similar (0-100) to the quote as it was.
FUZZY_CUTOFF = 80.0
_MIN_FUZZY_QUOTE = 6      # shorter quotes are only found exactly
_SHORT_QUOTE = 8          # a short exact quote also needs its context to fit ...
_SHORT_CONTEXT_SCORE = 50.0   # ... at least this well (0-100)


def new_comment(body: str, lang: str, start: int, end: int, text: str, author: str,
                now: _dt.datetime | None = None) -> Comment:
    """A comment on ``body[start:end]`` of language ``lang``, signed by ``author``.

    ``now`` (default: the current time) becomes ``created``, in UTC to the second.
    Raises ValueError with a one-line reason for an empty or impossible selection.
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    if not 0 <= start < end <= len(body):
        raise ValueError("select the text to comment on first")
    if not body[start:end].strip():
        raise ValueError("the selection holds only spaces; select words to comment on")
    if not text.strip():
        raise ValueError("the comment is empty")
    moment = now if now is not None else _dt.datetime.now(_dt.UTC)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the computer's local time
    created = moment.astimezone(_dt.UTC).replace(microsecond=0)
    return Comment(id=uuid.uuid4().hex[:12], lang=lang, quote=body[start:end],
                   text=text.strip(), start=start, prefix=body[max(0, start - CONTEXT):start],
                   suffix=body[end:end + CONTEXT], author=author.strip(), created=created)


def locate(comment: Comment, body: str) -> tuple[int, int] | None:
    """Where ``comment``'s words are in ``body`` now: ``(start, end)``, or None if gone."""
    quote = comment.quote
    if not quote:
        return None
    exact = _best_exact(comment, body)
    if exact is not None:
        return exact
    if len(quote) < _MIN_FUZZY_QUOTE:
        return None
    return _best_fuzzy(comment, body)


def reanchor(comments: Iterable[Comment], bodies: Mapping[str, str]) -> list[Comment]:
    """``comments`` with start, quote and context as found in ``bodies`` (lang -> body).

    A comment whose words are gone is kept unchanged (detached): an undo, or
    the words typed again, can bring it back.
    """
    out = []
    for comment in comments:
        body = bodies.get(comment.lang, "")
        found = locate(comment, body)
        if found is None:
            out.append(comment)
            continue
        out.append(anchored(comment, body, *found))
    return out


def anchored(comment: Comment, body: str, start: int, end: int) -> Comment:
    """A copy of ``comment`` anchored on ``body[start:end]`` (as :func:`locate` found it)."""
    return dataclasses.replace(comment, start=start, quote=body[start:end],
                               prefix=body[max(0, start - CONTEXT):start],
                               suffix=body[end:end + CONTEXT])


# ------------------------------------------------------------------ internals
def _occurrences(body: str, quote: str) -> list[int]:
    found, at = [], body.find(quote)
    while at != -1:
        found.append(at)
        at = body.find(quote, at + 1)
    return found


def _context_score(comment: Comment, body: str, start: int, end: int) -> float:
    """How well the text around ``body[start:end]`` matches the comment's context (0-100)."""
    from rapidfuzz.fuzz import ratio

    scores = []
    if comment.prefix:
        before = body[max(0, start - len(comment.prefix)):start]
        # Compared from the quote outwards: the nearest characters matter most.
        scores.append(ratio(comment.prefix[::-1], before[::-1]))
    if comment.suffix:
        scores.append(ratio(comment.suffix, body[end:end + len(comment.suffix)]))
    return sum(scores) / len(scores) if scores else 100.0


def _best_exact(comment: Comment, body: str) -> tuple[int, int] | None:
    starts = _occurrences(body, comment.quote)
    if not starts:
        return None
    length = len(comment.quote)
    span = max(len(body), 1)

    def merit(at: int) -> float:
        # Context first; distance from the last place only decides between
        # occurrences whose context fits about as well (at most 5 points).
        return (_context_score(comment, body, at, at + length)
                - 5.0 * abs(at - comment.start) / span)

    best = max(starts, key=merit)
    if length < _SHORT_QUOTE and (comment.prefix or comment.suffix):
        # A short quote ("the", "5") is found anywhere: its context must fit too.
        if _context_score(comment, body, best, best + length) < _SHORT_CONTEXT_SCORE:
            return None
    return best, best + length


_FUZZY_REACH = 2000   # characters either side of the comment's last place


def _best_fuzzy(comment: Comment, body: str) -> tuple[int, int] | None:
    """The stretch of ``body`` most like the quote, if it is similar enough."""
    from rapidfuzz.fuzz import partial_ratio_alignment, ratio

    quote = comment.quote
    if len(body) < _MIN_FUZZY_QUOTE:
        return None
    # Windows as long as the quote score an insertion or deletion low: the
    # search is lenient, the refined stretch must then pass FUZZY_CUTOFF.
    # Only near where the words were: far away, similar words are other words
    # (a deleted quote must come out detached, not pinned on another paragraph).
    reach = max(_FUZZY_REACH, 20 * len(quote))
    low = max(0, comment.start - reach)
    high = min(len(body), comment.start + len(quote) + reach)
    near = body[low:high]
    alignment = partial_ratio_alignment(quote, near, score_cutoff=FUZZY_CUTOFF - 25)
    if alignment is None:
        return None
    if len(quote) > len(near):   # rapidfuzz aligned the text inside the quote
        first, last = low, high
    else:
        first, last = low + alignment.dest_start, low + alignment.dest_end
    # partial_ratio compares windows as long as the quote; an edit inside it
    # changed its length, so let each end move a little to the best fit.
    slack = max(4, min(32, len(quote) // 2))
    best, best_score, best_merit = (first, last), -1.0, -1.0
    for start in range(max(0, first - slack), min(len(body), first + slack) + 1):
        for end in range(max(start + 1, last - slack), min(len(body), last + slack) + 1):
            score = ratio(quote, body[start:end])
            if score < FUZZY_CUTOFF:
                continue
            # The context decides where the edited words begin and end: without
            # it, dropping an inserted word from the stretch would score higher.
            merit = score + _context_score(comment, body, start, end)
            if merit > best_merit:
                best, best_score, best_merit = (start, end), score, merit
    if best_score < FUZZY_CUTOFF:
        return None
    start, end = best
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
