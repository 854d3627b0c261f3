"""Review mode helpers: findings grouped by aligned paragraph pair, and ignoring one.

The review panel lists findings pair by pair (English ¶3–4 ↔ Russian ¶3), so
that an editor reads both versions of a passage with everything flagged in
it. Any finding, from any check, is placed in the pair holding its span.
Ignoring a finding records its stable key and a reason in the release (saved
with it), which :meth:`CheckRegistry.run` then filters out.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable

from presspad.core.alignment.align import Bead
from presspad.core.alignment.consistency import Analysis
from presspad.core.model.findings import Finding
from presspad.core.model.release import IgnoredFinding, Release

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


def ignore(release: Release, finding: Finding, reason: str = "") -> bool:
    """Mark ``finding`` ignored in ``release`` (kept on save); False if it already was."""
    key = finding.key()
    for entry in release.ignored:
        if entry.code == finding.code and entry.key == key:
            if reason and not entry.reason:
                entry.reason = reason
            return False
    release.ignored.append(IgnoredFinding(finding.code, key, reason))
    return True


def unignore(release: Release, finding: Finding) -> bool:
    """Show ``finding`` again; False if it was not ignored."""
    key = finding.key()
    before = len(release.ignored)
    release.ignored = [i for i in release.ignored if not (i.code == finding.code
                                                          and i.key == key)]
    return len(release.ignored) != before
