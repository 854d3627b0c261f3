"""A server directory's password goes to the keyring or ~/.pgpass, never to settings."""

from __future__ import annotations

import stat

import pytest

from presspad.core.directory import credentials
from presspad.core.directory.credentials import keyring_password, save_password, split_password


def test_split_password():
    clean, password = split_password("postgresql://writer:s3cret@db.example.org/partners")
    assert password == "s3cret" and "s3cret" not in clean
    assert split_password("service=presspad") == ("service=presspad", "")


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield MemoryKeyring.store
    keyring.set_keyring(previous)


def test_keyring_when_the_desktop_has_one(memory_keyring, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    url = "postgresql://writer@db.example.org/partners"
    assert save_password(url, "s3cret") == "keyring"
    assert keyring_password(url) == "s3cret"
    assert not (tmp_path / "pgpass").exists()


def test_pgpass_when_there_is_no_keyring(tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    try:
        url = "postgresql://wri:ter@db.example.org:5433/partners"
        where = save_password("postgresql://wri%3Ater@db.example.org:5433/partners", "a:b\\c")
        assert where == str(tmp_path / "pgpass")
        save_password("postgresql://wri%3Ater@db.example.org:5433/partners", "second")
        text = (tmp_path / "pgpass").read_text()
        # One line per server, escaped as libpq reads it, and private as libpq requires.
        assert text == "db.example.org:5433:partners:wri\\:ter:second\n"
        assert stat.S_IMODE((tmp_path / "pgpass").stat().st_mode) == 0o600
        assert keyring_password(url) is None
    finally:
        keyring.set_keyring(previous)


def test_pgpass_stays_private_whatever_the_umask(tmp_path, monkeypatch, umask):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    umask(0o000)
    try:
        save_password("postgresql://writer@db.example.org/partners", "secret")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.chmod(0o644)   # opened up by hand: libpq would ignore it, so it is closed again
        save_password("postgresql://writer@db.example.org/partners", "other")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        keyring.set_keyring(previous)


def test_a_broken_keyring_is_no_keyring(monkeypatch):
    def broken():
        raise RuntimeError("dbus went away")

    import keyring

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert credentials._keyring() is None


def test_the_server_connection_uses_the_keyring_password(memory_keyring):
    from presspad.core.directory.backend_postgres import PostgresBackend

    url = "postgresql://writer@db.example.org/partners"
    save_password(url, "s3cret")
    backend = PostgresBackend(url)
    assert backend._connect_kwargs()["password"] == "s3cret"
    assert "s3cret" not in backend.location
