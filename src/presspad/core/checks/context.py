"""What a check may consult besides the release, and how that is built.

A check is ``check_x(release, context) -> list[Finding]``: it reads the
release and the services in :class:`CheckContext` (spell engine, directory
snapshot, options) and does no I/O. :func:`build_context` is the one function
``presspad check`` and the app use, so both report the same findings: the
spell engine knows the directory's names, and the consistency checks share
one incremental alignment session.

This module sits below the registry and every check family imports it; the
registry imports the families (through entry points), never the reverse.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presspad.core.model.errors import PresspadError
from presspad.core.model.findings import Finding
from presspad.core.model.release import LANGS, Release

if TYPE_CHECKING:
    from presspad.core.directory.snapshot import DirectorySnapshot
    from presspad.core.spelling.engine import SpellEngine

logger = logging.getLogger(__name__)

DEFAULT_PRIORITY = 50.0


@dataclass
class CheckContext:
    """What a check may consult besides the release itself."""

    langs: tuple[str, ...] = LANGS
    directory: DirectorySnapshot | None = None
    speller: SpellEngine | None = None
    options: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Release, CheckContext], Iterable[Finding]]


def check(priority: float = DEFAULT_PRIORITY) -> Callable[[Check], Check]:
    """Give a check function its run order (higher runs first).

    The registry reads it from the function found through the
    ``presspad.checks`` entry point; a plugin that does not use this
    decorator runs at :data:`DEFAULT_PRIORITY`.
    """
    def mark(function: Check) -> Check:
        function.priority = priority  # type: ignore[attr-defined]
        return function

    return mark


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
                  spelling_en: str = "en_US",
                  typography_off: dict[str, Any] | None = None) -> CheckContext:
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
                        options={"consistency_session": ConsistencySession(),
                                 # Settings: typography rule families switched off per language
                                 "typography_off": {lang: frozenset(families) for lang, families
                                                    in (typography_off or {}).items()}})
