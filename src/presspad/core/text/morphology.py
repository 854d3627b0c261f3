"""THE Russian morphological analyser (pymorphy3), one per process.

Loaded on first use: its dictionaries take ~0.1 s and ~15 MiB, and the app's
own process never needs them (the check worker does). The quote checks and
the directory's case forms share this one instance; two would load the
dictionaries twice.
"""

from __future__ import annotations

import logging
from functools import lru_cache

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def russian():
    """The pymorphy3 analyser for Russian."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
