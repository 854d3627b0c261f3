"""The cross-language consistency checks, as registered in :mod:`check_plugins`.

Four checks share one analysis of the release (alignment plus anchor
comparison, :mod:`presspad.core.alignment.consistency`): running all four costs one
analysis, not four. A caller that re-checks as the user types (the GUI)
passes its own :class:`ConsistencySession` as
``context.options["consistency_session"]`` to get incremental re-checks;
otherwise a module-level session is used, which re-aligns from scratch (so
results never depend on edit history) but reuses its anchor cache.
``context.options["source_lang"]`` names the original language (default
"en"): a value that differs on both sides is reported in the translation.
"""

from __future__ import annotations

import logging
import threading

from presspad.core.alignment.consistency import Analysis, ConsistencySession
from presspad.core.checks.context import CheckContext, check
from presspad.core.model.findings import Finding
from presspad.core.model.release import Release

logger = logging.getLogger(__name__)

_SESSIONS: dict[str, ConsistencySession] = {}
# Guards the creation of the shared sessions (checks may run in a worker thread).
_LOCK = threading.Lock()


def analyse_release(release: Release, context: CheckContext | None = None) -> Analysis:
    """The consistency analysis of ``release`` (cached for the same bodies)."""
    options = context.options if context is not None else {}
    session = options.get("consistency_session")
    if session is not None:
        return session.analyse(release.en.body, release.ru.body, incremental=True)
    source = options.get("source_lang", "en")
    with _LOCK:
        session = _SESSIONS.get(source)
        if session is None:
            session = _SESSIONS[source] = ConsistencySession(source_lang=source)
    return session.analyse(release.en.body, release.ru.body, incremental=False)


def _only(code: str, release: Release, context: CheckContext) -> list[Finding]:
    return [f for f in analyse_release(release, context).findings if f.code == code]


@check(priority=40)
def check_number_mismatch(release: Release, context: CheckContext) -> list[Finding]:
    """Numbers and amounts that differ between aligned paragraphs."""
    return _only("number-mismatch", release, context)


@check(priority=40)
def check_date_mismatch(release: Release, context: CheckContext) -> list[Finding]:
    """Dates that differ between aligned paragraphs."""
    return _only("date-mismatch", release, context)


@check(priority=40)
def check_link_mismatch(release: Release, context: CheckContext) -> list[Finding]:
    """Link targets present on one side only."""
    return _only("link-mismatch", release, context)


@check(priority=40)
def check_paragraph_missing_translation(release: Release, context: CheckContext
                                        ) -> list[Finding]:
    """Paragraphs with no counterpart in the other language."""
    return _only("paragraph-missing-translation", release, context)
