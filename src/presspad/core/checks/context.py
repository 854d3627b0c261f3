"""Building the services the checks consult: spell engine, partner directory, alignment.

One function used by ``presspad check`` and by the app, so that both report
the same findings: the spell engine knows the directory's names, and the
consistency checks share one incremental alignment session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from presspad.core.checks.registry import CheckContext
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS

logger = logging.getLogger(__name__)


def open_directory(path: str | Path | None) -> Any:
    """The partner directory at ``path`` (or the default one); None if it cannot open."""
    from presspad.core.directory.snapshot import open_default_directory

    try:
        return open_default_directory(path or None)
    except PresspadError as exc:
        logger.warning("checking without the partner directory: %s", exc.user_message())
        return None


def build_context(langs: tuple[str, ...] = LANGS, *, directory: Any = None,
                  speller: Any = None, spelling: bool = True,
                  spelling_en: str = "en_US") -> CheckContext:
    """A CheckContext with a spell engine that knows the directory's names.

    ``directory`` may be a Directory, a snapshot, or None (no name checks).
    A snapshot is taken here so that checks running in a worker thread never
    touch the database connection.
    """
    from presspad.core.alignment.consistency import ConsistencySession
    from presspad.core.directory.snapshot import as_snapshot, directory_words

    snapshot = as_snapshot(directory)
    if spelling and speller is None:
        from presspad.core.spelling.engine import SpellEngine

        speller = SpellEngine(tags={"en": spelling_en})
    if speller is not None and snapshot is not None:
        speller.set_known_words(directory_words(snapshot, "en") | directory_words(snapshot, "ru"))
    return CheckContext(langs=langs, directory=snapshot, speller=speller if spelling else None,
                        options={"consistency_session": ConsistencySession()})
