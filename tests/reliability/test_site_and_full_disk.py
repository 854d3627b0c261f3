"""Soak: the site export's round trip on random messy releases, and saves on a full
disk. Totals are printed at the end (``make soak`` runs the long profile)."""

from __future__ import annotations

import errno
import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from presspad.core.formats.exporting import render_with_warnings
from presspad.core.formats.site.reader import import_text_file
from presspad.core.formats.site.writer import without_blank_lines
from presspad.core.model.errors import PresspadError
from presspad.core.model.release import Release
from presspad.core.storage import release_file, textio
from presspad.core.storage.recovery import AutosaveSlot
from tests.core.formats.site.test_site_round_trip import _paragraphs, releases
from tests.reliability.conftest import PROFILE
from tests.reliability.totals import TOTALS


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_site_round_trip_soak(lang):
    folder = Path(tempfile.mkdtemp())

    @settings(settings.get_profile(PROFILE), max_examples=settings.get_profile(PROFILE)
              .max_examples * 4)
    @given(releases(lang))
    def run(release):
        TOTALS["site_releases"] += 1
        try:
            page, warnings = render_with_warnings(release, "site", lang)
        except PresspadError:
            TOTALS["site_refused"] += 1
            return
        path = folder / f"r.site.{lang}.txt"
        path.write_text(page, encoding="utf-8")
        try:
            back = import_text_file(path)
        except PresspadError:
            TOTALS["site_unreadable"] += 1
            raise
        if warnings:
            TOTALS["site_warned"] += 1   # unsafe HTML removed, and said so
            return
        v, w = release.version(lang), back.version(lang)
        same = (w.title, w.credit, _paragraphs(w.body), w.media, back.date) == (
            without_blank_lines(v.title), without_blank_lines(v.credit), _paragraphs(v.body),
            v.media, release.date)
        TOTALS["site_identical" if same else "site_changed"] += 1
        assert same

    run()


def test_saves_and_autosaves_on_a_full_disk(tmp_path, monkeypatch):
    rounds = 200 if PROFILE == "soak" else 20
    rng = random.Random(7)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle, after: int):
            self.handle, self.left = handle, after

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            if len(data) > self.left:   # the disk fills part-way through the write
                self.handle.write(data[:self.left])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.handle.write(data)

        def flush(self):
            self.handle.flush()

        def fileno(self):
            return self.handle.fileno()

    path = tmp_path / "release.presspad"
    slot = AutosaveSlot()
    for n in range(rounds):
        good = Release()
        good.en.title, good.en.body = f"Version {n}", "Body.\n" * rng.randint(1, 50)
        release_file.save(good, path)
        slot.write(good, path)
        before, autosaved = path.read_bytes(), slot.path.read_bytes()
        bigger = Release()
        bigger.en.title, bigger.en.body = f"Version {n} next", "More.\n" * 60
        monkeypatch.setattr(textio.os, "fdopen",
                            lambda fd, mode: Full(real_fdopen(fd, mode), rng.randint(0, 200)))
        for write in (release_file.save, lambda r, p: slot.write(r, p)):
            TOTALS["enospc_saves"] += 1
            with pytest.raises(PresspadError, match="No space left"):
                write(bigger, path)
        monkeypatch.setattr(textio.os, "fdopen", real_fdopen)
        TOTALS["enospc_lost"] += (path.read_bytes() != before) + (
            slot.path.read_bytes() != autosaved)
        TOTALS["enospc_tmp"] += len([p for p in tmp_path.iterdir() if p.suffix == ".tmp"])
        TOTALS["enospc_tmp"] += len(list(slot.path.parent.glob(".*.tmp")))
    assert TOTALS["enospc_lost"] == 0 and TOTALS["enospc_tmp"] == 0
    slot.clear()
