"""What a team sharing one directory needs, on both engines: edits that do not
overwrite each other, writers that lose nothing, and changes every app sees."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from presspad.core.directory.live import LiveDirectory
from presspad.core.directory.model import ORG, PERSON, Entry, Title
from presspad.core.directory.store import Directory, EditConflict
from presspad.core.model.errors import PresspadError


def test_the_second_save_of_one_entry_is_told_and_shown_both(directory_location):
    with Directory(directory_location) as alice, Directory(directory_location) as bob:
        entry_id = alice.add(Entry(kind=ORG, en="Hanyang University"))
        mine, theirs = alice.get(entry_id), bob.get(entry_id)
        mine.ru = "Университет Ханьян"
        alice.update(mine)
        theirs.ru = "Ханьянский университет"
        with pytest.raises(EditConflict) as told:
            bob.update(theirs)
        assert told.value.theirs.ru == "Университет Ханьян"     # what Alice saved
        assert told.value.mine.ru == "Ханьянский университет"   # what Bob typed
        assert bob.get(entry_id).ru == "Университет Ханьян"      # nothing overwritten
        # Bob decides: his version, saved over the one he has now seen.
        theirs.version = told.value.theirs.version
        bob.update(theirs)
        assert alice.get(entry_id).ru == "Ханьянский университет"


def test_saving_an_entry_someone_deleted_is_told(directory_location):
    with Directory(directory_location) as alice, Directory(directory_location) as bob:
        entry_id = alice.add(Entry(kind=ORG, en="Acme"))
        stale = bob.get(entry_id)
        alice.delete(entry_id)
        with pytest.raises(EditConflict, match="deleted it"):
            bob.update(stale)


def test_saving_twice_in_a_row_is_not_a_conflict(directory):
    entry = directory.get(directory.add(Entry(kind=ORG, en="Acme")))
    entry.note = "one"
    directory.update(entry)
    entry.note = "two"
    directory.update(entry)
    assert directory.get(entry.id).note == "two"


def test_changes_since_a_revision(directory):
    org = directory.add(Entry(kind=ORG, en="Acme"))
    person = directory.add(Entry(kind=PERSON, en="Ann Lee", titles=[Title("CEO", "", org)]))
    other = directory.add(Entry(kind=ORG, en="Other"))
    start = directory.revision()
    assert not directory.changes_since(start)
    renamed = directory.get(org)
    renamed.en = "Acme Corporation"
    directory.update(renamed)
    directory.delete(other)
    changes = directory.changes_since(start)
    assert changes.revision == directory.revision() > start
    # The person shows the organisation's name in her title: she changed too.
    assert {e.id: e.en for e in changes.entries} == {org: "Acme Corporation", person: "Ann Lee"}
    assert changes.entries[1].titles[0].org_name == "Acme Corporation"
    assert changes.removed == {other}


def test_an_import_is_one_transaction_and_one_revision(directory):
    start = directory.revision()
    directory.upsert_many([Entry(kind=ORG, en=f"Org {n}") for n in range(50)])
    assert directory.revision() == start + 1
    assert len(directory.changes_since(start).entries) == 50


def _add_many(location: str, prefix: str, count: int) -> None:
    with Directory(location) as directory:
        for n in range(count):
            directory.add(Entry(kind=ORG, en=f"{prefix} {n}", ru=f"{prefix} ру {n}"))


def test_two_processes_adding_200_each_lose_nothing(directory_location):
    Directory(directory_location).close()   # the schema exists before both start
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_add_many, args=(directory_location, name, 200))
               for name in ("Alpha", "Beta")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    with Directory(directory_location) as directory:
        names = {e.en for e in directory.entries()}
        assert len(names) == directory.count() == 400
        assert directory.revision() == 400
        assert len(directory.changes_since(0).entries) == 400


def test_a_colleagues_edit_reaches_completion_in_seconds(directory_location):
    live = LiveDirectory(directory_location, opener=Directory)
    arrived = []
    live.start(on_pending=lambda: arrived.append(time.monotonic()))
    try:
        assert not live.snapshot.completion.lookup("Hany", "en")
        with Directory(directory_location) as colleague:
            sent = time.monotonic()
            entry_id = colleague.add(Entry(kind=ORG, en="Hanyang University",
                                           ru="Университет Ханьян"))
            deadline = time.monotonic() + 10
            while not arrived and time.monotonic() < deadline:
                time.sleep(0.05)
            assert arrived, "the change never arrived"
            assert arrived[0] - sent < 3
            live.apply()
            [found] = live.snapshot.completion.lookup("Hany", "en", with_forms=False)
            assert found.text == "Hanyang University"
            # An edit and a deletion arrive the same way.
            arrived.clear()
            entry = colleague.get(entry_id)
            entry.en = "Hanyang University (Seoul)"
            colleague.update(entry)
            while not arrived and time.monotonic() < deadline + 10:
                time.sleep(0.05)
            live.apply()
            assert [c.text for c in live.snapshot.completion.lookup(
                "Hany", "en", with_forms=False)] == ["Hanyang University (Seoul)"]
            arrived.clear()
            colleague.delete(entry_id)
            while not arrived and time.monotonic() < deadline + 20:
                time.sleep(0.05)
            live.apply()
            assert not live.snapshot.completion.lookup("Hany", "en")
    finally:
        live.stop()


def test_a_batch_with_one_entry_twice_keeps_the_later(directory):
    directory.add(Entry(kind=ORG, en="Acme"))
    added, updated = directory.upsert_many([
        Entry(kind=ORG, en="Zeta Institute", note="first"),
        Entry(kind=PERSON, en="Ann Lee", titles=[Title("CEO", "", None, "Zeta Institute")]),
        Entry(kind=ORG, en="zeta institute", ru="Институт Зета", note="second"),
        Entry(kind=ORG, en="Acme", note="updated")])
    assert (added, updated) == (2, 2)
    zeta = directory.find("Zeta Institute")
    assert (zeta.en, zeta.ru, zeta.note) == ("zeta institute", "Институт Зета", "second")
    assert directory.find("Ann Lee").titles[0].org_id == zeta.id
    assert directory.find("Acme").note == "updated" and directory.find("Acme").version == 2
    assert directory.count() == 3
    # Ids go on after the batch's.
    assert directory.add(Entry(kind=ORG, en="Later")) > max(e.id for e in directory.entries()
                                                             if e.en != "Later")


def test_apps_opening_a_new_server_database_at_once_make_one_schema(postgres_server):
    import threading

    for _round in range(8):
        url = postgres_server.create_database()
        failures: list[str] = []

        def open_it(url: str = url, failures: list[str] = failures) -> None:
            try:
                Directory(url, seed=lambda: [Entry(kind=ORG, en="Starter")]).close()
            except Exception as exc:  # noqa: BLE001 - the test reports any failure
                failures.append(str(exc))

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        with Directory(url) as directory:
            assert [e.en for e in directory.entries()] == ["Starter"]   # seeded once


def test_a_newer_schema_on_either_engine_is_refused_untouched(directory_location):
    import sqlite3

    Directory(directory_location).close()
    if directory_location.endswith(".sqlite"):
        sqlite3.connect(directory_location).execute("PRAGMA user_version = 99") \
            .connection.commit()
    else:
        import psycopg

        with psycopg.connect(directory_location, autocommit=True) as conn:
            conn.execute("UPDATE meta SET value = 99 WHERE key = 'schema'")
    with pytest.raises(PresspadError, match="schema version 99.*will not change it"):
        Directory(directory_location)


def test_a_failing_migration_leaves_the_store_as_it_was(directory_location, monkeypatch):
    from presspad.core.directory import migrations

    def broken(cur, engine):
        cur.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS[:2], broken])
    with pytest.raises(RuntimeError, match="step failed"):
        Directory(directory_location)
    monkeypatch.undo()
    with Directory(directory_location) as directory:   # nothing half-made stops it
        assert directory.count() == 0
        assert directory.backend.schema_version() == migrations.SCHEMA_VERSION
        probe = ("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"
                 if directory.engine == "sqlite" else
                 "SELECT COUNT(*) FROM pg_class WHERE relname = 'half_done'")
        assert directory.backend.read(probe)[0][0] == 0   # the failed step's table is gone


def test_a_deleted_entrys_id_is_never_given_again(directory_location):
    with Directory(directory_location) as alice, Directory(directory_location) as bob:
        first = alice.add(Entry(kind=ORG, en="Old Partner"))
        stale = bob.get(first)
        alice.delete(first)
        second = alice.add(Entry(kind=ORG, en="Brand New Partner"))
        assert second != first
        stale.note = "Bob's note"
        with pytest.raises(EditConflict, match="deleted it"):
            bob.update(stale)   # not silently onto "Brand New Partner"
        assert alice.get(second).en == "Brand New Partner"
        batch_ids = set()
        alice.upsert_many([Entry(kind=ORG, en="Batch one")])
        batch_ids = {e.id for e in alice.entries()}
        assert first not in batch_ids


def test_a_replaced_directory_tells_open_apps_what_went(directory_location, tmp_path):
    with Directory(directory_location) as directory:
        for name in ("Old Alpha", "Old Beta"):
            directory.add(Entry(kind=ORG, en=name))
        start = directory.revision()
        with Directory(tmp_path / "new.sqlite") as other:
            other.add(Entry(kind=ORG, en="New One"))
            rows = other.rows()
        directory.load_rows(rows, replace=True)
        changes = directory.changes_since(start)
        kept = {e.id: e.en for e in changes.entries}
        assert sorted(kept.values()) == ["New One"]
        old_ids = {1, 2} - set(kept)
        assert old_ids <= changes.removed


def test_a_refused_login_or_newer_schema_is_not_served_from_the_copy(postgres_url):
    import psycopg

    from presspad.core.directory.snapshot import open_default_directory

    open_default_directory(postgres_url).close()   # a copy exists from now on
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE meta SET value = 99 WHERE key = 'schema'")
    with pytest.raises(PresspadError, match="schema version 99"):
        open_default_directory(postgres_url)
    missing = postgres_url.replace("/test_", "/missing_")
    with pytest.raises(PresspadError, match="no such database"):
        open_default_directory(missing)


def test_an_address_libpq_cannot_read_is_one_line():
    with pytest.raises(PresspadError, match="not a PostgreSQL address") as told:
        Directory("postgresql://writer:s3cret@db.example.org/partners?connect_timout=5")
    assert "s3cret" not in told.value.user_message()
    assert "\n" not in told.value.user_message()


def test_a_late_watcher_post_does_not_rewind_the_snapshot(directory_location):
    live = LiveDirectory(directory_location, opener=Directory)
    try:
        with Directory(directory_location) as colleague:
            entry_id = colleague.add(Entry(kind=ORG, en="Acme One"))
            stale = live.directory.changes_since(live.snapshot.revision)   # computed now …
            entry = colleague.get(entry_id)
            entry.en = "Acme Two"
            colleague.update(entry)
        live.refresh_now()                                   # … the app catches up first
        assert [e.en for e in live.snapshot.entries] == ["Acme Two"]
        live._post(stale)                                    # then the late post arrives
        live.apply()
        assert [e.en for e in live.snapshot.entries] == ["Acme Two"]
    finally:
        live.stop()


def test_stopping_while_the_directory_opens_leaks_nothing(directory_location):
    import threading as threads

    opened: list[Directory] = []
    gate = threads.Event()

    def slow_opener(location):
        gate.wait(5)
        directory = Directory(location)
        opened.append(directory)
        return directory

    live = LiveDirectory(directory_location, opener=slow_opener, background=True)
    live.start(on_pending=lambda: None)
    started = time.monotonic()
    live.stop()
    assert time.monotonic() - started < 1    # the window's close does not wait
    gate.set()
    live._thread.join(10)
    assert not live._thread.is_alive()
    assert opened and opened[0].backend._conn is None if opened[0].engine == "sqlite" \
        else opened[0].backend._pool is None
