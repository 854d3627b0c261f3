"""The typography rule table: ``rules.toml`` read into compiled rules.

The rules are data (see the comment at the top of ``rules.toml``): a name, a
family that Settings can switch off per language, the languages, a pattern
and its replacement, and the examples that must and must not change, which
the tests run. Only the quote pairing is code (:mod:`.quote_style`): pairing
marks needs a stack, not an expression; it is still a row, with its examples.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from presspad.core.model.package_data import package_file

logger = logging.getLogger(__name__)

FAMILIES = ("quotes", "apostrophes", "dashes", "spaces", "symbols", "numbers")
_GROUP = re.compile(r"\{(\d)\}")

Edit = tuple[int, int, str]


@dataclass(frozen=True)
class Rule:
    """One row of the table."""

    name: str
    family: str
    langs: tuple[str, ...]
    why: str
    pattern: re.Pattern[str] | None = None
    replace: str | None = None
    inside: tuple[re.Pattern[str], str] | None = None
    handler: str | None = None
    fixes: tuple[tuple[str, str], ...] = ()
    keeps: tuple[str, ...] = ()

    def edits(self, text: str) -> Iterator[Edit]:
        """Each change this rule makes to ``text``, trimmed to what really changes."""
        assert self.pattern is not None, "a handler rule is run by the fixer"
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if self.inside is not None:
                inner, replacement = self.inside
                for piece in inner.finditer(match.group()):
                    if piece.group() != replacement:
                        yield start + piece.start(), start + piece.end(), replacement
                continue
            yield from _trimmed(text, start, end, _expand(self.replace or "", match))


def _expand(template: str, match: re.Match[str]) -> str:
    """``template`` with {1}, {2} … replaced by the match's groups ("" when unmatched)."""
    return _GROUP.sub(lambda g: match.group(int(g.group(1))) or "", template)


def _trimmed(text: str, start: int, end: int, new: str) -> Iterator[Edit]:
    """The edit ``text[start:end] → new`` without the characters both share at either end."""
    old = text[start:end]
    if old == new:
        return
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    yield start + head, end - tail, new[head:len(new) - tail]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.MULTILINE)
    except re.error as exc:  # a broken row must fail the tests, not a user's check
        raise ValueError(f"typography rule {where}: bad pattern: {exc}") from exc


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every row of ``rules.toml``, in table order (earlier rows win overlaps)."""
    data = tomllib.loads(package_file("presspad.core.typography", "rules.toml")
                         .read_text(encoding="utf-8"))
    rules = []
    for n, row in enumerate(data["rule"], 1):
        where = f"#{n} ({row.get('name', '?')})"
        if row.get("family") not in FAMILIES:
            raise ValueError(f"typography rule {where}: unknown family {row.get('family')!r}")
        inside = row.get("inside")
        rules.append(Rule(
            name=row["name"], family=row["family"], langs=tuple(row["langs"]),
            why=row.get("why", ""),
            pattern=_compile(row["pattern"], where) if "pattern" in row else None,
            replace=row.get("replace"),
            inside=(_compile(inside[0], where), inside[1]) if inside else None,
            handler=row.get("handler"),
            fixes=tuple(tuple(pair) for pair in row.get("fixes", ())),
            keeps=tuple(row.get("keeps", ()))))
    return tuple(rules)


@lru_cache(maxsize=64)
def rules_for(lang: str, off: frozenset[str] = frozenset()) -> tuple[Rule, ...]:
    """The rules for ``lang`` in table order, without the families in ``off``."""
    return tuple(rule for rule in all_rules() if lang in rule.langs and rule.family not in off)


def rule_names(lang: str | None = None) -> list[str]:
    """The distinct rule names (of one language), in table order."""
    seen: dict[str, None] = {}
    for rule in all_rules():
        if lang is None or lang in rule.langs:
            seen.setdefault(rule.name)
    return list(seen)
