"""The list of presspad's checks, in one place, each imported only when used."""

from __future__ import annotations

import logging
from collections.abc import Iterator

logger = logging.getLogger(__name__)


def all_checks() -> Iterator[tuple[str, object, float]]:
    """Yield ``(name, check, priority)`` for every built-in check."""
    yield from ()
    from presspad.core.spelling_check import check_spelling
    yield ("spelling", check_spelling, 20)
    from presspad.core.typography import check_typography
    yield ("typography", check_typography, 30)
