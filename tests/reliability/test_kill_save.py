"""kill -9 of a process saving a release in a loop: the file is always the old or the
new complete version, never a mix, never truncated.

A child process saves two different releases (~300 KB each, so a write takes
long enough to be hit) to one file in turn; it is killed with SIGKILL at a
random moment, and the file is read back, compared byte for byte with both
versions and parsed. ``make test`` kills 30 times, ``make soak`` 1,000 times.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presspad.core.model.release import LangVersion, Release
from presspad.core.storage import release_file as storage
from tests.reliability.totals import TOTALS

logger = logging.getLogger(__name__)

WORKER = Path(__file__).with_name("save_loop.py")


def _release(marker: str, paragraphs: int = 600) -> Release:
    """A big release whose every paragraph names ``marker``, so halves can be told apart."""
    en = "\n\n".join(f"Paragraph {i} of version {marker}: “quoted” text."
                     for i in range(paragraphs))
    ru = "\n\n".join(f"Абзац {i} версии {marker}: «цитата» и текст." for i in range(paragraphs))
    return Release(en=LangVersion(title=f"Version {marker}", body=en + "\n"),
                   ru=LangVersion(title=f"Версия {marker}", body=ru + "\n"))


def verdict(data: bytes, old: bytes, new: bytes) -> str:
    """"old", "new", or "corrupt" for the bytes found on disk after a kill."""
    if data == old:
        return "old"
    if data == new:
        return "new"
    return "corrupt"


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> tuple[Path, Path, bytes, bytes]:
    folder = tmp_path_factory.mktemp("versions")
    old_path, new_path = folder / "old.presspad", folder / "new.presspad"
    storage.save(_release("OLD"), old_path)
    storage.save(_release("NEW"), new_path)
    return old_path, new_path, old_path.read_bytes(), new_path.read_bytes()


def _kill_once(folder: Path, versions, rng: random.Random, naive: bool = False) -> str:
    old_path, new_path, old, new = versions
    target = folder / "release.presspad"
    target.write_bytes(old)
    command = [sys.executable, str(WORKER), str(target), str(old_path), str(new_path)]
    child = subprocess.Popen(command + (["--naive"] if naive else []), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()
        # Mostly mid-loop; sometimes at once, before or during the first save.
        time.sleep(rng.choice([0.0, rng.uniform(0, 0.01), rng.uniform(0, 0.1)]))
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL, child.stderr.read().decode()
    found = verdict(target.read_bytes(), old, new)
    if naive:
        return found
    TOTALS["kills"] += 1
    TOTALS["corrupt" if found == "corrupt" else f"saw_{found}"] += 1
    if found != "corrupt":
        release = storage.load(target)  # and it parses as that release
        assert release.en.title == ("Version OLD" if found == "old" else "Version NEW")
    # Opening the release again removes what the killed save left behind.
    storage.load(target)
    strays = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    TOTALS["stray_tmp"] += len(strays)
    assert strays == [], strays
    return found


def _kill_many(tmp_path, versions, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    results = [_kill_once(tmp_path, versions, rng) for _ in range(kills)]
    assert results.count("corrupt") == 0, f"{results.count('corrupt')} of {kills} files corrupt"
    # The kills must land at different points of the loop to prove anything.
    assert "old" in results and "new" in results, results


def test_verdict_detects_a_torn_or_mixed_file(versions):
    _old_path, _new_path, old, new = versions
    assert verdict(old, old, new) == "old" and verdict(new, old, new) == "new"
    assert verdict(old[: len(old) // 2], old, new) == "corrupt"
    assert verdict(new[: len(new) // 2] + old[len(old) // 2:], old, new) == "corrupt"
    assert verdict(b"", old, new) == "corrupt"


def test_the_harness_catches_a_non_atomic_save(tmp_path, versions):
    """Control: the same kills against in-place writes do find torn files."""
    rng = random.Random(7)
    assert any(_kill_once(tmp_path, versions, rng, naive=True) == "corrupt" for _ in range(40))


def test_kill_while_saving_fast(tmp_path, versions):
    _kill_many(tmp_path, versions, kills=30, seed=30)


@pytest.mark.soak
def test_kill_while_saving_soak(tmp_path, versions):
    _kill_many(tmp_path, versions, kills=1000, seed=1000)
