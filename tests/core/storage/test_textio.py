"""Reading imports in legacy encodings."""

from __future__ import annotations

import os

import pytest

from presspad.core.model.errors import DecodeError
from presspad.core.storage import textio
from presspad.core.storage.textio import atomic_write_bytes, decode_bytes

RUSSIAN = ("Политех запускает исследовательские проекты с корейской промышленностью. "
           "«Корея — один из приоритетных регионов», — отметил Владимир Хижняк.\n")


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("cp1251", "cp1251"),
])
def test_legacy_encodings_are_detected(encoding, expected):
    text, found = decode_bytes(RUSSIAN.encode(encoding))
    assert text == RUSSIAN
    assert found == expected


def test_koi8_is_read_correctly():
    plain = "Политех запускает исследовательские проекты с корейской промышленностью.\n" * 3
    text, _ = decode_bytes(plain.encode("koi8_r"))
    assert text == plain


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, "x.bin")


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077, 0o002])
def test_the_umask_is_read_without_changing_it(umask, mask):
    umask(mask)
    assert textio.current_umask() == mask
    assert textio.new_file_mode() == 0o666 & ~mask
    assert os.umask(mask) == mask   # still what it was


def test_without_proc_the_umask_is_read_by_setting_it_back(umask, monkeypatch):
    umask(0o027)
    real_open = open

    def no_proc(name, *args, **kwargs):
        if str(name).startswith("/proc/"):
            raise FileNotFoundError(name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr("builtins.open", no_proc)
    assert textio.current_umask() == 0o027
    assert os.umask(0o027) == 0o027


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_a_new_file_gets_the_umask_mode_not_the_temporary_files(tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "new.txt"
    atomic_write_bytes(path, b"text")
    assert path.stat().st_mode & 0o777 == mode
    assert [p.name for p in tmp_path.iterdir()] == ["new.txt"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755])
def test_an_overwritten_file_keeps_its_mode(tmp_path, umask, mode):
    umask(0o022)
    path = tmp_path / "old.txt"
    path.write_bytes(b"old")
    path.chmod(mode)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == mode
