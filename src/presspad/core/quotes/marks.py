"""Quote marks: which characters open and close quotations, and how they pair up.

:func:`scan_marks` walks a body once and pairs its quote marks into
:class:`MarkedSpan` objects, following the conventions real releases use:

* English “…” with ‘…’ nested, Russian «…» with „…“ nested, straight "…" and
  '…' anywhere (a style problem, but still quotes);
* an apostrophe (don’t, students’) is never a closing single mark;
* the English multi-paragraph convention: a paragraph that ends inside a
  quotation without a closing mark and a next paragraph that opens with the
  same mark continue one quotation (``reopened``);
* a quotation whose closing mark only comes in the next paragraph, which does
  not reopen it, was broken by a stray paragraph break (``split_at``);
* anything else left open at a paragraph end is unclosed (``close_at`` None).

Everything here is plain string work, no language model: the layer above
decides which spans are speech and who said them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from presspad.core.text.paragraphs import PARAGRAPH_BREAK_PATTERN

logger = logging.getLogger(__name__)

# Opening mark -> the closing marks that may end it.
CLOSERS: dict[str, str] = {
    "“": "”", "„": "“”", "«": "»", "‘": "’", '"': '"', "'": "'", "‹": "›", "‚": "‘’",
}
OPENERS = frozenset(CLOSERS)
ALL_MARKS = frozenset("“”„«»‘’\"'‹›‚")
STRAIGHT = frozenset("\"'")
_MARK_OR_BREAK = re.compile(r"[“”„«»‘’\"'‹›‚]|" + PARAGRAPH_BREAK_PATTERN)
_EMPHASIS = "*_"


@dataclass
class MarkedSpan:
    """A pair of quote marks (or an opening mark that is never closed)."""

    open_at: int
    open_mark: str
    depth: int
    close_at: int | None = None
    close_mark: str | None = None
    # Offset where the inner text ends: the closing mark, or the paragraph end.
    end: int = 0
    reopened: list[int] = field(default_factory=list)   # offsets of reopening marks
    split_at: list[int] = field(default_factory=list)   # paragraph breaks crossed
    breaks: list[int] = field(default_factory=list)     # every paragraph break crossed

    @property
    def start(self) -> int:
        """Offset of the first character inside the marks."""
        return self.open_at + 1

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the inner end when unclosed)."""
        return self.close_at + 1 if self.close_at is not None else self.end


@dataclass
class ScanResult:
    """All pairs found in a body, plus closing marks that close nothing."""

    spans: list[MarkedSpan]
    stray: list[tuple[int, str]]


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _looks_opening(text: str, i: int) -> bool:
    """A symmetric mark at ``i`` opens when it follows a space or starts a line."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{*_—–-/:") and not nxt.isspace()


def _looks_closing(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or not _is_letter(nxt))


def _paragraph_opens_with(text: str, at: int, mark: str) -> int | None:
    """Offset of ``mark`` when the paragraph starting at ``at`` opens with it."""
    i = at
    while i < len(text) and text[i] in _EMPHASIS:
        i += 1
    if i < len(text) and text[i] == mark:
        return i
    return None


def _closes_in_paragraph(text: str, at: int, span: MarkedSpan) -> bool:
    """Does the paragraph starting at ``at`` close ``span`` before opening another?"""
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    closers = CLOSERS[span.open_mark]
    for i in range(at, end):
        ch = text[i]
        if ch == span.open_mark and (span.open_mark not in STRAIGHT or (
                _looks_opening(text, i) and not _looks_closing(text, i))):
            return False  # the paragraph opens a quotation of its own
        if ch in closers:
            if ch in STRAIGHT or ch == "’":
                if _looks_closing(text, i) and not (ch == "’" and _is_letter(text[i + 1:i + 2])):
                    return True
                continue
            return True
    return False


def scan_marks(text: str) -> ScanResult:
    """Pair the quote marks of ``text`` (one language's body)."""
    stack: list[MarkedSpan] = []
    spans: list[MarkedSpan] = []
    stray: list[tuple[int, str]] = []
    skip: set[int] = set()

    def close(span: MarkedSpan, at: int, mark: str) -> None:
        span.close_at, span.close_mark, span.end = at, mark, at

    for match in _MARK_OR_BREAK.finditer(text):
        i = match.start()
        ch = match.group()
        if ch[0] == "\n":
            _paragraph_break(text, match, stack, skip, spans)
            continue
        if i in skip:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        top = stack[-1] if stack else None
        if ch in "'’" and _is_letter(prev) and _is_letter(nxt):
            continue  # an apostrophe inside a word: don’t, Ji'an
        if ch == "’" or ch == "'":
            if top is not None and ch in CLOSERS[top.open_mark] and not prev.isspace():
                close(stack.pop(), i, ch)
            elif ch == "'" and _looks_opening(text, i) and \
                    _straight_single_closes(text, i + 1, _paragraph_end(text, i)):
                _push(stack, spans, i, ch)
            continue  # otherwise an apostrophe: students’, ’90s
        if ch == '"':
            opening, closing = _looks_opening(text, i), _looks_closing(text, i)
            open_straight = next((s for s in reversed(stack) if s.open_mark == '"'), None)
            if open_straight is not None and (closing or not opening):
                _close_down_to(stack, open_straight, i, ch, close)
            elif opening or open_straight is None:
                _push(stack, spans, i, ch)
            continue
        if ch in "”»›" or (ch == "“" and top is not None and "“" in CLOSERS[top.open_mark]
                            and top.open_mark != "“"):
            target = next((s for s in reversed(stack) if ch in CLOSERS[s.open_mark]), None)
            if target is None:
                stray.append((i, ch))
            else:
                _close_down_to(stack, target, i, ch, close)
            continue
        if ch == "‘" and nxt.isspace():
            continue
        if top is not None and top.depth == 0 and ch == top.open_mark and ch not in STRAIGHT \
                and text[text.rfind("\n", 0, i) + 1:i].strip("*_ \t") == "":
            # “…\n“…”: a quotation reopened on a new line (the multi-paragraph
            # convention with a single line break), not a quote inside a quote.
            top.reopened.append(i)
            continue
        _push(stack, spans, i, ch)
    for span in stack:
        span.end = _trim_end(text, len(text))
    spans.sort(key=lambda s: s.open_at)
    return ScanResult(spans=spans, stray=stray)


def _straight_single_closes(text: str, start: int, end: int) -> bool:
    """Is there a ' later in the paragraph that can close a quote (not Island's)?"""
    at = text.find("'", start, end)
    while at >= 0:
        prev = text[at - 1]
        nxt = text[at + 1] if at + 1 < len(text) else " "
        if not prev.isspace() and not (_is_letter(prev) and _is_letter(nxt)) and \
                (nxt.isspace() or not _is_letter(nxt)):
            return True
        at = text.find("'", at + 1, end)
    return False


def _push(stack: list[MarkedSpan], spans: list[MarkedSpan], at: int, mark: str) -> None:
    span = MarkedSpan(open_at=at, open_mark=mark, depth=len(stack))
    stack.append(span)
    spans.append(span)


def _close_down_to(stack: list[MarkedSpan], target: MarkedSpan, at: int, mark: str,
                   close) -> None:
    """Close ``target``; marks opened inside it and still open are left unclosed."""
    while stack:
        span = stack.pop()
        if span is target:
            close(span, at, mark)
            return
        span.end = at


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n\n", at)
    return len(text) if end < 0 else end


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \t\n*_":
        end -= 1
    return end


def _paragraph_break(text: str, match: re.Match[str], stack: list[MarkedSpan],
                     skip: set[int], spans: list[MarkedSpan]) -> None:
    """Decide what happens to the quotations still open at a paragraph break."""
    if not stack:
        return
    brk, nxt = match.start(), match.end()
    # Inner quotations never run on; only the outermost one may.
    while len(stack) > 1:
        stack.pop().end = _trim_end(text, brk)
    span = stack[0]
    reopen = _paragraph_opens_with(text, nxt, span.open_mark)
    if reopen is not None:
        span.reopened.append(reopen)
        span.breaks.append(brk)
        skip.add(reopen)
    elif _closes_in_paragraph(text, nxt, span):
        span.split_at.append(brk)
        span.breaks.append(brk)
    else:
        stack.pop().end = _trim_end(text, brk)
