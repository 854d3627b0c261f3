"""Every read is bounded: regular files only, a size limit per kind, named in the message."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import time
import zipfile
import zlib

import pytest

from presspad.core.formats.loading import load_any
from presspad.core.model.errors import PresspadError
from presspad.core.storage import textio
from presspad.core.storage.textio import read_bytes


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "release.presspad"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(PresspadError, match="named pipe"):
        load_any(fifo)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("name", ["zero.presspad", "zero.md", "zero.docx", "zero.txt"])
def test_a_link_to_a_device_is_refused(tmp_path, name):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    with pytest.raises(PresspadError, match="device"):
        load_any(link)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "release.md"
    folder.mkdir()
    with pytest.raises(PresspadError, match="folder"):
        load_any(folder)


def test_a_file_over_its_kinds_limit_names_the_limit(tmp_path, monkeypatch):
    monkeypatch.setitem(textio.LIMITS, "text", 2048)
    big = tmp_path / "big.md"
    big.write_text("Title\n\n" + "word " * 1000, encoding="utf-8")
    with pytest.raises(PresspadError,
                       match=r"too large \(4 KB; presspad reads text files up to 2 KB\)"):
        load_any(big)
    small = tmp_path / "small.md"
    small.write_text("Title\n\nA body.\n", encoding="utf-8")
    assert load_any(small, "en").en.body.startswith("A body")


def test_each_kind_has_a_limit_far_above_a_real_release():
    assert set(textio.LIMITS) >= {"text", "release", "docx", "tbx", "csv"}
    assert min(textio.LIMITS.values()) >= 8 * textio.MiB


def _bomb(path, uncompressed: int) -> None:
    """A .docx whose document.xml inflates to ``uncompressed`` bytes of spaces."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    deflated = b"".join(packer.compress(chunk) for _ in range(uncompressed >> 20)) + packer.flush()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    info = zipfile.ZipInfo("word/document.xml")
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.compress_size = uncompressed, len(deflated)
    info.CRC = 0
    # Write the member by hand: zipfile would inflate nothing, only copy bytes.
    with zipfile.ZipFile(buffer, "a") as package:
        package.fp.seek(package.start_dir)
        offset = package.fp.tell()
        info.header_offset = offset
        package.fp.write(info.FileHeader())
        package.fp.write(deflated)
        package.start_dir = package.fp.tell()
        package.filelist.append(info)
        package.NameToInfo[info.filename] = info
        package._didModify = True
    path.write_bytes(buffer.getvalue())


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    _bomb(path, 1 << 30)   # 1 GB of spaces in about 1 MB
    return path


def test_a_zip_bomb_docx_is_refused_before_it_inflates(bomb):
    assert bomb.stat().st_size < 2 * textio.MiB
    started = time.monotonic()
    with pytest.raises(PresspadError, match="would unpack to 1024 MB"):
        load_any(bomb, "en")
    assert time.monotonic() - started < 2


def test_the_cli_refuses_a_fifo_a_device_and_a_bomb_quickly_within_limited_memory(tmp_path, bomb):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.presspad"
    zero.symlink_to("/dev/zero")

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024,) * 2)

    for args in (["check", str(fifo)], ["check", str(zero)],
                 ["import", str(bomb), "-o", str(tmp_path / "out.presspad")]):
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-m", "presspad", *args], capture_output=True,
                             text=True, timeout=30, preexec_fn=limited)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0
        assert time.monotonic() - started < 10


def test_read_bytes_of_a_regular_file():
    assert read_bytes(__file__)[:3] == b'"""'
