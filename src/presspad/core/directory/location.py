"""Where the partner directory lives: a file path or a PostgreSQL server.

One setting (``directory_path``, the CLI's ``--db``) holds either. A
``postgresql://`` or ``postgres://`` URL, or a libpq connection string
(``service=presspad``, ``host=db.example.org dbname=partners``) means a server;
anything else is an SQLite file.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

logger = logging.getLogger(__name__)

_URL = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
# libpq's keyword/value form: at least one "keyword=" of libpq's own keywords first.
_KEYWORDS = re.compile(r"^\s*(service|host|hostaddr|dbname|user|port)\s*=", re.IGNORECASE)

# File systems on which SQLite's locking is unreliable (sqlite.org/useovernet.html).
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.gvfsd-fuse",
    "fuse.rclone", "fuse.s3fs", "davfs", "fuse.davfs2", "lustre", "gpfs", "beegfs",
    "afpfs", "webdav", "fuse.smbnetfs"})


def is_server(location: str | Path | None) -> bool:
    """True when ``location`` names a PostgreSQL database rather than a file."""
    if not location or isinstance(location, Path):
        return False
    text = str(location).strip()
    return bool(_URL.match(text) or _KEYWORDS.match(text))


def display(location: str | Path) -> str:
    """``location`` for messages and titles: a server's password never shown."""
    if not is_server(location):
        return str(location)
    try:
        from presspad.core.directory.credentials import split_password

        return split_password(str(location))[0]
    except Exception:   # not even parseable: show nothing of it that could be secret
        return "PostgreSQL server"


def network_filesystem(path: str | Path) -> str | None:
    """The type of the network file system ``path`` is on ("nfs4", "cifs"…), else None.

    psutil reads the platform's mount table (``/proc/self/mounts``, getmntinfo,
    GetVolumeInformation); the deepest mount point containing the path wins.
    """
    try:
        import psutil
    except ImportError:
        return None
    target = Path(path).expanduser()
    target = target if target.exists() else target.parent
    try:
        resolved = target.resolve()
        partitions = psutil.disk_partitions(all=True)
    except (OSError, RuntimeError):
        return None
    best: tuple[int, str, str] | None = None
    for part in partitions:
        mount = Path(part.mountpoint)
        if resolved == mount or mount in resolved.parents:
            depth = len(mount.parts)
            if best is None or depth > best[0]:
                best = (depth, part.fstype.lower(), part.opts)
    if best is None:
        return None
    _depth, fstype, opts = best
    if fstype in NETWORK_FILESYSTEMS:
        return fstype
    if "remote" in opts.split(","):   # Windows: a mapped network drive
        return fstype or "network drive"
    return None
