"""Reading text files whatever their encoding, and writing files atomically.

Writers paste from Word and old CMS exports, so imports arrive as UTF-8,
UTF-8 with a BOM, UTF-16 or Windows-1251. Detection of the legacy 8-bit
encodings is left to charset-normalizer (a maintained detector); we only
handle the unambiguous cases (BOMs, valid UTF-8) ourselves.
"""

from __future__ import annotations

import codecs
import glob
import logging
import os
import stat
import tempfile
import threading
from pathlib import Path

from presspad.core.model.errors import DecodeError, PresspadError

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings a Russian/English office actually meets.
_LEGACY = ["cp1251", "koi8_r", "cp1252", "mac_cyrillic", "cp866"]


def decode_bytes(data: bytes, path: str | Path | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file.

    Raises :class:`DecodeError` for binary data or an unrecognised encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    utf16 = _guess_utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data or _looks_binary(data):
        raise DecodeError("this is a binary file, not text", path=path,
                          hint="open a .presspad release or a text, Markdown or .docx file")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        raise DecodeError("the text encoding could not be recognised", path=path,
                          hint="save the file as UTF-8 and try again")
    return str(best), best.encoding


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from its high bytes.

    In English or Russian text almost every high byte is 0x00 (Latin), 0x04
    (Cyrillic) or 0x20 (dashes and curly quotes); in UTF-8 or cp1251 text no
    byte position shows that pattern.
    """
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    half = len(sample) // 2
    high = {0x00, 0x04, 0x20}

    def share(column: bytes) -> float:
        return sum(1 for b in column if b in high) / half

    even, odd = share(sample[0::2]), share(sample[1::2])
    if odd > 0.95 and even < 0.5:
        return "utf-16-le"
    if even > 0.95 and odd < 0.5:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Control characters other than tab/newline/form feed mean binary data."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


MiB = 1024 * 1024
# How large a file of each kind may be: far above any real release, far below
# what would exhaust memory (a link to /dev/zero, a log file opened by mistake).
LIMITS = {
    "text": 16 * MiB,       # Markdown, plain text, a site page
    "release": 32 * MiB,    # a .presspad file
    "docx": 64 * MiB,       # a Word file on disk (its parts: formats/docx.py)
    "tbx": 64 * MiB,
    "csv": 32 * MiB,
}


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a file"
    return "this is not a regular file"


def size_text(size: int) -> str:
    return f"{size / MiB:.0f} MB" if size >= MiB else f"{size // 1024} KB"


def read_bytes(path: str | Path, kind: str = "text") -> bytes:
    """The bytes of a regular file of at most ``LIMITS[kind]`` bytes.

    Every read of a user's file goes through here: a FIFO, a device or a
    folder is refused before anything blocks (the file is opened
    non-blocking and checked with fstat), and a file over the limit is
    refused with the limit named. Every failure is a one-line
    :class:`PresspadError`.
    """
    path = Path(path)
    limit = LIMITS[kind]
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PresspadError("no such file", path=path) from None
    except IsADirectoryError:
        raise PresspadError("this is a folder, not a file", path=path) from None
    except PermissionError:
        raise PresspadError("permission denied", path=path,
                            hint="check the file's permissions") from None
    except OSError as exc:
        raise PresspadError(f"cannot read the file: {exc.strerror}", path=path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PresspadError(_describe(info.st_mode), path=path,
                                hint="give presspad a release, text, Markdown or .docx file")
        if info.st_size > limit:
            raise PresspadError(
                f"the file is too large ({size_text(info.st_size)}; presspad reads "
                f"{kind} files up to {size_text(limit)})", path=path,
                hint="is this the right file? a release is a few hundred KB at most")
        chunks = []
        remaining = limit + 1   # a file that grows while we read is still bounded
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise PresspadError(f"the file is too large (over {size_text(limit)})", path=path)
        return data
    except OSError as exc:
        raise PresspadError(f"cannot read the file: {exc.strerror}", path=path) from None
    finally:
        os.close(fd)


def read_text(path: str | Path, kind: str = "text") -> tuple[str, str]:
    """Read a text file of any supported encoding; return ``(text, encoding)``."""
    return decode_bytes(read_bytes(path, kind), path)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is always old or new, never half.

    The bytes go to a temporary file in the same folder, are flushed and
    fsynced, and then replace the target in one rename; the folder is fsynced
    so the rename itself survives a power cut. A new file gets the mode a plain
    write would give it under the umask (0644 under 022), an existing one keeps
    its own: a release saved to a shared folder is readable by whom it is for.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".tmp",
                                        dir=folder)
    except OSError as exc:
        raise PresspadError(f"cannot save: {exc.strerror}", path=path,
                            hint="check that the folder exists and is writable") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _set_mode(fd, tmp_name, _mode_for(path))   # mkstemp made it 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        reason = exc.strerror or str(exc)
        raise PresspadError(f"cannot save: {reason}", path=path,
                            hint="your text is still open; save it elsewhere") from None
    _fsync_folder(folder)
    remove_stale_temporaries(path)


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    ``os.umask`` can only be read by setting it, which races with any thread
    creating a file meanwhile; Linux shows it in /proc/self/status instead.
    Elsewhere it is set and put back under a lock, to 077 for that moment so a
    file made by another thread then is private rather than open to all.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8) & 0o777
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        umask = os.umask(0o077)
        os.umask(umask)
    return umask


def new_file_mode() -> int:
    """The mode a new file gets from a plain ``open(path, "w")``: 0666 less the umask."""
    return 0o666 & ~current_umask()


def _mode_for(path: Path) -> int:
    """An existing file keeps its mode; a new one gets what ``open()`` would give it."""
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return new_file_mode()
    # A read-only file stays read-only, even for root: the user marked it so.
    if not mode & 0o222:
        raise PermissionError(13, "the file is read-only")
    return mode


def _set_mode(fd: int, name: str, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:   # Windows before Python 3.13: only the read-only flag means anything there
        os.chmod(name, mode)


# A save killed mid-way (power cut, kill -9) leaves its temporary file behind;
# one older than this cannot belong to a save still running.
STALE_TEMPORARY_SECONDS = 600


def temporary_prefix(path: Path) -> str:
    """``.NAME.HOST-PID.``: a temporary beside ``path`` that says who writes it, so a
    killed save's leftover can be told from a save still running (here or elsewhere)."""
    return f".{path.name}.{_HOST}-{os.getpid()}."


def process_alive(pid: int) -> bool:
    """Is process ``pid`` running on this machine? (Unknown counts as alive.)"""
    if os.name == "nt":
        return True   # os.kill(pid, 0) would send CTRL_C there; leave it to age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True   # another user's process, or a number no process can have
    return True


def remove_stale_temporaries(path: str | Path) -> int:
    """Delete ``.NAME.*.tmp`` files (and SQLite's -wal/-shm beside them) left next to
    ``path`` by interrupted saves.

    A temporary written on this machine by a process that is gone is stale at
    once; any other (a shared folder, an old name) only when older than
    STALE_TEMPORARY_SECONDS. Called after every save and on every open;
    returns how many went.
    """
    import time

    path = Path(path)
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    removed = 0
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp*"):
        try:
            if _writer_gone(leftover.name[len(path.name) + 2:]) or \
                    leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed += 1
        except OSError:
            pass
    return removed


_HOST = "".join(c for c in (os.uname().nodename if hasattr(os, "uname") else "host")
                if c.isascii() and (c.isalnum() or c in "-_")) or "host"


def _writer_gone(rest: str) -> bool:
    """For "HOST-PID.random.tmp": is that process, on this machine and not us, gone?"""
    writer = rest.split(".", 1)[0]
    host, _, pid_text = writer.rpartition("-")
    if host != _HOST or not (pid_text.isascii() and pid_text.isdigit()):
        return False
    pid = int(pid_text)
    return pid != os.getpid() and not process_alive(pid)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` as UTF-8 (Unix line ends) atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
