"""A regular expression matching any of many words, built as a trie.

``re`` tries the branches of ``a|b|c`` one after another at every position, so
an alternation of a hundred month or number words is slow on long texts;
factoring the common prefixes (``ок(?:т(?:ябр(?:ь|я|е)))``) lets it reject a
position after one character. Longer words are still preferred over their
prefixes, as in an alternation sorted by length.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern (no groups) matching exactly the given words, longest first."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    branches = []
    optional = False
    for char in sorted(node):
        if char == "":
            optional = True
            continue
        branches.append(re.escape(char) + _render(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        # The word may end here: try the longer continuation first (greedy "?").
        return f"(?:{body})?"
    return body
