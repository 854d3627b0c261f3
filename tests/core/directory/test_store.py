"""The partner directory's SQLite store: round-trips, seeding, concurrency, bad files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presspad.core.directory.model import ORG, PERSON, Entry, Title
from presspad.core.directory.snapshot import default_path, open_default_directory
from presspad.core.directory.store import Directory
from presspad.core.model.errors import PresspadError


def test_round_trip_of_every_field(directory):
    org_id = directory.add(Entry(kind=ORG, en="Hanyang University", ru="Университет Ханьян",
                                 short_en=["HYU"], variants_ru=["Университет Ханян"]))
    person = Entry(kind=PERSON, en="Jane Roe", ru="Джейн Роу", gender="f", note="press office",
                   short_en=["J. Roe"], short_ru=["Дж. Роу"],
                   variants_en=["Jane Row"], variants_ru=["Джейн Ро"],
                   titles=[Title("Dean", "декан", org_id)])
    pid = directory.add(person)
    got = directory.get(pid)
    assert got is not None
    assert (got.kind, got.en, got.ru, got.gender, got.note) == (
        PERSON, "Jane Roe", "Джейн Роу", "f", "press office")
    assert got.short_en == ["J. Roe"] and got.short_ru == ["Дж. Роу"]
    assert got.variants_en == ["Jane Row"] and got.variants_ru == ["Джейн Ро"]
    assert got.titles == [Title("Dean", "декан", org_id, "Hanyang University")]
    got.note = "changed"
    got.short_en = []
    directory.update(got)
    again = directory.get(pid)
    assert again.note == "changed" and again.short_en == []
    directory.delete(pid)
    assert directory.get(pid) is None and directory.count() == 1


def test_deleting_an_organisation_keeps_the_title_without_it(directory):
    org_id = directory.add(Entry(kind=ORG, en="Acme"))
    pid = directory.add(Entry(kind=PERSON, en="Ann Lee", titles=[Title("CEO", "", org_id)]))
    directory.delete(org_id)
    assert directory.get(pid).titles == [Title("CEO", "", None, "")]


def test_default_directory_is_created_and_seeded_once(tmp_path):
    with open_default_directory() as d:
        assert d.path == default_path() and d.created
        count = d.count()
        assert count >= 12
        khizhnyak = d.find("Владимир Хижняк")
        assert khizhnyak is not None and khizhnyak.en == "Vladimir Khizhnyak"
        assert khizhnyak.titles[0].ru == "начальник Управления международного сотрудничества СПбПУ"
        assert khizhnyak.titles[0].org_name == (
            "Peter the Great St. Petersburg Polytechnic University")
        d.delete(khizhnyak.id)
    with open_default_directory() as d:   # not seeded again: the user's deletion stays
        assert not d.created and d.count() == count - 1


def test_sample_partners_are_in_the_starter(tmp_path):
    with open_default_directory(tmp_path / "team.sqlite") as d:
        names = {n for e in d.entries() for n in (e.en, e.ru, *e.short_en, *e.short_ru)}
    for name in ["SPbPU", "СПбПУ", "Polytechnic University", "Powel Corporation Co., Ltd.",
                 "Gyeonggi Province Administration", "администрация провинции Кёнгидо",
                 "Hanyang University", "Университет Ханьян",
                 "Gyeonggi-Russia Technology Cooperation Center",
                 "Российско-корейский центр технологического сотрудничества провинции Кёнгидо",
                 "Embassy of the Russian Federation in the Republic of Korea", "Gazprom",
                 "«Газпром»", "Exoatlet Global", "KOSDAQ", "Vladimir Khizhnyak",
                 "Lee Yong Chol", "Ли Ён Чоль", "Alexander Masaltsev", "Александр Масальцев"]:
        assert name in names


def test_search_ignores_case_and_yo(directory):
    directory.add(Entry(kind=ORG, en="Gyeonggi Province Administration",
                        ru="администрация провинции Кёнгидо"))
    directory.add(Entry(kind=ORG, en="KOSDAQ"))
    assert [e.en for e in directory.search("кенгидо")] == ["Gyeonggi Province Administration"]
    assert [e.en for e in directory.search("kosdaq")] == ["KOSDAQ"]


def test_invalid_entry_is_refused_and_nothing_is_written(directory):
    with pytest.raises(PresspadError, match="needs an English or a Russian name"):
        directory.upsert_many([Entry(kind=ORG, en="Good"), Entry(kind=ORG)])
    assert directory.count() == 0


def test_upsert_updates_by_canonical_name_and_resolves_org_names(directory):
    added, updated = directory.upsert_many([
        Entry(kind=ORG, en="Acme", ru="Акме"),
        Entry(kind=PERSON, en="Ann Lee", titles=[Title("CEO", "гендиректор", None, "Acme")]),
    ])
    assert (added, updated) == (2, 0)
    added, updated = directory.upsert_many([Entry(kind=ORG, en="acme", ru="Акме", note="n")])
    assert (added, updated) == (0, 1)
    assert directory.find("Acme").note == "n"
    assert directory.find("Ann Lee").titles[0].org_name == "acme"


def test_unknown_title_organisation_is_a_clear_error(directory):
    with pytest.raises(PresspadError, match="unknown organisation 'Nowhere'"):
        directory.add(Entry(kind=PERSON, en="Ann", titles=[Title("CEO", "", None, "Nowhere")]))


def test_merge_folds_duplicates(directory):
    keep = directory.add(Entry(kind=ORG, en="SPbPU", ru="СПбПУ", note="a"))
    dup = directory.add(Entry(kind=ORG, en="Polytechnic University", variants_en=["SPBPU"],
                              note="b"))
    pid = directory.add(Entry(kind=PERSON, en="Ann", titles=[Title("Head", "", dup)]))
    merged = directory.merge(keep, [dup])
    assert merged.short_en == ["Polytechnic University"] and merged.variants_en == ["SPBPU"]
    assert merged.note == "a\nb" and directory.get(dup) is None
    assert directory.get(pid).titles[0].org_id == keep


def test_revision_moves_with_every_write(directory):
    before = directory.revision()
    directory.add(Entry(kind=ORG, en="X"))
    assert directory.revision() == before + 1


_WRITER = """
import sys, time
from pathlib import Path
from presspad.core.directory.store import Directory
from presspad.core.directory.model import Entry
path, tag, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
d = Directory(path)
while not go.exists():
    time.sleep(0.005)
for i in range(200):
    d.add(Entry(kind="org", en=f"{tag} partner {i}", ru=f"{tag} партнёр {i}",
                short_en=[f"{tag}{i}"]))
d.close()
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    Directory(path).close()
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), tag, str(go)],
                              stderr=subprocess.PIPE, text=True) for tag in ("A", "B")]
    time.sleep(0.3)   # both are connected and waiting: start them together
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Directory(path) as d:
        entries = d.entries()
        assert len(entries) == 400
        names = {e.en for e in entries}
        assert all(f"{t} partner {i}" in names for t in "AB" for i in range(200))
        assert all(len(e.short_en) == 1 for e in entries)


def test_locked_database_is_one_clear_line(tmp_path, monkeypatch):
    path = tmp_path / "d.sqlite"
    Directory(path).close()
    monkeypatch.setattr("presspad.core.directory.backend_sqlite.BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Directory(path) as d, pytest.raises(PresspadError) as info:
            d.add(Entry(kind=ORG, en="X"))
        message = info.value.user_message()
        assert "locked by another program" in message and "\n" not in message
        assert str(path) in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


_READ_ONLY_CHECK = """
import sys
from presspad.core.directory.model import ORG, Entry
from presspad.core.directory.store import Directory
from presspad.core.model.errors import PresspadError

with Directory(sys.argv[1]) as d:
    assert d.readonly and [e.en for e in d.entries()] == ["Acme"], "not read-only"
    try:
        d.add(Entry(kind=ORG, en="B"))
    except PresspadError as exc:
        assert "read-only" in exc.user_message(), exc.user_message()
        print("refused")
"""


def test_read_only_database_reads_but_refuses_writes(tmp_path):
    # Root ignores file permissions, and CI runs as root: there the check runs in a
    # child process as the unprivileged user "nobody", as a colleague on a share would.
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="presspad-ro-"))
    try:
        folder.chmod(0o755)
        path = folder / "d.sqlite"
        with Directory(path) as d:
            d.add(Entry(kind=ORG, en="Acme"))
        # Leave no WAL behind, as a copy on a read-only share would be.
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        path.chmod(0o444)
        demote = None
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            demote = _as_nobody()
        out = subprocess.run([sys.executable, "-c", _READ_ONLY_CHECK, str(path)],
                             capture_output=True, text=True, timeout=60, preexec_fn=demote,
                             env=dict(os.environ, HOME=str(folder)))
        assert out.returncode == 0 and out.stdout.strip() == "refused", out.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_nobody():
    """A preexec function dropping to "nobody", or a skip when nobody cannot run Python here."""
    import pwd

    nobody = pwd.getpwnam("nobody")

    def demote() -> None:
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    try:
        probe = subprocess.run([sys.executable, "-c", "import presspad.core.directory.store"],
                               capture_output=True, timeout=60, preexec_fn=demote)
        usable = probe.returncode == 0
    except OSError:   # the interpreter itself lies in a folder only root may enter
        usable = False
    if not usable:
        pytest.skip("the unprivileged user cannot read this checkout's Python environment")
    return demote


def test_read_only_mode_refuses_writes_with_a_clear_line(tmp_path):
    path = tmp_path / "d.sqlite"
    with Directory(path) as d:
        d.add(Entry(kind=ORG, en="Acme"))
    with Directory(path, readonly=True) as d:
        assert [e.en for e in d.entries()] == ["Acme"]
        with pytest.raises(PresspadError) as info:
            d.add(Entry(kind=ORG, en="B"))
    assert "partner directory is read-only" in info.value.user_message()
    with Directory(path) as d:
        assert d.count() == 1


def test_not_a_database(tmp_path):
    path = tmp_path / "d.sqlite"
    path.write_bytes(b"hello, this is not sqlite at all" * 100)
    with pytest.raises(PresspadError, match="not a presspad partner directory"):
        Directory(path)


def test_missing_folder(tmp_path):
    with pytest.raises(PresspadError, match="folder of the partner directory does not exist"):
        Directory(tmp_path / "nope" / "d.sqlite")


def test_usable_from_a_worker_thread(directory):
    import threading

    directory.add(Entry(kind=ORG, en="Acme"))
    seen: list = []
    worker = threading.Thread(target=lambda: seen.append(
        (directory.revision(), [e.en for e in directory.entries()])))
    worker.start()
    worker.join()
    assert seen == [(directory.revision(), ["Acme"])]


def _old_file(path, version: int) -> sqlite3.Connection:
    """A directory file as presspad wrote it at schema ``version`` (its steps only)."""
    from presspad.core.directory.migrations import STEPS

    conn = sqlite3.connect(path)
    for step in STEPS[:version]:
        step(conn.cursor(), "sqlite")
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def test_version_1_directory_is_refolded_and_upgraded_on_first_open(tmp_path):
    # Version 1 folded without apostrophes: "women’s" was stored as it is.
    path = tmp_path / "old.sqlite"
    conn = _old_file(path, 1)
    conn.execute("INSERT INTO entries(id, kind, search) VALUES (1, 'org', ?)",
                 ("ewha women’s university\nженский университет ихва",))
    conn.executemany("INSERT INTO names VALUES (1, ?, 'canonical', 0, ?, lower(?))",
                     [("en", "Ewha Women’s University", "Ewha Women’s University"),
                      ("ru", "Женский университет Ихва", "Женский университет Ихва")])
    conn.commit()
    conn.close()
    with Directory(path) as d:
        assert [e.en for e in d.search("women's")] == ["Ewha Women’s University"]
        assert [e.en for e in d.search("ЖЕНСКИЙ")] == ["Ewha Women’s University"]
        entry = d.get(1)
        assert entry.version == 1   # version 3 gave it a row version
        entry.note = "upgraded"
        d.update(entry)
        assert [e.note for e in d.changes_since(0).entries] == ["upgraded"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3


def test_an_old_read_only_file_is_read_as_it_is(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = _old_file(path, 2)
    conn.execute("INSERT INTO entries(id, kind, search) VALUES (1, 'org', 'acme')")
    conn.execute("INSERT INTO names VALUES (1, 'en', 'canonical', 0, 'Acme', 'acme')")
    conn.commit()
    conn.close()
    with Directory(path, readonly=True) as d:
        assert [e.en for e in d.entries()] == ["Acme"]
        assert [e.en for e in d.changes_since(0).entries] == ["Acme"]
        with pytest.raises(PresspadError, match="read-only"):
            d.add(Entry(kind=ORG, en="Other"))
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.sqlite"
    Directory(path).close()
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.commit()
    before = path.read_bytes()
    with pytest.raises(PresspadError, match="schema version 99.*newer presspad"):
        Directory(path)
    assert path.read_bytes() == before


def test_a_zero_byte_file_is_refused_not_opened_empty(tmp_path):
    path = tmp_path / "partners.sqlite"
    path.write_bytes(b"")
    with pytest.raises(PresspadError, match=r"empty \(0 bytes\)"):
        Directory(path)
    assert path.stat().st_size == 0   # left for the user to restore


def test_a_new_directory_appears_whole_or_not_at_all(tmp_path, monkeypatch):
    import sqlite3

    path = tmp_path / "partners.sqlite"
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            return self.conn.execute(sql, *args)

        def cursor(self):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.conn.close()

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: FullDisk(real_connect(*a, **k)))
    with pytest.raises(PresspadError, match="full"):
        Directory(path)
    assert not path.exists() and list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    with Directory(path, seed=lambda: [Entry(kind="org", en="BPU", ru="БПУ")]) as directory:
        assert directory.created and directory.count() == 1
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    with Directory(path) as again:
        assert not again.created and again.count() == 1


def test_a_new_directory_has_the_umask_mode_and_a_killed_creation_is_cleaned(tmp_path):
    from presspad.core.storage.textio import temporary_prefix

    path = tmp_path / "partners.sqlite"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    prefix = temporary_prefix(path).replace(f"-{os.getpid()}.", f"-{dead}.")
    for suffix in (".tmp", ".tmp-wal", ".tmp-shm"):
        (tmp_path / f"{prefix}x{suffix}").write_bytes(b"left by a killed creation")
    old = os.umask(0o022)
    try:
        with Directory(path):
            pass
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_the_directory_and_its_wal_and_shm_get_the_umask_mode(tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "partners.sqlite"
    with Directory(path) as directory:
        directory.add(Entry(kind=ORG, en="Acme", ru="Акме"))
        beside = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in beside)   # WAL: both are there while it is open
        assert [p.stat().st_mode & 0o777 for p in [path, *beside]] == [mode] * 3
    umask(0o077)   # a directory made earlier keeps its mode, whatever the umask now
    with Directory(path) as again:
        again.add(Entry(kind=ORG, en="Beta", ru="Бета"))
        assert Path(f"{path}-wal").stat().st_mode & 0o777 == mode
    assert path.stat().st_mode & 0o777 == mode


def test_a_file_system_without_hard_links_still_gets_a_directory(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "partners.sqlite"
    with Directory(path) as directory:
        assert directory.created and directory.count() == 0
