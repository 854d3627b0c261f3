"""A server directory that goes away: the app works on from its copy, read-only,
and reconnects by itself."""

from __future__ import annotations

import time

import pytest

from presspad.core.directory import live as live_module
from presspad.core.directory.live import LiveDirectory
from presspad.core.directory.model import ORG, Entry, entry_from_dict, entry_to_dict
from presspad.core.directory.offline import OfflineDirectory, copy_path, load_copy, save_copy
from presspad.core.directory.snapshot import open_default_directory
from presspad.core.directory.store import Directory
from presspad.core.model.errors import PresspadError


@pytest.fixture
def own_server():
    """A server of this test's own, which it may stop and start again."""
    from tests.postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


def _wait(condition, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_the_offline_copy_gets_the_umask_mode(umask, mask, mode):
    umask(mask)
    entries = [Entry(kind=ORG, en="Acme", ru="Акме", id=1, version=1)]
    save_copy("postgresql://db/partners", entries, 7)
    assert copy_path("postgresql://db/partners").stat().st_mode & 0o777 == mode
    copied, revision, _saved = load_copy("postgresql://db/partners")
    assert revision == 7 and [e.ru for e in copied] == ["Акме"]


def test_entry_dict_round_trip():
    entry = Entry(kind=ORG, en="Acme", ru="Акме", short_en=["AC"], variants_ru=["Акми"],
                  note="n", id=4, version=3)
    again = entry_from_dict(entry_to_dict(entry))
    assert again == entry and again.version == 3


def test_an_unreachable_server_is_worked_from_its_last_copy(own_server, monkeypatch):
    monkeypatch.setattr(live_module, "RETRY_S", 0.3)
    url = own_server.create_database()
    with Directory(url) as directory:   # no starter entries: the test's own only
        directory.add(Entry(kind=ORG, en="Hanyang University", ru="Университет Ханьян"))
    live = LiveDirectory(url)
    pending = []
    live.start(on_pending=lambda: pending.append(1))
    try:
        own_server.pause()
        assert _wait(lambda: pending), "the lost server was not noticed"
        _changes, switched = live.apply()
        assert switched and live.offline
        assert "cannot reach the server" in live.offline_reason
        assert live.snapshot.completion.lookup("Hany", "en", with_forms=False)
        with pytest.raises(PresspadError, match="read-only for now"):
            live.directory.add(Entry(kind=ORG, en="New"))
        # Another process (the check worker, the CLI) opens the copy too.
        offline = open_default_directory(url)
        assert isinstance(offline, OfflineDirectory)
        assert "Hanyang University" in {e.en for e in offline.entries()}
        assert [e.en for e in offline.search("ханьян")] == ["Hanyang University"]
        pending.clear()
        own_server.resume()
        assert _wait(lambda: pending), "the server's return was not noticed"
        live.apply()
        assert not live.offline
        with Directory(url) as colleague:
            colleague.add(Entry(kind=ORG, en="Hanseo University"))
        assert _wait(lambda: live.apply()[0] is not None
                     and live.snapshot.completion.lookup("Hanse", "en", with_forms=False))
    finally:
        live.stop()


def test_no_copy_and_no_server_is_one_clear_line(own_server):
    url = own_server.create_database()
    own_server.pause()
    try:
        with pytest.raises(PresspadError) as told:
            open_default_directory(url)
        message = told.value.user_message()
        assert "cannot reach the server" in message and "\n" not in message
    finally:
        own_server.resume()
