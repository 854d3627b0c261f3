"""The check registry: every check is a pure function from a release to findings.

Modelled on Python-Markdown's ``Registry``: checks are registered by name with
a priority, run in priority order (highest first), and can be deregistered
or replaced by name. A check takes the release and a
:class:`~presspad.core.checks.context.CheckContext` (the injected services:
partner directory, spell engine, which languages to check) and returns
findings; it performs no I/O and touches no Qt. :func:`default_registry`
finds the checks through the ``presspad.checks`` entry-point group.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from presspad.core.checks.context import DEFAULT_PRIORITY, Check, CheckContext
from presspad.core.model.findings import Finding, Severity, ignored_key
from presspad.core.model.release import Release

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Entry:
    name: str
    check: Check
    priority: float


class CheckRegistry:
    """Named checks ordered by priority."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def register(self, name: str, check: Check, priority: float = DEFAULT_PRIORITY) -> None:
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
        return [f for f in findings if ignored_key(f, ignored) is None]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


ENTRY_POINT_GROUP = "presspad.checks"


def default_registry() -> CheckRegistry:
    """Every check installed in the ``presspad.checks`` entry-point group.

    presspad's own checks are registered there by its ``pyproject.toml``, the
    same way a newsroom's house check is by its own package (the way flake8 and
    pytest find plugins). Each entry point names a check function; a plugin
    that fails to load is logged and left out, so one broken package cannot
    stop every check.
    """
    # importlib.metadata costs ~17 ms: only the worker and the CLI, which run
    # the checks, pay it (the app's window imports this module for has_errors).
    from importlib.metadata import entry_points

    registry = CheckRegistry()
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            function = point.load()
        except Exception as exc:  # a third-party plugin may fail in any way
            logger.warning("check plugin %s (%s) failed to load: %s", point.name, point.value, exc)
            continue
        registry.register(point.name, function, getattr(function, "priority", DEFAULT_PRIORITY))
    if not registry.names():
        logger.warning("no checks found in the %s entry points: is presspad installed?",
                       ENTRY_POINT_GROUP)
    return registry
