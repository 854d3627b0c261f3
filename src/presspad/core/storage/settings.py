"""User settings kept as JSON in the platform's config folder.

Qt's QSettings keeps only the window geometry; everything the user chooses
(language, dictionaries, profile, directory path, autosave, font, recent
files) lives here, so the CLI and tests can read it without Qt.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from presspad.core.storage import paths
from presspad.core.storage.textio import atomic_write_text

logger = logging.getLogger(__name__)

MAX_RECENT = 10


@dataclass
class Settings:
    """Everything the settings dialog edits, with sensible defaults."""

    ui_language: str = "system"          # "system", "en" or "ru"
    spelling_en: str = "en_US"           # or "en_GB"
    spelling_enabled: bool = True
    site_profile: str = "spbpu"
    directory_path: str = ""             # empty: the default in the data folder
    autosave_seconds: int = 5
    editor_font: str = ""                # QFont.toString(); empty: system fixed font
    author_name: str = ""                # signs comments and ignored findings
    editor_zoom: int = 0                 # points added to the editors' font (Ctrl++/Ctrl+-)
    recent_files: list[str] = field(default_factory=list)
    # Typography rule families switched off, per language ({"ru": ["spaces"]});
    # the families are presspad.core.typography.table.FAMILIES.
    typography_off: dict[str, list[str]] = field(default_factory=dict)

    def typography_off_for(self, lang: str) -> frozenset[str]:
        """The typography families switched off for ``lang``."""
        families = self.typography_off.get(lang, [])
        return frozenset(f for f in families if isinstance(f, str)) \
            if isinstance(families, list) else frozenset()

    def typography_off_by_lang(self, langs: tuple[str, ...]) -> dict[str, list[str]]:
        """``{lang: [families off]}`` for each of ``langs`` (the checks' config)."""
        return {lang: sorted(self.typography_off_for(lang)) for lang in langs}

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files, without duplicates."""
        path = str(Path(path).resolve())
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings() -> Settings:
    """Read the settings; a missing or damaged file gives the defaults."""
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        logger.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings()
    for key, value in data.items() if isinstance(data, dict) else ():
        if key in known and isinstance(value, type(getattr(settings, key))):
            setattr(settings, key, value)
    return settings


def save_settings(settings: Settings) -> None:
    atomic_write_text(settings_path(), json.dumps(asdict(settings), ensure_ascii=False,
                                                  indent=2) + "\n")
