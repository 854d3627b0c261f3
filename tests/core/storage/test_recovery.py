"""Autosaved copies are written like every save: with the mode the umask gives."""

from __future__ import annotations

import pytest

from presspad.core.model.release import LangVersion, Release
from presspad.core.storage.recovery import AutosaveSlot


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_an_autosave_and_its_sidecar_get_the_umask_mode(tmp_path, umask, mask, mode):
    umask(mask)
    slot = AutosaveSlot()
    slot.write(Release(en=LangVersion(title="unsaved")), tmp_path / "r.presspad")
    sidecar = slot.path.with_suffix(".json")
    assert slot.path.stat().st_mode & 0o777 == mode
    assert sidecar.stat().st_mode & 0o777 == mode
    slot.clear()
    assert not slot.path.exists() and not sidecar.exists()
