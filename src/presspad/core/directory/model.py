"""The partner directory's data: organisations and people with their names.

An :class:`Entry` is plain data, shared by the SQLite store, the importers and
exporters, the completion index and the name checks. Every entry has a
canonical name per language (the form a release must use), optional short
forms (accepted abbreviations such as "SPbPU" / "СПбПУ"), known wrong
variants (forms to flag, such as "Powell Corporation"), and, for people, their
titles per language with the organisation they hold them at.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

ORG = "org"
PERSON = "person"
KINDS = (ORG, PERSON)
GENDERS = ("", "m", "f")
DIRECTORY_LANGS = ("en", "ru")


_SPACES = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """Trim a name and collapse its inner whitespace (pasted text has tabs, NBSPs)."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


@dataclass
class Title:
    """A person's position, in English and Russian, at an organisation."""

    en: str = ""
    ru: str = ""
    org_id: int | None = None
    # The organisation's canonical name (English, else Russian): filled when
    # loading, and used by importers to refer to an organisation by name.
    org_name: str = ""

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


@dataclass
class Entry:
    """One organisation or person of the directory."""

    kind: str = ORG
    en: str = ""
    ru: str = ""
    short_en: list[str] = field(default_factory=list)
    short_ru: list[str] = field(default_factory=list)
    variants_en: list[str] = field(default_factory=list)
    variants_ru: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    # "m" or "f" for people; "" lets Russian inflection guess from the first name.
    gender: str = ""
    note: str = ""
    id: int | None = None
    # The stored row's version when it was read (0: not read from a store). A
    # save with a version the store has moved past is refused: someone else
    # changed the entry meanwhile (see store.EditConflict).
    version: int = field(default=0, compare=False)

    def name(self, lang: str) -> str:
        """The canonical name in ``lang`` ("" when the directory has none)."""
        return self.en if lang == "en" else self.ru

    def short(self, lang: str) -> list[str]:
        return self.short_en if lang == "en" else self.short_ru

    def variants(self, lang: str) -> list[str]:
        return self.variants_en if lang == "en" else self.variants_ru

    def accepted(self, lang: str) -> list[str]:
        """Every form a release may use in ``lang``: canonical first, then short forms."""
        names = [self.name(lang)] if self.name(lang) else []
        return names + [s for s in self.short(lang) if s and s not in names]

    def label(self) -> str:
        """A one-line description for lists: "English / Russian"."""
        parts = [p for p in (self.en, self.ru) if p]
        return " / ".join(parts) or f"#{self.id}"

    def validate(self) -> None:
        """Raise ``ValueError`` with a plain sentence when the entry cannot be stored."""
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}; use 'org' or 'person'")
        if self.gender not in GENDERS:
            raise ValueError(f"unknown gender {self.gender!r}; use 'm', 'f' or nothing")
        if not (self.en.strip() or self.ru.strip()):
            raise ValueError("an entry needs an English or a Russian name")
        for text in [self.en, self.ru, *self.short_en, *self.short_ru,
                     *self.variants_en, *self.variants_ru]:
            # "|" separates list items in the CSV format; keep it out of names.
            if "|" in text:
                raise ValueError(f"a name cannot contain '|': {text!r}")

    def normalised(self) -> Entry:
        """A copy with whitespace cleaned; empty, duplicate or contradictory items dropped."""

        def unique(items: list[str]) -> list[str]:
            seen: list[str] = []
            for item in (clean_name(i) for i in items):
                if item and item not in seen:
                    seen.append(item)
            return seen

        en, ru = clean_name(self.en), clean_name(self.ru)
        short_en = [s for s in unique(self.short_en) if s != en]
        short_ru = [s for s in unique(self.short_ru) if s != ru]
        # A "wrong variant" that is also an accepted form would flag correct text.
        return Entry(
            kind=self.kind, en=en, ru=ru, short_en=short_en, short_ru=short_ru,
            variants_en=[v for v in unique(self.variants_en) if v != en and v not in short_en],
            variants_ru=[v for v in unique(self.variants_ru) if v != ru and v not in short_ru],
            titles=[Title(clean_name(t.en), clean_name(t.ru), t.org_id, clean_name(t.org_name))
                    for t in self.titles if t.en.strip() or t.ru.strip()],
            gender=self.gender.strip().lower(), note=self.note.strip(), id=self.id,
            version=self.version)


def entry_to_dict(entry: Entry) -> dict:
    """The JSON shape of an entry (``presspad partners list --json``)."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "en": entry.en,
        "ru": entry.ru,
        "short": {"en": list(entry.short_en), "ru": list(entry.short_ru)},
        "variants": {"en": list(entry.variants_en), "ru": list(entry.variants_ru)},
        "titles": [{"en": t.en, "ru": t.ru, "org_id": t.org_id, "org": t.org_name}
                   for t in entry.titles],
        "gender": entry.gender,
        "note": entry.note,
        "version": entry.version,
    }


def entry_from_dict(data: dict) -> Entry:
    """The inverse of :func:`entry_to_dict` (the directory's offline copy reads it back)."""
    return Entry(
        kind=data["kind"], en=data.get("en", ""), ru=data.get("ru", ""),
        short_en=list(data.get("short", {}).get("en", [])),
        short_ru=list(data.get("short", {}).get("ru", [])),
        variants_en=list(data.get("variants", {}).get("en", [])),
        variants_ru=list(data.get("variants", {}).get("ru", [])),
        titles=[Title(t.get("en", ""), t.get("ru", ""), t.get("org_id"), t.get("org", ""))
                for t in data.get("titles", [])],
        gender=data.get("gender", ""), note=data.get("note", ""), id=data.get("id"),
        version=int(data.get("version", 0)))
