"""The settings file is written with the mode the umask gives, and keeps a mode set by hand."""

from __future__ import annotations

from presspad.core.storage.settings import Settings, load_settings, save_settings, settings_path


def test_settings_get_the_umask_mode_and_keep_their_own(umask):
    umask(0o027)
    save_settings(Settings(author_name="Anna"))
    path = settings_path()
    assert path.stat().st_mode & 0o777 == 0o640
    path.chmod(0o600)
    save_settings(Settings(author_name="Boris"))
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_settings().author_name == "Boris"
