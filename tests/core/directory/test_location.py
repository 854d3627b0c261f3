"""Telling a server from a file, hiding passwords, and spotting network drives."""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pytest

from presspad.core.directory import location
from presspad.core.directory.location import display, is_server, network_filesystem


@pytest.mark.parametrize("value, server", [
    ("postgresql://db.example.org/partners", True),
    ("postgres://u:p@db/partners", True),
    ("POSTGRESQL://db/partners", True),
    ("service=presspad", True),
    ("host=/run/postgresql dbname=partners", True),
    ("dbname=partners", True),
    ("/home/me/directory.sqlite", False),
    ("C:\\Users\\me\\directory.sqlite", False),
    ("host=strange-file-name.sqlite", True),   # libpq's syntax wins: host=… is a server
    ("./service.sqlite", False),
    ("", False),
    (None, False),
    (Path("postgresql:/x"), False),            # a Path is always a file
])
def test_is_server(value, server):
    assert is_server(value) is server


def test_display_never_shows_a_password():
    shown = display("postgresql://writer:s3cret@db.example.org:5433/partners")
    assert "s3cret" not in shown and "db.example.org" in shown and "writer" in shown
    assert "s3cret" not in display("host=db password=s3cret dbname=partners")
    assert display("/tmp/d.sqlite") == "/tmp/d.sqlite"


Partition = namedtuple("Partition", "device mountpoint fstype opts")


@pytest.mark.parametrize("fstype, expected", [
    ("nfs4", "nfs4"), ("cifs", "cifs"), ("fuse.sshfs", "fuse.sshfs"), ("ext4", None),
    ("tmpfs", None)])
def test_network_filesystem_from_the_deepest_mount(monkeypatch, tmp_path, fstype, expected):
    import psutil

    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=True: [
        Partition("/dev/sda1", "/", "ext4", "rw"),
        Partition("server:/export", str(share), fstype, "rw")])
    assert network_filesystem(share / "directory.sqlite") == expected
    assert network_filesystem(tmp_path / "elsewhere.sqlite") is None


def test_a_windows_network_drive(monkeypatch, tmp_path):
    import psutil

    monkeypatch.setattr(psutil, "disk_partitions", lambda all=True: [
        Partition("Z:\\", str(tmp_path), "NTFS", "rw,remote")])
    assert network_filesystem(tmp_path / "d.sqlite") == "ntfs"


def test_this_machines_temporary_folder_is_local(tmp_path):
    assert network_filesystem(tmp_path / "d.sqlite") not in location.NETWORK_FILESYSTEMS
