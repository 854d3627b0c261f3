"""The release: metadata plus an English and a Russian Markdown body.

A :class:`Release` is plain data; reading and writing it is the job of
:mod:`presspad.core.storage.release_file`, checking it the job of the checks.
"""

from __future__ import annotations

import datetime as _dt
import logging
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

LANGS: tuple[str, ...] = ("en", "ru")
LANG_NAMES = {"en": "English", "ru": "Russian"}


@dataclass
class MediaLink:
    """A link in the related-media block ("Other media write about this")."""

    text: str
    url: str


@dataclass
class ImageRef:
    """A picture of the release (a file path or URL), with the alt text the site needs."""

    src: str
    alt: str = ""
    caption: str = ""


@dataclass
class LangVersion:
    """Everything a release says in one language."""

    title: str = ""
    body: str = ""
    credit: str = ""
    media: list[MediaLink] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    # Layout details of an imported site page that Markdown cannot express
    # (blank-line runs, labels), kept so that an export gives the page back
    # byte for byte. Owned by the site-format importer/exporter.
    layout: dict[str, Any] = field(default_factory=dict)


@dataclass
class IgnoredFinding:
    """A finding a reviewer decided to ignore, with why; saved in the release."""

    code: str
    key: str
    reason: str = ""
    author: str = ""
    at: _dt.datetime | None = None
    # What the finding said when it was ignored: the ignore list and the
    # review report show it even after the text around it changed.
    message: str = ""
    lang: str = ""


@dataclass
class Comment:
    """A reviewer's comment on a stretch of one language's body.

    Anchored by the text it covers (``quote``) and a little context either
    side, not only by offsets: edits elsewhere move it, and
    :func:`presspad.core.model.comments.locate` finds it again.
    """

    id: str
    lang: str
    quote: str
    text: str
    start: int = 0            # where the quote was last found in the body
    prefix: str = ""
    suffix: str = ""
    author: str = ""
    created: _dt.datetime | None = None
    resolved: bool = False


@dataclass
class Release:
    """One news release in English and Russian."""

    en: LangVersion = field(default_factory=LangVersion)
    ru: LangVersion = field(default_factory=LangVersion)
    date: _dt.date | None = None
    profile: str = "spbpu"
    ignored: list[IgnoredFinding] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    def version(self, lang: str) -> LangVersion:
        """The :class:`LangVersion` for ``lang`` ("en" or "ru")."""
        if lang == "en":
            return self.en
        if lang == "ru":
            return self.ru
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")

    def body(self, lang: str) -> str:
        return self.version(lang).body

    def title(self, lang: str) -> str:
        return self.version(lang).title

    def langs_present(self) -> list[str]:
        """Languages that have a title or a body."""
        return [lang for lang in LANGS
                if self.version(lang).body.strip() or self.version(lang).title.strip()]
