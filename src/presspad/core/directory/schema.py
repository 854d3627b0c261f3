"""The partner directory's SQLite schema, and SQLite errors as one-line messages."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)

# 2: the folded columns use text.words.fold (apostrophes and stress marks folded too);
#    a version-1 file is refolded when first opened for writing.
SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('org', 'person')),
    gender TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    -- fold() of every name, title and the note, for search (SQLite cannot fold Cyrillic)
    search TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS names (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('en', 'ru')),
    role TEXT NOT NULL CHECK (role IN ('canonical', 'short', 'variant')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    -- fold(text), lower case with ё = е (SQLite's lower() knows no Cyrillic)
    folded TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS names_entry ON names(entry_id);
CREATE INDEX IF NOT EXISTS names_folded ON names(folded, role);
CREATE TABLE IF NOT EXISTS titles (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    en TEXT NOT NULL DEFAULT '',
    ru TEXT NOT NULL DEFAULT '',
    org_id INTEGER REFERENCES entries(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS titles_entry ON titles(entry_id);
-- A counter bumped by every write, so caches (the completion index) know
-- when another instance changed the shared file.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""



def database_error(exc: sqlite3.Error, path: Path) -> PresspadError:
    """Translate an SQLite error into one line a user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return PresspadError("the partner directory is locked by another program", path=path,
                             hint="wait a moment and try again")
    if "readonly" in text or "read-only" in text:
        return PresspadError("the partner directory is read-only", path=path,
                             hint="ask for write access, or choose another directory file")
    if "not a database" in text or "malformed" in text or "no such table" in text:
        return PresspadError("this is not a presspad partner directory, or it is damaged",
                             path=path, hint="choose another file or restore a backup")
    if "unable to open" in text:
        return PresspadError("cannot open the partner directory", path=path,
                             hint="check that the folder exists and is reachable")
    return PresspadError(f"partner directory error: {exc}", path=path)
