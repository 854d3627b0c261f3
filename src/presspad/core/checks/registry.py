"""The check registry: every check is a pure function from a release to findings.

Modelled on Python-Markdown's ``Registry``: checks are registered by name with
a priority, run in priority order (highest first), and can be deregistered
or replaced by name. A check takes the release and a :class:`CheckContext`
(the injected services: partner directory, spell engine, which languages to
check) and returns findings; it performs no I/O and touches no Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from presspad.core.model.findings import Finding, Severity
from presspad.core.model.release import LANGS, Release

logger = logging.getLogger(__name__)


@dataclass
class CheckContext:
    """What a check may consult besides the release itself."""

    langs: tuple[str, ...] = LANGS
    directory: Any = None   # presspad.core.directory.snapshot.Directory, when available
    speller: Any = None     # a spell engine with check(lang, word) -> bool
    options: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Release, CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class _Entry:
    name: str
    check: Check
    priority: float


class CheckRegistry:
    """Named checks ordered by priority."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def register(self, name: str, check: Check, priority: float = 50) -> None:
        """Add (or replace) the check called ``name``."""
        self._entries[name] = _Entry(name, check, priority)

    def deregister(self, name: str) -> None:
        self._entries.pop(name, None)

    def names(self) -> list[str]:
        return [e.name for e in self._sorted()]

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def _sorted(self) -> list[_Entry]:
        return sorted(self._entries.values(), key=lambda e: (-e.priority, e.name))

    def run(self, release: Release, context: CheckContext | None = None,
            only: Iterable[str] | None = None) -> list[Finding]:
        """Run the checks (all, or those named in ``only``) and collect findings."""
        context = context or CheckContext()
        wanted = set(only) if only is not None else None
        findings: list[Finding] = []
        for entry in self._sorted():
            if wanted is not None and entry.name not in wanted:
                continue
            findings.extend(f for f in entry.check(release, context)
                            if f.span.lang in context.langs)
        ignored = {(i.code, i.key) for i in release.ignored}
        return [f for f in findings if (f.code, f.key()) not in ignored]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def default_registry() -> CheckRegistry:
    """All of presspad's checks, imported lazily so start-up stays cheap."""
    registry = CheckRegistry()
    from presspad.core.checks import builtin as check_plugins

    for name, check, priority in check_plugins.all_checks():
        registry.register(name, check, priority)
    return registry
