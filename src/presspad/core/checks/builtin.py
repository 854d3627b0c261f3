"""The list of presspad's checks, in one place, each imported only when used."""

from __future__ import annotations

import logging
from collections.abc import Iterator

logger = logging.getLogger(__name__)


def all_checks() -> Iterator[tuple[str, object, float]]:
    """Yield ``(name, check, priority)`` for every built-in check."""
    from presspad.core.checks.spelling import check_spelling
    yield ("spelling", check_spelling, 20)
    from presspad.core.typography.fixer import check_typography
    yield ("typography", check_typography, 30)
    from presspad.core.checks import consistency as cc

    yield ("number-mismatch", cc.check_number_mismatch, 40)
    yield ("date-mismatch", cc.check_date_mismatch, 40)
    yield ("link-mismatch", cc.check_link_mismatch, 40)
    yield ("paragraph-missing-translation", cc.check_paragraph_missing_translation, 40)
    from presspad.core.checks import quotes as quote_checks

    yield ("quote-marks", quote_checks.check_quote_marks, 90)
    yield ("quote-style", quote_checks.check_quote_style, 85)
    yield ("quote-split", quote_checks.check_quote_split, 80)
    yield ("quote-attribution", quote_checks.check_quote_attribution, 75)
    yield ("quote-translation", quote_checks.check_quote_translation, 70)
    from presspad.core.checks.names import check_name_mismatch, check_name_variant

    yield ("name-variant", check_name_variant, 40)
    yield ("name-mismatch", check_name_mismatch, 35)
