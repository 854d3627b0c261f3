"""Faults a user meets: a full disk while saving or autosaving, and the temporary
files a killed save leaves behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage import release_file, textio
from presspad.core.storage.recovery import AutosaveSlot, pending_recoveries


def _release(body: str) -> Release:
    release = Release()
    release.en.title, release.en.body = "Title", body
    return release


@pytest.fixture
def full_disk(monkeypatch):
    """Every write of a new file's bytes fails with ENOSPC, as on a full disk."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def switch(on: bool) -> None:
        if on:
            monkeypatch.setattr(textio.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
        else:
            monkeypatch.setattr(textio.os, "fdopen", real_fdopen)
    return switch


def test_a_save_on_a_full_disk_fails_clearly_and_keeps_the_old_file(tmp_path, full_disk):
    path = tmp_path / "release.presspad"
    release_file.save(_release("The first version.\n"), path)
    before = path.read_bytes()
    full_disk(True)
    with pytest.raises(PresspadError) as caught:
        release_file.save(_release("The second version.\n"), path)
    assert "No space left on device" in caught.value.user_message()
    assert "save it elsewhere" in caught.value.user_message()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["release.presspad"]   # no temporaries


def test_autosave_on_a_full_disk_keeps_the_last_good_copy(tmp_path, full_disk):
    slot = AutosaveSlot()
    slot.write(_release("Autosaved once.\n"), tmp_path / "r.presspad")
    full_disk(True)
    with pytest.raises(PresspadError, match="No space left"):
        slot.write(_release("Autosaved twice.\n"), tmp_path / "r.presspad")
    full_disk(False)
    assert release_file.load(slot.path).en.body == "Autosaved once.\n"


def test_a_killed_saves_temporary_goes_on_the_next_open_and_save(tmp_path):
    path = tmp_path / "release.presspad"
    release_file.save(_release("Body.\n"), path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    host = textio._HOST
    leftover = tmp_path / f".release.presspad.{host}-{dead}.abc123.tmp"
    leftover.write_bytes(b"half a save")
    running = tmp_path / f".release.presspad.{host}-{os.getppid()}.def456.tmp"   # a live writer
    running.write_bytes(b"a save in progress")
    elsewhere = tmp_path / f".release.presspad.otherhost-{dead}.ghi789.tmp"   # a shared folder
    elsewhere.write_bytes(b"another machine's save")
    odd = tmp_path / ".release.presspad.x-²³.jkl.tmp"   # a name no pid parses from
    odd.write_bytes(b"?")
    release_file.load(path)
    assert not leftover.exists() and running.exists() and elsewhere.exists() and odd.exists()
    leftover.write_bytes(b"half a save")
    release_file.save(_release("Body again.\n"), path)
    assert not leftover.exists() and running.exists()
    assert pending_recoveries() == []
