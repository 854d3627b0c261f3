"""Checks of the release's header fields: its date, credit, related links and pictures.

These fields live outside the bodies, so a finding about them is placed at the
start of the body of the language it concerns (``params["field"]`` names the
field; the GUI's header panel and the CLI show it from there).
"""

from __future__ import annotations

import logging
from collections import Counter

from presspad.core.checks.context import CheckContext, check
from presspad.core.model.findings import Finding, Severity, Span
from presspad.core.model.release import LANGS, Release

logger = logging.getLogger(__name__)


def _at_start(release: Release, lang: str) -> Span:
    return Span(lang, 0, 0)


@check(priority=60)
def check_date_missing(release: Release, context: CheckContext) -> list[Finding]:
    """A release with text but no publication date (an imported plain text has none)."""
    present = release.langs_present()
    if release.date is not None or not present:
        return []
    return [Finding("date-missing", Severity.WARNING, _at_start(release, present[0]),
                    {"field": "date"})]


def _link_key(url: str) -> str:
    return url.strip().rstrip("/").lower()


@check(priority=60)
def check_related_links(release: Release, context: CheckContext) -> list[Finding]:
    """Related links one language lists and the other does not.

    Compared by address as a multiset: the site anonymises every target to
    ``#``, so two ``#`` links against one is a missing link too.
    """
    if len(release.langs_present()) < 2:
        return []
    counts = {lang: Counter(_link_key(m.url) for m in release.version(lang).media)
              for lang in LANGS}
    findings = []
    for lang in LANGS:
        other = "ru" if lang == "en" else "en"
        missing = counts[lang] - counts[other]
        seen: Counter[str] = Counter()
        for link in release.version(lang).media:
            key = _link_key(link.url)
            seen[key] += 1
            # Only the surplus occurrences: the first ones have their counterpart.
            if seen[key] > counts[lang][key] - missing[key]:
                findings.append(Finding(
                    "related-link-mismatch", Severity.WARNING, _at_start(release, lang),
                    {"field": "media", "text": link.text or link.url, "url": link.url,
                     # Two "Read more" links to different pages are two findings to ignore.
                     "subject": f"{link.text} <{link.url}>"}))
    return findings


@check(priority=60)
def check_image_alt(release: Release, context: CheckContext) -> list[Finding]:
    """A picture without alt text: the site needs it for screen readers and search."""
    findings = []
    for lang in LANGS:
        for image in release.version(lang).images:
            if not image.alt.strip():
                findings.append(Finding("image-alt-missing", Severity.WARNING,
                                        _at_start(release, lang),
                                        {"field": "images", "text": image.src}))
    return findings


@check(priority=60)
def check_credit_missing(release: Release, context: CheckContext) -> list[Finding]:
    """A credit line in one language only."""
    if len(release.langs_present()) < 2:
        return []
    findings = []
    for lang in LANGS:
        other = "ru" if lang == "en" else "en"
        if not release.version(lang).credit.strip() and release.version(other).credit.strip():
            findings.append(Finding("credit-missing", Severity.INFO, _at_start(release, lang),
                                    {"field": "credit",
                                     "text": release.version(other).credit.strip()}))
    return findings
