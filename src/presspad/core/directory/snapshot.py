"""The partner directory: where it lives, its starter content, and cheap snapshots.

The directory is an SQLite file (:mod:`presspad.core.directory.store`) in the
user's data folder, or any file a team shares. :func:`open_default_directory`
opens it, creating and seeding it from the starter directory shipped in
``presspad.resources/directory/starter.toml`` the first time.

Checks and completion never query SQLite themselves: they work on a
:class:`DirectorySnapshot`, an in-memory copy of the entries with the forms
derived from them (Russian case forms, the completion index), rebuilt only
when another write changed the file (its revision counter moved).
"""

from __future__ import annotations

import logging
import re
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

from presspad.core.directory.location import is_server
from presspad.core.directory.model import DIRECTORY_LANGS, ORG, PERSON, Entry, Title
from presspad.core.directory.store import Directory
from presspad.core.model.errors import PresspadError
from presspad.core.model.package_data import package_file
from presspad.core.text.words import fold

logger = logging.getLogger(__name__)

__all__ = ["Directory", "DirectorySnapshot", "Entry", "Title", "NameForm", "as_snapshot",
           "directory_words", "open_default_directory", "starter_entries", "default_path"]

DEFAULT_FILENAME = "directory.sqlite"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def default_path() -> Path:
    """The directory file in the user's data folder."""
    from presspad.core.storage import paths

    return paths.data_dir() / DEFAULT_FILENAME


def starter_entries() -> list[Entry]:
    """The entries of the starter directory shipped with presspad."""
    source = package_file("presspad.resources", "directory", "starter.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return entries_from_tables(data)


def entries_from_tables(data: dict[str, Any]) -> list[Entry]:
    """Entries from the starter's TOML tables (organisations first, then people)."""
    entries = []
    for kind in (ORG, PERSON):
        for table in data.get(kind, []):
            entries.append(Entry(
                kind=kind, en=table.get("en", ""), ru=table.get("ru", ""),
                short_en=list(table.get("short_en", [])),
                short_ru=list(table.get("short_ru", [])),
                variants_en=list(table.get("variants_en", [])),
                variants_ru=list(table.get("variants_ru", [])),
                gender=table.get("gender", ""), note=table.get("note", ""),
                titles=[Title(t.get("en", ""), t.get("ru", ""), None, t.get("org", ""))
                        for t in table.get("titles", [])]))
    return entries


def open_default_directory(location: str | Path | None = None, *,
                           offline_copy: bool = True) -> Directory:
    """Open (creating and seeding on first use) the directory at ``location`` or the default.

    ``location`` is a file path or a PostgreSQL URL (:mod:`.location`). A
    server that cannot be reached gives its last copy, read-only, unless
    ``offline_copy`` is False (then its error is raised).
    """
    if location is None or str(location).strip() == "":
        location = default_path()
    elif not is_server(location):
        location = Path(location).expanduser()
    try:
        directory = Directory(location, seed=starter_entries)
    except PresspadError as exc:
        # Only a server that does not answer is worth its copy: a refused login, a
        # newer schema or a missing database is said as it is.
        if not is_server(location) or not offline_copy or not _unreachable(exc):
            raise
        return _offline_or_raise(str(location), exc)
    if directory.created:
        logger.info("created partner directory %s with %d starter entries",
                    directory.location, directory.count())
    return directory


def _unreachable(exc: PresspadError) -> bool:
    from presspad.core.directory.backend_postgres import ServerUnreachable

    return isinstance(exc, ServerUnreachable)


def _offline_or_raise(location: str, exc: PresspadError) -> Any:
    """The last copy of an unreachable server's directory, read-only; else ``exc``."""
    from presspad.core.directory.location import display
    from presspad.core.directory.offline import OfflineDirectory, load_copy

    key = display(location)
    copy = load_copy(key)
    if copy is None:
        raise exc
    entries, revision, saved = copy
    logger.warning("using the last copy of the partner directory: %s", exc.user_message())
    return OfflineDirectory(key, key, entries, revision, exc.user_message(), saved)


class NameForm:
    """One way a release may write an entry: a name, short form, title or case form."""

    __slots__ = ("entry", "text", "role", "case")

    def __init__(self, entry: Entry, text: str, role: str, case: str | None = None) -> None:
        self.entry = entry
        self.text = text
        self.role = role     # "canonical", "short", "surname", "title" or "variant"
        self.case = case     # Russian case of a case form, else None

    def __repr__(self) -> str:
        return f"NameForm({self.text!r}, {self.role}, {self.case})"


class DirectorySnapshot:
    """An in-memory copy of the directory's entries and the forms derived from them."""

    def __init__(self, entries: list[Entry], revision: int = -1) -> None:
        self.entries = entries
        self.revision = revision
        self.by_id = {e.id: e for e in entries if e.id is not None}
        # Derived structures other modules build once per snapshot (name matchers).
        self.cache: dict[str, Any] = {}

    def forms(self, lang: str) -> list[NameForm]:
        return self._forms[lang]

    @cached_property
    def _forms(self) -> dict[str, list[NameForm]]:
        from presspad.core.directory.case_forms import CASES, case_forms

        result: dict[str, list[NameForm]] = {lang: [] for lang in DIRECTORY_LANGS}
        for entry in self.entries:
            for lang in DIRECTORY_LANGS:
                out = result[lang]
                for index, name in enumerate(entry.accepted(lang)):
                    role = "canonical" if index == 0 and name == entry.name(lang) else "short"
                    out.append(NameForm(entry, name, role))
                    if lang == "ru":
                        forms = case_forms(entry, name)
                        out.extend(NameForm(entry, forms[c], role, c) for c in CASES[1:]
                                   if forms.get(c) and forms[c] != name)
                if entry.kind == PERSON and entry.name(lang):
                    surname = entry.name(lang).split()[-1]
                    if len(surname) >= 4 and entry.name(lang) != surname:
                        out.append(NameForm(entry, surname, "surname"))
                        if lang == "ru":
                            from presspad.core.directory.case_forms import person_forms

                            forms = person_forms(surname, entry.gender or "m")
                            out.extend(NameForm(entry, forms[c], "surname", c)
                                       for c in CASES[1:] if forms[c] != surname)
                for title in entry.titles:
                    if title.text(lang):
                        out.append(NameForm(entry, title.text(lang), "title"))
                        if lang == "ru":
                            # A title declines like an organisation: its head noun.
                            from presspad.core.directory.case_forms import org_forms

                            forms = org_forms(title.ru)
                            out.extend(NameForm(entry, forms[c], "title", c)
                                       for c in CASES[1:] if forms[c] != title.ru)
                for variant in entry.variants(lang):
                    out.append(NameForm(entry, variant, "variant"))
                    if lang == "ru":
                        forms = case_forms(entry, variant)
                        out.extend(NameForm(entry, forms[c], "variant", c) for c in CASES[1:]
                                   if forms.get(c) and forms[c] != variant)
        return result

    def updated(self, changes) -> DirectorySnapshot:
        """A snapshot with ``changes`` (a :class:`~.store.Changes`) applied.

        The completion index, when built, moves to the new snapshot and is
        updated in place: a colleague's edit costs a few insertions, not a
        rebuild of 50,000 entries' postings. Other derived forms are rebuilt
        on first use.
        """
        if changes.complete:
            return DirectorySnapshot(changes.entries, changes.revision)
        by_id = dict(self.by_id)
        for entry_id in changes.removed:
            by_id.pop(entry_id, None)
        for entry in changes.entries:
            by_id[entry.id] = entry
        fresh = DirectorySnapshot(sorted(by_id.values(), key=lambda e: e.id),
                                  changes.revision)
        index = self.__dict__.pop("completion", None)
        if index is not None:
            index.update(changes.entries, changes.removed)
            fresh.__dict__["completion"] = index
        return fresh

    @cached_property
    def completion(self):
        """The completion index (built on first use)."""
        from presspad.core.directory.completion import CompletionIndex

        return CompletionIndex(self.entries)

    def words(self, lang: str) -> set[str]:
        """Every word of an accepted form in ``lang`` (never of a wrong variant)."""
        return {match.group(0) for form in self.forms(lang) if form.role != "variant"
                for match in _WORD.finditer(form.text)}


_snapshots: dict[tuple[str, int], DirectorySnapshot] = {}


def snapshot_of(directory: Directory) -> DirectorySnapshot:
    """The directory's snapshot, rebuilt only when its file changed since the last one."""
    revision = directory.revision()
    key = (directory.key, revision)
    cached = _snapshots.get(key)
    if cached is None:
        for old in [k for k in _snapshots if k[0] == key[0]]:
            del _snapshots[old]
        entries, revision = directory.entries_at()
        cached = _snapshots[(key[0], revision)] = DirectorySnapshot(entries, revision)
        if directory.engine == "postgresql":
            from presspad.core.directory.offline import save_copy

            save_copy(directory.key, entries, revision)   # to work from when it is away
    return cached


def as_snapshot(directory: Any) -> DirectorySnapshot | None:
    """Accept a Directory, a snapshot, a list of entries or None (what checks are given).

    A live directory (:class:`~.live.LiveDirectory`) gives its current
    snapshot without asking the store; a Directory (or an offline copy) is asked
    for its revision and reloaded when it moved.
    """
    if directory is None or isinstance(directory, DirectorySnapshot):
        return directory
    live = getattr(directory, "snapshot", None)
    if isinstance(live, DirectorySnapshot):
        return live
    if hasattr(directory, "entries_at"):
        try:
            return snapshot_of(directory)
        except PresspadError:
            logger.warning("partner directory unavailable", exc_info=True)
            return None
    if isinstance(directory, list):
        return DirectorySnapshot(directory)
    raise TypeError(f"not a partner directory: {directory!r}")


def directory_words(directory: Any, lang: str) -> set[str]:
    """Words of the directory's names in ``lang`` (as written, plus Russian case forms).

    The spell checker treats these as known words; compare with ``fold`` for
    case-insensitive use. Wrong variants are not included.
    """
    snap = as_snapshot(directory)
    return set() if snap is None else snap.words(lang)


def find_entries(directory: Any, text: str) -> list[Entry]:
    """Entries whose accepted names in either language match ``text`` (any case)."""
    snap = as_snapshot(directory)
    if snap is None:
        return []
    index = snap.cache.get("by_folded_name")
    if index is None:
        # Built once per snapshot: quote matching asks for every speaker pair.
        index = {}
        for entry in snap.entries:
            names = {fold(n) for lang in DIRECTORY_LANGS for n in entry.accepted(lang)}
            for name in names:
                index.setdefault(name, []).append(entry)
        snap.cache["by_folded_name"] = index
    return list(index.get(fold(text), ()))
