"""The list of presspad's checks, in one place, each imported only when used."""

from __future__ import annotations

import logging
from collections.abc import Iterator

logger = logging.getLogger(__name__)


def all_checks() -> Iterator[tuple[str, object, float]]:
    """Yield ``(name, check, priority)`` for every built-in check."""
    yield from ()
    from presspad.core.name_checks import check_name_mismatch, check_name_variant

    yield ("name-variant", check_name_variant, 40)
    yield ("name-mismatch", check_name_mismatch, 35)
