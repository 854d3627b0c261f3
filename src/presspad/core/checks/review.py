"""Review mode helpers: findings grouped by aligned paragraph pair, and ignoring one.

The review panel lists findings pair by pair (English ¶3–4 ↔ Russian ¶3), so
that an editor reads both versions of a passage with everything flagged in
it. Any finding, from any check, is placed in the pair holding its span.
Ignoring a finding records its stable key and a reason in the release (saved
with it), who ignored it, when, and what it said then;
:meth:`CheckRegistry.run` then filters it out, and :func:`open_findings` does
the same for a list of findings checked with the ignores cleared (the app's).
An ignored finding is counted nowhere and fixed by nothing.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from presspad.core.model.findings import Finding, ignored_key
from presspad.core.model.messages import render
from presspad.core.model.release import IgnoredFinding, Release

if TYPE_CHECKING:  # the app's window imports this module: alignment stays in the worker
    from presspad.core.alignment.align import Bead
    from presspad.core.alignment.consistency import Analysis

logger = logging.getLogger(__name__)


def pair_index(analysis: Analysis, lang: str, offset: int) -> int | None:
    """Number of the bead holding the paragraph at ``offset`` of ``lang``'s body.

    An offset between paragraphs belongs to the paragraph before it (to the
    first paragraph when before all of them); None when the body is empty.
    """
    starts = analysis.paragraph_starts(lang)
    if not starts:
        return None
    return analysis.bead_of(lang, max(0, bisect.bisect_right(starts, offset) - 1))


def group_by_pair(analysis: Analysis, findings: Iterable[Finding]
                  ) -> list[tuple[Bead | None, list[Finding]]]:
    """Findings grouped by paragraph pair, pairs in document order.

    Only pairs with findings are listed; findings outside any paragraph (an
    empty body) come last under ``None``.
    """
    groups: dict[int | None, list[Finding]] = {}
    for finding in findings:
        number = pair_index(analysis, finding.span.lang, finding.span.start)
        groups.setdefault(number, []).append(finding)
    ordered = sorted(k for k in groups if k is not None)
    result: list[tuple[Bead | None, list[Finding]]] = [
        (analysis.beads[k], groups[k]) for k in ordered]
    if None in groups:
        result.append((None, groups[None]))
    return result


def reviewer(name: str = "") -> str:
    """Who signs an ignore: the settings' author name, else the login name ("" if none)."""
    if name.strip():
        return name.strip()
    import getpass  # here: the app imports this module on its way to the first paint

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a container, Windows service)
        return ""


def _identity(_context: str, text: str) -> str:
    return text


def ignore(release: Release, finding: Finding, reason: str, *, author: str = "",
           at: _dt.datetime | None = None,
           translate: Callable[[str, str], str] = _identity) -> bool:
    """Mark ``finding`` ignored in ``release`` (kept on save); False if it already was.

    ``reason`` is required (ValueError when blank): the next reviewer must know
    why. The entry records ``author`` (default: :func:`reviewer`), when (UTC, to
    the second) and the finding's message as rendered now, in its language.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError("a finding is ignored only with a reason")
    key = finding.key()
    for entry in release.ignored:
        if entry.code == finding.code and entry.key == key:
            if not entry.reason:
                entry.reason = reason
            return False
    when = (at or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    release.ignored.append(IgnoredFinding(
        finding.code, key, reason, author=author.strip() or reviewer(), at=when,
        message=render(finding.code, finding.params, finding.lang, translate),
        lang=finding.lang))
    return True


def ignored_keys(release: Release) -> set[tuple[str, str]]:
    """The (code, key) of every finding ignored in ``release``."""
    return {(entry.code, entry.key) for entry in release.ignored}


def is_ignored(release: Release, finding: Finding) -> bool:
    return ignored_key(finding, ignored_keys(release)) is not None


def open_findings(release: Release, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` without those ignored in ``release``: what still counts."""
    ignored = ignored_keys(release)
    return [f for f in findings if ignored_key(f, ignored) is None]


def unignore(release: Release, finding: Finding) -> bool:
    """Show ``finding`` again; False if it was not ignored."""
    key = ignored_key(finding, ignored_keys(release)) or finding.key()
    return stop_ignoring(release, finding.code, key)


def stop_ignoring(release: Release, code: str, key: str) -> bool:
    """Drop the ignore of (``code``, ``key``), found or not in the text now; False if none."""
    before = len(release.ignored)
    release.ignored = [i for i in release.ignored if not (i.code == code and i.key == key)]
    return len(release.ignored) != before
