"""Site profiles: the layout and labels of a news site's text format, as data.

A profile is a TOML file (see ``resources/profiles/spbpu.toml``). presspad
ships the SPbPU profile; another office adds its own by dropping a file into
``<data folder>/profiles/NAME.toml`` (a user file of the same name overrides
the shipped one), with no code to write.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import LANGS

logger = logging.getLogger(__name__)

DEFAULT_PROFILE = "spbpu"
PROFILE_FORMAT = 1
CREDIT_POSITIONS = ("before_media", "after_title", "none")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_FIX_HINT = "fix the profile file or remove it"
# Parsed profiles by (name, file, modification stamp); profiles are immutable.
_cache: dict[tuple[str, str, tuple[int, int] | None], SiteProfile] = {}


@dataclass(frozen=True)
class LangLabels:
    """What a site prints in one language: labels and fixed lines."""

    credit_prefixes: tuple[str, ...] = ()
    default_credit: str = ""
    media_heading: str = ""
    media_preamble: tuple[str, ...] = ()
    date_label: str = ""
    footer: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteProfile:
    """The layout of one site's news pages, per language."""

    name: str
    description: str = ""
    date_format: str = "%Y.%m.%d"
    date_format_hint: str = "YYYY.MM.DD"
    leading_blank_lines: int = 0
    final_newline: bool = True
    block_gap: int = 1
    media_link_gap: int = 1
    credit_position: str = "before_media"
    title_max_chars: int = 250
    languages: dict[str, LangLabels] = field(default_factory=dict)
    source: str = ""

    def labels(self, lang: str) -> LangLabels:
        """The labels for ``lang``; a language the profile lacks gets empty labels."""
        return self.languages.get(lang, LangLabels())

    def format_date(self, date: _dt.date) -> str:
        return date.strftime(self.date_format)

    def parse_date(self, text: str) -> _dt.date | None:
        """The date written as the profile prints it, or None (strictly: must re-print same)."""
        try:
            date = _dt.datetime.strptime(text, self.date_format).date()
        except ValueError:
            return None
        # strptime accepts "2020.1.5"; the site always prints "2020.01.05", and a
        # lenient parse would break the byte-for-byte round trip.
        return date if self.format_date(date) == text else None


def bundled_dir() -> Path:
    """The folder of shipped profiles."""
    from presspad.core.model.package_data import package_file

    return package_file("presspad.resources", "profiles")


def user_dir() -> Path:
    """The folder where an office puts its own profiles (may not exist yet)."""
    from presspad.core.storage import paths

    return paths.data_dir() / "profiles"


def _sources() -> dict[str, Any]:
    """Profile name -> file, user files overriding shipped ones."""
    found: dict[str, Any] = {}
    try:
        for entry in bundled_dir().iterdir():
            if entry.name.endswith(".toml"):
                found[entry.name[:-5]] = entry
    except (FileNotFoundError, NotADirectoryError):
        logger.warning("no shipped site profiles found")
    folder = user_dir()
    if folder.is_dir():
        for entry in sorted(folder.glob("*.toml")):
            found[entry.stem] = entry
    return found


def profile_names() -> list[str]:
    """Names of every available profile, sorted."""
    return sorted(_sources())


def load_profile(name: str) -> SiteProfile:
    """The profile called ``name``; a PresspadError when it is unknown or broken."""
    sources = _sources()
    if name not in sources:
        known = ", ".join(sorted(sources)) or "none"
        raise PresspadError(f"unknown site profile '{name}'",
                            hint=f"available profiles: {known}; add yours as "
                                 f"{user_dir() / (name + '.toml')}")
    source = sources[name]
    key = (name, str(source), _stamp(source))
    cached = _cache.get(key)
    if cached is None:
        cached = profile_from_toml(source.read_text(encoding="utf-8"), name, str(source))
        _cache[key] = cached
    return cached


def _stamp(source: Any) -> tuple[int, int] | None:
    """Modification time and size of a profile file, so edits are picked up."""
    try:
        stat = Path(str(source)).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def iter_profiles(first: str | None = None) -> Iterator[SiteProfile]:
    """Every loadable profile (``first`` first); broken files are logged and skipped."""
    names = profile_names()
    if first in names:
        names.remove(first)
        names.insert(0, first)
    for name in names:
        try:
            yield load_profile(name)
        except PresspadError as exc:
            logger.warning("skipping site profile: %s", exc.user_message())


def profile_from_toml(text: str, name: str, source: str = "") -> SiteProfile:
    """Build a profile from the text of its TOML file, validating every field."""
    where = source or f"profile {name}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PresspadError(f"not a valid site profile ({exc})", path=where,
                            hint=_FIX_HINT) from None
    try:
        return _build(data, name, source)
    except (TypeError, ValueError) as exc:
        raise PresspadError(f"not a valid site profile: {exc}", path=where,
                            hint=_FIX_HINT) from None


def _build(data: dict[str, Any], name: str, source: str) -> SiteProfile:
    if not _NAME_RE.match(name):
        raise ValueError(f"profile name {name!r} must be lower-case letters, digits, - or _")
    fmt = data.get("format", PROFILE_FORMAT)
    if fmt != PROFILE_FORMAT:
        raise ValueError(f"format {fmt!r} is not supported (expected {PROFILE_FORMAT})")
    if data.get("name", name) != name:
        raise ValueError(f"name = {data['name']!r} does not match the file name {name!r}")
    position = _get(data, "credit_position", str, "before_media")
    if position not in CREDIT_POSITIONS:
        raise ValueError(f"credit_position must be one of {', '.join(CREDIT_POSITIONS)}")
    date_format = _get(data, "date_format", str, "%Y.%m.%d")
    try:
        _dt.date(2020, 10, 29).strftime(date_format)
    except ValueError as exc:
        raise ValueError(f"date_format {date_format!r}: {exc}") from None
    languages_data = data.get("languages", {})
    if not isinstance(languages_data, dict) or not languages_data:
        raise ValueError("a [languages.en] or [languages.ru] table is required")
    languages = {}
    for lang, table in languages_data.items():
        if lang not in LANGS:
            raise ValueError(f"unknown language [languages.{lang}] (expected {LANGS})")
        if not isinstance(table, dict):
            raise ValueError(f"[languages.{lang}] must be a table")
        languages[lang] = LangLabels(
            credit_prefixes=_lines(table, "credit_prefixes"),
            default_credit=_get(table, "default_credit", str, ""),
            media_heading=_get(table, "media_heading", str, ""),
            media_preamble=_lines(table, "media_preamble"),
            date_label=_get(table, "date_label", str, ""),
            footer=_lines(table, "footer"),
        )
    return SiteProfile(
        name=name,
        description=_get(data, "description", str, ""),
        date_format=date_format,
        date_format_hint=_get(data, "date_format_hint", str, date_format),
        leading_blank_lines=_count(data, "leading_blank_lines", 0),
        final_newline=_get(data, "final_newline", bool, True),
        block_gap=_count(data, "block_gap", 1, minimum=1),
        media_link_gap=_count(data, "media_link_gap", 1, minimum=1),
        credit_position=position,
        title_max_chars=_count(data, "title_max_chars", 250, minimum=1),
        languages=languages,
        source=source,
    )


def _get(table: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = table.get(key, default)
    if not isinstance(value, kind):
        raise TypeError(f"{key} must be {kind.__name__}")
    return value


def _count(table: dict[str, Any], key: str, default: int, minimum: int = 0) -> int:
    value = _get(table, key, int, default)
    if isinstance(value, bool) or value < minimum:
        raise ValueError(f"{key} must be a whole number of at least {minimum}")
    return value


def _lines(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key} must be a list of strings")
    if any("\n" in v or not v.strip() for v in value):
        raise ValueError(f"each line of {key} must be one non-blank line")
    return tuple(value)
