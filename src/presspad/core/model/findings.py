"""Findings: what a check reports, and where in the release it is.

A finding is data with a stable ``code`` and parameters; the sentence a user
reads is built from them in :mod:`presspad.core.model.messages`, in one place, so the
GUI can show it translated and the CLI can print it without Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Container
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

logger = logging.getLogger(__name__)


class Severity(StrEnum):
    """How serious a finding is; ``error`` makes ``presspad check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Span:
    """A range of characters in one language's body."""

    lang: str
    start: int
    end: int


@dataclass(frozen=True)
class Fix:
    """Replace ``span`` of the body with ``replacement``: a safe, one-click fix."""

    span: Span
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One thing an editor would flag."""

    code: str
    severity: Severity
    span: Span
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    fix: Fix | None = None
    # The counterpart place in the other language, for cross-language findings.
    related: Span | None = None

    @property
    def lang(self) -> str:
        return self.span.lang

    def key(self) -> str:
        """A stable identity for "ignore this finding", independent of offsets."""
        subject = self.params.get("subject") or self.params.get("text") or ""
        return f"{self.code}:{self.span.lang}:{subject}"

    def ignore_keys(self) -> tuple[str, ...]:
        """:meth:`key`, then the key this finding had before it gained a ``subject``
        (a typography slip's excerpt with its neighbours fixed): an ignore saved by
        an earlier presspad still holds."""
        keys = (self.key(),)
        text = self.params.get("text")
        if "subject" in self.params and text:
            legacy = f"{self.code}:{self.span.lang}:{text}"
            if legacy != keys[0]:
                keys += (legacy,)
        return keys


def ignored_key(finding: Finding, ignored: Container[tuple[str, str]]) -> str | None:
    """Which of ``finding``'s keys is in ``ignored`` ((code, key) pairs), or None."""
    return next((key for key in finding.ignore_keys() if (finding.code, key) in ignored), None)
